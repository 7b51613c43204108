#include "write/diff_attention.hpp"

#include <algorithm>

namespace planbridge {

namespace {

bool has_flag(const ActionChange& c, Flag f) { return std::find(c.flags.begin(), c.flags.end(), f) != c.flags.end(); }

bool moved(const ActionChange& c, std::string_view field, std::string_view direction) {
    const FieldChange* f = c.field(field);
    return f && f->direction == direction;
}

bool is(const ActionChange& c, Attention a) {
    switch (a) {
        case Attention::newly_off_track: return has_flag(c, Flag::newly_off_track);
        case Attention::worsened: return moved(c, "status", "worsened") && !has_flag(c, Flag::newly_off_track);
        case Attention::newly_overdue: return has_flag(c, Flag::newly_overdue);
        case Attention::slipped: return moved(c, "due", "slipped");
        case Attention::newly_complete: return has_flag(c, Flag::newly_complete);
        case Attention::no_update: return has_flag(c, Flag::stale);
    }
    return false;
}

}  // namespace

std::string_view attention_label(Attention a) {
    switch (a) {
        case Attention::newly_off_track: return "newly off track";
        case Attention::worsened: return "worsened";
        case Attention::newly_overdue: return "newly overdue";
        case Attention::slipped: return "deadline slipped";
        case Attention::newly_complete: return "newly complete";
        case Attention::no_update: return "no update this month";
    }
    return "";
}

std::string_view attention_tone(Attention a) {
    if (a == Attention::newly_complete) return "good";
    return a == Attention::slipped || a == Attention::no_update ? "warn" : "bad";
}

std::vector<AttentionEntry> read_first(const PlanDiff& diff, bool with_no_update) {
    std::vector<AttentionEntry> out;
    for (Attention a : {Attention::newly_off_track, Attention::worsened, Attention::newly_overdue, Attention::slipped,
                        Attention::newly_complete, Attention::no_update}) {
        if (a == Attention::no_update && !with_no_update) continue;
        for (const ActionChange& c : diff.changes)
            if (is(c, a)) out.push_back({a, &c});
    }
    return out;
}

}  // namespace planbridge
