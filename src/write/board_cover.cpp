// The board workbook's cover sheet and document properties.
#include <map>

#include "support/strings.hpp"
#include "write/board_sheets.hpp"

namespace planbridge {

namespace {

constexpr double kNameWidth = 20, kTextWidth = 70;

// '3 improved', or nothing when none.
void add_count(std::vector<std::string>& parts, int n, const std::string& what) {
    if (n > 0) parts.push_back(std::to_string(n) + " " + what);
}

std::string listed(const std::vector<std::string>& parts) {
    if (parts.empty()) return "";
    if (parts.size() == 1) return parts[0];
    return joined(std::vector<std::string>(parts.begin(), parts.end() - 1), ", ") + " and " + parts.back();
}

// 'Now: 3 Red, 5 Amber, 20 Green and 10 Complete; 6 overdue.'
std::string standing(const BoardContext& c) {
    std::map<Status, int> by_status;
    int overdue = 0;
    for (const Action& a : c.plan.actions) {
        ++by_status[a.status];
        overdue += c.overdue(a) ? 1 : 0;
    }
    std::vector<std::string> parts;
    for (const StatusStyle& s : c.layout.statuses) add_count(parts, by_status[s.status], s.word);
    std::string out = std::to_string(c.plan.actions.size()) + " actions" + (parts.empty() ? "" : ": " + listed(parts));
    return out + "; " + (overdue ? std::to_string(overdue) : std::string("none")) + " overdue.";
}

// What changed since last month's version, in one paragraph.
std::string what_changed(const BoardContext& c) {
    if (!c.changes) return "No earlier version was given (export --since), so this pack says where the plan stands, not what changed. Now " + standing(c);
    const DiffSummary& s = c.changes->diff.summary;
    const Version& old = c.changes->old_version;
    std::string since = "Since the version " + (old.as_of ? "of " + long_date(*old.as_of) : std::string("before")) + " (" + old.source_file + "), ";
    if (!s.any_change() && s.stale == 0) return since + "nothing changed. Now " + standing(c);
    std::vector<std::string> parts;
    add_count(parts, s.status_improved, "improved in status");
    add_count(parts, s.status_worsened, s.newly_off_track ? "worsened (" + std::to_string(s.newly_off_track) + " newly off track)" : "worsened");
    add_count(parts, s.newly_complete, "newly complete");
    add_count(parts, s.deadline_slipped, "with the deadline slipped");
    add_count(parts, s.deadline_brought_forward, "with the deadline brought forward");
    add_count(parts, s.progress_updated, "with progress updated");
    add_count(parts, s.stale, "with no update this month");
    add_count(parts, s.added, "added");
    add_count(parts, s.removed, "removed");
    std::string changed = std::to_string(s.changed) + " of " + std::to_string(c.plan.actions.size()) + " actions changed";
    return since + changed + (parts.empty() ? "" : ": " + listed(parts)) + ". Now " + standing(c);
}

// A lead's copy: whose it is, when it is due back, and what to do; returns the next free row.
lxw_row_t lead_instructions(BoardContext& c, lxw_worksheet* ws, lxw_row_t r) {
    const std::string name = c.layout.sheets.cover;
    const double both = kNameWidth + kTextWidth;
    c.wb.put(ws, r++, 0, "Your actions: " + c.lead_copy->lead, c.f.heading, name);
    if (c.lead_copy->return_by) c.wb.put(ws, r++, 0, "Please return by " + long_date(*c.lead_copy->return_by), c.f.bold, name);
    const std::string what = "On the " + c.layout.sheets.actions + " sheet, update each of your actions in the pale yellow cells: its " +
                             "status (choose from the list), its progress this month, and its due date if it has moved. The other " +
                             "cells are protected so that nothing else changes by accident (Review › Unprotect Sheet lifts it; " +
                             "there is no password). To add an action, type it in an empty row below the table. Keep the hidden column and sheet named planbridge: they let the officer merge " +
                             "your copy with the others. Save the workbook under any name and send it back.";
    c.wb.check(worksheet_set_row(ws, r, row_height(lines_in(what, both)), nullptr), name);
    c.wb.check(worksheet_merge_range(ws, r, 0, r, 1, what.c_str(), c.f.paragraph), name);
    return r + 2;
}

}  // namespace

void write_cover_sheet(BoardContext& c, const std::vector<SheetEntry>& contents) {
    const std::string name = c.layout.sheets.cover;
    Workbook& wb = c.wb;
    lxw_worksheet* ws = wb.sheet(name);
    wb.check(worksheet_set_column(ws, 0, 0, kNameWidth, nullptr), name);
    wb.check(worksheet_set_column(ws, 1, 1, kTextWidth, nullptr), name);
    const double both = kNameWidth + kTextWidth;
    // The title at 20 points: as many lines as at 11 points in a column 11/20 as wide.
    const std::string title = fit_to_lines(c.title(), both * 11 / 20, 4, true).text;
    wb.check(worksheet_set_row(ws, 0, 27.0 * static_cast<double>(lines_in(title, both * 11 / 20, true)), nullptr), name);
    wb.check(worksheet_merge_range(ws, 0, 0, 0, 1, title.c_str(), c.f.cover_title), name);
    lxw_row_t r = 1;
    if (!c.plan.organisation.empty()) wb.put(ws, r++, 0, c.plan.organisation, c.f.heading, name);
    wb.put(ws, r++, 0, c.as_of ? "Report for " + month_year(*c.as_of) + " (as of " + long_date(*c.as_of) + ")" : std::string("Report on the plan as it stands"), c.f.bold, name);
    std::string from = "Made " + long_date(c.made) + " by planbridge from " + c.plan.source_file;
    if (c.changes) from += ", compared with " + c.changes->old_version.source_file;
    wb.check(worksheet_set_row(ws, r, row_height(lines_in(from, both)), nullptr), name);
    wb.check(worksheet_merge_range(ws, r, 0, r, 1, from.c_str(), c.f.note), name);
    ++r;
    ++r;
    if (c.lead_copy) r = lead_instructions(c, ws, r);
    wb.put(ws, r++, 0, std::string(c.changes ? "What changed" : c.lead_copy ? "Where your actions stand" : "Where the plan stands"), c.f.heading, name);
    const std::string said = c.lead_copy && !c.changes ? "Now " + standing(c) : what_changed(c);
    const std::string paragraph = fit_to_lines(said, both, max_lines_in_a_row()).text;
    wb.check(worksheet_set_row(ws, r, row_height(lines_in(paragraph, both)), nullptr), name);
    wb.check(worksheet_merge_range(ws, r, 0, r, 1, paragraph.c_str(), c.f.paragraph), name);
    r += 2;
    wb.put(ws, r++, 0, std::string("Contents"), c.f.heading, name);
    for (const SheetEntry& e : contents) {
        wb.check(worksheet_set_row(ws, r, row_height(std::max(lines_in(e.name, kNameWidth), lines_in(e.holds, kTextWidth))), nullptr), name);
        std::string quoted;  // a sheet name's own quotes are doubled in a reference
        for (char ch : e.name) quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
        const std::string target = "internal:'" + quoted + "'!A1";
        wb.check(worksheet_write_url_opt(ws, r, 0, target.c_str(), c.f.link, e.name.c_str(), nullptr), name);
        wb.put_fitted(ws, r++, 1, e.holds, c.f.paragraph, kTextWidth, name);
    }
    set_up_printing(wb, ws, {false, true, std::nullopt, c.footer()}, name);
}

void set_board_properties(BoardContext& c) {
    // libxlsxwriter copies the strings; they need only outlive the call.
    const std::string title = c.title();
    const std::string subject = "Improvement board report" + (c.as_of ? ", " + month_year(*c.as_of) : std::string());
    const std::string author = c.plan.organisation.empty() ? std::string("planbridge") : c.plan.organisation;
    const std::string comments = "Made by planbridge from " + c.plan.source_file + (c.changes ? ", compared with " + c.changes->old_version.source_file : "");
    lxw_doc_properties p{};
    p.title = const_cast<char*>(title.c_str());
    p.subject = const_cast<char*>(subject.c_str());
    p.author = const_cast<char*>(author.c_str());
    p.company = const_cast<char*>(c.plan.organisation.c_str());
    p.keywords = const_cast<char*>("improvement plan, RAG, board report");
    p.comments = const_cast<char*>(comments.c_str());
    p.category = const_cast<char*>("Improvement plan");
    p.created = static_cast<time_t>(c.made.to_days()) * 86400;
    c.wb.set_properties(p);
}

}  // namespace planbridge
