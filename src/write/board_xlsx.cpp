#include "write/board_xlsx.hpp"

#include <algorithm>
#include <ctime>
#include <future>
#include <set>
#include <map>

#include "model/board_record.hpp"
#include "model/plan_record.hpp"
#include "reconcile/diff.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "write/board_digest.hpp"
#include "write/board_sheets.hpp"

namespace planbridge {

namespace {

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

class BoardWriter {
public:
    explicit BoardWriter(BoardContext& c)
        : c_(c), wb_(c.wb), plan_(c.plan), layout_(c.layout), as_of_(c.as_of), changes_(c.changes), f_(c.f) {}

    void write() {
        // The records are worked out on a second core while the visible sheets are written.
        auto recording = std::async(std::launch::async, [this] { return make_records(); });
        set_board_properties(c_);
        write_cover_sheet(c_, contents());
        write_summary_sheet(c_);
        actions();
        if (changes_) write_changes_sheet(wb_, f_, layout_, *changes_, layout_.sheets.changes, title() + ": what changed", c_.footer());
        if (c_.merge_report) write_returns_sheet(c_, *c_.merge_report);
        recommendations();
        write_key_sheet(wb_, f_, layout_, c_.footer());
        records(recording.get());
        if (c_.lead_copy) wb_.protect_every_sheet();
    }

    // What the cover lists, in the workbook's order.
    std::vector<SheetEntry> contents() const {
        const SheetNames& n = layout_.sheets;
        std::vector<SheetEntry> out{
            {n.summary, changes_ ? "Counts by status; what needs attention: newly off track, worsened, overdue, slipped, no update, newly complete"
                                 : "Counts by status for each section and the whole plan; actions off track and overdue"},
            {n.actions, "Every action under its section, with its status in colour and word, lead, deadline (overdue in red) and progress"}};
        if (changes_) out.push_back({n.changes, "Each change since the last version: what it was and what it is now, changed cells highlighted"});
        if (c_.merge_report) out.push_back({n.returns, "What the merge took from each lead's return, every conflict with who sent what, and the missing returns"});
        out.push_back({n.recommendations, "Each recommendation, the actions that answer it, and where the least advanced of them stands"});
        out.push_back({n.key, "What each colour and word means"});
        return out;
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
        out.plan = plan_record(plan_, c_.lead_copy);
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
    BoardContext& c_;
    Workbook& wb_;
    const Plan& plan_;
    const Layout& layout_;
    std::optional<Date> as_of_;
    const ChangeSet* changes_;  // since last month's version, or null
    const Formats& f_;

    std::string title() const { return c_.title(); }

    void put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* f, const std::string& sheet) {
        wb_.put(ws, r, c, s, f, sheet);
    }
    void put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, double n, lxw_format* f, const std::string& sheet) { wb_.put(ws, r, c, n, f, sheet); }

    void headings(lxw_worksheet* ws, const std::string& sheet) {
        put(ws, 0, 0, title(), f_.title, sheet);
        put(ws, 1, 0, c_.dated(), f_.subtitle, sheet);
    }

    // Landscape, one page wide, the header row on every page, the plan and date in the footer.
    void print_setup(lxw_worksheet* ws, lxw_row_t header_row, const std::string& sheet) {
        set_up_printing(wb_, ws, {true, false, header_row, c_.footer()}, sheet);
    }

    static bool bold_in(const Column& c) { return c.field == Field::status; }

    // No word broken mid-word: a column is made as wide as its heading's longest word and its
    // cells' (up to kWidest; a longer word, a web address, is broken). Overdue dates are bold.
    static constexpr double kWidest = 30;
    void widen_to_words(std::vector<Column>& cols) const {
        for (Column& c : cols) {
            c.width = std::max(c.width, width_for_longest_word(c.title, true));
            bool bold = bold_in(c) || c.field == Field::due;
            double widest = 0;
            for (const Action& a : plan_.actions) widest = std::max(widest, width_for_longest_word(cell_text(a, c), bold));
            c.width = std::max(c.width, std::min(kWidest, widest));
        }
    }

    std::string cell_text(const Action& a, const Column& c) const {
        if (c.field == Field::status) return layout_.style_of(a.status).word;
        if (c.field == Field::extra) return extra_value(a, c.source);
        return field_text(a, c.field);
    }

    lxw_format* cell_format(const Action& a, const Column& c) const {
        const bool open = c_.lead_copy && (c.field == Field::status || c.field == Field::progress || c.field == Field::due);
        if (c.field == Field::status) return (open ? f_.status_open : f_.status).at(a.status);
        if (c.field == Field::due && c_.overdue(a)) return open ? f_.overdue_open : f_.overdue;
        return open ? f_.text_open : f_.text;
    }

    // Every action under its section's banner row, in the plan's order.
    void actions() {
        const std::string& name = layout_.sheets.actions;
        lxw_worksheet* ws = wb_.sheet(name);
        std::vector<Column> cols = actions_columns(layout_, plan_);
        auto last_col = static_cast<lxw_col_t>(cols.size() - 1);
        widen_to_words(cols);
        for (size_t c = 0; c < cols.size(); ++c)
            wb_.check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), cols[c].width, nullptr), name);
        headings(ws, name);
        const lxw_row_t header = 3;
        size_t header_lines = 1;
        for (const Column& c : cols) header_lines = std::max(header_lines, lines_in(c.title, c.width, true));
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
                    double across = 0;
                    for (const Column& c : cols) across += c.width;
                    const std::string banner = fit_to_lines(joined(a.section, " › "), across, max_lines_in_a_row(), true).text;
                    wb_.check(worksheet_set_row(ws, r, row_height(lines_in(banner, across, true)), nullptr), name);
                    wb_.check(worksheet_merge_range(ws, r, 0, r, last_col, banner.c_str(), f_.banner), name);
                }
            }
            ++r;
            std::vector<std::string> texts;
            size_t lines = 1;
            for (const Column& c : cols) {
                texts.push_back(cell_text(a, c));
                lines = std::max(lines, lines_in(texts.back(), c.width, bold_in(c)));
            }
            wb_.check(worksheet_set_row(ws, r, row_height(lines), nullptr), name);
            for (size_t c = 0; c < cols.size(); ++c)
                wb_.put_fitted(ws, r, static_cast<lxw_col_t>(c), texts[c], cell_format(a, cols[c]), cols[c].width, name, bold_in(cols[c]));
            put(ws, r, key_col, a.key, nullptr, name);
        }
        worksheet_freeze_panes(ws, header + 1, 0);
        wb_.check(worksheet_autofilter(ws, header, 0, std::max(r, header), last_col), name);
        const lxw_row_t listed_to = std::max(r, header + 1) + (c_.lead_copy ? kOpenRows : 0);  // a new action's status too
        if (status_col) status_dropdown(ws, header + 1, listed_to, *status_col, name);
        if (c_.lead_copy) open_rows_below(ws, r, last_col, name);  // after the checks above: rows go out in order
        print_setup(ws, header, name);
    }

    // A lead's copy: empty unlocked rows under the table, where a lead can add an action (read
    // back as a new one: it has no identity).
    static constexpr lxw_row_t kOpenRows = 10;
    void open_rows_below(lxw_worksheet* ws, lxw_row_t last, lxw_col_t last_col, const std::string& name) {
        for (lxw_row_t r = last + 1; r <= last + kOpenRows; ++r)
            for (lxw_col_t c = 0; c <= last_col; ++c) wb_.check(worksheet_write_blank(ws, r, c, f_.text_open), name);
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

    // Each Ofsted recommendation, its actions and their standing.
    void recommendations() {
        const std::string& name = layout_.sheets.recommendations;
        lxw_worksheet* ws = wb_.sheet(name);
        headings(ws, name);
        const lxw_row_t header = 3;
        const char* titles[] = {"Recommendation", "Text", "Actions", "Overall"};
        double widths[] = {16, 60, 30, 14};
        for (lxw_col_t c = 0; c < 4; ++c) {
            widths[c] = std::max(widths[c], width_for_longest_word(titles[c], true));
            wb_.check(worksheet_set_column(ws, c, c, widths[c], nullptr), name);
            put(ws, header, c, std::string(titles[c]), f_.header, name);
        }
        lxw_row_t r = header;
        for (const Recommendation& rec : plan_.recommendations) {
            std::vector<std::string> refs;
            bool all_numbered = true;
            std::optional<Status> overall;
            for (const Action& a : plan_.actions) {
                if (std::find(a.recommendations.begin(), a.recommendations.end(), rec.number) == a.recommendations.end()) continue;
                // An action without a reference is named by the start of its text, cut at a word.
                refs.push_back(a.id.empty() ? fit_to_lines(a.action, widths[2], 1).text : a.id);
                all_numbered = all_numbered && !a.id.empty();
                overall = worse(overall, a.status);
            }
            ++r;
            const std::string answered_by = joined(refs, all_numbered ? ", " : "\n");
            if (!all_numbered) wb_.check(worksheet_write_comment(ws, r, 2, answered_in_full(rec).substr(0, 32000).c_str()), name);
            Status s = overall.value_or(Status::unknown);
            const std::string& word = layout_.style_of(s).word;
            size_t lines = std::max({lines_in(rec.number, widths[0]), lines_in(rec.text, widths[1]), lines_in(answered_by, widths[2]), lines_in(word, widths[3], true)});
            wb_.check(worksheet_set_row(ws, r, row_height(lines), nullptr), name);
            wb_.put_fitted(ws, r, 0, rec.number, f_.text, widths[0], name);
            wb_.put_fitted(ws, r, 1, rec.text, f_.text, widths[1], name);
            wb_.put_fitted(ws, r, 2, answered_by, f_.text, widths[2], name);
            wb_.put_fitted(ws, r, 3, word, f_.status.at(s), widths[3], name, true);
        }
        print_setup(ws, header, name);
    }

    // Each action answering the recommendation, in full, a line each.
    std::string answered_in_full(const Recommendation& rec) const {
        std::string out;
        for (const Action& a : plan_.actions)
            if (std::find(a.recommendations.begin(), a.recommendations.end(), rec.number) != a.recommendations.end())
                out += (out.empty() ? "" : "\n") + (a.id.empty() ? "" : a.id + " ") + a.action;
        return out;
    }

    // A recommendation stands where its least advanced action stands (statuses not known
    // count only when nothing else is).
    static std::optional<Status> worse(std::optional<Status> so_far, Status s) {
        if (!so_far || *so_far == Status::unknown) return s;
        return worse_than(s, *so_far) ? s : *so_far;
    }

};

// The day the workbook is made: 'made' (seconds since 1970, as SOURCE_DATE_EPOCH gives them),
// or today.
Date made_on(std::time_t made) {
    if (made <= 0) made = std::time(nullptr);
    return Date::from_days(static_cast<long>(made / 86400));
}

}  // namespace

std::string BoardContext::title() const { return plan.title.empty() ? "Improvement plan" : plan.title; }

std::string BoardContext::dated() const {
    std::string s = plan.organisation;
    if (as_of) s += (s.empty() ? "" : " — ") + std::string("as of ") + long_date(*as_of);
    return s;
}

std::string BoardContext::footer() const {
    const std::string d = dated();
    const std::string t = title();
    // A title that names the council already says what the organisation would.
    if (!plan.organisation.empty() && t.find(plan.organisation) != std::string::npos)
        return t + (as_of ? " — as of " + long_date(*as_of) : "");
    return d.empty() ? t : t + " — " + d;
}

bool BoardContext::overdue(const Action& a) const { return is_overdue(a.due.end, a.status, as_of); }

std::vector<const ActionChange*> BoardContext::change_of_each() const { return planbridge::change_of_each(plan, changes); }

void write_board_xlsx(const Plan& plan, const BoardOptions& options, const std::string& path) {
    std::set<Status> used;
    for (const Action& a : plan.actions) used.insert(a.status);
    if (options.changes)  // the Changes sheet shows last month's statuses too
        for (size_t i = 0; i < options.changes->old_version.size(); ++i) used.insert(options.changes->old_version[i].status);
    const Layout layout = (options.layout ? *options.layout : default_layout()).showing(used);
    write_file_via_temporary(path, [&](const std::string& temporary) {
        Workbook wb(temporary, path);
        BoardContext context(wb, plan, layout, options.as_of ? options.as_of : plan.as_of, options.changes, made_on(options.made),
                             options.lead_copy);
        context.merge_report = options.merge_report;
        BoardWriter(context).write();
        wb.close();
    });
}

}  // namespace planbridge
