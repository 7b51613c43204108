// The plan JSON writer (src/write/json_writer.cpp): it streams the actions, and must write
// exactly the text nlohmann writes for the whole document (the golden files rely on it).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "read/reader.hpp"
#include "test_helpers.hpp"
#include "write/json_text.hpp"
#include "write/json_writer.hpp"

using namespace planbridge;

TEST_CASE("import's JSON, written as it goes, is the text nlohmann writes for the whole document", "[json]") {
    // write_json writes each value itself; the reference is nlohmann's dump of plan_to_json.
    auto whole = [](const nlohmann::ordered_json& j) { return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"; };
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    std::vector<Plan> plans;
    for (const auto& [file, plan] : test::readable_example_and_fixture_plans()) {
        INFO(file);
        CHECK(write_json({plan}) == whole(plan_to_json(plan)));
        all.push_back(plan_to_json(plan));
        plans.push_back(plan);
    }
    CHECK(plans.size() > 20);
    CHECK(write_json(plans) == whole(all));
    CHECK(write_json({}) == "[]\n");
    // What no fixture has: control characters, a heading twice, a lead's copy, no actions.
    Plan odd;
    odd.title = "tab\there, bell\x07, backspace\b, form feed\f, \"quoted\" \\ done";
    odd.lead_copy = LeadCopy{"Jo Davies", Date{2017, 11, 10}};
    odd.exported_from = "plan.xlsx";
    CHECK(write_json({odd}) == whole(plan_to_json(odd)));
    Action a;
    a.action = "Review\r\nthe plan";
    a.extra = {{"Theme", "first"}, {"Notes", "n"}, {"Theme", "last"}};
    a.due.start = Date{2018, 1, 1};
    odd.actions.push_back(a);
    odd.warnings.push_back({a.origin, "a warning"});
    CHECK(write_json({odd}) == whole(plan_to_json(odd)));
    CHECK(write_json({odd, odd}) == whole(nlohmann::ordered_json::array({plan_to_json(odd), plan_to_json(odd)})));
}

TEST_CASE("JSON strings: every kind of byte, at every offset of the eight-byte scan", "[json]") {
    // What each byte must become, one at a time (the reference the fast scan is checked against).
    auto one_by_one = [](std::string_view text) {
        nlohmann::json j = std::string(text);
        return j.dump();
    };
    const std::vector<std::string> specials = {"\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", "caf\xC3\xA9", "\xE2\x80\x94"};
    for (const std::string& special : specials)
        for (size_t before = 0; before < 19; ++before)
            for (size_t after : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{13}}) {
                std::string text = std::string(before, 'a') + special + std::string(after, 'z');
                std::string out;
                append_json_string(out, text);
                INFO(before << " before, " << after << " after");
                CHECK(out == one_by_one(text));
                CHECK(nlohmann::json::parse(out).get<std::string>() == text);
            }
}
