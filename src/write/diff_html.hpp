// A plan diff → one standalone HTML page for people (no network, no external files): the two
// versions, the summary in words, what to read first, and every change with the lead, the
// reference, statuses in the layout's words and colours (the word always on the colour),
// reworded text marked word by word; filters by change kind and section (plain JS, and the
// URL's #kind=…&section=… sets them); print styles for A4 landscape. docs/formats/diff-html.md.
#pragma once
#include <string>

#include "model/plan.hpp"
#include "reconcile/diff.hpp"
#include "write/layout.hpp"

namespace planbridge {

std::string write_diff_html(const PlanDiff& diff, const Version& old_plan, const Version& new_plan, const Layout& layout);

// Text with &, <, >, " escaped.
std::string html_escape(std::string_view text);

}  // namespace planbridge
