// A worksheet's cells as the sheet reader makes them (read/xlsx/worksheet.cpp): cell
// references, the t attribute, a cell's value and style made into a GridCell, rows grown as cells
// arrive (each new cell counted against the budget), and the raw batches a streamed sheet hands
// to its worker.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "read/grid/grid.hpp"
#include "read/xlsx/worksheet.hpp"

namespace planbridge::xlsx {

constexpr int kMaxColumns = static_cast<int>(ExpansionBudget::kMaxColumns);  // Excel's limits
constexpr int kMaxRows = static_cast<int>(ExpansionBudget::kMaxRows);

// The cell being read: where it goes, its style and type, and its value's text.
struct RawCell {
    int col;
    int style;
    char type;  // n number, s shared string, i inline string, b bool, e error, f formula string, d ISO date
    std::string value;
};

// Parses 'AB12' into 0-based column and 1-based row; row 0 when absent ('AB'). A column or
// row past Excel's last is given as it is (capped a little past the limit), for the caller to
// refuse; false when it is not a cell reference.
bool parse_cell_ref(std::string_view ref, int& col, int& row);

// A cell's t attribute as one letter: n number, s shared string, i inline string, b bool,
// e error, f formula string, d ISO date; 'otherwise' for none. Runs for every cell: by length
// and letter, no string compares.
char cell_type(std::string_view t, char otherwise);

// The cell a value of that type and style makes; a shared string that does not exist is a warning.
GridCell make_cell(int style, char type, std::string value, const SheetContext& ctx, std::vector<Warning>& warnings, int row_number);

// Makes row's cells reach column col (0-based), each new one counted.
void grow_row(GridRow& row, int col, const SheetContext& ctx);

// Cells as the parser saw them, for a worker to turn into grid rows (a streamed sheet): the
// parser thread only copies bytes, with no allocation per cell.
struct RawBatch {
    struct Row {
        int number;
        bool hidden;
        size_t first_cell;  // index into cells
    };
    struct Cell {
        int col, style;
        char type;
        size_t offset, length;  // the value in bytes
    };
    std::vector<Row> rows;
    std::vector<Cell> cells;
    std::string bytes;

    std::vector<GridRow> to_rows(const SheetContext& ctx, std::vector<Warning>& warnings) const;
};

}  // namespace planbridge::xlsx
