// The digest of a plan a board reads first (write/board_digest.hpp).
#include "write/board_digest.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "model/status.hpp"

namespace planbridge {

int SectionCounts::total() const {
    int n = 0;
    for (const auto& [status, count] : by_status) n += count;
    return n;
}

std::vector<const ActionChange*> change_of_each(const Plan& plan, const ChangeSet* changes) {
    std::vector<const ActionChange*> out(plan.actions.size(), nullptr);
    if (changes)
        for (const ActionChange& c : changes->diff.changes)
            if (c.new_index >= 0 && static_cast<size_t>(c.new_index) < out.size()) out[static_cast<size_t>(c.new_index)] = &c;
    return out;
}

namespace {

const std::string kNoSection = "(no section)";

std::vector<SectionCounts> counts_of(const Plan& plan) {
    std::vector<SectionCounts> out;
    std::unordered_map<std::string, size_t> at;  // a section's place in out (a big plan has hundreds)
    SectionCounts whole{"Whole plan", {}};
    for (const Action& a : plan.actions) {
        const std::string& s = a.section.empty() ? kNoSection : a.section.front();
        auto [it, added] = at.try_emplace(s, out.size());
        if (added) out.push_back(SectionCounts{s, {}});
        ++out[it->second].by_status[a.status];
        ++whole.by_status[a.status];
    }
    out.push_back(std::move(whole));
    return out;
}

class Digester {
public:
    Digester(const Plan& p, const Layout& l, const std::optional<Date>& as_of, const ChangeSet* c)
        : plan_(p), layout_(l), as_of_(as_of), changes_(c), change_of_(change_of_each(p, c)) {}

    std::vector<DigestList> lists() {
        std::vector<DigestList> out;
        auto status_move = [&](size_t i) { return status_moved(i); };
        if (changes_) {
            out.push_back(list("newly_off_track", "Newly off track", [&](size_t i) { return flagged(i, Flag::newly_off_track); }, status_move));
            out.push_back(list("worsened", "Status worsened", [&](size_t i) { return moved(i, "status", "worsened"); }, status_move));
        } else {
            out.push_back(list("off_track", "Off track", [&](size_t i) { return plan_.actions[i].status == Status::off_track; }, status_move,
                               ListRest::actions_sheet));
        }
        out.push_back(list("overdue", "Overdue (deadline passed, not complete)",
                           [&](size_t i) { return is_overdue(plan_.actions[i].due.end, plan_.actions[i].status, as_of_); },
                           [&](size_t i) { return overdue_by(i); }, ListRest::actions_sheet));
        if (!changes_) return out;
        out.push_back(list("slipped", "Deadline slipped", [&](size_t i) { return moved(i, "due", "slipped"); }, [&](size_t i) { return slipped_by(i); }));
        const std::string since = changes_->old_version.as_of ? " since " + long_date(*changes_->old_version.as_of) : " since the last version";
        out.push_back(list("no_update", "No update this month", [&](size_t i) { return flagged(i, Flag::stale); },
                           [&](size_t) { return "Progress text unchanged" + since; }));
        out.push_back(list("newly_complete", "Newly complete", [&](size_t i) { return flagged(i, Flag::newly_complete); }, status_move));
        return out;
    }

private:
    const Plan& plan_;
    const Layout& layout_;
    const std::optional<Date>& as_of_;
    const ChangeSet* changes_;
    std::vector<const ActionChange*> change_of_;

    using Wanted = std::function<bool(size_t)>;
    using Describe = std::function<std::string(size_t)>;
    DigestList list(std::string name, std::string heading, const Wanted& wanted, const Describe& describe,
                    ListRest rest = ListRest::changes_sheet) const {
        DigestList out{std::move(name), std::move(heading), {}, {}, rest};
        for (size_t i = 0; i < plan_.actions.size(); ++i)
            if (wanted(i)) {
                out.actions.push_back(i);
                out.changes.push_back(describe(i));
            }
        return out;
    }

    const FieldChange* field(size_t i, std::string_view name) const { return change_of_[i] ? change_of_[i]->field(name) : nullptr; }
    bool moved(size_t i, std::string_view name, std::string_view direction) const {
        const FieldChange* f = field(i, name);
        return f && f->direction == direction;
    }
    bool flagged(size_t i, Flag f) const {
        const ActionChange* ch = change_of_[i];
        return ch && std::find(ch->flags.begin(), ch->flags.end(), f) != ch->flags.end();
    }
    std::string word(std::string_view status_name) const { return layout_.style_of(status_from_name(status_name).value_or(Status::unknown)).word; }
    std::string status_moved(size_t i) const {
        const FieldChange* f = field(i, "status");
        return f ? word(f->old_value) + " → " + word(f->new_value) : layout_.style_of(plan_.actions[i].status).word;
    }
    std::string overdue_by(size_t i) const {
        const Action& a = plan_.actions[i];
        long days = as_of_ && a.due.end ? as_of_->to_days() - a.due.end->to_days() : 0;
        return "Deadline passed " + (days > 0 ? std::to_string(days) + " days ago" : std::string("")) + " (" + layout_.style_of(a.status).word + ")";
    }
    std::string slipped_by(size_t i) const {
        const FieldChange* f = field(i, "due");
        return std::string(f->old_value) + " → " + std::string(f->new_value) + (f->days ? " (+" + std::to_string(*f->days) + " days)" : "");
    }
};

}  // namespace

PlanDigest digest_plan(const Plan& plan, const Layout& layout, const std::optional<Date>& as_of, const ChangeSet* changes) {
    return PlanDigest{counts_of(plan), Digester(plan, layout, as_of, changes).lists()};
}

}  // namespace planbridge
