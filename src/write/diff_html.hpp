// A plan diff → one standalone HTML page (no scripts, no external files): the summary, the
// exceptions a board reads first, and every change with old → new values and reworded text
// marked word by word.
#pragma once
#include <string>

#include "model/plan.hpp"
#include "reconcile/diff.hpp"

namespace planbridge {

std::string write_diff_html(const PlanDiff& diff, const Version& old_plan, const Version& new_plan);

// Text with &, <, >, " escaped.
std::string html_escape(std::string_view text);

}  // namespace planbridge
