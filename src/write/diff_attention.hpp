// What a board reads first in a diff, worst first — newly off track, worsened, newly overdue,
// deadline slipped, newly complete, no update this month — decided once for the text and HTML
// reports.
#pragma once
#include <string_view>
#include <vector>

#include "reconcile/diff.hpp"

namespace planbridge {

enum class Attention { newly_off_track, worsened, newly_overdue, slipped, newly_complete, no_update };

struct AttentionEntry {
    Attention why;
    const ActionChange* change;
};

std::string_view attention_label(Attention a);  // 'newly off track', 'deadline slipped'
// How a report colours it: 'bad' (red), 'warn' (amber: slipped, no update), 'good' (newly complete).
std::string_view attention_tone(Attention a);

// Grouped by condition in the order above, each group in the new plan's order. A change
// counted as newly off track is not listed again as worsened.
std::vector<AttentionEntry> read_first(const PlanDiff& diff, bool with_no_update);

}  // namespace planbridge
