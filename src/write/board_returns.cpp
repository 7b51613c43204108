// The merged workbook's 'Returns' sheet (issue 15): what the merge did, a row each.
#include "reconcile/merge.hpp"
#include "support/strings.hpp"
#include "write/board_sheets.hpp"

namespace planbridge {

namespace {

struct ReturnsColumn {
    const char* title;
    double width;
};
constexpr ReturnsColumn kColumns[] = {{"What", 18}, {"Ref", 8}, {"Action", 40}, {"Field", 10}, {"Was", 28}, {"Now, or each value sent", 40}, {"From", 24}};
constexpr int kColumnCount = 7;

class ReturnsWriter {
public:
    ReturnsWriter(BoardContext& c, const MergeReport& r) : c_(c), r_(r), name_(c.layout.sheets.returns) {}

    void write() {
        ws_ = c_.wb.sheet(name_);
        c_.wb.put(ws_, 0, 0, c_.title() + ": the leads' returns", c_.f.title, name_);
        c_.wb.put(ws_, 1, 0, std::string(r_.clean() ? "Merged cleanly." : "Conflicts keep the base's value: choose with --prefer or --take-later, or edit the merged plan."),
                  c_.f.subtitle, name_);
        const lxw_row_t header = 3;
        for (int k = 0; k < kColumnCount; ++k) {
            c_.wb.check(worksheet_set_column(ws_, static_cast<lxw_col_t>(k), static_cast<lxw_col_t>(k), kColumns[k].width, nullptr), name_);
            c_.wb.put(ws_, header, static_cast<lxw_col_t>(k), std::string(kColumns[k].title), c_.f.header, name_);
        }
        r_row_ = header;
        for (const FieldConflict& x : r_.conflicts) {
            std::vector<std::string> values;
            for (const MergedValue& v : x.values) values.push_back(v.sender + ": " + shown(x.field, v.value));
            row({x.resolved_to.empty() ? "Conflict" : "Conflict, took " + x.resolved_to, x.id, x.action, x.field, shown(x.field, x.base),
                 joined(values, "\n"), ""},
                true);
        }
        for (const TakenEdit& t : r_.taken)
            row({t.off_owner ? "Taken (not their action)" : "Taken", t.id, t.action, t.field, shown(t.field, t.from), shown(t.field, t.to),
                 joined(t.senders, ", ")},
                t.off_owner);
        for (const AddedAction& a : r_.added) row({"Added", "", a.action, "", "", "", a.sender}, false);
        for (const MissingAction& m : r_.missing) row({"Not in the return (kept)", m.id, m.action, "", "", "", m.sender}, false);
        for (const std::string& s : r_.stale) row({"Stale return", "", s, "", "", "", ""}, true);
        for (const std::string& s : r_.refused) row({"Left out", "", s, "", "", "", ""}, true);
        for (const std::string& s : r_.notes) row({"Note", "", s, "", "", "", ""}, false);
        for (const auto& [lead, n] : r_.no_update) row({"Missing return", "", lead + " (" + std::to_string(n) + " actions)", "", "", "", ""}, false);
        worksheet_freeze_panes(ws_, header + 1, 0);
        c_.wb.check(worksheet_autofilter(ws_, header, 0, std::max(r_row_, header), kColumnCount - 1), name_);
        set_up_printing(c_.wb, ws_, {true, false, header, c_.footer()}, name_);
    }

private:
    BoardContext& c_;
    const MergeReport& r_;
    const std::string& name_;
    lxw_worksheet* ws_ = nullptr;
    lxw_row_t r_row_ = 0;

    // A status in the layout's word ('Red', not off_track); any other value as it is.
    std::string shown(const std::string& field, const std::string& value) const {
        if (field != "status") return value;
        return c_.layout.style_of(status_from_name(value).value_or(Status::unknown)).word;
    }

    void row(const std::vector<std::string>& cells, bool mark) {
        ++r_row_;
        size_t lines = 1;
        for (int k = 0; k < kColumnCount; ++k) lines = std::max(lines, lines_in(cells[static_cast<size_t>(k)], kColumns[k].width, mark && k == 0));
        c_.wb.check(worksheet_set_row(ws_, r_row_, row_height(std::min(lines, max_lines_in_a_row())), nullptr), name_);
        for (int k = 0; k < kColumnCount; ++k)
            c_.wb.put_fitted(ws_, r_row_, static_cast<lxw_col_t>(k), cells[static_cast<size_t>(k)], mark && k == 0 ? c_.f.highlight : c_.f.text,
                             kColumns[k].width, name_, mark && k == 0);
    }
};

}  // namespace

void write_returns_sheet(BoardContext& c, const MergeReport& report) { ReturnsWriter(c, report).write(); }

}  // namespace planbridge
