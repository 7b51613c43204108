// A plan as a complete, lossless JSON record: every field of every action (its key, where it
// came from, how its status was found) and of the plan. The board workbook keeps it in a hidden
// sheet so that a lead's edited copy re-imports as the plan it was, plus the lead's edits
// (docs/formats/board-xlsx.md). Not the public JSON output (write/json_writer), though close.
#pragma once
#include <nlohmann/json.hpp>

#include "model/plan.hpp"

namespace planbridge {

// Where the board workbook keeps them: a hidden sheet of this name whose A1 is the marker, and a
// hidden last column of the actions sheet, under this heading, holding each row's action key (not
// a heading with 'key' in it: that reads as a RAG key's table).
constexpr const char* kRecordSheet = "planbridge";
constexpr const char* kRecordMarker = "planbridge export 1";
constexpr const char* kKeyHeading = "planbridge identity";
// A record longer than this goes into the cells to its right, in pieces (a cell holds 32,767
// characters at most); the pieces never split a UTF-8 sequence.
constexpr size_t kRecordPiece = 30000;

nlohmann::json action_record(const Action& a);
Action action_from_record(const nlohmann::json& j);  // throws nlohmann::json::exception when malformed

// The plan without its actions.
nlohmann::json plan_record(const Plan& p);
void plan_from_record(const nlohmann::json& j, Plan& p);  // sets all but the actions

}  // namespace planbridge
