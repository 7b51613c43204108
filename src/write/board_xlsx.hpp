// The board workbook (issue 5): a plan as the RAG-coloured XLSX an improvement board receives —
// Cover, Summary, Actions, (Changes,) Recommendations and Key sheets in the layout's colours and words, written with
// libxlsxwriter. docs/formats/board-xlsx.md says what each sheet holds.
#pragma once
#include <ctime>
#include <optional>
#include <string>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "write/layout.hpp"

namespace planbridge {

struct ChangeSet;
struct MergeReport;

struct BoardOptions {
    const Layout* layout = nullptr;      // default_layout() when null
    std::optional<Date> as_of;           // the date the pack reports on (default: the plan's)
    const ChangeSet* changes = nullptr;  // since last month's version (--since): the Changes sheet
    std::time_t made = 0;                // when it is made (seconds since 1970; 0: now), for the cover and properties
    // split: this lead's copy (model/plan.hpp) — the cells a lead may change (status, progress,
    // due date) unlocked and every sheet protected without a password; the cover says whose copy
    // it is, when it is due back and what to do; the record keeps both.
    const LeadCopy* lead_copy = nullptr;
    const MergeReport* merge_report = nullptr;  // merge: a 'Returns' sheet of what was taken from whom
};

// Writes the workbook to path whole or not at all (a temporary beside it, then renamed).
// Throws PlanError(output) naming the path and what failed.
void write_board_xlsx(const Plan& plan, const BoardOptions& options, const std::string& path);

}  // namespace planbridge
