#include "model/plan_record.hpp"

namespace planbridge {

using json = nlohmann::json;

namespace {

json date_record(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

std::optional<Date> date_from(const json& j) {
    if (j.is_null()) return std::nullopt;
    return Date::parse_iso(j.get<std::string>());
}

json origin_record(const Origin& o) { return json{o.file.str(), o.sheet.str(), o.table, o.row}; }

Origin origin_from(const json& j) { return {j.at(0).get<std::string>(), j.at(1).get<std::string>(), j.at(2).get<int>(), j.at(3).get<int>()}; }

}  // namespace

json action_record(const Action& a) {
    json extra = json::array();
    for (const auto& [h, v] : a.extra) extra.push_back({h, v});
    return json{{"key", a.key},
                {"id", a.id},
                {"section", a.section},
                {"recommendations", a.recommendations},
                {"action", a.action},
                {"owner", a.owner},
                {"due", {a.due.text, date_record(a.due.start), date_record(a.due.end), to_string(a.due.kind)}},
                {"status", to_string(a.status)},
                {"status_from", to_string(a.status_from)},
                {"progress", a.progress},
                {"measure", a.measure},
                {"resources", a.resources},
                {"extra", extra},
                {"origin", origin_record(a.origin)}};
}

Action action_from_record(const json& j) {
    Action a;
    a.key = j.at("key").get<std::string>();
    a.id = j.at("id").get<std::string>();
    a.section = j.at("section").get<std::vector<std::string>>();
    a.recommendations = j.at("recommendations").get<std::vector<std::string>>();
    a.action = j.at("action").get<std::string>();
    a.owner = j.at("owner").get<std::string>();
    const json& due = j.at("due");
    a.due = {due.at(0).get<std::string>(), date_from(due.at(1)), date_from(due.at(2)),
             due_kind_from_name(due.at(3).get<std::string>()).value_or(DueKind::none)};
    a.status = status_from_name(j.at("status").get<std::string>()).value_or(Status::unknown);
    a.status_from = status_source_from_name(j.at("status_from").get<std::string>()).value_or(StatusSource::none);
    a.progress = j.at("progress").get<std::string>();
    a.measure = j.at("measure").get<std::string>();
    a.resources = j.at("resources").get<std::string>();
    for (const json& e : j.at("extra")) a.extra.emplace_back(e.at(0).get<std::string>(), e.at(1).get<std::string>());
    a.origin = origin_from(j.at("origin"));
    return a;
}

json plan_record(const Plan& p) {
    json recs = json::array(), warnings = json::array();
    for (const Recommendation& r : p.recommendations) recs.push_back({r.number, r.text});
    for (const Warning& w : p.warnings) warnings.push_back({origin_record(w.place), w.message});
    return json{{"title", p.title},
                {"organisation", p.organisation},
                {"as_of", date_record(p.as_of)},
                {"recommendations", recs},
                {"extra_columns", p.extra_columns},
                {"warnings", warnings},
                {"source_file", p.source_file},
                {"source_format", p.source_format}};
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
    p.source_file = j.at("source_file").get<std::string>();
    p.source_format = j.at("source_format").get<std::string>();
}

}  // namespace planbridge
