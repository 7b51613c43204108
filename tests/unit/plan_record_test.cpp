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
    int plans = 0;
    for (const auto& [f, p] : test::readable_example_and_fixture_plans()) {
        INFO(f);
        ++plans;
        Plan back;
        plan_from_record(nlohmann::json::parse(plan_record(p).dump()), back);
        for (const Action& a : p.actions) back.actions.push_back(action_from_record(nlohmann::json::parse(action_record(a).dump())));
        CHECK(back == p);
    }
    CHECK(plans >= 20);
}
