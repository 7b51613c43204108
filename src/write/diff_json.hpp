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
// size). Onto a stream, the diff is never held whole either: its changes are made a block at a
// time, two blocks at once on two threads, and written in order; returns the summary.
DiffSummary write_diff_json(const Version& old_plan, const Version& new_plan, const Alignment& alignment, std::ostream& out);
// The same document from a diff already made.
std::string write_diff_json(const PlanDiff& diff, const Version& old_plan, const Version& new_plan);

// The summary's counts in order: the stable name JSON and CSV carry, and what a person reads.
struct SummaryCount {
    std::string_view name, label;
    int n;
};
std::vector<SummaryCount> summary_counts(const DiffSummary& s);

}  // namespace planbridge
