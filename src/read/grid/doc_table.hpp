// Tables of text documents (Word, HTML) → rows of the one grid such a document becomes. Cells
// are placed on the table's layout grid (cells skipped before a row, column spans), never by
// position; a cell merged down over several rows is copied into every row it covers and points
// at its origin, as merged Excel cells do. Shared by the .docx and HTML readers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "read/grid/grid.hpp"
#include "support/colour.hpp"

namespace planbridge {

enum class VMerge { none, restart, next };  // next: continues the cell above (<w:vMerge/>, a rowspan)

struct DocCell {
    std::string text;  // paragraphs joined by '\n'; list items start '• ' (indented per level)
    std::optional<Rgb> fill;
    int span = 1;      // grid columns covered (w:gridSpan, colspan)
    VMerge vmerge = VMerge::none;
    bool hmerge_next = false;  // legacy w:hMerge continue: widens the cell to its left
    bool spread = true;        // false: the span is text overflow, not a merge (Excel's mso-ignore:colspan)
};

struct DocRow {
    int grid_before = 0;
    bool header = false;  // repeated on each page (w:tblHeader, <thead>)
    std::vector<DocCell> cells;
};

struct DocTable {
    std::vector<DocRow> rows;
};

// Appends table number 'number' (1-based in the document); its rows keep their own numbers.
void append_table(Grid& grid, const DocTable& table, int number);
// A short paragraph between tables (a heading, a caption): one cell spread across the row, which
// the plan builder reads as a banner (section heading) or, above the first table, a title line.
void append_paragraph(Grid& grid, const std::string& text, bool heading);

}  // namespace planbridge
