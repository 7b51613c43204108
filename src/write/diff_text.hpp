// A plan diff → the report an officer reads in a terminal: the summary, the exceptions a board
// reads first, then every change in the new plan's order (colour when writing to a terminal).
#pragma once
#include <string>

#include "model/plan.hpp"
#include "reconcile/diff.hpp"

namespace planbridge {

struct TextReportOptions {
    bool colour = false;     // ANSI colours: green better, red worse, yellow changed
    bool explain = false;    // how each pair was matched, and its score
    bool unchanged = false;  // list unchanged actions too
};

std::string write_diff_text(const PlanDiff& diff, const Version& old_plan, const Version& new_plan, const TextReportOptions& options);

}  // namespace planbridge
