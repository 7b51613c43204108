#include "read/grid/grid.hpp"

#include <algorithm>

namespace planbridge {

int Grid::width() const {
    size_t w = 0;
    for (const GridRow& r : rows) w = std::max(w, r.cells.size());
    return static_cast<int>(w);
}

}  // namespace planbridge
