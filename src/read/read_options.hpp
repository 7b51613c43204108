// The options of one reading, resolved once by import_file (read/reader.hpp) and passed down
// to every stage below it: the reader (which sheets to build while reading), the plan builder
// and each grid's builder. Nothing below falls back to a default of its own.
#pragma once
#include <cstdint>
#include <optional>

#include "model/date.hpp"
#include "profile/profile.hpp"
#include "read/action_sink.hpp"

namespace planbridge {

struct ReadOptions {
    const Profile& profile;
    std::optional<Date> as_of;  // --as-of: wins over anything found in the file
    bool explain = true;        // record why each status was chosen (inspect)
    // Sheets at least this big (decompressed XML) are built while they are read, on a second
    // core (read/grid/grid_stream). 0: every sheet; UINT64_MAX: none.
    uint64_t stream_sheets_from = UINT64_MAX;
    // When set, the actions go here as they are made and the plan holds none (its title, as_of
    // and warnings are there): read/action_sink.hpp.
    ActionSink* sink = nullptr;
};

}  // namespace planbridge
