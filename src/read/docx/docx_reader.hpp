// Reads a Word .docx (Transitional or Strict) into a Document with one grid: the tables of the
// body in order, each row keeping its table and row number, with short paragraphs between them
// (headings, captions) as banner rows. Tables on the layout grid, vertical merges carried down,
// shading as fill colour (read/docx/body.cpp, table_grid.cpp, shading.cpp).
#pragma once
#include <string>

#include "read/document.hpp"

namespace planbridge::docx {

Document read_docx(const std::string& path, const std::string& display_name);

}  // namespace planbridge::docx
