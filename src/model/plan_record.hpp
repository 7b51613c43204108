// A plan as a lossless JSON record, together with what its board workbook shows: every field of
// every action (its key, where it came from, how its status was found) and of the plan. The
// board workbook keeps it in a hidden sheet so that a lead's edited copy re-imports as the plan
// it was, plus the lead's edits (docs/formats/board-xlsx.md). Not the public JSON output.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "model/plan.hpp"

namespace planbridge {

// Where the board workbook keeps them: model/board_record.hpp.

// The compact record the board workbook keeps of each action: what its visible cells do not
// already say. A shown field whose text reads back as it is (tidy) is left out and taken from
// the row as read; file and sheet names and section paths are kept once, in the plan's tables.
// (A 50,000-action plan's full records would double the time it takes to write the workbook.)
struct RecordTables {
    std::vector<std::pair<std::string, std::string>> origins;  // file, sheet
    std::vector<std::vector<std::string>> sections;
    nlohmann::json to_json() const;
    static RecordTables from_json(const nlohmann::json& j);
};
// shown: the fields the sheet shows, by their stable names, and 'extra:' + heading for each kept
// column shown (ShownColumns::shown_keys).
nlohmann::json compact_action_record(const Action& a, const std::set<std::string>& shown, RecordTables& tables);
// The action as recorded, what was left out taken from the row as read (titles: each kept
// column's printed title by heading).
Action action_from_compact_record(const nlohmann::json& j, const RecordTables& tables, const Action& read_row,
                                  const std::map<std::string, std::string>& titles);

// The plan without its actions; a lead's copy records whose it is (copy, else p.lead_copy).
nlohmann::json plan_record(const Plan& p, const LeadCopy* copy = nullptr);
void plan_from_record(const nlohmann::json& j, Plan& p);  // sets all but the actions

}  // namespace planbridge
