#include "write/json_writer.hpp"

#include <sstream>

#include "model/fields.hpp"
#include "write/json_text.hpp"

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

// The plan's document as nlohmann builds it: what write_json's text must be (the unit tests
// compare them), and the members other code reads.
json plan_json(const Plan& plan) {
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
        {"source", source_json(plan)},
        {"recommendations", recs},
        {"extra_columns", plan.extra_columns},
        {"actions", actions},
        {"warnings", warnings},
    };
}

}  // namespace

nlohmann::ordered_json plan_to_json(const Plan& plan) { return plan_json(plan); }

namespace {

// The same document as plan_to_json, written as it goes (the text nlohmann would write: the
// unit test compares them on every example and fixture plan). A 50,000-action plan as a JSON
// document first takes several times its size and most of import's time.
class PlanWriter {
public:
    PlanWriter(PrettyJson& w, std::ostream& os) : w_(w), os_(os) {}

    void plan(const PlanActions& actions) {
        const Plan& p = *actions.plan;
        w_.begin_object();
        text("title", p.title);
        text("organisation", p.organisation);
        date("as_of", p.as_of);
        w_.key("source");
        source(p);
        w_.key("recommendations");
        w_.begin_array();
        for (const Recommendation& r : p.recommendations) {
            w_.begin_object();
            text("number", r.number);
            text("text", r.text);
            w_.end_object();
        }
        w_.end_array();
        w_.key("extra_columns");
        strings(p.extra_columns);
        w_.key("actions");
        w_.begin_array();
        actions.each([&](const Action& a) {
            action(a);
            flush_now_and_then();
        });
        w_.end_array();
        w_.key("warnings");
        w_.begin_array();
        for (const Warning& warning : p.warnings) origin(warning.place, &warning.message);
        w_.end_array();
        w_.end_object();
    }

    void flush() {
        os_.write(w_.text().data(), static_cast<std::streamsize>(w_.text().size()));
        w_.text().clear();
    }

private:
    PrettyJson& w_;
    std::ostream& os_;

    void flush_now_and_then() {
        if (w_.text().size() >= (1u << 20)) flush();
    }
    void text(std::string_view key, std::string_view value) {
        w_.key(key);
        w_.string(value);
    }
    void date(std::string_view key, const std::optional<Date>& d) {
        w_.key(key);
        d ? w_.string(d->iso()) : w_.null();
    }
    void strings(const std::vector<std::string>& list) {
        w_.begin_array();
        for (const std::string& s : list) w_.string(s);
        w_.end_array();
    }
    void source(const Plan& p) {
        w_.begin_object();
        text("file", p.source_file);
        text("format", p.source_format);
        if (!p.exported_from.empty()) text("exported_from", p.exported_from);
        if (p.lead_copy) {
            w_.key("lead_copy");
            w_.begin_object();
            text("lead", p.lead_copy->lead);
            date("return_by", p.lead_copy->return_by);
            w_.end_object();
        }
        w_.end_object();
    }
    void origin(const Origin& o, const std::string* message = nullptr) {
        w_.begin_object();
        text("file", o.file.str());
        text("sheet", o.sheet.str());
        w_.key("table");
        w_.number(o.table);
        w_.key("row");
        w_.number(o.row);
        if (message) text("message", *message);
        w_.end_object();
    }
    void field(const Action& a, const FieldInfo& f) {
        const std::string_view name(f.name);
        switch (f.kind) {
            case FieldKind::text: text(name, *text_of(a, f.field)); break;
            case FieldKind::path: w_.key(name), strings(a.section); break;
            case FieldKind::list: w_.key(name), strings(a.recommendations); break;
            case FieldKind::due:
                w_.key(name);
                w_.begin_object();
                text("text", a.due.text);
                date("start", a.due.start);
                date("end", a.due.end);
                text("kind", to_string(a.due.kind));
                w_.end_object();
                break;
            case FieldKind::status:
                text(name, to_string(a.status));
                text(std::string(name) + "_from", to_string(a.status_from));
                break;
        }
    }
    void action(const Action& a) {
        w_.begin_object();
        text("key", a.key);
        for (const FieldInfo& f : kFields) field(a, f);
        w_.key("extra");
        w_.begin_object();
        for (size_t k = 0; k < a.extra.size(); ++k) {
            const std::string& heading = a.extra[k].first;
            bool seen = false;  // a heading twice: one member, its last value, where it first was (as a JSON object has it)
            for (size_t j = 0; j < k && !seen; ++j) seen = a.extra[j].first == heading;
            if (seen) continue;
            const std::string* value = &a.extra[k].second;
            for (size_t j = k + 1; j < a.extra.size(); ++j)
                if (a.extra[j].first == heading) value = &a.extra[j].second;
            text(heading, *value);
        }
        w_.end_object();
        w_.key("origin");
        origin(a.origin);
        w_.end_object();
    }
};

}  // namespace

void write_json(const std::vector<PlanActions>& plans, std::ostream& os) {
    std::string buffer;
    PrettyJson w(buffer);
    PlanWriter writer(w, os);
    if (plans.size() != 1) w.begin_array();
    for (const PlanActions& p : plans) writer.plan(p);
    if (plans.size() != 1) w.end_array();
    buffer += '\n';
    writer.flush();
}

void write_json(const std::vector<Plan>& plans, std::ostream& os) { write_json(actions_of(plans), os); }

std::string write_json(const std::vector<Plan>& plans) {
    std::ostringstream os;
    write_json(plans, os);
    return std::move(os).str();
}

}  // namespace planbridge
