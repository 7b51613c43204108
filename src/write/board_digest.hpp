// What a board reads first about a plan, decided once for the board workbook's Summary sheet and
// the board's email (write/mail_body): counts by status for each top-level section and the whole
// plan, and the lists of actions needing attention, each entry with what changed in the layout's
// words ('Amber → Red', 'End March 2018 → End June 2018 (+91 days)').
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "write/board_changes.hpp"
#include "write/layout.hpp"

namespace planbridge {

struct SectionCounts {
    std::string section;  // the top-level section, '(no section)', or 'Whole plan' (last)
    std::map<Status, int> by_status;
    int total() const;
};

// How many entries of a list the Summary sheet and the mail show; the rest are counted.
constexpr size_t kListShown = 10;

// Where a list's entries past what is shown can be found.
enum class ListRest { changes_sheet, actions_sheet };

struct DigestList {
    std::string name;     // stable: newly_off_track, worsened, off_track, overdue, slipped, no_update, newly_complete
    std::string heading;  // 'Newly off track'
    std::vector<size_t> actions;       // indices into the plan's actions, in the plan's order
    std::vector<std::string> changes;  // what changed, for each of them
    ListRest rest = ListRest::changes_sheet;
};

struct PlanDigest {
    std::vector<SectionCounts> counts;  // the whole plan last
    std::vector<DigestList> lists;      // worst first: with changes, newly off track, worsened, overdue,
                                        // slipped, no update, newly complete; without, off track, overdue
    const SectionCounts& whole() const { return counts.back(); }
};

PlanDigest digest_plan(const Plan& plan, const Layout& layout, const std::optional<Date>& as_of, const ChangeSet* changes);

// The change of each action of the plan (by index), null where none or without changes.
std::vector<const ActionChange*> change_of_each(const Plan& plan, const ChangeSet* changes);

}  // namespace planbridge
