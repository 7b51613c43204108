// What changed since last month, in the board workbook (export --since) and as a workbook of
// its own (diff --format xlsx): one row per change, old → new, improved or worsened said in
// words and colours, each changed cell highlighted.
#pragma once
#include <ctime>
#include <string>

#include "reconcile/diff.hpp"
#include "reconcile/version.hpp"
#include "write/layout.hpp"
#include "write/xlsx_book.hpp"

namespace planbridge {

struct ChangeSet {
    const Version& old_version;
    const Version& new_version;
    const PlanDiff& diff;
};

// The Changes sheet, named 'name', in a workbook being written.
void write_changes_sheet(Workbook& wb, const Formats& f, const Layout& layout, const ChangeSet& changes, const std::string& name,
                         const std::string& heading, const std::string& footer);

// diff --format xlsx: the counts, the Changes sheet and the Key; whole or not at all.
// made: seconds since 1970 (0: now), for the document properties.
void write_diff_xlsx(const ChangeSet& changes, const Layout& layout, const std::string& path, std::time_t made = 0);

}  // namespace planbridge
