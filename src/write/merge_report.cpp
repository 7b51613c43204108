#include "write/merge_report.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/strings.hpp"

namespace planbridge {

namespace {

std::string named(const std::string& id, const std::string& action) { return id.empty() ? "'" + shortened(action, 50) + "'" : id; }

}  // namespace

std::string merge_report_text(const MergeReport& r, size_t returns) {
    std::ostringstream o;
    int off_owner = 0;
    for (const TakenEdit& t : r.taken) off_owner += t.off_owner;
    o << "planbridge merge: " << returns << " return(s); " << r.taken.size() << " change(s) taken, " << r.conflicts.size() << " conflict(s), "
      << r.added.size() << " added, " << r.missing.size() << " missing, " << off_owner << " on actions the sender does not lead\n";
    if (!r.conflicts.empty()) {
        o << "\nConflicts (" << (r.clean() ? "resolved as asked" : "the base's value kept; choose with --prefer NAME or --take-later") << "):\n";
        for (const FieldConflict& c : r.conflicts) {
            o << "  " << named(c.id, c.action) << " " << c.field << ": was \"" << shortened(c.base, 40) << "\"";
            for (const MergedValue& v : c.values) o << "; " << v.sender << " says \"" << shortened(v.value, 40) << "\"";
            if (!c.resolved_to.empty()) o << "  → took " << c.resolved_to << "'s";
            o << "\n";
        }
    }
    if (off_owner) {
        o << "\nChanged by someone who does not lead the action (taken):\n";
        for (const TakenEdit& t : r.taken)
            if (t.off_owner) o << "  " << named(t.id, t.action) << " " << t.field << " by " << joined(t.senders, ", ") << "\n";
    }
    for (const std::string& s : r.stale) o << "\nStale: " << s << "\n";
    for (const std::string& s : r.refused) o << "\nLeft out: " << s << "\n";
    for (const std::string& s : r.notes) o << "\nNote: " << s << "\n";
    if (!r.missing.empty()) {
        o << "\nIn the base but not in the sender's return (kept):\n";
        for (const MissingAction& m : r.missing) o << "  " << m.sender << ": " << named(m.id, m.action) << "\n";
    }
    if (!r.added.empty()) {
        o << "\nAdded in a return:\n";
        for (const AddedAction& a : r.added) o << "  " << a.sender << ": '" << shortened(a.action, 60) << "'\n";
    }
    if (!r.no_update.empty()) {
        o << "\nMissing returns (no action of theirs changed):\n";
        for (const auto& [lead, n] : r.no_update) o << "  " << lead << " (" << n << " action" << (n == 1 ? "" : "s") << ")\n";
    }
    return o.str();
}

std::string merge_report_json(const MergeReport& r) {
    nlohmann::ordered_json j;
    j["clean"] = r.clean();
    j["taken"] = nlohmann::ordered_json::array();
    for (const TakenEdit& t : r.taken)
        j["taken"].push_back({{"key", t.key}, {"id", t.id}, {"action", t.action}, {"field", t.field}, {"from", t.from}, {"to", t.to}, {"senders", t.senders}, {"off_owner", t.off_owner}});
    j["conflicts"] = nlohmann::ordered_json::array();
    for (const FieldConflict& c : r.conflicts) {
        nlohmann::ordered_json values = nlohmann::ordered_json::array();
        for (const MergedValue& v : c.values) values.push_back({{"sender", v.sender}, {"value", v.value}});
        j["conflicts"].push_back({{"key", c.key}, {"id", c.id}, {"action", c.action}, {"field", c.field}, {"base", c.base}, {"values", values},
                                  {"resolved_to", c.resolved_to.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.resolved_to)}});
    }
    j["added"] = nlohmann::ordered_json::array();
    for (const AddedAction& a : r.added) j["added"].push_back({{"sender", a.sender}, {"action", a.action}});
    j["missing"] = nlohmann::ordered_json::array();
    for (const MissingAction& m : r.missing) j["missing"].push_back({{"sender", m.sender}, {"key", m.key}, {"id", m.id}, {"action", m.action}});
    j["stale"] = r.stale;
    j["refused"] = r.refused;
    j["notes"] = r.notes;
    j["missing_returns"] = nlohmann::ordered_json::array();
    for (const auto& [lead, n] : r.no_update) j["missing_returns"].push_back({{"lead", lead}, {"actions", n}});
    return j.dump(2) + "\n";
}

}  // namespace planbridge
