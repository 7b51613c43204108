#include "read/grid/plan_builder.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "read/grid/header_detection.hpp"
#include "read/grid/plan_metadata.hpp"
#include "read/grid/references.hpp"
#include "read/grid/status_rules.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// A header row and the rows under it, up to the next (different) header row.
struct Block {
    Grid* grid = nullptr;
    int table = 0;
    int header_index = 0;
    HeaderMatch header;
    std::vector<int> rows;      // indices into grid->rows
    std::vector<int> repeated;  // repeated header rows, skipped
    std::string top_signature;  // the header row's own headings, to recognise its repeats
    std::string sub_signature;  // a second header row's texts ('Sept 2018 | Oct 2018'), or ''
};

struct GridScan {
    Grid* grid = nullptr;
    std::vector<int> before_header;  // rows above the first header: title, dates
    std::vector<Block> blocks;
    bool key_table = false;  // the grid holds a RAG key, not actions
    bool has_cells = false;  // any row with text at all
};

bool row_is_blank(const GridRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](const GridCell& c) { return is_blank(c.text); });
}

// Cells of row i that are its own (not copies of a merge that starts above or to the left).
struct RowCells {
    std::vector<int> own;      // columns whose text starts in this row
    std::vector<int> carried;  // columns holding text merged down from a row above
};

RowCells row_cells(const GridRow& row, int index) {
    RowCells rc;
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
        const GridCell& cell = row.cells[static_cast<size_t>(c)];
        if (is_blank(cell.text)) continue;
        if (!cell.merged() || (cell.origin_row == index && cell.origin_col == c)) rc.own.push_back(c);
        else if (cell.origin_row != index) rc.carried.push_back(c);
    }
    return rc;
}

// A RAG key ('Key to RAG Rating': a swatch beside each status's meaning) looks like a small
// table with status and action-like headings, but it describes statuses, not actions.
bool is_key_table(const Grid& g, const Block& b, const std::vector<int>& rows_above) {
    int named = 0;
    for (const ColumnMapping& c : b.header.columns)
        if (c.heading.rfind("Column ", 0) != 0) ++named;
    if (named > 3 || b.header.column_of(Field::status) < 0 || b.rows.size() > 10) return false;
    auto mentions_key = [](const std::string& t) {
        std::string f = " " + fold_for_match(t) + " ";
        return f.find(" key ") != std::string::npos || f.find(" legend ") != std::string::npos;
    };
    if (mentions_key(g.name)) return true;
    for (int r : rows_above)
        if (r < b.header_index && r >= b.header_index - 2)
            for (const GridCell& c : g.rows[static_cast<size_t>(r)].cells)
                if (mentions_key(c.text)) return true;
    return false;
}

// The texts a row holds in its own cells, in order: how a sub-header row is recognised again.
std::string own_texts(const GridRow& row, int index) {
    std::string s;
    for (int c : row_cells(row, index).own) s += fold_for_match(row.cells[static_cast<size_t>(c)].text) + "|";
    return s;
}

// A row under a header whose own cells all sit under merged group headings ('RAG' over
// 'Sept 2018 | Oct 2018') is the header's second row.
bool is_sub_header(const GridRow& top, int top_index, const GridRow& row, int index) {
    RowCells rc = row_cells(row, index);
    if (rc.own.empty()) return false;
    for (int c : rc.own) {
        if (static_cast<size_t>(c) >= top.cells.size()) return false;
        const GridCell& group = top.cells[static_cast<size_t>(c)];
        if (group.span_cols < 2 || group.origin_row != top_index) return false;
    }
    for (int c : rc.carried)  // the other cells continue the header row's single headings down
        if (row.cells[static_cast<size_t>(c)].origin_row != top_index) return false;
    return true;
}

// Folds a second header row into the header: columns under a group get 'Group – Sub' headings;
// the group's field goes to its rightmost sub-column (the latest period), the others are extra.
void merge_sub_header(Block& b, const GridRow& top, const GridRow& sub) {
    for (const ColumnMapping& m : std::vector<ColumnMapping>(b.header.columns)) {
        if (static_cast<size_t>(m.col) >= top.cells.size()) continue;
        const GridCell& group = top.cells[static_cast<size_t>(m.col)];
        if (group.span_cols < 2 || group.origin_col != m.col) continue;
        std::string group_heading = collapse_space(group.text);
        int last = m.col + group.span_cols - 1;
        for (ColumnMapping& sc : b.header.columns) {
            if (sc.col < m.col || sc.col > last) continue;
            std::string subtext = static_cast<size_t>(sc.col) < sub.cells.size() ? collapse_space(sub.cells[static_cast<size_t>(sc.col)].text) : "";
            sc.heading = subtext.empty() ? group_heading : group_heading + " – " + subtext;
            sc.field = sc.col == last ? m.field : Field::extra;
            sc.reason = sc.col == last ? m.reason + "; the latest column under '" + group_heading + "'"
                                       : "an earlier column under '" + group_heading + "'; kept as extra";
        }
    }
}

GridScan scan_grid(Grid& g, const Profile& profile) {
    GridScan scan;
    scan.grid = &g;
    int width = g.width();
    int expect_sub_after = -1;  // a header row whose next row may be its second row
    for (int i = 0; i < static_cast<int>(g.rows.size()); ++i) {
        const GridRow& row = g.rows[static_cast<size_t>(i)];
        if (row_is_blank(row)) continue;
        scan.has_cells = true;
        if (expect_sub_after >= 0) {
            int top = expect_sub_after;
            expect_sub_after = -1;
            Block& b = scan.blocks.back();
            const GridRow& top_row = g.rows[static_cast<size_t>(top)];
            if (b.header_index == top && is_sub_header(top_row, top, row, i)) {
                merge_sub_header(b, top_row, row);
                b.sub_signature = own_texts(row, i);
                continue;
            }
            if (b.header_index != top && !b.sub_signature.empty() && own_texts(row, i) == b.sub_signature) {
                b.repeated.push_back(i);  // the second row of a repeated two-row header
                continue;
            }
        }
        if (auto header = match_header(row, width, profile)) {
            if (!scan.blocks.empty() && header->signature() == scan.blocks.back().top_signature) {
                scan.blocks.back().repeated.push_back(i);
                expect_sub_after = i;
                continue;
            }
            Block b;
            b.grid = &g;
            b.table = static_cast<int>(scan.blocks.size()) + 1;
            b.header_index = i;
            b.top_signature = header->signature();
            b.header = std::move(*header);
            scan.blocks.push_back(std::move(b));
            expect_sub_after = i;
            continue;
        }
        if (scan.blocks.empty()) scan.before_header.push_back(i);
        else scan.blocks.back().rows.push_back(i);
    }
    if (scan.blocks.size() == 1 && is_key_table(g, scan.blocks.front(), scan.before_header)) {
        scan.key_table = true;
        scan.blocks.clear();
    }
    return scan;
}

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

std::string hex_hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[20];
    std::snprintf(buf, sizeof buf, "%012llx", static_cast<unsigned long long>(h & 0xffffffffffffull));
    return buf;
}

class Builder {
public:
    Builder(Plan& plan, ImportReport& report, const Profile& profile, DateConventions dates, const Document& doc)
        : plan_(plan), report_(report), profile_(profile), dates_(std::move(dates)), doc_(doc) {}

    void build(const GridScan& scan, bool prefix_sheet_name) {
        sheet_prefix_.clear();
        if (prefix_sheet_name && !scan.grid->name.empty()) sheet_prefix_.push_back(scan.grid->name);
        sections_.clear();
        update_section_path();
        for (const Block& b : scan.blocks) build_block(b);
    }

private:
    Plan& plan_;
    ImportReport& report_;
    const Profile& profile_;
    DateConventions dates_;
    const Document& doc_;
    std::vector<std::string> sheet_prefix_;
    std::vector<std::pair<int, std::string>> sections_;  // level, heading
    std::vector<std::string> section_path_;             // sheet prefix + headings: each action's section
    std::unordered_map<std::string, DueDate> due_cache_;

    struct BlockState {
        const Block* block;
        HeaderMatch header;  // with content-inferred columns
        TableReport* report;
        std::set<int> colour_varies;  // columns whose fills differ from row to row
        int last_action = -1;         // index in plan_.actions of the block's previous action
        std::vector<std::string> group_recommendations;  // from the last filled recommendation cell
        std::vector<int> hidden_rows;
    };

    const std::vector<std::string>& current_section() const { return section_path_; }

    void push_section(const std::string& text) {
        int level = banner_level(text);
        while (!sections_.empty() && sections_.back().first >= level) sections_.pop_back();
        sections_.emplace_back(level, collapse_space(text));
        update_section_path();
    }

    void update_section_path() {
        section_path_ = sheet_prefix_;
        for (const auto& [level, text] : sections_) section_path_.push_back(text);
    }

    void build_block(const Block& b) {
        report_.tables.push_back({});
        TableReport& tr = report_.tables.back();
        tr.sheet = b.grid->name;
        tr.table = b.table;
        tr.header_row = b.grid->rows[static_cast<size_t>(b.header_index)].number;
        for (int r : b.repeated) tr.repeated_header_rows.push_back(b.grid->rows[static_cast<size_t>(r)].number);

        BlockState st{&b, b.header, &tr, {}, -1, {}, {}};
        std::vector<const GridRow*> data;
        for (int r : b.rows) data.push_back(&b.grid->rows[static_cast<size_t>(r)]);
        infer_from_content(st.header, data, profile_, dates_);
        tr.columns = st.header.columns;
        // Only consulted when the table has no status column.
        if (st.header.column_of(Field::status) < 0) st.colour_varies = varying_colour_columns(st.header, data);
        for (const ColumnMapping& c : st.header.columns)
            if (c.field == Field::extra && std::find(plan_.extra_columns.begin(), plan_.extra_columns.end(), c.heading) == plan_.extra_columns.end())
                plan_.extra_columns.push_back(c.heading);

        for (int r : b.rows) process_row(st, r);
        if (!st.hidden_rows.empty()) {
            std::string rows;
            for (size_t i = 0; i < st.hidden_rows.size() && i < 10; ++i) rows += (i ? ", " : "") + std::to_string(st.hidden_rows[i]);
            if (st.hidden_rows.size() > 10) rows += ", …";
            warn(b, st.hidden_rows.front(), std::to_string(st.hidden_rows.size()) + " hidden row(s) imported anyway: " + rows);
        }
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
        plan_.warnings.push_back({{doc_.file, b.grid->name, b.table, row_number}, std::move(message)});
    }

    const GridCell* cell_at(const GridRow& row, int col) const {
        if (col < 0 || static_cast<size_t>(col) >= row.cells.size()) return nullptr;
        return &row.cells[static_cast<size_t>(col)];
    }

    // The text of the column mapped to 'field', skipping a horizontal merge copy whose origin
    // column is itself a mapped field (so one merged cell does not fill two fields).
    std::string field_text(const BlockState& st, GridRow& row, Field field) const {
        int col = st.header.column_of(field);
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

    void process_row(BlockState& st, int index) {
        const Block& b = *st.block;
        GridRow& row = b.grid->rows[static_cast<size_t>(index)];
        RowCells rc = row_cells(row, index);
        if (rc.own.empty()) {
            if (!rc.carried.empty()) st.report->skipped.emplace_back(row.number, "only cells merged down from above");
            return;
        }
        if (rc.own.size() == 1 && is_banner(st, row, rc)) {
            std::string text = tidy_cell_text(row.cells[static_cast<size_t>(rc.own.front())].text);
            push_section(text);
            st.report->banners.emplace_back(row.number, collapse_space(text));
            st.last_action = -1;
            st.group_recommendations.clear();
            return;
        }
        if (row.hidden) st.hidden_rows.push_back(row.number);
        build_action(st, row);
        row.cells = {};  // consumed (merged values were copied into every slot): free it for the next rows
    }

    bool is_banner(const BlockState& st, const GridRow& row, const RowCells& rc) const {
        int col = rc.own.front();
        const GridCell& cell = row.cells[static_cast<size_t>(col)];
        if (cell.span_cols >= 2) return true;
        Field f = Field::extra;
        for (const ColumnMapping& m : st.header.columns)
            if (m.col == col) f = m.field;
        bool label_column = f == Field::id || f == Field::extra || f == Field::recommendation;
        return label_column && rc.carried.empty() && !looks_like_bare_id(cell.text);
    }

    void build_action(BlockState& st, GridRow& row) {
        const Block& b = *st.block;
        Action a;
        a.origin = {doc_.file, b.grid->name, b.table, row.number};
        a.section = current_section();
        IdCell idc = split_id_cell(field_text(st, row, Field::id));
        a.id = idc.id;
        a.recommendations = idc.recommendations;
        a.action = field_text(st, row, Field::action);
        a.owner = field_text(st, row, Field::owner);
        a.progress = field_text(st, row, Field::progress);
        a.measure = field_text(st, row, Field::measure);
        a.resources = field_text(st, row, Field::resources);
        read_due(st, row, a);
        read_recommendations(st, row, a);
        for (const ColumnMapping& m : st.header.columns) {
            if (m.field != Field::extra) continue;
            std::string t = column_text(st, row, m.col);
            if (t.empty()) continue;
            for (const std::string& n : recommendation_numbers(t))
                if (std::find(a.recommendations.begin(), a.recommendations.end(), n) == a.recommendations.end()) a.recommendations.push_back(n);
            a.extra.emplace_back(m.heading, t);
        }

        Action* prev = st.last_action >= 0 ? &plan_.actions[static_cast<size_t>(st.last_action)] : nullptr;
        bool has_own_id = !a.id.empty();
        if (a.action.empty() && !has_own_id) {
            if (prev) {
                merge_into(*prev, a);
                warn(b, row.number, "row has no action text; its cells were added to the action above (row " + std::to_string(prev->origin.row) + ")");
            } else {
                warn(b, row.number, "row has no action text and no reference: not an action, skipped");
                st.report->skipped.emplace_back(row.number, "no action text and no reference");
            }
            return;
        }
        if (a.action.empty()) warn(b, row.number, "action row has a reference but no action text");
        // A continuation row: the reference is left blank under the previous action's.
        if (!has_own_id && prev && st.header.column_of(Field::id) >= 0 && prev->section == a.section) {
            a.id = prev->id;
            if (a.recommendations.empty()) a.recommendations = prev->recommendations;
        }
        resolve_status(st, row, a);
        plan_.actions.push_back(std::move(a));
        st.last_action = static_cast<int>(plan_.actions.size()) - 1;
        ++st.report->actions;
    }

    void read_due(const BlockState& st, GridRow& row, Action& a) {
        int col = st.header.column_of(Field::due);
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
        if (st.header.column_of(Field::recommendation) < 0) return;
        std::string t = field_text(st, row, Field::recommendation);
        if (t.empty()) {
            for (const auto& n : st.group_recommendations)
                if (std::find(a.recommendations.begin(), a.recommendations.end(), n) == a.recommendations.end()) a.recommendations.push_back(n);
            return;
        }
        read_recommendation_cell(t, a);
        st.group_recommendations = a.recommendations;
    }

    // The recommendation column: numbered items ('6) Undertake …'), 'Recommendation 3', or
    // text with no number, which takes the number of the action's reference ('1a' → 1).
    void read_recommendation_cell(const std::string& t, Action& a) {
        auto add = [&](const std::string& number, const std::string& text) {
            if (std::find(a.recommendations.begin(), a.recommendations.end(), number) == a.recommendations.end())
                a.recommendations.push_back(number);
            auto it = std::find_if(plan_.recommendations.begin(), plan_.recommendations.end(),
                                   [&](const Recommendation& r) { return r.number == number; });
            if (it == plan_.recommendations.end()) plan_.recommendations.push_back({number, collapse_space(text)});
            else if (it->text.empty()) it->text = collapse_space(text);
        };
        auto items = numbered_items(t);
        if (!items.empty()) {
            for (const auto& [n, text] : items) add(n, text);
            return;
        }
        auto numbers = recommendation_numbers(t);
        if (!numbers.empty()) {
            for (const auto& n : numbers) add(n, numbers.size() == 1 ? t : "");
            return;
        }
        size_t digits = 0;
        while (digits < a.id.size() && std::isdigit(static_cast<unsigned char>(a.id[digits]))) ++digits;
        if (digits > 0) add(a.id.substr(0, digits), t);
    }

    static void append_text(std::string& to, const std::string& more) {
        if (more.empty()) return;
        to += (to.empty() ? "" : "\n") + more;
    }

    static void merge_into(Action& into, const Action& from) {
        append_text(into.owner, from.owner);
        append_text(into.progress, from.progress);
        append_text(into.measure, from.measure);
        append_text(into.resources, from.resources);
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
        StatusTrace trace{row.number, a.id, Status::unknown, StatusSource::none, ""};
        auto set = [&](Status s, StatusSource src, std::string detail) {
            a.status = s;
            a.status_from = src;
            trace.status = s;
            trace.source = src;
            trace.detail = std::move(detail);
        };
        bool blank_status_cell = false;
        int status_col = st.header.column_of(Field::status);
        if (status_col >= 0) {
            const GridCell* c = cell_at(row, status_col);
            std::string text = c ? std::string(trim(c->text)) : "";
            if (auto s = text.empty() ? std::nullopt : status_from_words(text, profile_, WordContext::status_column)) {
                set(*s, StatusSource::text, "text \"" + collapse_space(text) + "\"");
            } else if (c && c->fill) {
                ColourVerdict v = classify_colour(*c->fill, profile_);
                if (v.status) set(*v.status, StatusSource::fill, fill_detail(*c, v));
            }
            blank_status_cell = text.empty() && (!c || !c->fill || classify_colour(*c->fill, profile_).name == "white");
        } else {
            for (int col : st.colour_varies) {
                const GridCell* c = cell_at(row, col);
                if (!c || !c->fill) continue;
                ColourVerdict v = classify_colour(*c->fill, profile_);
                if (v.status) {
                    set(*v.status, StatusSource::fill, fill_detail(*c, v) + " in column " + column_letters(col));
                    break;
                }
            }
        }
        if (a.status_from == StatusSource::none && a.due.kind != DueKind::ongoing) {
            if (auto s = status_from_words(a.due.text, profile_, WordContext::deadline))
                set(*s, StatusSource::deadline, "deadline \"" + collapse_space(a.due.text) + "\"");
        }
        if (a.status_from == StatusSource::none) {
            if (auto s = status_from_words(first_line(a.progress), profile_, WordContext::progress))
                set(*s, StatusSource::progress, "progress starts \"" + first_words(a.progress) + "\"");
        }
        if (a.status_from == StatusSource::none && blank_status_cell && profile_.blank_status != Status::unknown)
            set(profile_.blank_status, StatusSource::fill, "blank status cell (profile: blank means " + std::string(to_string(profile_.blank_status)) + ")");
        st.report->statuses.push_back(std::move(trace));
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

// Keys: a hash of section, reference and action text, with a counter for identical actions.
void assign_keys(Plan& plan) {
    std::unordered_map<std::string, int> seen;
    seen.reserve(plan.actions.size());
    for (Action& a : plan.actions) {
        std::string basis;
        for (const auto& s : a.section) basis += fold_for_match(s) + "/";
        basis += "\x1f" + a.id + "\x1f" + fold_for_match(a.action);
        std::string key = "a" + hex_hash(basis);
        int n = ++seen[key];
        a.key = n == 1 ? key : key + "-" + std::to_string(n);
    }
}

}  // namespace

ImportResult build_plan(Document doc, const BuildOptions& options) {
    const Profile& profile = options.profile ? *options.profile : default_profile();
    ImportResult result;
    Plan& plan = result.plan;
    ImportReport& report = result.report;
    plan.source_file = doc.file;
    plan.source_format = doc.format;
    plan.warnings = doc.warnings;
    report.file = doc.file;
    report.format = doc.format;
    report.notes = doc.notes;

    std::vector<GridScan> scans;
    bool any_cells = false;
    for (Grid& g : doc.grids) {
        GridScan s = scan_grid(g, profile);
        any_cells = any_cells || s.has_cells;
        if (s.blocks.empty()) {
            std::string name = g.name.empty() ? "(the file)" : g.name;
            report.grids_without_plan.push_back(s.key_table ? name + " (a RAG key, not actions)" : name);
            continue;
        }
        scans.push_back(std::move(s));
    }
    if (!any_cells) throw PlanError(ErrorKind::empty, doc.file, "", doc.grids.empty() ? "no worksheets to read (only hidden or chart sheets)" : "the file has no cells with text");
    if (scans.empty()) {
        std::string place = doc.grids.size() == 1 && !doc.grids.front().name.empty() ? "sheet '" + doc.grids.front().name + "'" : "";
        throw PlanError(ErrorKind::no_plan, doc.file, place,
                        "no plan table found: no row has at least two recognisable column headings (e.g. Action, Lead, By when, RAG)");
    }

    // Plan metadata first: as_of decides the year of phrases like 'Sept'.
    std::vector<MetadataSource> sources;
    for (const GridScan& s : scans) {
        MetadataSource src;
        for (int r : s.before_header) src.lines_before_header.push_back(row_text(s.grid->rows[static_cast<size_t>(r)]));
        for (const Block& b : s.blocks)
            for (const ColumnMapping& c : b.header.columns) src.headings.push_back(c.heading);
        sources.push_back(std::move(src));
    }
    PlanMetadata meta = find_metadata(sources, doc, options.as_of, profile.dates);
    plan.title = meta.title;
    plan.organisation = meta.organisation;
    plan.as_of = meta.as_of;
    report.as_of_from = meta.as_of_from;

    DateConventions dates = profile.dates;
    dates.reference = plan.as_of;
    size_t rows = 0;
    for (const GridScan& s : scans)
        for (const Block& b : s.blocks) rows += b.rows.size();
    plan.actions.reserve(rows);
    Builder builder(plan, report, profile, dates, doc);
    for (const GridScan& s : scans) builder.build(s, scans.size() > 1);
    if (plan.actions.empty())
        throw PlanError(ErrorKind::no_plan, doc.file, "", "a plan table was found but it has no action rows");
    assign_keys(plan);
    std::sort(plan.recommendations.begin(), plan.recommendations.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.number.size() != b.number.size() ? a.number.size() < b.number.size() : a.number < b.number;
    });
    return result;
}

}  // namespace planbridge
