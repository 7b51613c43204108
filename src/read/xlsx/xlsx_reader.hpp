// Reads an .xlsx/.xlsm workbook (Transitional or Strict) into a Document of grids, one per
// visible worksheet.
#pragma once
#include <string>

#include "read/grid/grid.hpp"

namespace planbridge::xlsx {

Document read_xlsx(const std::string& path, const std::string& display_name);

}  // namespace planbridge::xlsx
