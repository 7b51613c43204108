// One grid → the plan's pieces, row by row. Rows may arrive while the reader is still reading
// (a big sheet streamed on another thread) or all at once; the result is the same. Header rows
// and table blocks are found as rows arrive; a block's rows become actions once its first rows
// (the sample its columns are judged on) are in. Shared by every format.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "profile/profile.hpp"
#include "read/grid/colour_key.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/plan_metadata.hpp"
#include "read/action_sink.hpp"
#include "read/report.hpp"

namespace planbridge {

// What one grid contributed: its actions and everything the plan and the report gather from it.
struct GridParts {
    std::string name;
    int index = 0;
    MetadataSource source;      // rows above the first header, and every header's headings
    bool has_cells = false;     // any row with text
    bool has_blocks = false;    // a plan table was found (not counting a RAG key)
    bool key_table = false;     // the grid holds a RAG key, not actions
    std::optional<Date> as_of;  // the as_of its date phrases were read against
    std::vector<Action> actions;               // empty with a sink: they went there
    std::vector<uint64_t> action_text_hashes;  // folded_hash(action) of each action, for its key
    std::vector<Recommendation> recommendations;
    std::vector<std::string> extra_columns;
    std::vector<Warning> warnings;
    std::vector<TableReport> tables;
    std::vector<std::string> colour_key;  // the plan's own RAG key, when it has one (for inspect)
    bool used_document_key = false;       // its statuses were read by GridBuildOptions::document_key
    ColourKey standalone_key;             // a grid with no plan table: the RAG key its rows make, if any
};

// Decides as_of from what the grid has shown so far (called once, when its first block starts).
using AsOfRule = std::function<std::optional<Date>(const MetadataSource&)>;

struct GridBuildOptions {
    const Profile* profile = nullptr;
    std::string file;          // for warnings and origins
    AsOfRule as_of;            // null: no as_of
    bool explain = true;       // record why each status was chosen (inspect)
    // The document's RAG key found elsewhere (a workbook's 'Key' sheet): used when the grid
    // has none of its own above its first table.
    const ColourKey* document_key = nullptr;
    // When set, actions go here as soon as they are final instead of into GridParts::actions.
    ActionSink* sink = nullptr;
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
