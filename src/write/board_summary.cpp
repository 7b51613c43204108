// The Summary sheet of the board workbook: counts, a chart, and what a board reads first.
#include <algorithm>

#include "model/fields.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "write/board_digest.hpp"
#include "write/board_sheets.hpp"

namespace planbridge {

namespace {

constexpr double kRefWidth = 9, kActionWidth = 50;

class SummaryWriter {
public:
    explicit SummaryWriter(BoardContext& c) : c_(c), name_(c.layout.sheets.summary), digest_(digest_plan(c.plan, c.layout, c.as_of, c.changes)) {}

    void write() {
        ws_ = c_.wb.sheet(name_);
        c_.wb.put(ws_, 0, 0, c_.title(), c_.f.title, name_);
        c_.wb.put(ws_, 1, 0, c_.dated(), c_.f.subtitle, name_);
        columns();
        y_ = 19 + 2 * row_height(1);  // the title (14 points), the date, a gap
        lxw_row_t whole = counts(3);
        chart(3, whole);
        y_ += 17 * row_height(1);  // the chart (288 pixels) and a gap, over rows of the default height
        lists(whole + 18);
        breaks_.push_back(0);  // libxlsxwriter's end of the list
        if (breaks_.size() > 1) c_.wb.check(worksheet_set_h_pagebreaks(ws_, breaks_.data()), name_);
        set_up_printing(c_.wb, ws_, {true, false, std::nullopt, c_.footer()}, name_);
    }

private:
    BoardContext& c_;
    const std::string& name_;
    const PlanDigest digest_;
    lxw_worksheet* ws_ = nullptr;
    std::vector<double> count_widths_;  // a column for each status, then the total

    lxw_col_t last_col() const { return static_cast<lxw_col_t>(1 + count_widths_.size()); }
    double detail_width() const {
        double w = 0;
        for (double x : count_widths_) w += x;
        return w;
    }

    // Reference and action (the counts' section spans both), then a column per status and the
    // total; a list entry's lead, due date and change span those.
    void columns() {
        c_.wb.check(worksheet_set_column(ws_, 0, 0, kRefWidth, nullptr), name_);
        c_.wb.check(worksheet_set_column(ws_, 1, 1, kActionWidth, nullptr), name_);
        for (const StatusStyle& s : c_.layout.statuses) count_widths_.push_back(std::max(11.0, width_for_longest_word(s.word, true)));
        count_widths_.push_back(11);
        for (size_t k = 0; k < count_widths_.size(); ++k) {
            auto col = static_cast<lxw_col_t>(k + 2);
            c_.wb.check(worksheet_set_column(ws_, col, col, count_widths_[k], nullptr), name_);
        }
    }

    void merged(lxw_row_t r, lxw_col_t first, lxw_col_t last, const std::string& text, lxw_format* f) {
        c_.wb.check(worksheet_merge_range(ws_, r, first, r, last, text.c_str(), f), name_);
    }

    // Counts of actions by status for each top-level section and the whole plan; returns the
    // whole plan's row.
    lxw_row_t counts(lxw_row_t header) {
        const auto& statuses = c_.layout.statuses;
        size_t header_lines = 1;
        for (size_t k = 0; k < statuses.size(); ++k) header_lines = std::max(header_lines, lines_in(statuses[k].word, count_widths_[k], true));
        c_.wb.check(worksheet_set_row(ws_, header, row_height(header_lines), nullptr), name_);
        y_ += row_height(header_lines);
        merged(header, 0, 1, "Section", c_.f.header);
        for (size_t k = 0; k < statuses.size(); ++k)
            c_.wb.put(ws_, header, static_cast<lxw_col_t>(k + 2), statuses[k].word, c_.f.status.at(statuses[k].status), name_);
        c_.wb.put(ws_, header, last_col(), std::string("Total"), c_.f.header, name_);
        lxw_row_t r = header;
        for (const SectionCounts& sc : digest_.counts) {
            ++r;
            const std::string& s = sc.section;
            bool whole = &sc == &digest_.whole();
            std::string shown = fit_to_lines(s, kRefWidth + kActionWidth, max_lines_in_a_row(), whole).text;
            c_.wb.check(worksheet_set_row(ws_, r, row_height(lines_in(shown, kRefWidth + kActionWidth, whole)), nullptr), name_);
            y_ += row_height(lines_in(shown, kRefWidth + kActionWidth, whole));
            merged(r, 0, 1, shown, whole ? c_.f.banner : c_.f.text);
            int total = 0;
            for (size_t k = 0; k < statuses.size(); ++k) {
                auto it = sc.by_status.find(statuses[k].status);
                int n = it == sc.by_status.end() ? 0 : it->second;
                total += n;
                c_.wb.put(ws_, r, static_cast<lxw_col_t>(k + 2), n, c_.f.number, name_);
            }
            c_.wb.put(ws_, r, last_col(), total, c_.f.number, name_);
        }
        return r;
    }

    // A bar for each status over the whole plan, in the status's own colour.
    void chart(lxw_row_t header, lxw_row_t whole) {
        lxw_chart* chart = c_.wb.chart(LXW_CHART_COLUMN);
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        if (!series) throw PlanError(ErrorKind::output, name_, "chart", "cannot add the chart's series");
        const auto& statuses = c_.layout.statuses;
        auto last = static_cast<lxw_col_t>(statuses.size() + 1);
        chart_series_set_categories(series, name_.c_str(), header, 2, header, last);
        chart_series_set_values(series, name_.c_str(), whole, 2, whole, last);
        std::vector<lxw_chart_fill> fills(statuses.size());
        std::vector<lxw_chart_point> points(statuses.size());
        std::vector<lxw_chart_point*> point_list;
        for (size_t k = 0; k < statuses.size(); ++k) {
            fills[k].color = lxw_colour(statuses[k].fill);
            points[k].fill = &fills[k];
            point_list.push_back(&points[k]);
        }
        point_list.push_back(nullptr);
        c_.wb.check(chart_series_set_points(series, point_list.data()), name_);
        chart_title_set_name(chart, "Actions by status (whole plan)");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        c_.wb.check(worksheet_insert_chart(ws_, whole + 2, 0, chart), name_);
    }

    // One list: its heading with the count, at most kListShown entries, then how many more; on a
    // new page when it would not fit in what is left of this one (and would fit on a page).
    void list(lxw_row_t& r, const DigestList& l, const std::string& rest) {
        const std::vector<size_t>& actions = l.actions;
        std::vector<Entry> entries;
        for (size_t k = 0; k < actions.size() && k < kListShown; ++k) entries.push_back(entry(c_.plan.actions[actions[k]], l.changes[k]));
        double height = 3 * row_height(1);  // heading, the table's header, the gap after
        for (const Entry& e : entries) height += row_height(e.lines);
        if (actions.size() > kListShown) height += row_height(1);
        keep_together(r, height);
        c_.wb.put(ws_, r++, 0, l.heading + " (" + std::to_string(actions.size()) + ")", c_.f.bold, name_);
        if (actions.empty()) {
            c_.wb.put(ws_, r++, 0, std::string("None."), c_.f.subtitle, name_);
            ++r;
            return;
        }
        c_.wb.put(ws_, r, 0, std::string("Ref"), c_.f.header, name_);
        c_.wb.put(ws_, r, 1, std::string("Action"), c_.f.header, name_);
        merged(r++, 2, last_col(), "What changed · lead · due", c_.f.header);
        for (const Entry& e : entries) write_entry(r++, e);
        if (actions.size() > kListShown) c_.wb.put(ws_, r++, 1, "And " + std::to_string(actions.size() - kListShown) + " more " + rest, c_.f.subtitle, name_);
        ++r;
    }

    struct Entry {
        const Action* action;
        Fitted ref, text, detail;
        size_t lines;
    };

    Entry entry(const Action& a, const std::string& change) const {
        std::vector<std::string> about;
        if (!a.owner.empty()) about.push_back("Lead: " + a.owner);
        if (!a.due.text.empty()) about.push_back("Due: " + a.due.text);
        std::string detail = change + (about.empty() ? "" : "\n" + joined(about, " · "));
        Entry e{&a, fit_to_lines(a.id, kRefWidth, 3), fit_to_lines(a.action, kActionWidth, 6), fit_to_lines(detail, detail_width(), 6), 1};
        e.lines = std::max({lines_in(e.ref.text, kRefWidth), lines_in(e.text.text, kActionWidth), lines_in(e.detail.text, detail_width())});
        return e;
    }

    void write_entry(lxw_row_t r, const Entry& e) {
        c_.wb.check(worksheet_set_row(ws_, r, row_height(e.lines), nullptr), name_);
        c_.wb.put(ws_, r, 0, e.ref.text, c_.f.text, name_);
        c_.wb.put(ws_, r, 1, e.text.text, c_.f.text, name_);
        merged(r, 2, last_col(), e.detail.text, c_.f.text);
        if (e.text.cut) c_.wb.check(worksheet_write_comment(ws_, r, 1, e.action->action.substr(0, 32000).c_str()), name_);
    }

    // Where the rows fall on the printed pages: points down the sheet (at the sheet's own
    // scale), where the current page began, and the page breaks made so far.
    double y_ = 0, page_top_ = 0;
    std::vector<lxw_row_t> breaks_;

    // A page's height in the sheet's points: A4 landscape less the top and bottom margins,
    // enlarged by the shrinking that fits the columns to the page's width.
    double page_height() const {
        constexpr double page_width = 842 - 2 * 0.7 * 72, page_tall = 595 - 2 * 0.75 * 72;
        double sheet_width = (column_pixels(kRefWidth) + column_pixels(kActionWidth)) * 0.75;
        for (double w : count_widths_) sheet_width += column_pixels(w) * 0.75;
        return page_tall / std::min(1.0, page_width / sheet_width);
    }

    void keep_together(lxw_row_t first_row, double height) {
        const double page = page_height();
        if (y_ - page_top_ + height > page && y_ > page_top_ && height <= page) {
            breaks_.push_back(first_row);
            page_top_ = y_;
        }
        y_ += height;
        while (y_ - page_top_ > page) page_top_ += page;
    }

    void lists(lxw_row_t r);
};

void SummaryWriter::lists(lxw_row_t r) {
    const std::string on_changes = "on the " + c_.layout.sheets.changes + " sheet";
    const std::string on_actions = "on the " + c_.layout.sheets.actions + " sheet (the filter on its header row finds them)";
    for (const DigestList& l : digest_.lists) list(r, l, l.rest == ListRest::changes_sheet ? on_changes : on_actions);
}

}  // namespace

void write_summary_sheet(BoardContext& c) { SummaryWriter(c).write(); }

}  // namespace planbridge
