#include "read/grid/action_rows.hpp"

#include <algorithm>

#include "read/grid/column_roles.hpp"
#include "read/grid/continuation.hpp"
#include "read/grid/numbered_parts.hpp"
#include "read/grid/references.hpp"
#include "support/strings.hpp"

namespace planbridge {

void ActionRows::BlockState::index_fields() {
    for (size_t f = 0; f < kFieldCount; ++f) field_column[f] = header.column_of(static_cast<Field>(f));
}

void ActionRows::set_key(ColourKey key) {
    parts_.colour_key = key.lines;
    statuses_.set_key(std::move(key));
}

ActionRows::BlockState ActionRows::begin_block(const Block& b) {
    const GridRow& header_row = b.grid->rows[static_cast<size_t>(b.header_index)];
    parts_.tables.push_back({});
    TableReport& tr = parts_.tables.back();
    tr.sheet = b.grid->name;
    tr.table = header_row.table > 0 ? header_row.table : b.table;
    tr.header_row = header_row.number;

    BlockState st;
    st.block = &b;
    st.header = b.header;
    st.report = parts_.tables.size() - 1;
    st.header_table = header_row.table;
    st.table_width = header_row.table_width;
    std::vector<const GridRow*> sample;
    for (size_t k = 0; k < b.rows.size() && k < kSampleRows; ++k) sample.push_back(&b.grid->rows[static_cast<size_t>(b.rows[k])]);
    for (const GridRow* r : sample) widen_header(st, static_cast<int>(r->cells.size()), false);
    assign_roles_from_content(st.header, sample, profile_, dates_);
    tr.columns = st.header.columns;
    st.index_fields();
    // Only consulted when the table has no status column.
    if (st.column_of(Field::status) < 0) st.colour_varies = statuses_.varying_colour_columns(st.header, sample);
    for (const ColumnMapping& c : st.header.columns) note_extra_column(c);
    return st;
}

void ActionRows::context_above(BlockState& st, const GridRow& row, int index) {
    if (auto label = label_row(row, index, profile_)) return take_label(st, row, *label);
    for (const GridCell& c : row.cells) {
        if (is_blank(c.text)) continue;
        std::string text = tidy_cell_text(c.text);
        push_banner(text);
        if (row.table > 0) parts_.tables[st.report].banners.push_back({row.table, row.number, collapse_space(text)});
        return;
    }
}

void ActionRows::end_block(BlockState& st) {
    const Block& b = *st.block;
    TableReport& tr = parts_.tables[st.report];
    tr.columns = st.header.columns;
    for (int r : b.repeated) tr.repeated_header_rows.push_back(b.grid->rows[static_cast<size_t>(r)].number);
    if (st.hidden_rows.empty()) return;
    std::string rows;
    for (size_t i = 0; i < st.hidden_rows.size() && i < 10; ++i) rows += (i ? ", " : "") + std::to_string(st.hidden_rows[i]);
    if (st.hidden_rows.size() > 10) rows += ", …";
    warn(b, st.hidden_rows.front(), std::to_string(st.hidden_rows.size()) + " hidden row(s) imported anyway: " + rows);
}

namespace {

// Word/HTML: a row of a table that has no header row of its own and is shaped unlike the
// table whose header the block follows (an outcome table, a sign-off table): not actions.
bool in_other_table(const ActionRows::BlockState& st, const GridRow& row) {
    if (row.table == 0 || st.header_table == 0 || row.table_width == st.table_width) return false;
    const std::vector<int>& own = st.block->header_tables;
    return std::find(own.begin(), own.end(), row.table) == own.end();
}

}  // namespace

void ActionRows::process_row(BlockState& st, int index) {
    GridRow& row = st.block->grid->rows[static_cast<size_t>(index)];
    if (static_cast<size_t>(row.cells.size()) > st.header.columns.size()) widen_header(st, static_cast<int>(row.cells.size()), true);
    TableReport& tr = parts_.tables[st.report];
    RowCells rc = row_cells(row, index);
    if (rc.own.empty()) {
        if (!rc.carried.empty()) tr.skipped.push_back({row.table, row.number, "only cells merged down from above"});
        return;
    }
    if (auto label = label_row(row, rc, profile_)) return take_label(st, row, *label);
    bool other_table = in_other_table(st, row);
    if (rc.own.size() == 1 && (other_table || is_banner_row(st.header, row, rc))) {
        std::string text = tidy_cell_text(row.cells[static_cast<size_t>(rc.own.front())].text);
        push_banner(text);
        tr.banners.push_back({row.table, row.number, collapse_space(text)});
        st.last_action = -1;
        st.group_recommendations.clear();
        return;
    }
    if (other_table) return take_other_table_row(st, row);
    if (row.hidden) st.hidden_rows.push_back(row.number);
    build_action(st, row);
    std::vector<GridCell>().swap(row.cells);  // consumed (merged values were copied into every slot): free it (clear() would keep the memory)
}

void ActionRows::take_other_table_row(BlockState& st, const GridRow& row) {
    parts_.tables[st.report].skipped.push_back({row.table, row.number, "in a table with no header row of its own, shaped unlike the plan table above"});
    if (st.warned_table == row.table) return;
    st.warned_table = row.table;
    warn_at(row, "table " + std::to_string(row.table) + " has no header row and " + std::to_string(row.table_width) +
                     " columns where the plan table above has " + std::to_string(st.table_width) + ": its rows are not read as actions");
}

// Columns right of the header row that hold data (a streamed sheet shows its width as it
// goes): kept as extra columns named by letter.
void ActionRows::widen_header(BlockState& st, int width, bool note) {
    for (int c = static_cast<int>(st.header.columns.size()); c < width; ++c) {
        ColumnMapping col;
        col.col = c;
        col.heading = "Column " + column_letters(c);
        col.reason = "no field for this heading; kept as extra";
        st.header.columns.push_back(col);
        if (note) note_extra_column(col);
    }
    st.index_fields();
}

void ActionRows::note_extra_column(const ColumnMapping& c) {
    if (c.field == Field::extra) note_extra_heading(c.heading);
}

void ActionRows::note_extra_heading(const std::string& heading) {
    if (std::find(parts_.extra_columns.begin(), parts_.extra_columns.end(), heading) == parts_.extra_columns.end())
        parts_.extra_columns.push_back(heading);
}

void ActionRows::push_banner(const std::string& text) {
    if (sections_.push_banner(text) == 1) context_.clear();  // a new workstream: the last one's outcome table is done
}

void ActionRows::take_label(BlockState& st, const GridRow& row, const LabelRow& label) {
    TableReport& tr = parts_.tables[st.report];
    st.last_action = -1;
    if (label.role == ContextRole::section && !label.value.empty()) {
        sections_.push_label(label.value);
        tr.banners.push_back({row.table, row.number, collapse_space(label.value)});
        return;
    }
    context_.add(label, parts_.recommendations);
    std::string value = collapse_space(label.value);
    if (value.size() > 60) value = value.substr(0, 60) + "…";
    tr.context.push_back({row.table, row.number, label.label + (label.continued ? " (continued)" : "") + ": " + value});
}

void ActionRows::warn_at(const GridRow& row, std::string message) {
    parts_.warnings.push_back({{file_, "", row.table, row.number}, std::move(message)});
}

void ActionRows::warn(const Block& b, int row_number, std::string message) {
    parts_.warnings.push_back({{file_, b.grid->name, b.table, row_number}, std::move(message)});
}

std::string ActionRows::field_text(const BlockState& st, GridRow& row, Field field) const {
    return column_text(st, row, st.column_of(field));
}

// Takes the text out of the grid (each cell is read once; the grid is not used after),
// skipping a horizontal merge copy whose origin column is itself a mapped field (so one merged
// cell does not fill two fields).
std::string ActionRows::column_text(const BlockState& st, GridRow& row, int col) const {
    if (col < 0 || static_cast<size_t>(col) >= row.cells.size()) return "";
    GridCell& c = row.cells[static_cast<size_t>(col)];
    if (c.text.empty()) return "";
    if (c.merged() && c.origin_col != col) {
        for (const ColumnMapping& m : st.header.columns)
            if (m.col == c.origin_col && m.field != Field::extra) return "";
    }
    if (!needs_tidy(c.text)) return std::move(c.text);
    return tidy_cell_text(c.text);
}

// An action row's own fields, read from the mapped columns (the cells' text is taken out of the grid).
Action ActionRows::read_action(BlockState& st, GridRow& row) {
    const Block& b = *st.block;
    Action a;
    if (named_grid_ != b.grid) named_grid_ = b.grid, grid_name_ = b.grid->name;
    a.origin = {file_, grid_name_, row.table > 0 ? row.table : b.table, row.number};
    a.section = sections_.path();
    IdCell idc = split_id_cell(field_text(st, row, Field::id));
    a.id = idc.id;
    a.recommendations = idc.recommendations;
    each_text_field([&](const FieldInfo& f) {  // the reference was split above
        if (f.field != Field::id) *text_of(a, f.field) = field_text(st, row, f.field);
    });
    read_due(st, row, a);
    read_recommendations(st, row, a);
    read_extra_columns(st, row, a);
    return a;
}

// The column a row's deadline is in: the due column, or — under a grouped heading ('Target
// date' over 'Original | Revised') when the row leaves it blank — the nearest earlier
// sub-column that holds one (a deadline never revised is still the original).
int ActionRows::due_column_of(const BlockState& st, const GridRow& row) const {
    const int col = st.column_of(Field::due);
    auto blank = [&](int c) { return static_cast<size_t>(c) >= row.cells.size() || is_blank(row.cells[static_cast<size_t>(c)].text); };
    if (col < 0 || !blank(col)) return col;
    auto group_of = [&](int c) -> const std::string* {
        for (const ColumnMapping& m : st.header.columns)
            if (m.col == c) return &m.group;
        return nullptr;
    };
    const std::string* group = group_of(col);
    if (!group || group->empty()) return col;
    for (int c = col - 1; c >= 0; --c) {
        const std::string* g = group_of(c);
        if (!g || *g != *group) break;
        if (!blank(c)) return c;
    }
    return col;
}

void ActionRows::read_due(const BlockState& st, GridRow& row, Action& a) {
    const int col = due_column_of(st, row);
    const bool earlier = col != st.column_of(Field::due);  // an earlier sub-column: kept as its own column too
    const GridCell* c = col >= 0 && static_cast<size_t>(col) < row.cells.size() ? &row.cells[static_cast<size_t>(col)] : nullptr;
    if (c && c->date && !(c->merged() && c->origin_col != col)) {
        a.due = DueDate{c->text, *c->date, *c->date, DueKind::date};
        return;
    }
    std::string text = earlier ? tidy_cell_text(c->text) : field_text(st, row, Field::due);
    // Plans repeat their date phrases ('Spring 2018', 'Ongoing'): parse each once.
    auto it = due_cache_.find(text);
    if (it == due_cache_.end()) it = due_cache_.emplace(text, parse_due(text, dates_)).first;
    a.due = it->second;
}

// A blank recommendation cell under a filled one belongs to the same group (CSV has no merges,
// and authors often leave the cell blank rather than merge it): it takes the group's numbers.
void ActionRows::read_recommendations(BlockState& st, GridRow& row, Action& a) {
    if (st.column_of(Field::recommendations) < 0) return;
    std::string t = field_text(st, row, Field::recommendations);
    if (t.empty()) {
        for (const auto& n : st.group_recommendations)
            if (std::find(a.recommendations.begin(), a.recommendations.end(), n) == a.recommendations.end()) a.recommendations.push_back(n);
        return;
    }
    read_recommendation_cell(t, a, parts_.recommendations);
    st.group_recommendations = a.recommendations;
}

// Columns the model has no field for, kept under their headings; a recommendation number
// written in one ('Rec 3') is the action's too.
void ActionRows::read_extra_columns(const BlockState& st, GridRow& row, Action& a) {
    for (const ColumnMapping& m : st.header.columns) {
        if (m.field != Field::extra) continue;
        std::string t = column_text(st, row, m.col);
        if (t.empty()) continue;
        for (const std::string& n : recommendation_numbers(t))
            if (std::find(a.recommendations.begin(), a.recommendations.end(), n) == a.recommendations.end()) a.recommendations.push_back(n);
        a.extra.emplace_back(m.heading, std::move(t));
    }
}

void ActionRows::fill_left_of_reference(BlockState& st, GridRow& row) {
    const int id_col = st.column_of(Field::id);
    if (id_col <= 0) return;
    if (st.left_section != sections_.path()) {  // a new section: nothing carries over into it
        st.left_texts.clear();
        st.left_section = sections_.path();
    }
    st.left_texts.resize(static_cast<size_t>(id_col));
    for (size_t c = 0; c < static_cast<size_t>(id_col) && c < row.cells.size(); ++c) {
        std::string& text = row.cells[c].text;
        if (!is_blank(text)) st.left_texts[c] = text;
        else if (!st.left_texts[c].empty()) text = st.left_texts[c];
    }
}

void ActionRows::build_action(BlockState& st, GridRow& row) {
    const Block& b = *st.block;
    if (!b.grid->keeps_merges) fill_left_of_reference(st, row);
    Action a = read_action(st, row);
    Action* prev = st.last_action >= 0 ? &parts_.actions[static_cast<size_t>(st.last_action)] : nullptr;
    bool has_own_id = !a.id.empty();
    if (a.action.empty() && !has_own_id) {
        if (prev) {
            merge_continuation(*prev, a);
            warn(b, row.number, "row has no action text; its cells were added to the action above (row " + std::to_string(prev->origin.row) + ")");
        } else {
            warn(b, row.number, "row has no action text and no reference: not an action, skipped");
            parts_.tables[st.report].skipped.push_back({row.table, row.number, "no action text and no reference"});
        }
        return;
    }
    if (a.action.empty()) warn(b, row.number, "action row has a reference but no action text");
    if (!context_.empty()) {
        context_.apply(a, sections_.innermost_label());
        for (const auto& e : a.extra) note_extra_heading(e.first);
    }
    if (!has_own_id && prev) inherit_reference(a, *prev, st.column_of(Field::id) >= 0);
    if (prev && !b.grid->keeps_merges && same_item(a, *prev, has_own_id)) fill_merged_blanks(a, *prev);
    if (auto trace = statuses_.resolve(row, st.column_of(Field::status), st.colour_varies, a))
        parts_.tables[st.report].statuses.push_back(std::move(*trace));
    std::vector<Action> parts = parallel_parts(a);
    if (parts.empty()) return add_action(st, std::move(a));
    for (Action& p : parts) add_action(st, std::move(p));
}

// A row whose action, lead and due cells hold the same count of numbered paragraphs is that
// many actions (read/grid/numbered_parts), each with its own lead and date; a progress cell
// numbered alike is split too, else each part has it whole. A reference gets the part's
// number ('3' → '3.1', '3.2').
std::vector<Action> ActionRows::parallel_parts(const Action& a) {
    std::vector<std::string> actions = numbered_paragraphs(a.action);
    if (actions.empty()) return {};
    std::vector<std::string> owners = numbered_paragraphs(a.owner), dues = numbered_paragraphs(a.due.text);
    if (owners.size() != actions.size() || dues.size() != actions.size()) return {};
    std::vector<std::string> progress = numbered_paragraphs(a.progress);
    std::vector<Action> out;
    for (size_t k = 0; k < actions.size(); ++k) {
        Action p = a;
        p.action = actions[k];
        p.owner = owners[k];
        p.due = parse_due(dues[k], dates_);
        if (progress.size() == actions.size()) p.progress = progress[k];
        if (!a.id.empty()) p.id = a.id + "." + std::to_string(k + 1);
        out.push_back(std::move(p));
    }
    return out;
}

void ActionRows::add_action(BlockState& st, Action a) {
    parts_.action_text_hashes.push_back(folded_hash(a.action));  // for the key, worked out here on the worker
    parts_.actions.push_back(std::move(a));
    st.last_action = static_cast<int>(parts_.actions.size()) - 1;
    ++parts_.tables[st.report].actions;
    ++parts_.made;
    if (parts_.actions.back().status == Status::unknown) ++parts_.unrated;
    if (sink_ && parts_.actions.size() >= kHandOverEvery) {
        hand_over(parts_.actions.size() - 1);  // the latest may still take a continuation row
        st.last_action = 0;
    }
}

void ActionRows::hand_over(size_t n) {
    for (size_t i = 0; i < n; ++i) sink_->take(std::move(parts_.actions[i]), parts_.action_text_hashes[i], parts_.index);
    parts_.actions.erase(parts_.actions.begin(), parts_.actions.begin() + static_cast<std::ptrdiff_t>(n));
    parts_.action_text_hashes.erase(parts_.action_text_hashes.begin(), parts_.action_text_hashes.begin() + static_cast<std::ptrdiff_t>(n));
}

}  // namespace planbridge
