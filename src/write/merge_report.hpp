// The merge report (issue 15): what was taken from whom, every conflict with each value and its
// sender, edits to actions the sender does not lead, returns of an earlier month, actions added
// and missing, and the leads whose actions no return changed — as text for the terminal, as
// JSON, as an HTML page, and as the 'Returns' sheet of the merged workbook (write/board_xlsx.cpp).
#pragma once
#include <string>

#include "reconcile/merge.hpp"
#include "write/layout.hpp"

namespace planbridge {

std::string merge_report_text(const MergeReport& report, size_t returns);
std::string merge_report_json(const MergeReport& report);
// A standalone page (no network): the same, statuses in the layout's words on its colours.
std::string merge_report_html(const MergeReport& report, size_t returns, const Layout& layout);

}  // namespace planbridge
