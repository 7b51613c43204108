// One grid → the plan's pieces, row by row. Rows may arrive while the reader is still reading
// (a big sheet streamed on another thread) or all at once; the result is the same. The phases,
// each in its own file:
//   block_scan         header rows and the blocks of rows under them, found as rows arrive
//   colour_key         the plan's own RAG key, from the rows above the first table
//   context_rows       label rows above the first table (outcome tables, commitments)
//   action_rows        a block's rows, once its first rows (the sample its columns are judged
//                      on) are in: banners (sections), label rows, continuation rows, actions
//                      with their references (references) and statuses (status_resolution)
// Shared by every format.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "profile/profile.hpp"
#include "read/grid/colour_key.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/grid_parts.hpp"
#include "read/read_options.hpp"

namespace planbridge {

// Decides as_of from what the grid has shown so far (called once, when its first block starts).
using AsOfRule = std::function<std::optional<Date>(const MetadataSource&)>;

struct GridBuildOptions {
    // The profile, whether to explain statuses, and the sink: when set, actions go there as
    // soon as they are final instead of into GridParts::actions.
    const ReadOptions& read;
    std::string file;  // for warnings and origins
    AsOfRule as_of;    // null: no as_of
    // The document's RAG key found elsewhere (a workbook's 'Key' sheet): used when the grid
    // has none of its own above its first table.
    const ColourKey* document_key = nullptr;
};

class GridBuilder {
public:
    GridBuilder(Grid& grid, GridBuildOptions options);
    ~GridBuilder();
    GridBuilder(const GridBuilder&) = delete;
    GridBuilder& operator=(const GridBuilder&) = delete;

    // grid.rows.back() has just been added. Rows already turned into actions are emptied.
    void row_added();
    // About this many rows will come: room for their actions is made once.
    void reserve(size_t rows);
    // No more rows: finishes the last block and returns the grid's parts.
    GridParts finish();

    // A grid whose rows are all there.
    static GridParts build_whole(Grid& grid, GridBuildOptions options);

private:
    GridBuilder(Grid& grid, GridBuildOptions options, int known_width);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The RAG key a grid's rows make (a workbook's 'Key' sheet); empty when they make none.
ColourKey key_of_rows(const Grid& grid, const Profile& profile);

// Scan only: the grid's metadata source (title lines, headings; empty when it holds no plan
// table), without building actions.
MetadataSource scan_metadata(Grid& grid, const Profile& profile, bool& has_cells);

}  // namespace planbridge
