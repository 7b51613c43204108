#include "write/json_writer.hpp"

#include "model/fields.hpp"

namespace planbridge {

namespace {
using json = nlohmann::ordered_json;

json date_or_null(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json origin_json(const Origin& o) {
    return json{{"file", o.file.str()}, {"sheet", o.sheet.str()}, {"table", o.table}, {"row", o.row}};
}

// The file read (its name), its format, and for a board workbook read back the file it was
// exported from (and, for a lead's copy, whose it is and when it is due back).
json source_json(const Plan& plan) {
    json source{{"file", plan.source_file}, {"format", plan.source_format}};
    if (!plan.exported_from.empty()) source["exported_from"] = plan.exported_from;
    if (plan.lead_copy) source["lead_copy"] = {{"lead", plan.lead_copy->lead}, {"return_by", date_or_null(plan.lead_copy->return_by)}};
    return source;
}

// One field of the model's table as JSON members (the status brings where it was found).
void add_field(json& out, const Action& a, const FieldInfo& f) {
    const std::string name(f.name);
    switch (f.kind) {
        case FieldKind::text: out[name] = *text_of(a, f.field); break;
        case FieldKind::path: out[name] = a.section; break;
        case FieldKind::list: out[name] = a.recommendations; break;
        case FieldKind::due:
            out[name] = {{"text", a.due.text}, {"start", date_or_null(a.due.start)}, {"end", date_or_null(a.due.end)}, {"kind", to_string(a.due.kind)}};
            break;
        case FieldKind::status:
            out[name] = to_string(a.status);
            out[name + "_from"] = to_string(a.status_from);
            break;
    }
}

json action_json(const Action& a) {
    json extra = json::object();
    for (const auto& [heading, text] : a.extra) extra[heading] = text;
    json out = json{{"key", a.key}};
    for (const FieldInfo& f : kFields) add_field(out, a, f);
    out["extra"] = std::move(extra);
    out["origin"] = origin_json(a.origin);
    return out;
}

// The plan's document; with_actions false leaves the actions array empty (write_json streams it).
json plan_json(const Plan& plan, bool with_actions) {
    json recs = json::array();
    for (const auto& r : plan.recommendations) recs.push_back({{"number", r.number}, {"text", r.text}});
    json actions = json::array();
    if (with_actions)
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
        {"source", source_json(plan)},
        {"recommendations", recs},
        {"extra_columns", plan.extra_columns},
        {"actions", actions},
        {"warnings", warnings},
    };
}

}  // namespace

nlohmann::ordered_json plan_to_json(const Plan& plan) { return plan_json(plan, true); }

namespace {

std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace); }

// Pretty-printed JSON moved right: pad after every newline (strings have theirs escaped, so
// newlines only separate members).
void append_indented(std::string& out, const std::string& text, const std::string& pad) {
    for (char c : text) {
        out += c;
        if (c == '\n') out += pad;
    }
}

// The plan's actions as the pretty-printed array nlohmann would write at this indent, one action
// at a time: the whole plan as one JSON document first would need several times its size.
std::string actions_text(const Plan& plan, size_t indent) {
    if (plan.actions.empty()) return "[]";
    std::string pad(indent + 2, ' '), out = "[\n";
    for (size_t i = 0; i < plan.actions.size(); ++i) {
        out += pad;
        append_indented(out, dump(action_json(plan.actions[i])), pad);
        out += i + 1 < plan.actions.size() ? ",\n" : "\n";
    }
    return out + std::string(indent, ' ') + "]";
}

// The plan's document with its (empty) actions array replaced by the streamed one.
std::string plan_text(const Plan& plan, size_t indent) {
    std::string pad(indent, ' '), text;
    append_indented(text, dump(plan_json(plan, false)), pad);
    std::string marker = "\n" + pad + "  \"actions\": []";
    size_t at = text.find(marker);
    if (at == std::string::npos) return text;  // cannot happen: plan_json always writes "actions"
    size_t value = at + marker.size() - 2;
    return text.substr(0, value) + actions_text(plan, indent + 2) + text.substr(value + 2);
}

}  // namespace

std::string write_json(const std::vector<Plan>& plans) {
    if (plans.size() == 1) return plan_text(plans.front(), 0) + "\n";
    if (plans.empty()) return "[]\n";
    std::string out = "[\n";
    for (size_t i = 0; i < plans.size(); ++i) out += "  " + plan_text(plans[i], 2) + (i + 1 < plans.size() ? ",\n" : "\n");
    return out + "]\n";
}

}  // namespace planbridge
