#include "read/grid/grid_build.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <deque>
#include <optional>
#include <set>
#include <unordered_map>

#include "read/grid/block_scan.hpp"
#include "read/grid/colour_key.hpp"
#include "read/grid/context_rows.hpp"
#include "read/grid/header_detection.hpp"
#include "read/grid/references.hpp"
#include "read/grid/status_rules.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// A block's first rows: its unheaded columns are judged on them (dates? status words?), and
// so is whether colour varies from row to row. A streamed block starts once they are in.
constexpr size_t kSampleRows = 200;


// Level of a banner heading: 1 for top-level ('1. PRACTICE', 'A: Improving …', 'Theme 2: …',
// all capitals), 2 for a sub-heading.
int banner_level(const std::string& text) {
    std::string_view t = trim(text);
    size_t letters = 0, upper = 0;
    for (char c : t) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            ++letters;
            if (std::isupper(static_cast<unsigned char>(c))) ++upper;
        }
    }
    if (letters >= 3 && upper == letters) return 1;
    if (t.size() >= 2 && std::isdigit(static_cast<unsigned char>(t[0])) && (t[1] == '.' || t[1] == ')' || t[1] == ' ')) return 1;
    if (t.size() >= 2 && std::isupper(static_cast<unsigned char>(t[0])) && (t[1] == ':' || t[1] == ')' || t[1] == '.')) return 1;
    for (const char* w : {"workstream", "theme", "priority", "outcome", "section", "part"})
        if (starts_with_ci(t, w)) return 1;
    return 2;
}


class Builder {
public:
    Builder(GridParts& parts, const Profile& profile, std::string file, bool explain)
        : parts_(parts), profile_(profile), file_(std::move(file)), explain_(explain) {}

    void set_dates(DateConventions dates) { dates_ = std::move(dates); }
    void set_key(ColourKey key) {
        parts_.colour_key = key.lines;
        key_ = std::move(key);
    }

    struct BlockState {
        const Block* block;
        HeaderMatch header;  // with content-inferred columns
        size_t report;       // index in parts_.tables
        std::set<int> colour_varies;  // columns whose fills differ from row to row
        int last_action = -1;         // index in parts_.actions of the block's previous action
        std::vector<std::string> group_recommendations;  // from the last filled recommendation cell
        std::vector<int> hidden_rows;
        int header_table = 0;  // Word/HTML: the header row's table and its width
        int table_width = 0;
        int warned_table = 0;  // the last other-shaped table warned about
        std::array<int, kFieldCount> field_column{};  // header.column_of for each field, looked up per row

        int column_of(Field f) const { return field_column[static_cast<size_t>(f)]; }
        void index_fields() {
            for (size_t f = 0; f < kFieldCount; ++f) field_column[f] = header.column_of(static_cast<Field>(f));
        }
    };

    // Called once the block's first rows (the sample) are in: columns are judged on them.
    BlockState begin_block(const Block& b) {
        parts_.tables.push_back({});
        TableReport& tr = parts_.tables.back();
        tr.sheet = b.grid->name;
        tr.table = b.grid->rows[static_cast<size_t>(b.header_index)].table > 0 ? b.grid->rows[static_cast<size_t>(b.header_index)].table : b.table;
        tr.header_row = b.grid->rows[static_cast<size_t>(b.header_index)].number;

        BlockState st{&b, b.header, parts_.tables.size() - 1, {}, -1, {}, {}, 0, 0, 0};
        const GridRow& header_row = b.grid->rows[static_cast<size_t>(b.header_index)];
        st.header_table = header_row.table;
        st.table_width = header_row.table_width;
        std::vector<const GridRow*> sample;
        for (size_t k = 0; k < b.rows.size() && k < kSampleRows; ++k) sample.push_back(&b.grid->rows[static_cast<size_t>(b.rows[k])]);
        for (const GridRow* r : sample) widen_header(st, static_cast<int>(r->cells.size()), false);
        infer_from_content(st.header, sample, profile_, dates_);
        tr.columns = st.header.columns;
        st.index_fields();
        // Only consulted when the table has no status column.
        if (st.column_of(Field::status) < 0) st.colour_varies = varying_colour_columns(st.header, sample);
        for (const ColumnMapping& c : st.header.columns) note_extra_column(c);
        return st;
    }

    // A row above the first table that describes its actions (see context_rows_above): a
    // heading, a label row, or a title row spread across an outcome table.
    void context_above(BlockState& st, const GridRow& row, int index) {
        if (auto label = label_row(row, index, profile_)) return take_label(st, row, *label);
        for (const GridCell& c : row.cells) {
            if (is_blank(c.text)) continue;
            std::string text = tidy_cell_text(c.text);
            push_section(text);
            if (row.table > 0) parts_.tables[st.report].banners.push_back({row.table, row.number, collapse_space(text)});
            return;
        }
    }

    void end_block(BlockState& st) {
        const Block& b = *st.block;
        TableReport& tr = parts_.tables[st.report];
        tr.columns = st.header.columns;
        for (int r : b.repeated) tr.repeated_header_rows.push_back(b.grid->rows[static_cast<size_t>(r)].number);
        if (!st.hidden_rows.empty()) {
            std::string rows;
            for (size_t i = 0; i < st.hidden_rows.size() && i < 10; ++i) rows += (i ? ", " : "") + std::to_string(st.hidden_rows[i]);
            if (st.hidden_rows.size() > 10) rows += ", …";
            warn(b, st.hidden_rows.front(), std::to_string(st.hidden_rows.size()) + " hidden row(s) imported anyway: " + rows);
        }
    }

    void process_row(BlockState& st, int index) {
        const Block& b = *st.block;
        GridRow& row = b.grid->rows[static_cast<size_t>(index)];
        if (static_cast<size_t>(row.cells.size()) > st.header.columns.size()) widen_header(st, static_cast<int>(row.cells.size()), true);
        TableReport& tr = parts_.tables[st.report];
        RowCells rc = row_cells(row, index);
        if (rc.own.empty()) {
            if (!rc.carried.empty()) tr.skipped.push_back({row.table, row.number, "only cells merged down from above"});
            return;
        }
        if (auto label = label_row(row, rc, profile_)) return take_label(st, row, *label);
        bool other_table = in_other_table(st, row);
        if (rc.own.size() == 1 && (other_table || is_banner(st, row, rc))) {
            std::string text = tidy_cell_text(row.cells[static_cast<size_t>(rc.own.front())].text);
            push_section(text);
            tr.banners.push_back({row.table, row.number, collapse_space(text)});
            st.last_action = -1;
            st.group_recommendations.clear();
            return;
        }
        if (other_table) {
            tr.skipped.push_back({row.table, row.number, "in a table with no header row of its own, shaped unlike the plan table above"});
            if (st.warned_table != row.table) {
                st.warned_table = row.table;
                warn_at(row, "table " + std::to_string(row.table) + " has no header row and " + std::to_string(row.table_width) +
                                 " columns where the plan table above has " + std::to_string(st.table_width) + ": its rows are not read as actions");
            }
            return;
        }
        if (row.hidden) st.hidden_rows.push_back(row.number);
        build_action(st, row);
        std::vector<GridCell>().swap(row.cells);  // consumed (merged values were copied into every slot): free it (clear() would keep the memory)
    }

private:
    GridParts& parts_;
    const Profile& profile_;
    SharedText file_;
    // The grid's name, shared by every action read from it (see Origin).
    const Grid* named_grid_ = nullptr;
    SharedText grid_name_;
    bool explain_;
    DateConventions dates_;
    ColourKey key_;  // the plan's own RAG key: wins over the profile's colour classes
    struct Section {
        int level;
        std::string text;
        bool from_label;  // a commitment named by a label row
    };
    std::vector<Section> sections_;
    ActionContext context_;  // what the label rows above say about the actions below
    std::vector<std::string> section_path_;             // the headings: each action's section
    std::unordered_map<std::string, DueDate> due_cache_;

    // Columns right of the header row that hold data (a streamed sheet shows its width as it
    // goes): kept as extra columns named by letter.
    void widen_header(BlockState& st, int width, bool note) {
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

    void note_extra_column(const ColumnMapping& c) {
        if (c.field == Field::extra) note_extra_heading(c.heading);
    }

    void note_extra_heading(const std::string& heading) {
        if (std::find(parts_.extra_columns.begin(), parts_.extra_columns.end(), heading) == parts_.extra_columns.end())
            parts_.extra_columns.push_back(heading);
    }

    const std::vector<std::string>& current_section() const { return section_path_; }

    void push_section(const std::string& text) {
        int level = banner_level(text);
        while (!sections_.empty() && sections_.back().level >= level) sections_.pop_back();
        sections_.push_back({level, collapse_space(text), false});
        if (level == 1) context_.clear();  // a new workstream: the last one's outcome table is done
        update_section_path();
    }

    // A commitment named by a label row: one level under the heading above it, replacing the
    // commitment before it.
    void push_label_section(const std::string& text) {
        while (!sections_.empty() && sections_.back().from_label) sections_.pop_back();
        int level = sections_.empty() ? 1 : sections_.back().level + 1;
        sections_.push_back({level, collapse_space(text), true});
        update_section_path();
    }

    void update_section_path() {
        section_path_.clear();
        for (const Section& s : sections_) section_path_.push_back(s.text);
    }

    void take_label(BlockState& st, const GridRow& row, const LabelRow& label) {
        TableReport& tr = parts_.tables[st.report];
        st.last_action = -1;
        if (label.role == ContextRole::section && !label.value.empty()) {
            push_label_section(label.value);
            tr.banners.push_back({row.table, row.number, collapse_space(label.value)});
            return;
        }
        context_.add(label, parts_.recommendations);
        std::string value = collapse_space(label.value);
        if (value.size() > 60) value = value.substr(0, 60) + "…";
        tr.context.push_back({row.table, row.number, label.label + (label.continued ? " (continued)" : "") + ": " + value});
    }

    // Word/HTML: a row of a table that has no header row of its own and is shaped unlike the
    // table whose header the block follows (an outcome table, a sign-off table): not actions.
    static bool in_other_table(const BlockState& st, const GridRow& row) {
        if (row.table == 0 || st.header_table == 0 || row.table_width == st.table_width) return false;
        const std::vector<int>& own = st.block->header_tables;
        return std::find(own.begin(), own.end(), row.table) == own.end();
    }

    void warn_at(const GridRow& row, std::string message) {
        parts_.warnings.push_back({{file_, "", row.table, row.number}, std::move(message)});
    }

    std::set<int> varying_colour_columns(const HeaderMatch& h, const std::vector<const GridRow*>& rows) const {
        std::set<int> out;
        for (Field f : {Field::id, Field::action}) {
            int col = h.column_of(f);
            if (col < 0) continue;
            std::set<std::string> kinds;
            bool any_status = false;
            for (const GridRow* r : rows) {
                if (static_cast<size_t>(col) >= r->cells.size()) continue;
                const GridCell& c = r->cells[static_cast<size_t>(col)];
                if (is_blank(c.text)) continue;
                if (!c.fill) {
                    kinds.insert("none");
                } else {
                    ColourVerdict v = classify_colour(*c.fill, profile_);
                    kinds.insert(v.name);
                    any_status = any_status || v.status.has_value();
                }
                if (kinds.size() >= 2 && any_status) break;  // the answer cannot change
            }
            if (kinds.size() >= 2 && any_status) out.insert(col);
        }
        return out;
    }

    void warn(const Block& b, int row_number, std::string message) {
        parts_.warnings.push_back({{file_, b.grid->name, b.table, row_number}, std::move(message)});
    }

    const GridCell* cell_at(const GridRow& row, int col) const {
        if (col < 0 || static_cast<size_t>(col) >= row.cells.size()) return nullptr;
        return &row.cells[static_cast<size_t>(col)];
    }

    // The text of the column mapped to 'field', skipping a horizontal merge copy whose origin
    // column is itself a mapped field (so one merged cell does not fill two fields).
    std::string field_text(const BlockState& st, GridRow& row, Field field) const {
        int col = st.column_of(field);
        return column_text(st, row, col);
    }

    // Takes the text out of the grid (each cell is read once; the grid is not used after).
    std::string column_text(const BlockState& st, GridRow& row, int col) const {
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

    bool is_banner(const BlockState& st, const GridRow& row, const RowCells& rc) const {
        int col = rc.own.front();
        const GridCell& cell = row.cells[static_cast<size_t>(col)];
        if (cell.span_cols >= 2) return true;
        Field f = Field::extra;
        for (const ColumnMapping& m : st.header.columns)
            if (m.col == col) f = m.field;
        bool label_column = f == Field::id || f == Field::extra || f == Field::recommendations;
        return label_column && rc.carried.empty() && !looks_like_bare_id(cell.text);
    }

    void build_action(BlockState& st, GridRow& row) {
        const Block& b = *st.block;
        Action a;
        if (named_grid_ != b.grid) named_grid_ = b.grid, grid_name_ = b.grid->name;
        a.origin = {file_, grid_name_, row.table > 0 ? row.table : b.table, row.number};
        a.section = current_section();
        IdCell idc = split_id_cell(field_text(st, row, Field::id));
        a.id = idc.id;
        a.recommendations = idc.recommendations;
        each_text_field([&](const FieldInfo& f) {  // the reference was split above
            if (f.field != Field::id) *text_of(a, f.field) = field_text(st, row, f.field);
        });
        read_due(st, row, a);
        read_recommendations(st, row, a);
        for (const ColumnMapping& m : st.header.columns) {
            if (m.field != Field::extra) continue;
            std::string t = column_text(st, row, m.col);
            if (t.empty()) continue;
            for (const std::string& n : recommendation_numbers(t))
                if (std::find(a.recommendations.begin(), a.recommendations.end(), n) == a.recommendations.end()) a.recommendations.push_back(n);
            a.extra.emplace_back(m.heading, std::move(t));
        }

        Action* prev = st.last_action >= 0 ? &parts_.actions[static_cast<size_t>(st.last_action)] : nullptr;
        bool has_own_id = !a.id.empty();
        if (a.action.empty() && !has_own_id) {
            if (prev) {
                merge_into(*prev, a);
                warn(b, row.number, "row has no action text; its cells were added to the action above (row " + std::to_string(prev->origin.row) + ")");
            } else {
                warn(b, row.number, "row has no action text and no reference: not an action, skipped");
                parts_.tables[st.report].skipped.push_back({row.table, row.number, "no action text and no reference"});
            }
            return;
        }
        if (a.action.empty()) warn(b, row.number, "action row has a reference but no action text");
        if (!context_.empty()) {
            context_.apply(a, !sections_.empty() && sections_.back().from_label ? sections_.back().text : std::string());
            for (const auto& e : a.extra) note_extra_heading(e.first);
        }
        // A continuation row: the reference is left blank under the previous action's.
        if (!has_own_id && prev && st.column_of(Field::id) >= 0 && prev->section == a.section) {
            a.id = prev->id;
            if (a.recommendations.empty()) a.recommendations = prev->recommendations;
        }
        resolve_status(st, row, a);
        parts_.action_text_hashes.push_back(folded_hash(a.action));  // for the key, worked out here on the worker
        parts_.actions.push_back(std::move(a));
        st.last_action = static_cast<int>(parts_.actions.size()) - 1;
        ++parts_.tables[st.report].actions;
        if (sink_ && parts_.actions.size() >= kHandOverEvery) {
            hand_over(parts_.actions.size() - 1);  // the latest may still take a continuation row
            st.last_action = 0;
        }
    }

public:
    void set_sink(ActionSink* sink) { sink_ = sink; }

    // Gives the first n actions to the sink (they are final) and forgets them.
    void hand_over(size_t n) {
        for (size_t i = 0; i < n; ++i) sink_->take(std::move(parts_.actions[i]), parts_.action_text_hashes[i], parts_.index);
        parts_.actions.erase(parts_.actions.begin(), parts_.actions.begin() + static_cast<std::ptrdiff_t>(n));
        parts_.action_text_hashes.erase(parts_.action_text_hashes.begin(), parts_.action_text_hashes.begin() + static_cast<std::ptrdiff_t>(n));
    }

private:
    static constexpr size_t kHandOverEvery = 256;  // actions: how many a builder with a sink holds at most
    ActionSink* sink_ = nullptr;

    void read_due(const BlockState& st, GridRow& row, Action& a) {
        int col = st.column_of(Field::due);
        const GridCell* c = cell_at(row, col);
        if (c && c->date && !(c->merged() && c->origin_col != col)) {
            a.due = DueDate{c->text, *c->date, *c->date, DueKind::date};
            return;
        }
        std::string text = field_text(st, row, Field::due);
        // Plans repeat their date phrases ('Spring 2018', 'Ongoing'): parse each once.
        auto it = due_cache_.find(text);
        if (it == due_cache_.end()) it = due_cache_.emplace(text, parse_due(text, dates_)).first;
        a.due = it->second;
    }

    // A blank recommendation cell under a filled one belongs to the same group (CSV has no merges,
    // and authors often leave the cell blank rather than merge it): it takes the group's numbers.
    void read_recommendations(BlockState& st, GridRow& row, Action& a) {
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

    static void append_text(std::string& to, const std::string& more) {
        if (more.empty()) return;
        to += (to.empty() ? "" : "\n") + more;
    }

    static void merge_into(Action& into, const Action& from) {
        // A continuation row's texts are added to the action's, but for its identity (reference, action text).
        each_text_field([&](const FieldInfo& f) {
            if (f.field != Field::id && f.field != Field::action) append_text(*text_of(into, f.field), *text_of(from, f.field));
        });
        if (!from.due.text.empty() && from.due.text != into.due.text) {
            // 'End Sept' + '2017' split over two rows: read the joined text again.
            into.due.text = collapse_space(into.due.text + " " + from.due.text);
        }
        for (const auto& e : from.extra) {
            auto it = std::find_if(into.extra.begin(), into.extra.end(), [&](const auto& x) { return x.first == e.first; });
            if (it == into.extra.end()) into.extra.push_back(e);
            else if (it->second != e.second) append_text(it->second, e.second);
        }
    }

    void resolve_status(const BlockState& st, const GridRow& row, Action& a) {
        StatusTrace trace{row.table, row.number, "", Status::unknown, StatusSource::none, ""};
        // The detail (why) is only worded when it is wanted (inspect).
        auto set = [&](Status s, StatusSource src, auto&& detail) {
            a.status = s;
            a.status_from = src;
            if (explain_) trace = {row.table, row.number, "", s, src, detail()};
        };
        bool blank_status_cell = false;
        int status_col = st.column_of(Field::status);
        if (status_col >= 0) {
            const GridCell* c = cell_at(row, status_col);
            std::string_view text = c ? trim(c->text) : std::string_view();
            if (auto s = text.empty() ? std::nullopt : status_column_words(text)) {
                set(*s, StatusSource::text, [&] { return "text \"" + collapse_space(text) + "\""; });
            } else if (c && c->fill) {
                status_from_fill(*c, "", set);
            }
            blank_status_cell = text.empty() && (!c || !c->fill || classify_colour(*c->fill, profile_).name == "white");
        } else {
            for (int col : st.colour_varies) {
                const GridCell* c = cell_at(row, col);
                if (c && c->fill && status_from_fill(*c, " in column " + column_letters(col), set)) break;
            }
        }
        if (a.status_from == StatusSource::none && a.due.kind != DueKind::ongoing) {
            if (auto s = status_from_words(a.due.text, profile_, WordContext::deadline))
                set(*s, StatusSource::deadline, [&] { return "deadline \"" + collapse_space(a.due.text) + "\""; });
        }
        if (a.status_from == StatusSource::none) {
            if (auto s = status_from_words(first_line(a.progress), profile_, WordContext::progress))
                set(*s, StatusSource::progress, [&] { return "progress starts \"" + first_words(a.progress) + "\""; });
        }
        if (a.status_from == StatusSource::none && blank_status_cell && key_.blank)
            set(*key_.blank, StatusSource::fill, [&] { return "blank status cell (the plan's key: blank means " + std::string(to_string(*key_.blank)) + ")"; });
        if (a.status_from == StatusSource::none && blank_status_cell && profile_.blank_status != Status::unknown)
            set(profile_.blank_status, StatusSource::fill, [&] { return "blank status cell (profile: blank means " + std::string(to_string(profile_.blank_status)) + ")"; });
        if (explain_) {
            trace.id = a.id;
            parts_.tables[st.report].statuses.push_back(std::move(trace));
        }
    }

    // A status column holds a handful of words over and over ('On track', 'G'): each is read once.
    std::optional<Status> status_column_words(std::string_view text) {
        if (auto it = status_words_.find(text); it != status_words_.end()) return it->second;
        std::optional<Status> s = status_from_words(text, profile_, WordContext::status_column);
        if (status_words_.size() < kStatusWordsKept) status_words_.emplace(text, s);
        return s;
    }
    static constexpr size_t kStatusWordsKept = 256;  // more would be free text, not status words
    StringMap<std::optional<Status>> status_words_;

    // The plan's own key first, then the profile's colour classes. True when the fill said something.
    template <class Set>
    bool status_from_fill(const GridCell& c, const std::string& where, Set& set) const {
        if (auto s = key_.status_of(*c.fill, profile_)) {
            set(*s, StatusSource::fill, [&] { return "fill " + c.fill->hex() + " (the plan's key)" + where; });
            return true;
        }
        ColourVerdict v = classify_colour(*c.fill, profile_);
        if (!v.status) return false;
        set(*v.status, StatusSource::fill, [&] { return fill_detail(c, v) + where; });
        return true;
    }

    static std::string fill_detail(const GridCell& c, const ColourVerdict& v) {
        return std::string(c.fill_source == FillSource::conditional ? "conditional fill " : "fill ") + c.fill->hex() + " (" + v.name + ")";
    }
    static std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
    static std::string first_words(const std::string& s) {
        std::string t = collapse_space(first_line(s));
        return t.size() > 30 ? t.substr(0, 30) + "…" : t;
    }
};

// What the plan's title, organisation and as_of are judged on: the rows above the first header
// and every header's headings.
MetadataSource metadata_source(const Grid& grid, const Scanner& scan) {
    MetadataSource src;
    for (int r : scan.before_header) src.lines_before_header.push_back(row_text(grid.rows[static_cast<size_t>(r)]));
    for (const Block& b : scan.blocks)
        for (const ColumnMapping& c : b.header.columns) src.headings.push_back(c.heading);
    return src;
}

}  // namespace

struct GridBuilder::Impl {
    Grid& grid;
    GridBuildOptions options;
    const Profile& profile;
    GridParts parts;
    Scanner scan;
    Builder builder;
    bool dates_decided = false;
    size_t active = 0;         // blocks before this one are finished
    bool started = false;      // the active block has begun (its sample was in)
    size_t processed = 0;      // rows of the active block turned into actions
    Builder::BlockState state{};

    Impl(Grid& g, GridBuildOptions o, int known_width)
        : grid(g), options(std::move(o)), profile(options.profile ? *options.profile : default_profile()),
          scan(g, profile, known_width), builder(parts, profile, options.file, options.explain) {
        parts.name = g.name;
        parts.index = g.index;
        builder.set_sink(options.sink);
    }

    void start_active() {
        if (!dates_decided) {
            dates_decided = true;
            parts.as_of = options.as_of ? options.as_of(metadata_source(grid, scan)) : std::nullopt;
            DateConventions dates = profile.dates;
            dates.reference = parts.as_of;
            builder.set_dates(std::move(dates));
        }
        if (active == 0) {
            std::vector<const GridRow*> above;
            for (int r : scan.before_header) above.push_back(&grid.rows[static_cast<size_t>(r)]);
            ColourKey own = learn_colour_key(above, profile);
            if (own.empty() && options.document_key && !options.document_key->empty()) {
                builder.set_key(*options.document_key);
                parts.used_document_key = true;
            } else {
                builder.set_key(std::move(own));
            }
        }
        state = builder.begin_block(scan.blocks[active]);
        if (active == 0) context_rows_above();
        started = true;
        processed = 0;
    }

    // The rows just above the first plan table that describe its actions: after the last other
    // row there (a RAG key's, a title), heading paragraphs ('Workstream A' over 'A1. …'), label
    // rows of an outcome table and the title row spread across it.
    void context_rows_above() {
        const std::vector<int>& above = scan.before_header;
        size_t first = above.size();
        while (first > 0 && is_context_above(first - 1)) --first;
        for (size_t k = first; k < above.size(); ++k)
            builder.context_above(state, grid.rows[static_cast<size_t>(above[k])], above[k]);
    }

    bool is_context_above(size_t k) const {
        int i = scan.before_header[k];
        const GridRow& row = grid.rows[static_cast<size_t>(i)];
        if (row.heading || label_row(row, i, profile)) return true;
        // A title row spread across the outcome table its label rows follow.
        if (row.table == 0 || k + 1 >= scan.before_header.size()) return false;
        int next = scan.before_header[k + 1];
        const GridRow& below = grid.rows[static_cast<size_t>(next)];
        return row_cells(row, i).own.size() == 1 && below.table == row.table && label_row(below, next, profile).has_value();
    }

    void add(int i) {
        size_t blocks = scan.blocks.size();
        scan.step(i);
        if (scan.blocks.size() > blocks && blocks > 0) pump(true);  // a new header ends the block above
        pump(false);
    }

    // Turns the active block's waiting rows into actions, once it may start.
    void pump(bool closing) {
        if (active >= scan.blocks.size()) return;
        const Block& b = scan.blocks[active];
        if (!started && !closing && b.rows.size() < kSampleRows) return;
        if (!started) start_active();
        while (processed < b.rows.size()) builder.process_row(state, b.rows[processed++]);
        if (closing) {
            builder.end_block(state);
            ++active;
            started = false;
        }
    }
};

GridBuilder::GridBuilder(Grid& grid, GridBuildOptions options) : GridBuilder(grid, std::move(options), -1) {}
GridBuilder::GridBuilder(Grid& grid, GridBuildOptions options, int known_width)
    : impl_(std::make_unique<Impl>(grid, std::move(options), known_width)) {}
GridBuilder::~GridBuilder() = default;

void GridBuilder::reserve(size_t rows) {
    if (impl_->options.sink) return impl_->options.sink->expect(rows);  // its actions go there a few at a time
    impl_->parts.actions.reserve(rows);
    impl_->parts.action_text_hashes.reserve(rows);
}

void GridBuilder::row_added() { impl_->add(static_cast<int>(impl_->grid.rows.size()) - 1); }

GridParts GridBuilder::build_whole(Grid& grid, GridBuildOptions options) {
    GridBuilder b(grid, std::move(options), grid.width());
    for (int i = 0; i < static_cast<int>(grid.rows.size()); ++i) b.impl_->add(i);
    return b.finish();
}

GridParts GridBuilder::finish() {
    Impl& m = *impl_;
    m.parts.has_cells = m.scan.has_cells;
    m.parts.key_table = !m.started && m.scan.key_table();
    if (!m.parts.key_table) m.pump(true);
    if (m.options.sink) m.builder.hand_over(m.parts.actions.size());  // all final now
    m.parts.has_blocks = !m.scan.blocks.empty() && !m.parts.key_table;
    if (m.parts.has_blocks) m.parts.source = metadata_source(m.grid, m.scan);
    else if (m.parts.has_cells) m.parts.standalone_key = key_of_rows(m.grid, m.profile);
    return std::move(m.parts);
}

ColourKey key_of_rows(const Grid& grid, const Profile& profile) {
    std::vector<const GridRow*> rows;
    for (const GridRow& r : grid.rows) rows.push_back(&r);
    return learn_colour_key(rows, profile);
}

MetadataSource scan_metadata(Grid& grid, const Profile& profile, bool& has_cells) {
    Scanner scan(grid, profile, grid.width());
    for (int i = 0; i < static_cast<int>(grid.rows.size()); ++i) scan.step(i);
    has_cells = scan.has_cells;
    if (scan.blocks.empty() || scan.key_table()) return {};
    return metadata_source(grid, scan);
}

}  // namespace planbridge
