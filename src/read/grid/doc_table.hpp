// Tables of text documents (Word, HTML) → rows of the one grid such a document becomes. Cells
// are placed on the table's layout grid (cells skipped before a row, column spans), never by
// position; a cell merged down over several rows is copied into every row it covers and points
// at its origin, as merged Excel cells do. Shared by the .docx and HTML readers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "read/document.hpp"
#include "read/grid/expansion_budget.hpp"
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

struct DocParagraph {
    std::string text;
    bool heading = false;  // a heading style / <h1>…<h6>
};

// A text document's body in order: paragraphs and (outermost) tables.
struct DocItem {
    bool is_table = false;
    DocParagraph paragraph;
    DocTable table;
};

struct DocumentGrid {
    Grid grid;
    int tables = 0;
    int long_paragraphs = 0;  // body text between tables, left out
};

// The one grid a text document becomes: its tables in order (rows keep their table number and
// their row number in it), with the short paragraphs between them (headings, captions) as rows
// of one spread cell, which the plan builder reads as banners (sections) or, above the first
// table, title lines. Long paragraphs are body text and are left out. Every cell placed (each
// copy of a merged one too) is counted against budget.
DocumentGrid document_grid(const std::vector<DocItem>& body, ExpansionBudget& budget);

// Adds the body's grid to doc with notes for inspect; a body with no table is not a plan (exit 9).
void add_document_grid(Document& doc, const std::vector<DocItem>& body, ExpansionBudget& budget);

}  // namespace planbridge
