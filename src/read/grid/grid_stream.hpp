// A grid built on a worker thread while its reader is still parsing: the reader hands over
// finished rows in batches, the worker appends them to the grid and runs the GridBuilder, so
// parsing and building share the machine's cores and a big sheet is never held whole.
#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "read/grid/grid_build.hpp"

namespace planbridge {

class GridStream {
public:
    GridStream(std::string name, int index, GridBuildOptions options);
    ~GridStream();  // abandons the work if finish() was not called
    GridStream(const GridStream&) = delete;
    GridStream& operator=(const GridStream&) = delete;

    // Reader thread: the next rows in sheet order, as a job the worker runs to make them (so
    // turning raw cells into grid cells happens on the worker too). Blocks while the worker is
    // far behind (bounded memory).
    using RowJob = std::function<std::vector<GridRow>()>;
    void push(RowJob job);
    // Reader thread, before any rows: how many rows the sheet says it has (a hint: memory for
    // the actions is set aside once instead of growing).
    void expect_rows(size_t rows);
    // Reader thread: no more rows. Waits for the worker; rethrows what it threw.
    std::shared_ptr<GridParts> finish();

private:
    struct Shared;
    std::unique_ptr<Shared> shared_;
};

}  // namespace planbridge
