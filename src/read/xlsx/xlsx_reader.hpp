// Reads an .xlsx/.xlsm workbook (Transitional or Strict) into a Document of grids, one per
// visible worksheet.
#pragma once
#include <string>

#include "read/grid/grid.hpp"
#include "read/grid/plan_builder.hpp"

namespace planbridge::xlsx {

// With stream settings, sheets at least settings->min_part_bytes big are built into plan parts
// while they are read (Grid::built).
Document read_xlsx(const std::string& path, const std::string& display_name, const StreamSettings* stream = nullptr);

}  // namespace planbridge::xlsx
