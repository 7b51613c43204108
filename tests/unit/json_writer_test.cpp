// The plan JSON writer (src/write/json_writer.cpp): it streams the actions, and must write
// exactly the text nlohmann writes for the whole document (the golden files rely on it).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "read/reader.hpp"
#include "test_helpers.hpp"
#include "write/json_text.hpp"
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
