#include "reconcile/merge.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "reconcile/leads.hpp"
#include "reconcile/match.hpp"
#include "reconcile/version.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// What a merge compares, as text, and copies from the return that changed it.
constexpr Field kMerged[] = {Field::id, Field::action, Field::owner, Field::due, Field::status, Field::progress, Field::measure, Field::resources};

std::string value_of(const Action& a, Field f) {
    if (f == Field::due) return a.due.text;
    if (f == Field::status) return std::string(to_string(a.status));
    const std::string* t = text_of(a, f);
    return t ? *t : std::string();
}

void copy_field(Action& into, const Action& from, Field f) {
    if (f == Field::due) into.due = from.due;
    else if (f == Field::status) into.status = from.status, into.status_from = from.status_from;
    else *text_of(into, f) = *text_of(from, f);
}

void set_extra(Action& a, const std::string& heading, const std::string& value) {
    for (auto& [h, v] : a.extra)
        if (h == heading) {
            v = value;
            return;
        }
    a.extra.emplace_back(heading, value);
}

// One return's proposal for one field of one base action.
struct Proposal {
    size_t from;            // index of the return
    std::string value;
    const Action* action;   // the return's action, to copy from
};

class Merger {
public:
    Merger(const Plan& base, const std::vector<ReturnedCopy>& returns, const MergeOptions& options)
        : base_(base), returns_(returns), options_(options), base_version_(Version::of(base)), proposals_(base.actions.size()),
          extra_proposals_(base.actions.size()) {
        for (const std::vector<std::string>& keys : lead_keys_of(base)) base_leads_.emplace_back(keys.begin(), keys.end());
    }

    MergeResult run() {
        MergeResult out;
        out.merged = base_;
        senders_leads_.resize(returns_.size());
        for (size_t r = 0; r < returns_.size(); ++r) read_return(r, out);
        for (size_t i = 0; i < base_.actions.size(); ++i) {
            for (auto& [field, proposals] : proposals_[i]) settle_field(i, field, proposals, out);
            for (auto& [heading, proposals] : extra_proposals_[i]) settle_extra(i, heading, proposals, out);
        }
        no_update(out);
        return out;
    }

private:
    const Plan& base_;
    const std::vector<ReturnedCopy>& returns_;
    const MergeOptions& options_;
    Version base_version_;
    std::vector<std::set<std::string>> base_leads_;
    std::vector<std::set<std::string>> senders_leads_;  // the lead(s) each return is from; empty: not known
    std::vector<std::map<Field, std::vector<Proposal>>> proposals_;  // by base action
    std::vector<std::map<std::string, std::vector<Proposal>>> extra_proposals_;  // by base action, by column heading
    std::set<std::string> added_keys_;
    std::set<size_t> touched_;  // base actions some return changed

    void read_return(size_t r, MergeResult& out) {
        const Plan& p = *returns_[r].plan;
        if (base_.as_of && p.as_of && *p.as_of < *base_.as_of) {
            out.report.stale.push_back(returns_[r].sender + " reports on " + p.as_of->iso() + ", before the base's " + base_.as_of->iso() +
                                       ": a copy of an earlier month, its changes not taken");
            return;
        }
        Version v = Version::of(p);
        Alignment al = align(base_version_, v);
        // A return most of whose actions pair with none of BASE's is not a copy of this plan.
        if (p.actions.size() >= 3 && al.pairs.size() * 5 < p.actions.size()) {
            out.report.refused.push_back(returns_[r].sender + ": only " + std::to_string(al.pairs.size()) + " of its " +
                                         std::to_string(p.actions.size()) + " actions match the base's (another council's or another "
                                         "year's plan?); left out");
            return;
        }
        // A lead's copy holds only their actions: the lead(s) every paired base action shares.
        std::set<std::string> common;
        bool first = true;
        for (const ActionPair& pair : al.pairs) {
            const auto& leads = base_leads_[static_cast<size_t>(pair.old_index)];
            if (first) common = leads, first = false;
            else for (auto it = common.begin(); it != common.end();) it = leads.count(*it) ? std::next(it) : common.erase(it);
        }
        if (common.empty()) common = lead_named_by_file(returns_[r].sender);  // a whole plan's copy, named after its sender
        senders_leads_[r] = common;
        for (size_t q = 0; q < r; ++q)
            if (!common.empty() && senders_leads_[q] == common)
                out.report.notes.push_back(returns_[q].sender + " and " + returns_[r].sender + " are from the same lead: both merged, any " +
                                           "difference between them a conflict");
        std::set<size_t> paired;
        for (const ActionPair& pair : al.pairs) {
            size_t i = static_cast<size_t>(pair.old_index);
            paired.insert(i);
            const Action& b = base_.actions[i];
            const Action& a = p.actions[static_cast<size_t>(pair.new_index)];
            for (Field f : kMerged) {
                std::string value = value_of(a, f);
                if (value != value_of(b, f)) proposals_[i][f].push_back({r, std::move(value), &a});
            }
            for (const auto& [heading, value] : a.extra)  // kept columns, and any the lead added
                if (value != extra_value(b, heading)) extra_proposals_[i][heading].push_back({r, value, &a});
        }
        for (int n : al.added) {
            const Action& a = p.actions[static_cast<size_t>(n)];
            out.report.added.push_back({returns_[r].sender, a.action});
            if (added_keys_.insert(a.key).second) out.merged.actions.push_back(a);
        }
        // What the return was given and does not have: the actions of its lead(s).
        for (size_t i = 0; i < base_.actions.size(); ++i) {
            if (paired.count(i)) continue;
            bool covered = common.empty() ? true : std::any_of(common.begin(), common.end(), [&](const std::string& k) { return base_leads_[i].count(k) > 0; });
            const Action& b = base_.actions[i];
            if (covered) out.report.missing.push_back({returns_[r].sender, b.key, b.id, b.action});
        }
    }

    // 'jo-davies.xlsx', 'Jo Davies return.xlsx': the lead whose name the file is named after.
    std::set<std::string> lead_named_by_file(const std::string& sender) const {
        std::string stem = fold_for_match(file_name_of(sender));
        if (size_t dot = stem.rfind(" xlsx"); dot != std::string::npos) stem.resize(dot);
        for (const LeadGroup& g : group_by_lead(base_)) {
            if (g.key.empty()) continue;
            std::string name = fold_for_match(lead_file_stem(g));  // 'jo davies'
            if (stem == name || stem.rfind(name + " ", 0) == 0) return {g.key};
        }
        return {};
    }

    bool off_owner(size_t i, const std::vector<Proposal>& ps) const {
        for (const Proposal& p : ps) {
            const auto& senders = senders_leads_[p.from];
            if (senders.empty()) return false;  // a whole plan's copy: whose it is is not known
            if (std::any_of(senders.begin(), senders.end(), [&](const std::string& k) { return base_leads_[i].count(k) > 0; })) return false;
        }
        return true;
    }

    // The proposal a conflict goes to when asked (--prefer, --take-later), or null.
    const Proposal* resolution(const std::vector<Proposal>& ps) const {
        if (!options_.prefer.empty()) {
            const std::string want = fold_for_match(options_.prefer), want_lead = lead_key(options_.prefer);
            for (const Proposal& p : ps) {
                const std::string& sender = returns_[p.from].sender;
                if (fold_for_match(sender) == want || fold_for_match(file_name_of(sender)) == want || senders_leads_[p.from].count(want_lead))
                    return &p;
            }
        }
        if (options_.take_later) return &*std::max_element(ps.begin(), ps.end(), [](const Proposal& a, const Proposal& b) { return a.from < b.from; });
        return nullptr;
    }

    // One field of base action i as the returns propose it: 'name' as the report says it, its
    // value in the base, and how a chosen return's value is put into the merged action.
    template <class Apply>
    void settle(size_t i, const std::string& name, const std::string& base_value, const std::vector<Proposal>& ps, Apply apply, MergeResult& out) {
        touched_.insert(i);
        const Action& b = base_.actions[i];
        std::vector<MergedValue> values;
        for (const Proposal& p : ps)
            if (std::none_of(values.begin(), values.end(), [&](const MergedValue& v) { return v.value == p.value; }))
                values.push_back({returns_[p.from].sender, p.value});
        if (values.size() == 1) {
            apply(ps.front());
            std::vector<std::string> senders;
            for (const Proposal& p : ps) senders.push_back(returns_[p.from].sender);
            out.report.taken.push_back({b.key, b.id, b.action, name, base_value, values.front().value, senders, off_owner(i, ps)});
            return;
        }
        FieldConflict c{b.key, b.id, b.action, name, base_value, {}, ""};
        for (const Proposal& p : ps) c.values.push_back({returns_[p.from].sender, p.value});
        if (const Proposal* chosen = resolution(ps)) {
            apply(*chosen);
            c.resolved_to = returns_[chosen->from].sender;
        }
        out.report.conflicts.push_back(std::move(c));
    }

    void settle_field(size_t i, Field f, const std::vector<Proposal>& ps, MergeResult& out) {
        Action& m = out.merged.actions[i];
        settle(i, std::string(to_string(f)), value_of(base_.actions[i], f), ps, [&](const Proposal& p) { copy_field(m, *p.action, f); }, out);
    }

    // A kept column, or one a lead added: its value under its heading.
    void settle_extra(size_t i, const std::string& heading, const std::vector<Proposal>& ps, MergeResult& out) {
        Action& m = out.merged.actions[i];
        settle(i, heading, extra_value(base_.actions[i], heading), ps, [&](const Proposal& p) {
            set_extra(m, heading, p.value);
            if (std::find(out.merged.extra_columns.begin(), out.merged.extra_columns.end(), heading) == out.merged.extra_columns.end())
                out.merged.extra_columns.push_back(heading);
        }, out);
    }

    void no_update(MergeResult& out) const {
        for (const LeadGroup& g : group_by_lead(base_)) {
            bool any = std::any_of(g.actions.begin(), g.actions.end(), [&](size_t i) { return touched_.count(i) > 0; });
            if (!any) out.report.no_update.emplace_back(g.name, static_cast<int>(g.actions.size()));
        }
    }
};

}  // namespace

bool MergeReport::clean() const {
    return std::all_of(conflicts.begin(), conflicts.end(), [](const FieldConflict& c) { return !c.resolved_to.empty(); });
}

MergeResult merge_returns(const Plan& base, const std::vector<ReturnedCopy>& returns, const MergeOptions& options) {
    return Merger(base, returns, options).run();
}

}  // namespace planbridge
