// The lossless record of a plan the board workbook keeps hidden: every example and fixture
// plan, turned into records and back, is the same plan.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "model/plan_record.hpp"
#include "read/reader.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
using planbridge::test::source_path;

TEST_CASE("every example and fixture plan survives its record unchanged", "[record]") {
    std::vector<std::string> files;
    for (const std::string& dir : {std::string("examples"), std::string("tests/fixtures")})
        for (const auto& e : std::filesystem::directory_iterator(source_path(dir))) {
            std::string ext = e.path().extension().string();
            if (ext == ".xlsx" || ext == ".docx" || ext == ".csv" || ext == ".html") files.push_back(e.path().string());
        }
    std::sort(files.begin(), files.end());
    int plans = 0;
    for (const std::string& f : files) {
        INFO(f);
        Plan p;
        try {
            p = import_file(f, ImportOptions{}).plan;
        } catch (const std::exception&) {
            continue;  // fixtures of broken files
        }
        ++plans;
        Plan back;
        plan_from_record(nlohmann::json::parse(plan_record(p).dump()), back);
        for (const Action& a : p.actions) back.actions.push_back(action_from_record(nlohmann::json::parse(action_record(a).dump())));
        CHECK(back == p);
    }
    CHECK(plans >= 20);
}
