// A plan diff → JSON: {"summary": {...}, "changes": [...]} (docs/reconcile.md, "Output").
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "model/plan.hpp"
#include "reconcile/diff.hpp"

namespace planbridge {

nlohmann::ordered_json diff_to_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan);
std::string write_diff_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan);

// The summary's counts by name, in the order every output shows them.
std::vector<std::pair<std::string, int>> summary_counts(const DiffSummary& s);

}  // namespace planbridge
