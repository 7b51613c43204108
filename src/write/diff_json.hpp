// A plan diff → JSON: {"summary": {...}, "changes": [...]} (docs/reconcile.md, "Output").
#pragma once
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "model/plan.hpp"
#include "reconcile/diff.hpp"

namespace planbridge {

// Written as it goes (no JSON document is built first: a big diff would need several times its
// size), onto the stream a megabyte at a time, or into a string.
void write_diff_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan, std::ostream& out);
std::string write_diff_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan);

// The summary's counts by name, in the order every output shows them.
std::vector<std::pair<std::string, int>> summary_counts(const DiffSummary& s);

}  // namespace planbridge
