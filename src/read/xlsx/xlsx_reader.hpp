// Reads an .xlsx/.xlsm workbook (Transitional or Strict) into a Document of grids, one per
// visible worksheet.
#pragma once
#include <string>

#include "read/document.hpp"
#include "read/grid/row_sink.hpp"

namespace planbridge::xlsx {

// With 'stream', the sheets it wants are built while they are read (Document::built).
Document read_xlsx(const std::string& path, const std::string& display_name, const RowSinks* stream = nullptr);

}  // namespace planbridge::xlsx
