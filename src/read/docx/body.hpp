// The body of a Word document as planbridge needs it: paragraphs and tables in document order,
// each table's rows and cells with their text, grid placement (gridBefore, gridSpan), vertical
// merge marks and shading colour. Tracked deletions, hidden text, field codes and content-control
// placeholders are left out; insertions are kept. Nested tables are flattened into their cell.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "read/docx/styles.hpp"
#include "read/ooxml/theme.hpp"
#include "support/colour.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::docx {

enum class VMerge { none, restart, next };  // next: continues the cell above (<w:vMerge/>)

struct WordCell {
    std::string text;  // paragraphs joined by '\n'; list items start '• ' (indented per level)
    std::optional<Rgb> fill;
    int span = 1;      // grid columns covered (w:gridSpan)
    VMerge vmerge = VMerge::none;
    bool hmerge_next = false;  // legacy w:hMerge continue: widens the cell to its left
};

struct WordRow {
    int grid_before = 0;
    bool header = false;  // w:tblHeader: repeated on each page
    std::vector<WordCell> cells;
};

struct WordTable {
    std::vector<WordRow> rows;
};

struct WordParagraph {
    std::string text;
    bool heading = false;  // a heading style ('heading 1' …, by name or outline level) or outline level
};

struct BodyItem {
    bool is_table = false;
    WordParagraph paragraph;
    WordTable table;
};

std::vector<BodyItem> read_body(ZipArchive& zip, const std::string& part, const ooxml::Theme& theme, const ParagraphStyles& styles);

}  // namespace planbridge::docx
