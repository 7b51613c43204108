// Rows that describe the actions below them instead of being actions (docs/model.md, "Context
// rows"): the label rows of a workstream's outcome table ('Outcome | …', 'Related Ofsted
// recommendation | 6) …', 'How will we know we have done it? | …') and the commitment row above
// an action table's header ('Improvement Commitment | We will …'). The labels and what each
// gives an action come from the profile (<context-labels>). Shared by every format.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/plan.hpp"
#include "profile/profile.hpp"
#include "read/grid/grid.hpp"

namespace planbridge {

struct LabelRow {
    ContextRole role = ContextRole::extra;
    std::string label;       // as written, on one line ('How will we know we have done it?')
    std::string value;       // the row's other own cells, tidied; lines kept
    bool continued = false;  // the label cell is merged down from the row above: more of its value
};

// Row 'index' as a label row: its first own cell (or a label merged down into its first column)
// is one of the profile's labels, and at most one other own cell holds text.
std::optional<LabelRow> label_row(const GridRow& row, int index, const Profile& profile);
// The same with the row's own and carried cells already found (the common case: a plan row of
// many cells is ruled out at once).
std::optional<LabelRow> label_row(const GridRow& row, const RowCells& rc, const Profile& profile);

// What the label rows above some actions say about them, until the next workstream.
class ActionContext {
public:
    // A label row other than a section: replaces an earlier value under the same label, or adds
    // to it when continued. The first label row after an action has taken the context starts a
    // new context (the next workstream's outcome table).
    void add(const LabelRow& row, std::vector<Recommendation>& plan_recommendations);
    void clear() { entries_.clear(), used_ = false, narrowed_entry_ = nullptr; }
    bool empty() const { return entries_.empty(); }
    // The action takes the context: its recommendations are added, its measure and owner filled
    // where it has none, and every other label kept as an extra field under the label.
    // commitment: the commitment the action's table answers ('' when none); when it plainly
    // restates some of the workstream's recommendations, only those are the action's.
    void apply(Action& a, const std::string& commitment);

private:
    struct Entry {
        ContextRole role;
        std::string label;
        std::string folded;
        std::string value;
        std::vector<std::pair<std::string, std::string>> items;  // recommendations: number, text
    };
    std::vector<Entry> entries_;
    bool used_ = false;
    // The numbers chosen for the last commitment seen (worked out once per commitment).
    std::string narrowed_for_;
    const Entry* narrowed_entry_ = nullptr;
    std::vector<std::string> narrowed_;

    void read_numbers(Entry& e, std::vector<Recommendation>& plan_recommendations);
    const std::vector<std::string>& numbers_for(const Entry& e, const std::string& commitment);
};

}  // namespace planbridge
