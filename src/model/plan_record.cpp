#include "model/plan_record.hpp"

#include "model/fields.hpp"
#include "support/strings.hpp"

namespace planbridge {

using json = nlohmann::json;

namespace {

json date_record(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

std::optional<Date> date_from(const json& j) {
    if (j.is_null()) return std::nullopt;
    return Date::parse_iso(j.get<std::string>());
}

json origin_record(const Origin& o) { return json{o.file.str(), o.sheet.str(), o.table, o.row}; }

// A workbook exported before planbridge recorded file names only may hold a folder: dropped.
Origin origin_from(const json& j) { return {file_name_of(j.at(0).get<std::string>()), j.at(1).get<std::string>(), j.at(2).get<int>(), j.at(3).get<int>()}; }

}  // namespace

json RecordTables::to_json() const {
    json o = json::array(), s = json::array();
    for (const auto& [file, sheet] : origins) o.push_back({file, sheet});
    for (const auto& path : sections) s.push_back(path);
    return json{{"origins", o}, {"sections", s}};
}

RecordTables RecordTables::from_json(const json& j) {
    RecordTables t;
    for (const json& o : j.at("origins")) t.origins.emplace_back(file_name_of(o.at(0).get<std::string>()), o.at(1).get<std::string>());
    for (const json& s : j.at("sections")) t.sections.push_back(s.get<std::vector<std::string>>());
    return t;
}

namespace {

template <class T>
size_t index_in(std::vector<T>& table, const T& value) {
    // Actions come in runs from one sheet and one section: the last entry is nearly always it.
    if (!table.empty() && table.back() == value) return table.size() - 1;
    for (size_t i = 0; i < table.size(); ++i)
        if (table[i] == value) return i;
    table.push_back(value);
    return table.size() - 1;
}

// A text: null when the row shows it as it is, else the text.
json text_unless_shown(const std::string& value, const std::set<std::string>& shown, const std::string& field) {
    return shown.count(field) && tidy_cell_text(value) == value ? json(nullptr) : json(value);
}

std::string text_or(const json& j, const std::string& read) { return j.is_null() ? read : j.get<std::string>(); }

std::string extra_in(const Action& a, const std::string& heading) {
    for (const auto& [h, v] : a.extra)
        if (h == heading) return v;
    return "";
}

}  // namespace

json compact_action_record(const Action& a, const std::set<std::string>& shown, RecordTables& tables) {
    json extra = json::array();
    for (const auto& [h, v] : a.extra) extra.push_back({h, text_unless_shown(v, shown, "extra:" + h)});
    json r = json::array({a.key, to_string(a.status), to_string(a.status_from),
                          index_in(tables.origins, std::make_pair(a.origin.file.str(), a.origin.sheet.str())), a.origin.table, a.origin.row,
                          index_in(tables.sections, a.section), a.recommendations});
    each_text_field([&](const FieldInfo& f) { r.push_back(text_unless_shown(*text_of(a, f.field), shown, std::string(f.name))); });
    r.push_back(json::array({text_unless_shown(a.due.text, shown, "due"), date_record(a.due.start), date_record(a.due.end), to_string(a.due.kind)}));
    r.push_back(std::move(extra));
    return r;
}

Action action_from_compact_record(const json& j, const RecordTables& tables, const Action& read,
                                  const std::map<std::string, std::string>& titles) {
    Action a;
    a.key = j.at(0).get<std::string>();
    a.status = status_from_name(j.at(1).get<std::string>()).value_or(Status::unknown);
    a.status_from = status_source_from_name(j.at(2).get<std::string>()).value_or(StatusSource::none);
    const auto& [file, sheet] = tables.origins.at(j.at(3).get<size_t>());
    a.origin = {file, sheet, j.at(4).get<int>(), j.at(5).get<int>()};
    a.section = tables.sections.at(j.at(6).get<size_t>());
    a.recommendations = j.at(7).get<std::vector<std::string>>();
    size_t at = 8;  // the text fields, in table order
    each_text_field([&](const FieldInfo& f) { *text_of(a, f.field) = text_or(j.at(at++), *text_of(read, f.field)); });
    const json& due = j.at(at++);
    a.due = {text_or(due.at(0), read.due.text), date_from(due.at(1)), date_from(due.at(2)),
             due_kind_from_name(due.at(3).get<std::string>()).value_or(DueKind::none)};
    for (const json& e : j.at(at)) {
        std::string heading = e.at(0).get<std::string>();
        auto title = titles.find(heading);
        a.extra.emplace_back(heading, text_or(e.at(1), extra_in(read, title == titles.end() ? heading : title->second)));
    }
    return a;
}

json plan_record(const Plan& p, const LeadCopy* copy) {
    json recs = json::array(), warnings = json::array();
    for (const Recommendation& r : p.recommendations) recs.push_back({r.number, r.text});
    for (const Warning& w : p.warnings) warnings.push_back({origin_record(w.place), w.message});
    json out{{"title", p.title},
                {"organisation", p.organisation},
                {"as_of", date_record(p.as_of)},
                {"recommendations", recs},
                {"extra_columns", p.extra_columns},
                {"warnings", warnings},
                {"source_file", p.source_file},
                {"source_format", p.source_format},
                {"exported_from", p.exported_from}};
    if (!copy && p.lead_copy) copy = &*p.lead_copy;
    if (copy) out["lead_copy"] = {{"lead", copy->lead}, {"return_by", date_record(copy->return_by)}};
    return out;
}

void plan_from_record(const json& j, Plan& p) {
    p.title = j.at("title").get<std::string>();
    p.organisation = j.at("organisation").get<std::string>();
    p.as_of = date_from(j.at("as_of"));
    p.recommendations.clear();
    for (const json& r : j.at("recommendations")) p.recommendations.push_back({r.at(0).get<std::string>(), r.at(1).get<std::string>()});
    p.extra_columns = j.at("extra_columns").get<std::vector<std::string>>();
    p.warnings.clear();
    for (const json& w : j.at("warnings")) p.warnings.push_back({origin_from(w.at(0)), w.at(1).get<std::string>()});
    p.source_file = file_name_of(j.at("source_file").get<std::string>());
    p.source_format = j.at("source_format").get<std::string>();
    p.exported_from = file_name_of(j.value("exported_from", std::string()));
    p.lead_copy.reset();
    if (j.contains("lead_copy"))
        p.lead_copy = LeadCopy{j.at("lead_copy").at("lead").get<std::string>(), date_from(j.at("lead_copy").at("return_by"))};
}

}  // namespace planbridge
