// Grid → plan: finds header rows, table blocks, banner rows (sections) and action rows in
// every grid of a document, and turns each action row into an Action. Shared by every format.
#pragma once
#include <optional>

#include "model/date.hpp"
#include "profile/profile.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/grid_build.hpp"
#include "read/report.hpp"

namespace planbridge {

struct BuildOptions {
    const Profile* profile = nullptr;
    std::optional<Date> as_of;  // --as-of: wins over anything found in the file
    bool explain = true;        // record why each status was chosen (for inspect)
    // When set, the actions go here as they are made (read/action_sink.hpp) and the plan holds
    // none: for a caller that keeps only part of each.
    ActionSink* sink = nullptr;
};

// Thrown by build_plan when a sheet built while it was read (Grid::built) used an as_of the
// whole document contradicts: the caller reads the file again without streaming.
struct StreamedGridStale {};

// Throws PlanError(no_plan / empty) when the document holds no plan table.
ImportResult build_plan(Document doc, const BuildOptions& options);

// Lets a reader build big sheets while it reads them (read/grid/grid_stream.hpp).
struct StreamSettings {
    BuildOptions build;
    uint64_t min_part_bytes = 8 << 20;  // smaller sheets are read whole, then built
};

// How a streamed grid is built: as_of is judged from what the grid shows before its first
// table starts (build_plan checks it against the whole document afterwards).
GridBuildOptions streamed_grid_options(const StreamSettings& settings, const Document& doc);

}  // namespace planbridge
