// The body of a Word document as planbridge needs it: paragraphs and tables in document order,
// each table's rows and cells with their text, grid placement (gridBefore, gridSpan), vertical
// merge marks and shading colour. Tracked deletions, hidden text, field codes and content-control
// placeholders are left out; insertions are kept. Nested tables are flattened into their cell.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "read/docx/numbering.hpp"
#include "read/docx/styles.hpp"
#include "read/grid/doc_table.hpp"
#include "read/ooxml/theme.hpp"
#include "support/colour.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::docx {

// numbering: advanced as list paragraphs are met, so labels come out in document order.
// budget: every cell and every byte of text counted as it is read.
std::vector<DocItem> read_body(ZipArchive& zip, const std::string& part, const ooxml::Theme& theme, const ParagraphStyles& styles,
                               Numbering& numbering, ExpansionBudget& budget);

}  // namespace planbridge::docx
