#include "write/json_writer.hpp"

namespace planbridge {

namespace {
using json = nlohmann::ordered_json;

json date_or_null(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json origin_json(const Origin& o) {
    return json{{"file", o.file}, {"sheet", o.sheet}, {"table", o.table}, {"row", o.row}};
}

json action_json(const Action& a) {
    json extra = json::object();
    for (const auto& [heading, text] : a.extra) extra[heading] = text;
    return json{
        {"key", a.key},
        {"id", a.id},
        {"section", a.section},
        {"recommendations", a.recommendations},
        {"action", a.action},
        {"owner", a.owner},
        {"due", {{"text", a.due.text}, {"start", date_or_null(a.due.start)}, {"end", date_or_null(a.due.end)}, {"kind", to_string(a.due.kind)}}},
        {"status", to_string(a.status)},
        {"status_from", to_string(a.status_from)},
        {"progress", a.progress},
        {"measure", a.measure},
        {"resources", a.resources},
        {"extra", extra},
        {"origin", origin_json(a.origin)},
    };
}
}  // namespace

nlohmann::ordered_json plan_to_json(const Plan& plan) {
    json recs = json::array();
    for (const auto& r : plan.recommendations) recs.push_back({{"number", r.number}, {"text", r.text}});
    json actions = json::array();
    for (const auto& a : plan.actions) actions.push_back(action_json(a));
    json warnings = json::array();
    for (const auto& w : plan.warnings) {
        json o = origin_json(w.place);
        o["message"] = w.message;
        warnings.push_back(o);
    }
    return json{
        {"title", plan.title},
        {"organisation", plan.organisation},
        {"as_of", date_or_null(plan.as_of)},
        {"source", {{"file", plan.source_file}, {"format", plan.source_format}}},
        {"recommendations", recs},
        {"extra_columns", plan.extra_columns},
        {"actions", actions},
        {"warnings", warnings},
    };
}

std::string write_json(const std::vector<Plan>& plans) {
    json out;
    if (plans.size() == 1) {
        out = plan_to_json(plans.front());
    } else {
        out = json::array();
        for (const auto& p : plans) out.push_back(plan_to_json(p));
    }
    // Invalid UTF-8 (should not happen: readers decode) is replaced rather than thrown.
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace planbridge
