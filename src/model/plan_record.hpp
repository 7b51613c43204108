// A plan as a complete, lossless JSON record: every field of every action (its key, where it
// came from, how its status was found) and of the plan. The board workbook keeps it in a hidden
// sheet so that a lead's edited copy re-imports as the plan it was, plus the lead's edits
// (docs/formats/board-xlsx.md). Not the public JSON output (write/json_writer), though close.
#pragma once
#include <nlohmann/json.hpp>

#include "model/plan.hpp"

namespace planbridge {

nlohmann::json action_record(const Action& a);
Action action_from_record(const nlohmann::json& j);  // throws nlohmann::json::exception when malformed

// The plan without its actions.
nlohmann::json plan_record(const Plan& p);
void plan_from_record(const nlohmann::json& j, Plan& p);  // sets all but the actions

}  // namespace planbridge
