// Merging leads' returns into the master plan (issue 15): a three-way merge of each return
// against BASE. A field one return changed is taken; the same change in several is taken once;
// different changes to one field of one action are a conflict, kept with every value and who
// sent it, never silently resolved (MergeOptions says how when asked). An edit to an action
// the sender does not lead is taken but flagged; an action added in a return is added; one
// missing from a return is kept and reported. Nothing a return changed is lost: every change
// ends in the merged plan or in a conflict.
#pragma once
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace planbridge {

struct ReturnedCopy {
    std::string sender;  // who sent it: the file name as given
    const Plan* plan = nullptr;
};

struct MergeOptions {
    std::string prefer;      // a conflict goes to this sender (a file name, or a lead) when it is one of them
    bool take_later = false; // a conflict goes to the return given last
};

// The fields a merge compares and takes, by stable name (model/fields.hpp).
struct MergedValue {
    std::string sender, value;
};

struct FieldConflict {
    std::string key, id, action;  // the base action
    std::string field;
    std::string base;
    std::vector<MergedValue> values;  // each different value, with who sent it
    std::string resolved_to;          // the sender whose value was taken, or '' (base kept)
};

struct TakenEdit {
    std::string key, id, action, field, from, to;
    std::vector<std::string> senders;  // one, or several that sent the same change
    bool off_owner = false;            // no sender leads the action
};

struct AddedAction {
    std::string sender, action;
};

struct MissingAction {
    std::string sender, key, id, action;  // in the base, led by the sender, but not in their return
};

struct MergeReport {
    std::vector<TakenEdit> taken;
    std::vector<FieldConflict> conflicts;
    std::vector<AddedAction> added;
    std::vector<MissingAction> missing;
    std::vector<std::string> stale;  // returns that report on an earlier date than BASE: why
    // Returns left out because their actions do not match BASE's (another council's or another
    // year's plan, a file that is not this plan): why.
    std::vector<std::string> refused;
    std::vector<std::string> notes;  // two returns from one lead, and the like
    // Leads none of whose actions any return changed, with how many actions they lead.
    std::vector<std::pair<std::string, int>> no_update;
    bool clean() const;  // no conflict left unresolved
};

struct MergeResult {
    Plan merged;
    MergeReport report;
};

MergeResult merge_returns(const Plan& base, const std::vector<ReturnedCopy>& returns, const MergeOptions& options = {});

}  // namespace planbridge
