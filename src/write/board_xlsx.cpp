#include "write/board_xlsx.hpp"

#include <algorithm>
#include <future>
#include <set>
#include <map>

#include "model/board_record.hpp"
#include "model/plan_record.hpp"
#include "reconcile/diff.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "write/board_changes.hpp"
#include "write/xlsx_book.hpp"

namespace planbridge {

namespace {

bool overdue(const Action& a, const std::optional<Date>& as_of) { return is_overdue(a.due.end, a.status, as_of); }

// One column of the Actions sheet, the layout's extra column spread over the plan's own.
struct Column {
    Field field;
    std::string title;   // as printed
    double width;
    std::string source;  // extra: the plan's heading for it
};

// An extra column is printed under its own heading, unless that would read as another column's
// (a source 'Lead' column beside the layout's 'Lead'): then '… (kept column)', numbered if need
// be. The records say which is which (read/exported_workbook).
std::string unique_title(const std::string& heading, const std::vector<Column>& so_far) {
    auto taken = [&](const std::string& t) {
        return fold_for_match(t) == fold_for_match(kKeyHeading) ||
               std::any_of(so_far.begin(), so_far.end(), [&](const Column& c) { return fold_for_match(c.title) == fold_for_match(t); });
    };
    if (!taken(heading)) return heading;
    std::string t = heading + " (kept column)";
    for (int n = 2; taken(t); ++n) t = heading + " (kept column " + std::to_string(n) + ")";
    return t;
}

std::vector<Column> actions_columns(const Layout& layout, const Plan& plan) {
    std::vector<Column> out;
    for (const LayoutColumn& c : layout.columns)
        if (c.field != Field::extra) out.push_back({c.field, c.title, c.width, ""});
    std::vector<Column> with_extras;
    for (const LayoutColumn& c : layout.columns) {
        if (c.field != Field::extra) {
            with_extras.push_back({c.field, c.title, c.width, ""});
            continue;
        }
        for (const std::string& heading : plan.extra_columns) {
            Column extra{Field::extra, "", c.width, heading};
            std::vector<Column> others = out;
            others.insert(others.end(), with_extras.begin(), with_extras.end());
            extra.title = unique_title(heading, others);
            with_extras.push_back(extra);
        }
    }
    return with_extras;
}

std::string extra_value(const Action& a, const std::string& heading) {
    for (const auto& [h, v] : a.extra)
        if (h == heading) return v;
    return "";
}

// Footer text for libxlsxwriter: '&' starts a code there, so the plan's own are doubled.
std::string footer_safe(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '&' ? "&&" : std::string(1, c);
    return out;
}

class BoardWriter {
public:
    BoardWriter(Workbook& wb, const Plan& plan, const Layout& layout, std::optional<Date> as_of, const ChangeSet* changes)
        : wb_(wb), plan_(plan), layout_(layout), as_of_(as_of), changes_(changes), f_(wb, layout) {}

    void write() {
        // The records are worked out on a second core while the visible sheets are written.
        auto recording = std::async(std::launch::async, [this] { return make_records(); });
        summary();
        actions();
        if (changes_) write_changes_sheet(wb_, f_, layout_, *changes_, layout_.sheets.changes, title() + ": what changed");
        recommendations();
        write_key_sheet(wb_, f_, layout_);
        records(recording.get());
    }

    struct Records {
        nlohmann::json plan, columns;
        std::vector<std::string> actions;  // each action's compact record, in order
    };

    // The fields the actions sheet shows (only those can have been edited), each kept column's
    // heading with its title as printed, and each action's compact record (the plan's record
    // holds the tables they index).
    Records make_records() const {
        Records out;
        ShownColumns columns;
        for (const Column& c : actions_columns(layout_, plan_)) {
            if (c.field == Field::extra) columns.kept.emplace_back(c.source, c.title);
            else columns.fields.emplace_back(to_string(c.field));
        }
        out.columns = columns.to_json();
        const std::set<std::string> shown = columns.shown_keys();
        RecordTables tables;
        out.actions.reserve(plan_.actions.size());
        for (const Action& a : plan_.actions) out.actions.push_back(compact_action_record(a, shown, tables).dump());
        out.plan = plan_record(plan_);
        out.plan["tables"] = tables.to_json();
        return out;
    }

    // The hidden sheet holding the plan's record and each action's (model/plan_record.hpp), so
    // that the workbook, edited or not, reads back as the plan it was plus the edits.
    void records(const Records& rec) {
        const std::string name = kRecordSheet;
        lxw_worksheet* ws = wb_.sheet(name);
        worksheet_hide(ws);
        put(ws, kMarkerRow, 0, std::string(kRecordMarker), nullptr, name);
        put(ws, kActionsSheetRow, 0, std::string(kActionsSheetLabel), nullptr, name);
        put(ws, kActionsSheetRow, 1, layout_.sheets.actions, nullptr, name);
        put(ws, kPlanRow, 0, std::string(kPlanLabel), nullptr, name);
        put_record(ws, kPlanRow, rec.plan.dump(), name);
        put(ws, kColumnsRow, 0, std::string(kColumnsLabel), nullptr, name);
        put_record(ws, kColumnsRow, rec.columns.dump(), name);
        lxw_row_t r = kFirstActionRow;
        for (const std::string& action : rec.actions) put_record(ws, r++, action, name);  // its key is its first item
    }

    // A record from column B on, in pieces a cell can hold.
    void put_record(lxw_worksheet* ws, lxw_row_t r, const std::string& text, const std::string& name) {
        lxw_col_t c = 1;
        for (std::string_view piece : record_pieces(text)) put(ws, r, c++, std::string(piece), nullptr, name);
    }

private:
    Workbook& wb_;
    const Plan& plan_;
    const Layout& layout_;
    std::optional<Date> as_of_;
    const ChangeSet* changes_;  // since last month's version, or null
    Formats f_;

    std::string title() const { return plan_.title.empty() ? "Improvement plan" : plan_.title; }
    std::string dated() const {
        std::string s = plan_.organisation;
        if (as_of_) s += (s.empty() ? "" : " — ") + std::string("as of ") + long_date(*as_of_);
        return s;
    }

    void put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* f, const std::string& sheet) {
        wb_.put(ws, r, c, s, f, sheet);
    }
    void put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, double n, lxw_format* f, const std::string& sheet) { wb_.put(ws, r, c, n, f, sheet); }

    void headings(lxw_worksheet* ws, const std::string& sheet) {
        put(ws, 0, 0, title(), f_.title, sheet);
        put(ws, 1, 0, dated(), f_.subtitle, sheet);
    }

    // Landscape, one page wide, the header row on every page, the plan and date in the footer.
    void print_setup(lxw_worksheet* ws, lxw_row_t header_row, const std::string& sheet) {
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9);  // A4
        worksheet_fit_to_pages(ws, 1, 0);
        wb_.check(worksheet_repeat_rows(ws, header_row, header_row), sheet);
        std::string footer = "&L" + footer_safe(title()) + (dated().empty() ? "" : "&C" + footer_safe(dated())) + "&RPage &P of &N";
        wb_.check(worksheet_set_footer(ws, footer.c_str()), sheet);
    }

    std::string cell_text(const Action& a, const Column& c) const {
        if (c.field == Field::status) return layout_.style_of(a.status).word;
        if (c.field == Field::extra) return extra_value(a, c.source);
        return field_text(a, c.field);
    }

    lxw_format* cell_format(const Action& a, const Column& c) const {
        if (c.field == Field::status) return f_.status.at(a.status);
        if (c.field == Field::due && overdue(a, as_of_)) return f_.overdue;
        return f_.text;
    }

    // Every action under its section's banner row, in the plan's order.
    void actions() {
        const std::string& name = layout_.sheets.actions;
        lxw_worksheet* ws = wb_.sheet(name);
        std::vector<Column> cols = actions_columns(layout_, plan_);
        auto last_col = static_cast<lxw_col_t>(cols.size() - 1);
        for (size_t c = 0; c < cols.size(); ++c)
            wb_.check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), cols[c].width, nullptr), name);
        headings(ws, name);
        const lxw_row_t header = 3;
        size_t header_lines = 1;
        for (const Column& c : cols) header_lines = std::max(header_lines, lines_in(c.title, c.width));
        wb_.check(worksheet_set_row(ws, header, row_height(header_lines), nullptr), name);
        for (size_t c = 0; c < cols.size(); ++c) put(ws, header, static_cast<lxw_col_t>(c), cols[c].title, f_.header, name);
        // Each row's action key, in a hidden column: what a lead's edited copy is read back by.
        auto key_col = static_cast<lxw_col_t>(cols.size());
        lxw_row_col_options hidden{};
        hidden.hidden = LXW_TRUE;
        wb_.check(worksheet_set_column_opt(ws, key_col, key_col, 16, nullptr, &hidden), name);
        put(ws, header, key_col, std::string(kKeyHeading), f_.header, name);
        lxw_row_t r = header;
        const std::vector<std::string>* section = nullptr;
        std::optional<lxw_col_t> status_col;
        for (size_t c = 0; c < cols.size(); ++c)
            if (cols[c].field == Field::status) status_col = static_cast<lxw_col_t>(c);
        for (const Action& a : plan_.actions) {
            if (!section || a.section != *section) {
                section = &a.section;
                if (!a.section.empty()) {
                    ++r;
                    wb_.check(worksheet_merge_range(ws, r, 0, r, last_col, joined(a.section, " › ").c_str(), f_.banner), name);
                }
            }
            ++r;
            std::vector<std::string> texts;
            size_t lines = 1;
            for (const Column& c : cols) {
                texts.push_back(cell_text(a, c));
                lines = std::max(lines, lines_in(texts.back(), c.width));
            }
            wb_.check(worksheet_set_row(ws, r, row_height(lines), nullptr), name);
            for (size_t c = 0; c < cols.size(); ++c) put(ws, r, static_cast<lxw_col_t>(c), texts[c], cell_format(a, cols[c]), name);
            put(ws, r, key_col, a.key, nullptr, name);
        }
        worksheet_freeze_panes(ws, header + 1, 0);
        wb_.check(worksheet_autofilter(ws, header, 0, std::max(r, header), last_col), name);
        if (status_col) status_dropdown(ws, header + 1, std::max(r, header + 1), *status_col, name);
        print_setup(ws, header, name);
    }

    // The status column offers the layout's words, so a lead picks one the import reads back.
    void status_dropdown(lxw_worksheet* ws, lxw_row_t first, lxw_row_t last, lxw_col_t col, const std::string& name) {
        std::vector<const char*> words;
        for (const StatusStyle& s : layout_.statuses) words.push_back(s.word.c_str());
        words.push_back(nullptr);
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = const_cast<char**>(words.data());
        v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;  // an unlisted word is allowed after a warning
        wb_.check(worksheet_data_validation_range(ws, first, col, last, col, &v), name);
    }

    // Counts of actions by status, for each top-level section and the whole plan, and a chart.
    void summary() {
        const std::string& name = layout_.sheets.summary;
        lxw_worksheet* ws = wb_.sheet(name);
        headings(ws, name);
        std::vector<std::string> sections;
        std::map<std::string, std::map<Status, int>> counts;
        for (const Action& a : plan_.actions) {
            std::string s = a.section.empty() ? "(no section)" : a.section.front();
            if (!counts.count(s)) sections.push_back(s);
            ++counts[s][a.status];
            ++counts["Whole plan"][a.status];
        }
        sections.push_back("Whole plan");
        const lxw_row_t header = 3;
        wb_.check(worksheet_set_column(ws, 0, 0, kSectionWidth, nullptr), name);
        wb_.check(worksheet_set_column(ws, 1, static_cast<lxw_col_t>(layout_.statuses.size() + 1), 12, nullptr), name);
        put(ws, header, 0, std::string("Section"), f_.header, name);
        for (size_t k = 0; k < layout_.statuses.size(); ++k)
            put(ws, header, static_cast<lxw_col_t>(k + 1), layout_.statuses[k].word, f_.status.at(layout_.statuses[k].status), name);
        auto total_col = static_cast<lxw_col_t>(layout_.statuses.size() + 1);
        put(ws, header, total_col, std::string("Total"), f_.header, name);
        lxw_row_t r = header;
        for (const std::string& s : sections) {
            ++r;
            wb_.check(worksheet_set_row(ws, r, row_height(lines_in(s, kSectionWidth)), nullptr), name);
            put(ws, r, 0, s, s == "Whole plan" ? f_.banner : f_.text, name);
            int total = 0;
            for (size_t k = 0; k < layout_.statuses.size(); ++k) {
                int n = counts[s][layout_.statuses[k].status];
                total += n;
                put(ws, r, static_cast<lxw_col_t>(k + 1), n, f_.number, name);
            }
            put(ws, r, total_col, total, f_.number, name);
        }
        chart(ws, header, r, name);
        exceptions(ws, r + 18, name);
        print_setup(ws, header, name);
    }
    static constexpr double kSectionWidth = 60;

    // A bar for each status over the whole plan, in the status's own colour.
    void chart(lxw_worksheet* ws, lxw_row_t header, lxw_row_t whole, const std::string& name) {
        lxw_chart* c = wb_.chart(LXW_CHART_COLUMN);
        lxw_chart_series* series = chart_add_series(c, nullptr, nullptr);
        if (!series) throw PlanError(ErrorKind::output, name, "chart", "cannot add the chart's series");
        auto last = static_cast<lxw_col_t>(layout_.statuses.size());
        chart_series_set_categories(series, name.c_str(), header, 1, header, last);
        chart_series_set_values(series, name.c_str(), whole, 1, whole, last);
        std::vector<lxw_chart_fill> fills(layout_.statuses.size());
        std::vector<lxw_chart_point> points(layout_.statuses.size());
        std::vector<lxw_chart_point*> point_list;
        for (size_t k = 0; k < layout_.statuses.size(); ++k) {
            fills[k].color = lxw_colour(layout_.statuses[k].fill);
            points[k].fill = &fills[k];
            point_list.push_back(&points[k]);
        }
        point_list.push_back(nullptr);
        wb_.check(chart_series_set_points(series, point_list.data()), name);
        chart_title_set_name(c, "Actions by status (whole plan)");
        chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
        wb_.check(worksheet_insert_chart(ws, whole + 2, 0, c), name);
    }

    // What a board reads first: actions off track, and actions overdue.
    // With last month's version (--since), what changed comes first: newly off track,
    // worsened, overdue, deadlines slipped, no update this month, newly complete.
    void exceptions(lxw_worksheet* ws, lxw_row_t r, const std::string& name) {
        std::vector<const ActionChange*> change_of(plan_.actions.size(), nullptr);  // by action index
        if (changes_)
            for (const ActionChange& c : changes_->diff.changes)
                if (c.new_index >= 0 && static_cast<size_t>(c.new_index) < change_of.size()) change_of[static_cast<size_t>(c.new_index)] = &c;
        auto has_flag = [&](size_t i, Flag f) {
            const ActionChange* c = change_of[i];
            return c && std::find(c->flags.begin(), c->flags.end(), f) != c->flags.end();
        };
        auto moved = [&](size_t i, std::string_view field, std::string_view direction) {
            const FieldChange* f = change_of[i] ? change_of[i]->field(field) : nullptr;
            return f && f->direction == direction;
        };
        auto list = [&](const std::string& heading, auto&& wanted) {
            put(ws, r++, 0, heading, f_.bold, name);
            int n = 0;
            for (size_t i = 0; i < plan_.actions.size(); ++i) {
                const Action& a = plan_.actions[i];
                if (!wanted(a, i)) continue;
                std::string line = (a.id.empty() ? "" : a.id + "  ") + a.action;
                wb_.check(worksheet_set_row(ws, r, row_height(lines_in(line, kSectionWidth)), nullptr), name);
                put(ws, r++, 0, line, f_.text, name);
                ++n;
            }
            if (n == 0) put(ws, r++, 0, std::string("None."), f_.subtitle, name);
            ++r;
        };
        if (changes_) {
            list("Newly off track", [&](const Action&, size_t i) { return has_flag(i, Flag::newly_off_track); });
            list("Status worsened", [&](const Action&, size_t i) { return moved(i, "status", "worsened"); });
        } else {
            list("Off track", [](const Action& a, size_t) { return a.status == Status::off_track; });
        }
        list("Overdue (deadline passed, not complete)", [&](const Action& a, size_t) { return overdue(a, as_of_); });
        if (!changes_) return;
        list("Deadline slipped", [&](const Action&, size_t i) { return moved(i, "due", "slipped"); });
        list("No update this month", [&](const Action&, size_t i) { return has_flag(i, Flag::stale); });
        list("Newly complete", [&](const Action&, size_t i) { return has_flag(i, Flag::newly_complete); });
    }

    // Each Ofsted recommendation, its actions and their standing.
    void recommendations() {
        const std::string& name = layout_.sheets.recommendations;
        lxw_worksheet* ws = wb_.sheet(name);
        headings(ws, name);
        const lxw_row_t header = 3;
        const char* titles[] = {"Recommendation", "Text", "Actions", "Overall"};
        double widths[] = {16, 60, 30, 14};
        for (lxw_col_t c = 0; c < 4; ++c) {
            wb_.check(worksheet_set_column(ws, c, c, widths[c], nullptr), name);
            put(ws, header, c, std::string(titles[c]), f_.header, name);
        }
        lxw_row_t r = header;
        for (const Recommendation& rec : plan_.recommendations) {
            std::vector<std::string> refs;
            std::optional<Status> overall;
            for (const Action& a : plan_.actions) {
                if (std::find(a.recommendations.begin(), a.recommendations.end(), rec.number) == a.recommendations.end()) continue;
                refs.push_back(a.id.empty() ? a.action.substr(0, 30) : a.id);
                overall = worse(overall, a.status);
            }
            ++r;
            wb_.check(worksheet_set_row(ws, r, row_height(std::max(lines_in(rec.text, widths[1]), lines_in(joined(refs, ", "), widths[2]))), nullptr), name);
            put(ws, r, 0, rec.number, f_.text, name);
            put(ws, r, 1, rec.text, f_.text, name);
            put(ws, r, 2, joined(refs, ", "), f_.text, name);
            Status s = overall.value_or(Status::unknown);
            put(ws, r, 3, layout_.style_of(s).word, f_.status.at(s), name);
        }
        print_setup(ws, header, name);
    }

    // A recommendation stands where its least advanced action stands (statuses not known
    // count only when nothing else is).
    static std::optional<Status> worse(std::optional<Status> so_far, Status s) {
        if (!so_far || *so_far == Status::unknown) return s;
        return worse_than(s, *so_far) ? s : *so_far;
    }

};

}  // namespace

void write_board_xlsx(const Plan& plan, const BoardOptions& options, const std::string& path) {
    std::set<Status> used;
    for (const Action& a : plan.actions) used.insert(a.status);
    if (options.changes)  // the Changes sheet shows last month's statuses too
        for (size_t i = 0; i < options.changes->old_version.size(); ++i) used.insert(options.changes->old_version[i].status);
    const Layout layout = (options.layout ? *options.layout : default_layout()).showing(used);
    write_file_via_temporary(path, [&](const std::string& temporary) {
        Workbook wb(temporary, path);
        BoardWriter(wb, plan, layout, options.as_of ? options.as_of : plan.as_of, options.changes).write();
        wb.close();
    });
}

}  // namespace planbridge
