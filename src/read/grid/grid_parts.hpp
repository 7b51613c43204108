// What one grid contributes to a plan once built (read/grid/grid_build): its actions and
// everything the plan and the import report gather from it. A grid read whole is built by
// build_plan; a big sheet is built while it is read (read/grid/grid_stream) and reaches the
// plan builder as parts.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "read/grid/colour_key.hpp"
#include "read/grid/table_diagnosis.hpp"
#include "read/report.hpp"

namespace planbridge {

// What a plan's title, organisation and as_of are judged on, one grid's worth: the rows above
// its first header, and every header's headings (read/grid/plan_metadata).
struct MetadataSource {
    std::vector<std::string> lines_before_header;
    std::vector<std::string> headings;
};

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
    size_t made = 0, unrated = 0;              // actions made (a sink has them), and how many with no status
    std::vector<Recommendation> recommendations;
    std::vector<std::string> extra_columns;
    std::vector<Warning> warnings;
    std::vector<TableReport> tables;
    std::vector<std::string> colour_key;  // the plan's own RAG key, when it has one (for inspect)
    bool used_document_key = false;       // its statuses were read by GridBuildOptions::document_key
    ColourKey standalone_key;             // a grid with no plan table: the RAG key its rows make, if any
    std::optional<TableDiagnosis> no_table;  // a grid with cells but no plan table: its likeliest header, for the error
};

}  // namespace planbridge
