// The names planbridge's email templates use (write/mail_data.hpp).
#include "write/mail_data.hpp"

#include <cstdio>
#include <set>

#include "support/strings.hpp"
#include "write/board_digest.hpp"

namespace planbridge {

namespace {

using json = nlohmann::json;

std::string plan_title(const Plan& p) { return p.title.empty() ? "Improvement plan" : p.title; }
// The organisation is said apart from the title unless the title already names it.
bool shows_organisation(const Plan& p) { return !p.organisation.empty() && plan_title(p).find(p.organisation) == std::string::npos; }
std::string hex(Rgb c) { return "#" + c.hex(); }

json attachments_of(const std::vector<AttachedFile>& attached) {
    json out = json::array();
    for (const AttachedFile& a : attached) out.push_back({{"name", a.name}, {"size", size_in_words(a.bytes)}});
    return out;
}

json statuses_of(const PlanDigest& d, const Layout& layout) {
    json out = json::array();
    for (const StatusStyle& s : layout.statuses) {
        auto it = d.whole().by_status.find(s.status);
        out.push_back({{"name", std::string(to_string(s.status))},
                       {"word", s.word},
                       {"meaning", s.meaning},
                       {"count", std::to_string(it == d.whole().by_status.end() ? 0 : it->second)},
                       {"fill", hex(s.fill)},
                       {"text", hex(s.text)}});
    }
    return out;
}

// A cell's text on one line: a mail's lists read line by line ('Service Manager – CAAS /
// Service Manager – Localities').
std::string one_line(const std::string& text) {
    std::string out;
    for (std::string_view line : split_lines(text)) {
        std::string_view t = trim(line);
        if (t.empty()) continue;
        if (!out.empty()) out += " / ";
        out += t;
    }
    return out;
}

json entry_of(const Action& a, const std::string& change) {
    return {{"ref", one_line(a.id)}, {"has_ref", !a.id.empty()}, {"action", collapse_space(a.action)}, {"change", one_line(change)},
            {"lead", one_line(a.owner)}, {"has_lead", !a.owner.empty()}, {"due", one_line(a.due.text)}, {"has_due", !a.due.text.empty()}};
}

json exceptions_of(const Plan& plan, const PlanDigest& d) {
    json out = json::array();
    for (const DigestList& l : d.lists) {
        if (l.name == "newly_complete" || l.actions.empty()) continue;  // good news, counted apart; an empty list says nothing
        json entries = json::array();
        for (size_t k = 0; k < l.actions.size() && k < kListShown; ++k) entries.push_back(entry_of(plan.actions[l.actions[k]], l.changes[k]));
        size_t more = l.actions.size() > kListShown ? l.actions.size() - kListShown : 0;
        out.push_back({{"name", l.name}, {"heading", l.heading}, {"count", std::to_string(l.actions.size())}, {"entries", entries},
                       {"has_more", more > 0}, {"more", std::to_string(more)}});
    }
    return out;
}

size_t newly_complete(const PlanDigest& d) {
    for (const DigestList& l : d.lists)
        if (l.name == "newly_complete") return l.actions.size();
    return 0;
}

Layout layout_for(const Plan& plan, const Layout& layout) {
    std::set<Status> used;
    for (const Action& a : plan.actions) used.insert(a.status);
    return layout.showing(used);
}

}  // namespace

json board_mail_data(const Plan& plan, const Layout& given, const std::optional<Date>& as_of, const ChangeSet* changes,
                     const std::vector<AttachedFile>& attached) {
    const Layout layout = layout_for(plan, given);
    const PlanDigest d = digest_plan(plan, layout, as_of, changes);
    std::string since;
    if (changes) since = changes->old_version.as_of ? long_date(*changes->old_version.as_of) : "the last version";
    size_t complete = newly_complete(d);
    return {{"title", plan_title(plan)},
            {"organisation", plan.organisation},
            {"has_organisation", shows_organisation(plan)},
            {"report", as_of ? "Report for " + month_year(*as_of) + " (as of " + long_date(*as_of) + ")" : std::string("Report on the plan as it stands")},
            {"total", std::to_string(d.whole().total())},
            {"source", plan.source_file},
            {"statuses", statuses_of(d, layout)},
            {"has_since", changes != nullptr},
            {"since", since},
            {"exceptions", exceptions_of(plan, d)},
            {"has_newly_complete", complete > 0},
            {"newly_complete", std::to_string(complete)},
            {"attachments", attachments_of(attached)}};
}

json lead_mail_data(const Plan& copy, const Layout& given, const std::vector<AttachedFile>& attached) {
    const Layout layout = layout_for(copy, given);
    json actions = json::array();
    for (const Action& a : copy.actions) {
        const StatusStyle& s = layout.style_of(a.status);
        actions.push_back({{"ref", one_line(a.id)}, {"has_ref", !a.id.empty()}, {"action", collapse_space(a.action)}, {"name", std::string(to_string(a.status))}, {"word", s.word},
                           {"fill", hex(s.fill)}, {"text", hex(s.text)}, {"due", one_line(a.due.text)}, {"has_due", !a.due.text.empty()},
                           {"progress", a.progress}});
    }
    const std::optional<Date> by = copy.lead_copy ? copy.lead_copy->return_by : std::nullopt;
    return {{"title", plan_title(copy)},
            {"organisation", copy.organisation},
            {"has_organisation", shows_organisation(copy)},
            {"lead", copy.lead_copy ? copy.lead_copy->lead : std::string()},
            {"count", std::to_string(copy.actions.size())},
            {"has_return_by", by.has_value()},
            {"return_by", by ? long_date(*by) : std::string()},
            {"actions", actions},
            {"attachments", attachments_of(attached)}};
}

std::string board_subject(const Plan& plan, const std::optional<Date>& as_of) {
    return plan_title(plan) + (as_of ? ": report for " + month_year(*as_of) : std::string(": report"));
}

std::string lead_subject(const Plan& copy) {
    std::string s = plan_title(copy) + ": your actions to update";
    if (copy.lead_copy && copy.lead_copy->return_by) s += ", please return by " + long_date(*copy.lead_copy->return_by);
    return s;
}

}  // namespace planbridge
