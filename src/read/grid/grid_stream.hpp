// A grid built on a worker thread while its reader is still parsing: the reader hands over
// finished rows in batches, the worker appends them to the grid and runs the GridBuilder, so
// parsing and building share the machine's cores and a big sheet is never held whole.
#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "read/grid/grid_build.hpp"
#include "read/grid/row_sink.hpp"

namespace planbridge {

class GridStream : public RowSink {
public:
    GridStream(std::string name, int index, GridBuildOptions options);
    ~GridStream() override;  // abandons the work if finish() was not called
    GridStream(const GridStream&) = delete;
    GridStream& operator=(const GridStream&) = delete;

    // Reader thread: the worker runs the job (turning raw cells into grid cells happens there
    // too). Blocks while the worker is far behind (bounded memory).
    void push(RowJob job) override;
    // Reader thread, before any rows: memory for the rows and actions is set aside once.
    void expect_rows(size_t rows) override;
    // Reader thread: no more rows. Waits for the worker; rethrows what it threw.
    GridParts finish() override;

private:
    struct Shared;
    std::unique_ptr<Shared> shared_;
};

}  // namespace planbridge
