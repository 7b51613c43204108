#include "write/diff_json.hpp"

#include <cmath>

namespace planbridge {

namespace {
using json = nlohmann::ordered_json;

json side(const Plan& plan, int index) {
    if (index < 0) return nullptr;
    const Action& a = plan.actions[static_cast<size_t>(index)];
    return json{{"index", index}, {"id", a.id}, {"key", a.key}, {"action", a.action}};
}

json field_json(const FieldChange& f) {
    json j{{"old", f.old_value}, {"new", f.new_value}};
    if (!f.direction.empty()) j["direction"] = f.direction;
    if (f.days) j["days"] = *f.days;
    if (!f.words.empty()) {
        json words = json::array();
        for (const WordSpan& w : f.words)
            words.push_back({{w.kind == WordSpan::same ? "same" : w.kind == WordSpan::removed ? "removed" : "inserted", w.text}});
        j["words"] = std::move(words);
    }
    return j;
}

double rounded(double v) { return std::round(v * 1000) / 1000; }

}  // namespace

std::vector<std::pair<std::string, int>> summary_counts(const DiffSummary& s) {
    return {{"added", s.added},
            {"removed", s.removed},
            {"changed", s.changed},
            {"unchanged", s.unchanged},
            {"status_improved", s.status_improved},
            {"status_worsened", s.status_worsened},
            {"newly_complete", s.newly_complete},
            {"newly_off_track", s.newly_off_track},
            {"deadline_slipped", s.deadline_slipped},
            {"deadline_brought_forward", s.deadline_brought_forward},
            {"owner_changed", s.owner_changed},
            {"reworded", s.reworded},
            {"renumbered", s.renumbered},
            {"moved", s.moved},
            {"progress_updated", s.progress_updated},
            {"stale", s.stale},
            {"newly_overdue", s.newly_overdue}};
}

json diff_to_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan) {
    json summary = json::object();
    for (const auto& [name, n] : summary_counts(diff.summary)) summary[name] = n;
    json changes = json::array();
    for (const ActionChange& c : diff.changes) {
        json fields = json::object();
        for (const FieldChange& f : c.fields) fields[f.field] = field_json(f);
        json flags = json::array();
        for (Flag f : c.flags) flags.push_back(to_string(f));
        json match = nullptr;
        if (c.match) match = json{{"method", to_string(c.match->method)}, {"score", rounded(c.match->score)}, {"text_similarity", rounded(c.match->text_similarity)}};
        changes.push_back(json{{"change", to_string(c.kind)},
                               {"old", side(old_plan, c.old_index)},
                               {"new", side(new_plan, c.new_index)},
                               {"fields", std::move(fields)},
                               {"flags", std::move(flags)},
                               {"match", std::move(match)}});
    }
    return json{{"summary", std::move(summary)}, {"changes", std::move(changes)}};
}

std::string write_diff_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan) {
    return diff_to_json(diff, old_plan, new_plan).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace planbridge
