// Word tables and paragraphs → rows of the one grid a Word document becomes. Cells are placed on
// the table's layout grid (gridBefore + gridSpan), never by position; a vertically merged cell
// is copied into every row it covers and points at its origin, as merged Excel cells do.
#pragma once
#include "read/docx/body.hpp"
#include "read/grid/grid.hpp"

namespace planbridge::docx {

// Appends table number 'table' (1-based in the document); its rows keep their own numbers.
void append_table(Grid& grid, const WordTable& table, int number);
// A short paragraph between tables (a heading, a caption): one cell spread across the row, which
// the plan builder reads as a banner (section heading) or, above the first table, a title line.
void append_paragraph(Grid& grid, const std::string& text, bool heading);

}  // namespace planbridge::docx
