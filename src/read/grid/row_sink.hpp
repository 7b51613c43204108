// Where a reader puts one grid's rows while it reads them, so that the grid is built as it is
// read and never held whole. The reader knows only these interfaces; behind them are the
// plan builder's SheetStreaming and read/grid/grid_stream (a builder on a worker thread), and
// what finish() returns goes to the plan builder in Document::built. Grids a reader holds
// whole (small sheets, Word and HTML tables, CSV) go to it as rows instead (Document::grids).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "read/document.hpp"

namespace planbridge {

class RowSink {
public:
    virtual ~RowSink() = default;
    // Before any rows: how many rows the source says it has (a hint: room is made once).
    virtual void expect_rows(size_t rows) = 0;
    // The next rows in source order, as a job that makes them (so turning raw cells into grid
    // cells can happen where the building does). May block while the builder is far behind.
    using RowJob = std::function<std::vector<GridRow>()>;
    virtual void push(RowJob job) = 0;
    // No more rows: the grid's parts. Rethrows what building threw.
    virtual GridParts finish() = 0;
};

// What a reader that can build a grid while reading it (xlsx) is offered: which grids to
// stream, and a sink for each.
class RowSinks {
public:
    virtual ~RowSinks() = default;
    virtual bool wants(uint64_t grid_bytes) const = 0;
    // doc: what the reader knows of the document so far (its name and properties).
    virtual std::unique_ptr<RowSink> open(const std::string& name, int index, const Document& doc) const = 0;
};

}  // namespace planbridge
