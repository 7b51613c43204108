// The raw table every reader produces: text, fill colour, merges and position of each cell,
// with nothing interpreted. Header detection, banner rows, colour → status and dates all work
// on this, once, for every format.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "support/colour.hpp"

namespace planbridge {

enum class FillSource { none, direct, conditional };

struct GridCell {
    std::string text;          // displayed text, UTF-8, lines separated by '\n'
    std::optional<Date> date;  // the source stored a real date (an Excel date cell)
    std::optional<Rgb> fill;   // background colour as displayed
    FillSource fill_source = FillSource::none;
    bool bold = false;
    // Merged ranges: every covered slot carries the origin's text and fill; these point at the
    // origin (top-left) so banner detection can tell one merged cell from many equal cells.
    int origin_row = -1;  // index into Grid::rows; -1 = not merged
    int origin_col = -1;
    int span_cols = 1;    // on the origin and its copies: the merged range's width

    bool merged() const { return origin_row >= 0; }
    bool empty() const { return text.empty(); }
};

struct GridRow {
    int number = 0;  // 1-based row number in the source (Excel row, CSV record, table row)
    bool hidden = false;
    std::vector<GridCell> cells;
    int table = 0;   // Word/HTML: the document's table the row belongs to (1-based); 0 elsewhere
    // Word/HTML: a heading paragraph (a Heading style, or the line just above a table). Above
    // the first plan table, the headings after the last table row there are its sections.
    bool heading = false;
    int table_width = 0;  // Word/HTML: columns of the row's table (its layout grid); 0 elsewhere
};

// Cells of row 'index' that are its own (not copies of a merge that starts above or to the left).
struct RowCells {
    std::vector<int> own;      // columns whose text starts in this row
    std::vector<int> carried;  // columns holding text merged down from a row above
};
RowCells row_cells(const GridRow& row, int index);

struct Grid {
    std::string name;    // sheet name, or 'table 3'
    int index = 0;       // 1-based position among the document's grids
    std::vector<GridRow> rows;
    // False for a format that cannot hold merged cells (CSV): a cell merged down over an
    // item's rows in the workbook it was saved from is blank below its first row there.
    bool keeps_merges = true;
    int width() const;
};

}  // namespace planbridge
