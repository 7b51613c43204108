#include "reconcile/diff.hpp"

#include <algorithm>
#include <future>

#include "support/strings.hpp"
#include "support/two_halves.hpp"

namespace planbridge {

std::string_view to_string(ChangeKind k) {
    switch (k) {
        case ChangeKind::added: return "added";
        case ChangeKind::removed: return "removed";
        case ChangeKind::changed: return "changed";
        case ChangeKind::unchanged: return "unchanged";
    }
    return "changed";
}

std::string_view to_string(Flag f) {
    switch (f) {
        case Flag::newly_complete: return "newly_complete";
        case Flag::newly_off_track: return "newly_off_track";
        case Flag::newly_overdue: return "newly_overdue";
        case Flag::stale: return "stale";
    }
    return "stale";
}

std::string_view flag_label(Flag f) {
    switch (f) {
        case Flag::newly_complete: return "newly complete";
        case Flag::newly_off_track: return "newly off track";
        case Flag::newly_overdue: return "newly overdue";
        case Flag::stale: return "no update this month";
    }
    return "no update this month";
}

std::string_view change_label(ChangeKind k) {
    switch (k) {
        case ChangeKind::added: return "Added";
        case ChangeKind::removed: return "Removed";
        case ChangeKind::changed: return "Changed";
        case ChangeKind::unchanged: break;
    }
    return "Unchanged";
}

const FieldChange* ActionChange::field(std::string_view name) const {
    for (const FieldChange& f : fields)
        if (f.field == name) return &f;
    return nullptr;
}

namespace {

constexpr size_t kMaxDiffWords = 400;  // longer texts are shown as replaced whole
constexpr size_t kWorthASecondThread = 20000;  // changes: fewer are made on one thread


std::string section_text(const std::vector<std::string>& section) {
    std::string s;
    for (const std::string& part : section) s += (s.empty() ? "" : " › ") + part;
    return s;
}

bool overdue(const ActionView& a, const std::optional<Date>& as_of) { return is_overdue(a.due_end, a.status, as_of); }

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
        size_t start = i;
        while (i < text.size() && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
        if (i > start) out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

void add_span(std::vector<WordSpan>& out, WordSpan::Kind kind, const std::string& word) {
    if (!out.empty() && out.back().kind == kind) out.back().text += " " + word;
    else out.push_back({kind, word});
}

class Differ {
public:
    Differ(const Version& o, const Version& n) : old_(o), new_(n) {}

    ActionChange compare(const ActionPair& p, bool words) const {
        ActionView o = old_[static_cast<size_t>(p.old_index)];
        ActionView n = new_[static_cast<size_t>(p.new_index)];
        ActionChange c;
        c.old_index = p.old_index;
        c.new_index = p.new_index;
        c.match = p;
        compare_status(o, n, c);
        compare_due(o, n, c);
        if (!same_folded(o[Field::owner], n[Field::owner])) c.fields.push_back({to_string(Field::owner), o[Field::owner], n[Field::owner], "", {}, {}});
        if (!same_folded(o[Field::action], n[Field::action]))
            c.fields.push_back({to_string(Field::action), o[Field::action], n[Field::action], "reworded", {}, words ? word_diff(o[Field::action], n[Field::action]) : std::vector<WordSpan>{}});
        if (!same_folded(o[Field::id], n[Field::id])) c.fields.push_back({to_string(Field::id), o[Field::id], n[Field::id], "renumbered", {}, {}});
        if (!same_section(*o.section, *n.section)) {
            auto was = std::make_shared<const std::string>(section_text(*o.section));
            auto now = std::make_shared<const std::string>(section_text(*n.section));
            c.fields.push_back({to_string(Field::section), *was, *now, "moved", {}, {}});  // the strings stay put as the pointers move
            c.texts.push_back(std::move(was));
            c.texts.push_back(std::move(now));
        }
        bool progress_same = o[Field::progress] == n[Field::progress] || same_collapsed(o[Field::progress], n[Field::progress]);
        if (!progress_same) c.fields.push_back({to_string(Field::progress), o[Field::progress], n[Field::progress], "updated", {}, {}});
        if (progress_same && no_update(o, n)) c.flags.push_back(Flag::stale);
        if (overdue(n, new_.as_of) && !overdue(o, old_.as_of ? old_.as_of : new_.as_of)) c.flags.push_back(Flag::newly_overdue);
        c.kind = c.fields.empty() ? ChangeKind::unchanged : ChangeKind::changed;
        return c;
    }

    ActionChange added(int j) const {
        ActionChange c;
        c.kind = ChangeKind::added;
        c.new_index = j;
        if (overdue(new_[static_cast<size_t>(j)], new_.as_of)) c.flags.push_back(Flag::newly_overdue);
        return c;
    }

    ActionChange removed(int i) const {
        ActionChange c;
        c.kind = ChangeKind::removed;
        c.old_index = i;
        return c;
    }

private:
    const Version& old_;
    const Version& new_;

    // 'No update this month', and only then: the new version reports on a later date than the
    // old, the action is open (under way, or its status unknown), and last month's progress
    // text (so the plan has a progress column, and the lead wrote in it) is there unchanged
    // (the caller has checked). A file against itself, or a plan with no progress column,
    // is never 'not updated'.
    bool no_update(const ActionView& o, const ActionView& n) const {
        if (!old_.as_of || !new_.as_of || *new_.as_of <= *old_.as_of) return false;
        if (is_done(n.status) || n.status == Status::not_started) return false;
        return !trim(o[Field::progress]).empty();
    }

    static void compare_status(const ActionView& o, const ActionView& n, ActionChange& c) {
        if (o.status == n.status) return;
        std::string_view direction = worse_than(o.status, n.status) ? "improved" : worse_than(n.status, o.status) ? "worsened" : "changed";
        c.fields.push_back({to_string(Field::status), to_string(o.status), to_string(n.status), direction, {}, {}});
        if (is_done(n.status) && !is_done(o.status)) c.flags.push_back(Flag::newly_complete);
        if (n.status == Status::off_track) c.flags.push_back(Flag::newly_off_track);
    }

    // A deadline is its last day: 'Spring 2018' and 'End May 2018' are the same deadline.
    static void compare_due(const ActionView& o, const ActionView& n, ActionChange& c) {
        if (o.due_end && n.due_end) {
            if (*o.due_end == *n.due_end) return;
            long days = n.due_end->to_days() - o.due_end->to_days();
            c.fields.push_back({to_string(Field::due), o[Field::due], n[Field::due], days > 0 ? "slipped" : "brought_forward", days, {}});
            return;
        }
        if (o.due_end || n.due_end || !same_folded(o[Field::due], n[Field::due]))
            c.fields.push_back({to_string(Field::due), o[Field::due], n[Field::due], "changed", {}, {}});
    }
};

}  // namespace

void count_change(const ActionChange& c, DiffSummary& s) {
    switch (c.kind) {
        case ChangeKind::added: ++s.added; break;
        case ChangeKind::removed: ++s.removed; break;
        case ChangeKind::changed: ++s.changed; break;
        case ChangeKind::unchanged: ++s.unchanged; break;
    }
    for (const FieldChange& f : c.fields) {
        if (f.field == "status") s.status_improved += f.direction == "improved", s.status_worsened += f.direction == "worsened";
        else if (f.field == "due") s.deadline_slipped += f.direction == "slipped", s.deadline_brought_forward += f.direction == "brought_forward";
        else if (f.field == "owner") ++s.owner_changed;
        else if (f.field == "action") ++s.reworded;
        else if (f.field == "id") ++s.renumbered;
        else if (f.field == "section") ++s.moved;
        else if (f.field == "progress") ++s.progress_updated;
    }
    for (Flag f : c.flags) {
        if (f == Flag::newly_complete) ++s.newly_complete;
        else if (f == Flag::newly_off_track) ++s.newly_off_track;
        else if (f == Flag::newly_overdue) ++s.newly_overdue;
        else if (f == Flag::stale) ++s.stale;
    }
}


std::vector<WordSpan> word_diff(std::string_view old_text, std::string_view new_text) {
    std::vector<std::string> a = split_words(old_text), b = split_words(new_text);
    std::vector<WordSpan> out;
    if (a.size() > kMaxDiffWords || b.size() > kMaxDiffWords) {
        if (!a.empty()) out.push_back({WordSpan::removed, std::string(collapse_space(old_text))});
        if (!b.empty()) out.push_back({WordSpan::inserted, std::string(collapse_space(new_text))});
        return out;
    }
    std::vector<std::string> fa, fb;
    for (const auto& w : a) fa.push_back(fold_for_match(w));
    for (const auto& w : b) fb.push_back(fold_for_match(w));
    // Longest common subsequence of the folded words, then walked from the start.
    size_t n = a.size(), m = b.size();
    std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = fa[i] == fb[j] ? static_cast<uint16_t>(lcs[i + 1][j + 1] + 1) : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && fa[i] == fb[j]) add_span(out, WordSpan::same, b[j]), ++i, ++j;
        else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) add_span(out, WordSpan::inserted, b[j++]);
        else add_span(out, WordSpan::removed, a[i++]);
    }
    return out;
}

std::vector<ChangeSlot> change_order(const Version& old_plan, const Version& new_plan, const Alignment& alignment) {
    std::vector<int> pair_of_new(new_plan.size(), -1), partner_of_old(old_plan.size(), -1);
    for (size_t k = 0; k < alignment.pairs.size(); ++k) {
        pair_of_new[static_cast<size_t>(alignment.pairs[k].new_index)] = static_cast<int>(k);
        partner_of_old[static_cast<size_t>(alignment.pairs[k].old_index)] = alignment.pairs[k].new_index;
    }
    // A removed action is shown after the new place of the old action before it.
    std::vector<std::vector<int>> removed_after(new_plan.size() + 1);
    int anchor = 0;  // one past the new place of the last paired old action seen
    for (size_t i = 0; i < old_plan.size(); ++i) {
        if (partner_of_old[i] >= 0) anchor = partner_of_old[i] + 1;
        else removed_after[static_cast<size_t>(anchor)].push_back(static_cast<int>(i));
    }
    std::vector<ChangeSlot> order;
    order.reserve(new_plan.size() + alignment.removed.size());
    for (int i : removed_after[0]) order.push_back({i, -1, -1});
    for (size_t j = 0; j < new_plan.size(); ++j) {
        int k = pair_of_new[j];
        order.push_back({k >= 0 ? alignment.pairs[static_cast<size_t>(k)].old_index : -1, static_cast<int>(j), k});
        for (int i : removed_after[j + 1]) order.push_back({i, -1, -1});
    }
    return order;
}

ActionChange ChangeMaker::make(const ChangeSlot& slot, bool words) const {
    Differ differ(old_, new_);
    if (slot.pair >= 0) return differ.compare(alignment_.pairs[static_cast<size_t>(slot.pair)], words);
    return slot.new_index >= 0 ? differ.added(slot.new_index) : differ.removed(slot.old_index);
}

DiffSummary ChangeMaker::summarise(const std::vector<ChangeSlot>& order) const {
    auto [s, more] = in_two_halves(order.size(), kWorthASecondThread, [&](size_t begin, size_t end) {
        DiffSummary part;
        for (size_t k = begin; k < end; ++k) count_change(make(order[k], false), part);
        return part;
    });
    return s += more;
}

DiffSummary& DiffSummary::operator+=(const DiffSummary& o) {
    added += o.added, removed += o.removed, changed += o.changed, unchanged += o.unchanged;
    status_improved += o.status_improved, status_worsened += o.status_worsened;
    newly_complete += o.newly_complete, newly_off_track += o.newly_off_track;
    deadline_slipped += o.deadline_slipped, deadline_brought_forward += o.deadline_brought_forward;
    owner_changed += o.owner_changed, reworded += o.reworded, renumbered += o.renumbered, moved += o.moved;
    progress_updated += o.progress_updated, stale += o.stale, newly_overdue += o.newly_overdue;
    return *this;
}

PlanDiff diff_plans(const Version& old_plan, const Version& new_plan, const Alignment& alignment) {
    ChangeMaker maker(old_plan, new_plan, alignment);
    std::vector<ChangeSlot> order = change_order(old_plan, new_plan, alignment);
    PlanDiff d;
    d.changes.resize(order.size());
    in_two_halves(order.size(), kWorthASecondThread, [&](size_t begin, size_t end) {
        for (size_t k = begin; k < end; ++k) d.changes[k] = maker.make(order[k]);
        return end - begin;
    });
    for (const ActionChange& c : d.changes) count_change(c, d.summary);
    return d;
}

}  // namespace planbridge
