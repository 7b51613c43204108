// The plan JSON writer (src/write/json_writer.cpp): it streams the actions, and must write
// exactly the text nlohmann writes for the whole document (the golden files rely on it).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "read/reader.hpp"
#include "test_helpers.hpp"
#include "write/json_writer.hpp"

using namespace planbridge;

namespace {
Plan fixture_plan(const std::string& name) { return import_file(test::fixture(name), {}).plan; }
}  // namespace

TEST_CASE("import's JSON, written action by action, is the text of the whole document", "[json]") {
    // write_json streams the actions; the reference is nlohmann's dump of the whole plan.
    Plan a = fixture_plan("eastmere-2017.docx");
    Plan b = fixture_plan("rbwm-2012.xlsx");
    auto whole = [](const nlohmann::ordered_json& j) { return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"; };
    CHECK(write_json({a}) == whole(plan_to_json(a)));
    nlohmann::ordered_json both = nlohmann::ordered_json::array();
    both.push_back(plan_to_json(a));
    both.push_back(plan_to_json(b));
    CHECK(write_json({a, b}) == whole(both));
}
