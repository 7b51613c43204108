// What a reader hands to the plan builder: the document's grids, in document order, each read
// whole (rows, built by build_plan) or already built while it was read (a big sheet streamed:
// its parts), with the document's properties, warnings and notes.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/grid_parts.hpp"

namespace planbridge {

// A workbook planbridge exported (write/board_xlsx): its hidden sheet of records says which
// sheet holds the actions and what the plan was (model/board_record.hpp, read/exported_workbook).
struct ExportRecords {
    std::string actions_sheet;
    std::string plan;                                         // the plan's record, JSON
    std::string columns;  // JSON {"fields": [shown fields], "kept": [[heading, title as printed], …]}
    std::vector<std::string> actions;  // each action's compact record (JSON), its key first
};

struct Document {
    std::optional<ExportRecords> records;  // set for a workbook planbridge exported
    std::string file;    // as the user named it
    std::string format;  // 'xlsx', 'csv', ...
    std::vector<Grid> grids;       // read whole
    std::vector<GridParts> built;  // built while read; Grid::index and GridParts::index give the order
    std::string title;         // document properties, when the file has them
    std::string organisation;  // document properties (company)
    std::vector<Warning> warnings;
    std::vector<std::string> notes;  // for inspect: hidden sheets skipped, encoding, delimiter …

    bool has_grids() const { return !grids.empty() || !built.empty(); }
};

}  // namespace planbridge
