// Action rows: a block's rows, once its columns are judged, become actions. Each row is a
// banner (a section: read/grid/sections), a label row (context: read/grid/context_rows), a
// continuation of the action above (read/grid/continuation), a row of another table, or an
// action: its fields read from the mapped columns, its due date parsed, its recommendations
// and reference split (read/grid/references), its status resolved (read/grid/status_resolution).
// With a sink, finished actions are handed over a few hundred at a time. Shared by every format.
#pragma once
#include <array>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/fields.hpp"
#include "read/grid/block_scan.hpp"
#include "read/grid/context_rows.hpp"
#include "read/grid/grid_build.hpp"
#include "read/grid/sections.hpp"
#include "read/grid/status_resolution.hpp"

namespace planbridge {

// A block's first rows: its unheaded columns are judged on them (dates? status words?), and so
// is whether colour varies from row to row. A streamed block starts once they are in.
inline constexpr size_t kSampleRows = 200;

class ActionRows {
public:
    ActionRows(GridParts& parts, const Profile& profile, std::string file, bool explain, ActionSink* sink)
        : parts_(parts), profile_(profile), file_(std::move(file)), statuses_(profile, explain), sink_(sink) {}

    void set_dates(DateConventions dates) { dates_ = std::move(dates); }
    // The plan's own RAG key (or the document's): wins over the profile's colour classes.
    void set_key(ColourKey key);

    // A block being read: its columns (with those judged from content) and what its rows left.
    struct BlockState {
        const Block* block = nullptr;
        HeaderMatch header;
        size_t report = 0;            // index in parts_.tables
        std::set<int> colour_varies;  // columns whose fills differ from row to row
        int last_action = -1;         // index in parts_.actions of the block's previous action
        std::vector<std::string> group_recommendations;  // from the last filled recommendation cell
        std::vector<int> hidden_rows;
        int header_table = 0;  // Word/HTML: the header row's table and its width
        int table_width = 0;
        int warned_table = 0;  // the last other-shaped table warned about
        std::array<int, kFieldCount> field_column{};  // header.column_of for each field
        // CSV: the last text of each column left of the reference column, and the section it was in.
        std::vector<std::string> left_texts;
        std::vector<std::string> left_section;

        int column_of(Field f) const { return field_column[static_cast<size_t>(f)]; }
        void index_fields();
    };

    // Called once the block's first rows (the sample) are in: its columns are judged on them.
    BlockState begin_block(const Block& b);
    // A row above the first table that describes its actions (a heading, a label row, a title
    // row spread across an outcome table).
    void context_above(BlockState& st, const GridRow& row, int index);
    void process_row(BlockState& st, int index);
    // A file that keeps no merges (CSV): blank cells left of the reference column under filled
    // ones (a Subject or Lead merged down over an item's rows in the workbook) take the text above.
    void fill_left_of_reference(BlockState& st, GridRow& row);
    std::vector<Action> parallel_parts(const Action& a);
    int due_column_of(const BlockState& st, const GridRow& row) const;
    void end_block(BlockState& st);
    // Gives the first n actions to the sink (they are final) and forgets them.
    void hand_over(size_t n);

private:
    static constexpr size_t kHandOverEvery = 256;  // actions: how many are held at most with a sink
    GridParts& parts_;
    const Profile& profile_;
    SharedText file_;
    const Grid* named_grid_ = nullptr;  // the grid's name, shared by every action read from it (see Origin)
    SharedText grid_name_;
    StatusResolver statuses_;
    ActionSink* sink_;
    DateConventions dates_;
    SectionStack sections_;
    ActionContext context_;  // what the label rows above say about the actions below
    std::unordered_map<std::string, DueDate> due_cache_;

    void widen_header(BlockState& st, int width, bool note);
    void note_extra_column(const ColumnMapping& c);
    void note_extra_heading(const std::string& heading);
    void push_banner(const std::string& text);
    void take_label(BlockState& st, const GridRow& row, const LabelRow& label);
    void take_other_table_row(BlockState& st, const GridRow& row);
    void warn_at(const GridRow& row, std::string message);
    void warn(const Block& b, int row_number, std::string message);
    std::string field_text(const BlockState& st, GridRow& row, Field field) const;
    std::string column_text(const BlockState& st, GridRow& row, int col) const;
    Action read_action(BlockState& st, GridRow& row);
    void read_due(const BlockState& st, GridRow& row, Action& a);
    void read_recommendations(BlockState& st, GridRow& row, Action& a);
    void read_extra_columns(const BlockState& st, GridRow& row, Action& a);
    void build_action(BlockState& st, GridRow& row);
    void add_action(BlockState& st, Action a);
};

}  // namespace planbridge
