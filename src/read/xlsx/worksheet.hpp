// One worksheet part streamed into a Grid: cell values, styles, merged ranges, hidden rows, and
// conditional-formatting fills.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "read/grid/expansion_budget.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/grid_parts.hpp"
#include "read/grid/row_sink.hpp"
#include "read/xlsx/styles.hpp"
#include "read/xlsx/workbook.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::xlsx {

struct CellRange {
    int row1, col1, row2, col2;  // 0-based, inclusive
    bool contains(int r, int c) const { return r >= row1 && r <= row2 && c >= col1 && c <= col2; }
};

// 'B2:D4' or 'B2' → range; false if it is not a cell reference.
bool parse_range(std::string_view ref, CellRange& out);

struct SheetContext {
    const SharedStrings& shared_strings;
    const Styles& styles;
    bool date1904;
    std::string file;
    std::string sheet_name;
    int index = 0;  // 1-based position among the workbook's sheets
    ExpansionBudget& budget;  // the workbook's: every cell made is counted
    std::string place() const { return "sheet '" + sheet_name + "'"; }
};

// Reads the sheet whole; problems that do not stop the import go to warnings.
Grid read_worksheet(ZipArchive& zip, const std::string& part, const SheetContext& ctx, std::vector<Warning>& warnings);

// Reads the sheet into 'sink', which builds it while it is read (read/grid/row_sink.hpp).
// nullopt when the sheet turns out to need the whole grid — merged cells or conditional formats
// (they come after the rows in the XML), or rows out of order: the caller reads it again whole.
std::optional<GridParts> stream_worksheet(ZipArchive& zip, const std::string& part, const SheetContext& ctx, std::vector<Warning>& warnings,
                                          RowSink& sink);

}  // namespace planbridge::xlsx
