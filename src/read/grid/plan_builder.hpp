// Document → plan: the plan's title, organisation and as_of from the whole document first
// (they decide the year of a phrase like 'Sept'), then every grid read whole built into its
// parts (read/grid/grid_build), then the parts of every grid, in document order, made into one
// plan and its import report. Shared by every format.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <variant>

#include "read/document.hpp"
#include "read/grid/row_sink.hpp"
#include "read/read_options.hpp"
#include "read/report.hpp"

namespace planbridge {

// A sheet built while it was read judged its date phrases against the as_of it could see
// before its table, and its fills without a RAG key on a sheet it had not seen yet: when the
// whole document says otherwise, its parts are stale and the file is read again whole.
struct StaleStreamedSheet {
    std::string sheet;
    std::string reason;
};
using PlanBuild = std::variant<ImportResult, StaleStreamedSheet>;

// Throws PlanError(no_plan / empty) when the document holds no plan table.
PlanBuild build_plan(Document doc, const ReadOptions& options);

// What import_file offers a reader that can build a sheet while reading it (xlsx): sheets at
// least ReadOptions::stream_sheets_from big are streamed, each into its own GridStream.
class SheetStreaming : public RowSinks {
public:
    explicit SheetStreaming(const ReadOptions& options) : options_(options) {}
    bool wants(uint64_t sheet_bytes) const override { return sheet_bytes >= options_.stream_sheets_from; }
    // Builds the sheet on a worker thread as its rows arrive. as_of is judged from what the
    // sheet shows before its first table and from the document's properties read so far
    // (build_plan checks it against the whole document afterwards).
    std::unique_ptr<RowSink> open(const std::string& name, int index, const Document& doc) const override;

private:
    const ReadOptions& options_;
};

}  // namespace planbridge
