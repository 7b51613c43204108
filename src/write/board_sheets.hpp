// The board workbook's sheets, a file each, and what they share while the workbook is written
// (write/board_xlsx.cpp makes the context and writes the sheets in order).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "write/board_changes.hpp"
#include "write/board_xlsx.hpp"
#include "write/layout.hpp"
#include "write/xlsx_book.hpp"

namespace planbridge {

struct BoardContext {
    Workbook& wb;
    const Plan& plan;
    const Layout& layout;
    std::optional<Date> as_of;
    const ChangeSet* changes;  // since last month's version, or null
    Date made;
    const LeadCopy* lead_copy;  // split: a lead's copy, or null
    const MergeReport* merge_report = nullptr;  // merge: what was taken from whom, or null
    Formats f;

    BoardContext(Workbook& w, const Plan& p, const Layout& l, std::optional<Date> a, const ChangeSet* c, Date m, const LeadCopy* lc)
        : wb(w), plan(p), layout(l), as_of(a), changes(c), made(m), lead_copy(lc), f(w, l, lc != nullptr) {}

    std::string title() const;   // the plan's, or 'Improvement plan'
    std::string dated() const;   // 'West Berkshire Council — as of 31 Oct 2017'
    std::string footer() const;  // the title and the date, for every page's footer
    bool overdue(const Action& a) const;
    // The change of each action of the plan (by index), null where none or without --since.
    std::vector<const ActionChange*> change_of_each() const;
};

// A sheet of the workbook, and what the cover's contents say it holds.
struct SheetEntry {
    std::string name, holds;
};

// First: the plan, the month reported, when it was made, what changed in one paragraph, and
// the contents (each sheet a link).
void write_cover_sheet(BoardContext& c, const std::vector<SheetEntry>& contents);
// The workbook's title, subject, author and comments (File › Properties).
void set_board_properties(BoardContext& c);

// merge: the 'Returns' sheet — each conflict with every value and its sender, each change taken
// and from whom, actions added and missing, stale returns, and the leads with no update.
void write_returns_sheet(BoardContext& c, const MergeReport& report);

// Counts by status for each top-level section and the whole plan, a chart, and the lists a
// board reads first, each entry with its reference, lead, due date and change.
void write_summary_sheet(BoardContext& c);

}  // namespace planbridge
