#include "read/grid/grid.hpp"

#include <algorithm>

#include "support/strings.hpp"

namespace planbridge {

int Grid::width() const {
    size_t w = 0;
    for (const GridRow& r : rows) w = std::max(w, r.cells.size());
    return static_cast<int>(w);
}

RowCells row_cells(const GridRow& row, int index) {
    RowCells rc;
    rc.own.reserve(row.cells.size());  // one allocation a row, not one per doubling
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
        const GridCell& cell = row.cells[static_cast<size_t>(c)];
        if (is_blank(cell.text)) continue;
        if (!cell.merged() || (cell.origin_row == index && cell.origin_col == c)) rc.own.push_back(c);
        else if (cell.origin_row != index) rc.carried.push_back(c);
    }
    return rc;
}

}  // namespace planbridge
