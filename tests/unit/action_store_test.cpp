// The compact store import keeps its actions in (src/model/action_store.cpp): what goes in
// comes out, field for field, in document order with the keys the plan builder would give, and
// the writers write from it exactly what they write from a plan.
#include <catch2/catch.hpp>

#include <sstream>

#include "model/action_key.hpp"
#include "model/action_store.hpp"
#include "read/reader.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "test_helpers.hpp"
#include "write/csv_writer.hpp"
#include "write/json_writer.hpp"

using namespace planbridge;

namespace {

std::vector<Action> stored(const ActionStore& store) {
    std::vector<Action> out;
    PlanActions{nullptr, &store}.each([&](const Action& a) { out.push_back(a); });
    return out;
}

Action full_action(int n) {
    Action a;
    a.id = std::to_string(n) + "a";
    a.section = {"Theme " + std::to_string(n % 2), "Sub"};
    a.recommendations = {"6", "12"};
    a.action = "Audit case files, set " + std::to_string(n) + (n == 3 ? std::string(3 << 20, 'x') : "");  // one longer than a block
    a.owner = "Team manager";
    a.due = {"Jun 2018 – Feb 2019", Date{2018, 6, 1}, Date{2019, 2, 28}, DueKind::range};
    a.status = Status::at_high_risk;
    a.status_from = StatusSource::fill;
    a.progress = "caf\xC3\xA9, \"quoted\"\r\nline two";
    a.measure = "m";
    a.extra = {{"Theme", "first"}, {"Notes", ""}, {"Theme", "last"}};
    a.origin = {"plan.xlsx", "Sheet " + std::to_string(n % 2), 2, 1000 + n};
    return a;
}

}  // namespace

TEST_CASE("every field of an action comes back from the store as it went in", "[store]") {
    ActionStore store;
    std::vector<Action> in;
    for (int n = 0; n < 6; ++n) in.push_back(full_action(n));
    in[1].due = {"TBC", std::nullopt, std::nullopt, DueKind::tbc};
    in[2].due = {"", Date{2018, 1, 1}, std::nullopt, DueKind::unparsed};
    in[4] = Action{};  // nothing at all
    in[5].key = "kept-key";  // read back from a board workbook's records
    for (const Action& a : in) store.add(a, folded_hash(a.action), 1);
    REQUIRE(store.finish({}) == in.size());

    std::vector<KeyInput> inputs;
    for (const Action& a : in) inputs.push_back({FoldedPathHash()(a.section), a.id, folded_hash(a.action)});
    std::vector<std::string> keys = action_keys(inputs);
    std::vector<Action> out = stored(store);
    REQUIRE(out.size() == in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        INFO(i);
        Action expected = in[i];
        if (expected.key.empty()) expected.key = keys[i];
        CHECK(out[i] == expected);
    }
    CHECK(out[5].key == "kept-key");
    CHECK(out[3].action.size() > (3u << 20));
}

TEST_CASE("the store puts grids in document order, starts their sections with a sheet's name, forgets a grid", "[store]") {
    ActionStore store;
    Action a = full_action(1), b = full_action(2), c = full_action(3);
    c.action = "Same words";
    Action d = c;  // identical to c: its key counts the copy
    store.add(c, folded_hash(c.action), 2);  // a streamed sheet built before the sheet ahead of it
    store.add(d, folded_hash(d.action), 2);
    store.add(b, folded_hash(b.action), 3);
    store.remove_grid(3);  // abandoned while streamed: read again below
    store.add(a, folded_hash(a.action), 1);
    store.add(b, folded_hash(b.action), 3);
    REQUIRE(store.finish({{2, "Second sheet"}}) == 4);
    std::vector<Action> out = stored(store);
    CHECK(out[0].action == a.action);
    CHECK(out[1].section == std::vector<std::string>{"Second sheet", "Theme 1", "Sub"});
    CHECK(out[2].section == out[1].section);
    CHECK(out[3].action == b.action);
    CHECK(out[3].section == b.section);
    CHECK(out[2].key == out[1].key + "-2");
    store.clear();
    CHECK(store.size() == 0);
    CHECK(store.finish({}) == 0);
}

TEST_CASE("import through the store gives the plan the builder gives, and the same JSON and CSV", "[store]") {
    size_t files = 0;
    for (const std::string& file : test::example_and_fixture_plans()) {
        for (uint64_t stream_from : {uint64_t{8} << 20, uint64_t{0}}) {  // 0: every sheet built while read
            INFO(file << (stream_from ? "" : " (streamed)"));
            ImportOptions options;
            options.explain = false;
            options.stream_sheets_from = stream_from;
            ActionStore store;
            StoreSink sink(store);
            ImportOptions to_store = options;
            to_store.sink = &sink;
            Plan plan;
            try {
                plan = import_file(file, options).plan;
            } catch (const PlanError& e) {  // a broken file on purpose: it fails the same way
                try {
                    import_file(file, to_store);
                    FAIL("read through the store");
                } catch (const PlanError& s) {
                    CHECK(std::string(s.what()) == e.what());
                }
                continue;
            }
            options = to_store;
            Plan outline = import_file(file, options).plan;
            CHECK(outline.actions.empty());
            CHECK(stored(store) == plan.actions);
            std::vector<PlanActions> from_store{{&outline, &store}};
            std::ostringstream json, csv;
            write_json(from_store, json);
            write_csv(from_store, csv);
            CHECK(json.str() == write_json({plan}));
            CHECK(csv.str() == write_csv({plan}));
            ++files;
        }
    }
    CHECK(files > 40);
}
