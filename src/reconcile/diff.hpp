// What changed between two versions of a plan, in the plan's terms (docs/reconcile.md): status
// improved or worsened, newly complete, deadline slipped or brought forward by N days, owner
// changed, action reworded, reference renumbered, moved to another section, progress updated —
// and progress not updated (stale), newly overdue, added, removed.
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"
#include "reconcile/match.hpp"

namespace planbridge {

enum class ChangeKind { added, removed, changed, unchanged };
std::string_view to_string(ChangeKind);     // the stable name JSON and CSV carry: 'added'
std::string_view change_label(ChangeKind);  // what a person reads: 'Added'

// A piece of a word-level diff: words kept, taken out or put in.
struct WordSpan {
    enum Kind { same, removed, inserted } kind;
    std::string text;
};

// The values are views, not copies (a diff of two big plans would otherwise hold most of their
// text a second time): into the two versions, which must outlive the diff, or into the change's
// own texts for a value worked out here (a section path joined into one line).
struct FieldChange {
    std::string_view field;  // status, due, owner, action, progress, id, section
    std::string_view old_value, new_value;
    std::string_view direction;  // status: improved / worsened / changed; due: slipped / brought_forward / changed
    std::optional<long> days;    // due: how many days the deadline moved (later positive)
    std::vector<WordSpan> words;  // action: the word-level diff
};

// Conditions of an action in the new version worth a board's attention, changed or not.
// stale: no update this month (Differ::no_update says exactly when).
enum class Flag { newly_complete, newly_off_track, newly_overdue, stale };
std::string_view to_string(Flag);  // the stable name JSON and CSV carry: 'newly_overdue', 'stale'
std::string_view flag_label(Flag);  // what a person reads: 'newly overdue', 'no update this month'


struct ActionChange {
    ChangeKind kind = ChangeKind::unchanged;
    int old_index = -1;  // -1 when added
    int new_index = -1;  // -1 when removed
    std::vector<FieldChange> fields;
    std::vector<Flag> flags;
    std::optional<ActionPair> match;  // how the pair was made (absent when added/removed)
    std::vector<std::shared_ptr<const std::string>> texts;  // values no plan holds as such (fields view them)

    const FieldChange* field(std::string_view name) const;
};

// The counts a board reads first.
struct DiffSummary {
    int added = 0, removed = 0, changed = 0, unchanged = 0;
    int status_improved = 0, status_worsened = 0, newly_complete = 0, newly_off_track = 0;
    int deadline_slipped = 0, deadline_brought_forward = 0, owner_changed = 0, reworded = 0;
    int renumbered = 0, moved = 0, progress_updated = 0, stale = 0, newly_overdue = 0;

    DiffSummary& operator+=(const DiffSummary&);
    bool any_change() const { return added + removed + changed > 0; }
};

struct PlanDiff {
    std::vector<ActionChange> changes;  // the new plan's order, each removed action after its old predecessor's partner
    DiffSummary summary;
    bool any_change() const { return summary.any_change(); }
};

// The versions must outlive the diff: its values are views into them.
PlanDiff diff_plans(const Version& old_version, const Version& new_version, const Alignment& alignment);

// The same, a piece at a time, for a report written as it goes (a big diff is never held whole).
// Where each change goes, decided before any is made: the new plan's order, each removed action
// after the new place of the old action before it.
struct ChangeSlot {
    int old_index = -1;  // -1 when added
    int new_index = -1;  // -1 when removed
    int pair = -1;       // index in alignment.pairs, -1 when added or removed
};
std::vector<ChangeSlot> change_order(const Version& old_version, const Version& new_version, const Alignment& alignment);

// Makes the change of a slot; safe to use from several threads at once.
class ChangeMaker {
public:
    ChangeMaker(const Version& old_version, const Version& new_version, const Alignment& alignment)
        : old_(old_version), new_(new_version), alignment_(alignment) {}
    // words: the action's word-level diff too (a summary does not need it).
    ActionChange make(const ChangeSlot& slot, bool words = true) const;
    // The summary of all the changes, none of them kept.
    DiffSummary summarise(const std::vector<ChangeSlot>& order) const;

private:
    const Version& old_;
    const Version& new_;
    const Alignment& alignment_;
};

// Adds one change to the summary's counts.
void count_change(const ActionChange& c, DiffSummary& s);

// Word-level diff of two texts: words compared folded, shown as written in the new text (or
// the old, for removed words).
std::vector<WordSpan> word_diff(std::string_view old_text, std::string_view new_text);

}  // namespace planbridge
