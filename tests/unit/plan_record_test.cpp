// The compact record the board workbook keeps hidden: every example and fixture plan, turned
// into records and back, is the same plan — from the records alone when the sheet shows nothing,
// and from records plus the rows as read when it shows every field.
#include <catch2/catch.hpp>

#include "model/plan_record.hpp"
#include "test_helpers.hpp"

using namespace planbridge;

TEST_CASE("every example and fixture plan survives its compact record unchanged", "[record]") {
    int plans = 0;
    for (const auto& [f, p] : test::readable_example_and_fixture_plans()) {
        INFO(f);
        ++plans;
        Plan back;
        plan_from_record(nlohmann::json::parse(plan_record(p).dump()), back);
        std::set<std::string> everything = {"id", "action", "owner", "due", "progress", "measure", "resources"};
        for (const std::string& h : p.extra_columns) everything.insert("extra:" + h);
        for (const std::set<std::string>& shown : {std::set<std::string>{}, everything}) {
            RecordTables tables;
            std::vector<nlohmann::json> records;
            for (const Action& a : p.actions) records.push_back(nlohmann::json::parse(compact_action_record(a, shown, tables).dump()));
            RecordTables tables_back = RecordTables::from_json(nlohmann::json::parse(tables.to_json().dump()));
            for (size_t i = 0; i < p.actions.size(); ++i) {
                // Nothing shown: all from the record. Everything shown: the rest from the row as read.
                const Action& row = shown.empty() ? Action{} : p.actions[i];
                CHECK(action_from_compact_record(records[i], tables_back, row, {}) == p.actions[i]);
            }
            if (!shown.empty()) CHECK(tables.sections.size() <= p.actions.size());
        }
        back.actions = p.actions;
        CHECK(back == p);
    }
    CHECK(plans >= 20);
}
