#include "write/board_changes.hpp"

#include <set>

#include "support/atomic_file.hpp"
#include "support/strings.hpp"
#include "write/diff_json.hpp"

namespace planbridge {

namespace {

struct ChangeColumn {
    const char* title;
    double width;
};
constexpr ChangeColumn kColumns[] = {{"Ref", 8},   {"Action", 45},   {"Change", 11},       {"Was", 12},      {"Now", 12},
                                     {"Status", 12}, {"Due", 24},    {"Lead", 24},        {"Progress", 45}, {"Also", 30}};
enum Col { kRef, kAction, kChange, kWas, kNow, kStatusMove, kDue, kOwner, kProgress, kAlso, kColumnCount };

class ChangesWriter {
public:
    ChangesWriter(Workbook& wb, const Formats& f, const Layout& layout, const ChangeSet& c, std::string name)
        : wb_(wb), f_(f), layout_(layout), c_(c), name_(std::move(name)) {}

    void write(const std::string& heading, const std::string& footer) {
        ws_ = wb_.sheet(name_);
        wb_.put(ws_, 0, 0, heading, f_.title, name_);
        wb_.put(ws_, 1, 0, "Each change since the last version: what it was, what it is now. Changed cells are highlighted.", f_.subtitle, name_);
        const lxw_row_t header = 3;
        for (int c = 0; c < kColumnCount; ++c) {
            wb_.check(worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), kColumns[c].width, nullptr), name_);
            wb_.put(ws_, header, static_cast<lxw_col_t>(c), kColumns[c].title, f_.header, name_);
        }
        lxw_row_t r = header;
        for (const ActionChange& ch : c_.diff.changes)
            if (ch.kind != ChangeKind::unchanged) row(++r, ch);
        worksheet_freeze_panes(ws_, header + 1, 0);
        wb_.check(worksheet_autofilter(ws_, header, 0, std::max(r, header), kColumnCount - 1), name_);
        set_up_printing(wb_, ws_, {true, false, header, footer}, name_);
    }

private:
    Workbook& wb_;
    const Formats& f_;
    const Layout& layout_;
    const ChangeSet& c_;
    std::string name_;
    lxw_worksheet* ws_ = nullptr;

    // Every format of a changed or status cell is bold; plain text is not.
    bool bold(const lxw_format* f) const { return f != f_.text; }


    void row(lxw_row_t r, const ActionChange& ch) {
        bool has_new = ch.new_index >= 0;
        ActionView a = has_new ? c_.new_version[static_cast<size_t>(ch.new_index)] : c_.old_version[static_cast<size_t>(ch.old_index)];
        std::optional<ActionView> was;
        if (ch.old_index >= 0) was = c_.old_version[static_cast<size_t>(ch.old_index)];
        std::vector<std::string> cells(kColumnCount);
        std::vector<lxw_format*> formats(kColumnCount, f_.text);
        cells[kRef] = std::string(a[Field::id]);
        cells[kAction] = std::string(a[Field::action]);
        cells[kChange] = std::string(change_label(ch.kind));
        if (ch.kind != ChangeKind::changed) formats[kChange] = f_.highlight;
        // Status, was and now, each in its colour; the move said in words.
        if (was) cells[kWas] = layout_.style_of(was->status).word, formats[kWas] = f_.status.at(was->status);
        if (has_new) cells[kNow] = layout_.style_of(a.status).word, formats[kNow] = f_.status.at(a.status);
        std::vector<std::string> also;
        for (const FieldChange& fc : ch.fields) {
            std::string from(fc.old_value), to(fc.new_value);
            if (fc.field == "status") {
                cells[kStatusMove] = fc.direction == "improved" ? "▲ improved" : fc.direction == "worsened" ? "▼ worsened" : "changed";
                formats[kStatusMove] = f_.highlight;
            } else if (fc.field == "due") {
                cells[kDue] = from + " → " + to + (fc.days ? " (" + std::string(*fc.days > 0 ? "+" : "") + std::to_string(*fc.days) + " days)" : "");
                formats[kDue] = f_.highlight;
            } else if (fc.field == "owner") {
                cells[kOwner] = from + " → " + to;
                formats[kOwner] = f_.highlight;
            } else if (fc.field == "progress") {
                cells[kProgress] = to;
                formats[kProgress] = f_.highlight;
            } else if (fc.field == "action") {
                also.push_back("reworded (was: " + from + ")");
            } else if (fc.field == "id") {
                also.push_back("renumbered from " + from);
            } else if (fc.field == "section") {
                also.push_back("moved from " + from);
            }
        }
        for (Flag fl : ch.flags)
            if (fl == Flag::stale) cells[kProgress] = "(no update this month)";
            else if (fl == Flag::newly_overdue) also.push_back("newly overdue");
        cells[kAlso] = joined(also, "; ");
        if (!also.empty()) formats[kAlso] = f_.highlight;
        size_t lines = 1;
        for (int c = 0; c < kColumnCount; ++c) lines = std::max(lines, lines_in(cells[static_cast<size_t>(c)], kColumns[c].width, bold(formats[static_cast<size_t>(c)])));
        wb_.check(worksheet_set_row(ws_, r, row_height(lines), nullptr), name_);
        for (int c = 0; c < kColumnCount; ++c)
            wb_.put_fitted(ws_, r, static_cast<lxw_col_t>(c), cells[static_cast<size_t>(c)], formats[static_cast<size_t>(c)], kColumns[c].width, name_,
                           bold(formats[static_cast<size_t>(c)]));
    }
};

}  // namespace

void write_changes_sheet(Workbook& wb, const Formats& f, const Layout& layout, const ChangeSet& changes, const std::string& name,
                         const std::string& heading, const std::string& footer) {
    ChangesWriter(wb, f, layout, changes, name).write(heading, footer);
}

void write_diff_xlsx(const ChangeSet& changes, const Layout& full_layout, const std::string& path, std::time_t made) {
    std::set<Status> used;
    for (const Version* v : {&changes.old_version, &changes.new_version})
        for (size_t i = 0; i < v->size(); ++i) used.insert((*v)[i].status);
    const Layout layout = full_layout.showing(used);
    write_file_via_temporary(path, [&](const std::string& temporary) {
        Workbook wb(temporary, path);
        Formats f(wb, layout);
        // The counts first, as in the JSON report's summary, in words.
        const std::string counts_name = layout.sheets.summary;
        lxw_worksheet* ws = wb.sheet(counts_name);
        const std::string plan = changes.new_version.title.empty() ? "Improvement plan" : changes.new_version.title;
        const std::string title = plan + ": what changed";
        const std::string& footer = title;
        wb.put(ws, 0, 0, title, f.title, counts_name);
        wb.put(ws, 1, 0, changes.old_version.source_file + " → " + changes.new_version.source_file, f.subtitle, counts_name);
        wb.check(worksheet_set_column(ws, 0, 0, 28, nullptr), counts_name);
        wb.check(worksheet_set_column(ws, 1, 1, 10, nullptr), counts_name);
        wb.put(ws, 3, 0, std::string("Change"), f.header, counts_name);
        wb.put(ws, 3, 1, std::string("Actions"), f.header, counts_name);
        lxw_row_t r = 3;
        for (const auto& [name, label, n] : summary_counts(changes.diff.summary)) {
            ++r;
            wb.put(ws, r, 0, std::string(label), f.text, counts_name);
            wb.put(ws, r, 1, static_cast<double>(n), f.number, counts_name);
        }
        set_up_printing(wb, ws, {false, true, std::nullopt, footer}, counts_name);
        write_changes_sheet(wb, f, layout, changes, layout.sheets.changes, title, footer);
        write_key_sheet(wb, f, layout, footer);
        lxw_doc_properties p{};
        const std::string comments = "Made by planbridge: " + changes.old_version.source_file + " compared with " + changes.new_version.source_file;
        p.title = const_cast<char*>(title.c_str());
        p.subject = const_cast<char*>("What changed in an improvement plan");
        p.author = const_cast<char*>("planbridge");
        p.comments = const_cast<char*>(comments.c_str());
        p.created = made;
        wb.set_properties(p);
        wb.close();
    });
}

}  // namespace planbridge
