#include "read/exported_workbook.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

#include "model/board_record.hpp"
#include "model/plan_record.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

std::string cell(const GridRow& row, size_t col) { return col < row.cells.size() ? row.cells[col].text : ""; }

// A record is the row's cells from B on, joined (a long one is cut into pieces a cell holds).
std::string record_in(const GridRow& row) {
    std::string s;
    for (size_t c = 1; c < row.cells.size(); ++c) s += row.cells[c].text;
    return s;
}

// What reading the exported cell gives for a text the record holds: tidied, as every reader
// tidies cells (lines trimmed, blank lines at the end dropped).
bool reads_as(const std::string& read, const std::string& recorded) { return read == tidy_cell_text(recorded); }

std::string joined(const std::vector<std::string>& parts) {
    std::string s;
    for (const std::string& p : parts) s += (s.empty() ? "" : " › ") + p;
    return s;
}

std::string take_key(Action& a) {
    auto it = std::find_if(a.extra.begin(), a.extra.end(), [](const auto& e) { return e.first == kKeyHeading; });
    if (it == a.extra.end()) return "";
    std::string key = it->second;
    a.extra.erase(it);
    return key;
}

// How the actions sheet was laid out: the fields it shows (a field it does not show cannot
// have been edited) and the title each kept column is printed under.
struct SheetColumns {
    ShownColumns shown;
    std::map<std::string, std::string> printed_as;  // every kept column shown, by its heading
    bool shows(Field f) const { return shown.shows(f); }
    // A kept column's printed title (the workbook's own column, not one a lead added).
    bool printed(const std::string& title) const {
        return std::any_of(printed_as.begin(), printed_as.end(), [&](const auto& p) { return p.second == title; });
    }
};

// The recorded action, with each field the lead changed taken from the row as read.
// Recommendations left blank read as the group's above (the rule for plans that leave a merged
// cell's rows blank), which is no edit; nor is a status cell that says nothing.
Action merged(const Action& recorded, const Action& read, const std::vector<std::string>& read_above, const SheetColumns& cols) {
    Action a = recorded;
    if (cols.shows(Field::status) && read.status != recorded.status && read.status_from != StatusSource::none)
        a.status = read.status, a.status_from = read.status_from;
    each_text_field([&](const FieldInfo& f) {
        std::string& was = *text_of(a, f.field);
        const std::string& now = *text_of(read, f.field);
        if (cols.shows(f.field) && !reads_as(now, was)) was = now;
    });
    if (cols.shows(Field::due) && !reads_as(read.due.text, recorded.due.text)) a.due = read.due;
    bool carried = recorded.recommendations.empty() && read.recommendations == read_above;
    if (cols.shows(Field::recommendations) && read.recommendations != recorded.recommendations && !carried) a.recommendations = read.recommendations;
    if (joined(read.section) != joined(recorded.section)) a.section = read.section;  // one banner holds the whole path
    for (auto& [heading, value] : a.extra) {
        auto title = cols.printed_as.find(heading);
        if (title == cols.printed_as.end()) continue;  // a layout without the kept columns
        std::string now = extra_value(read, title->second);
        if (!reads_as(now, value)) value = now;
    }
    // A column the lead added ('Comments') is kept under its heading: nothing typed is lost.
    for (const auto& [heading, value] : read.extra)
        if (!value.empty() && heading != kKeyHeading && !cols.printed(heading)) a.extra.emplace_back(heading, value);
    return a;
}

}  // namespace

std::optional<ExportRecords> read_export_records(const Grid& g) {
    if (g.rows.size() <= kPlanRow || cell(g.rows[kMarkerRow], 0) != kRecordMarker || cell(g.rows[kActionsSheetRow], 0) != kActionsSheetLabel)
        return std::nullopt;
    ExportRecords r;
    r.actions_sheet = cell(g.rows[kActionsSheetRow], 1);
    r.plan = record_in(g.rows[kPlanRow]);
    if (g.rows.size() > kColumnsRow && cell(g.rows[kColumnsRow], 0) == kColumnsLabel) r.columns = record_in(g.rows[kColumnsRow]);
    for (size_t i = kFirstActionRow; i < g.rows.size(); ++i)
        if (std::string record = record_in(g.rows[i]); !record.empty()) r.actions.push_back(std::move(record));
    return r;
}

void apply_export_records(Plan& plan, const ExportRecords& records) {
    std::unordered_map<std::string, nlohmann::json> recorded;
    SheetColumns cols;
    Plan as_exported;
    RecordTables tables;
    try {
        nlohmann::json plan_json = nlohmann::json::parse(records.plan);
        plan_from_record(plan_json, as_exported);
        tables = RecordTables::from_json(plan_json.at("tables"));
        cols.shown = ShownColumns::from_json(nlohmann::json::parse(records.columns.empty() ? "{}" : records.columns));
        for (const auto& [heading, title] : cols.shown.kept) cols.printed_as[heading] = title;
        for (const std::string& text : records.actions) {
            nlohmann::json j = nlohmann::json::parse(text);
            recorded.emplace(j.at(0).get<std::string>(), std::move(j));
        }
        std::vector<std::string> read_above;  // the recommendations of the row above, as read
        for (Action& a : plan.actions) {
            std::string key = take_key(a);
            std::vector<std::string> read_here = a.recommendations;
            auto it = key.empty() ? recorded.end() : recorded.find(key);
            if (it != recorded.end()) a = merged(action_from_compact_record(it->second, tables, a, cols.printed_as), a, read_above, cols);
            read_above = std::move(read_here);
        }
    } catch (const std::exception& e) {  // a malformed record: a JSON error, or an index out of range
        throw PlanError(ErrorKind::corrupt, plan.source_file, kRecordSheet, std::string("planbridge's record of the plan is damaged: ") + e.what());
    }
    // Everything but the actions and the source as recorded (plan_from_record sets all of it),
    // the actions as merged. The source is the copy read (two leads' copies are two sources);
    // the file the workbook was exported from is kept beside it.
    for (const Action& a : plan.actions)  // columns a lead added, after the kept ones
        for (const auto& [heading, value] : a.extra)
            if (std::find(as_exported.extra_columns.begin(), as_exported.extra_columns.end(), heading) == as_exported.extra_columns.end())
                as_exported.extra_columns.push_back(heading);
    as_exported.actions = std::move(plan.actions);
    as_exported.exported_from = std::move(as_exported.source_file);
    as_exported.source_file = std::move(plan.source_file);
    as_exported.source_format = std::move(plan.source_format);
    plan = std::move(as_exported);
}

}  // namespace planbridge
