// RAG status of an action and where the reader found it.
#pragma once
#include <optional>
#include <string_view>

#include "model/date.hpp"

namespace planbridge {

// The scale, worst first: off_track, at_high_risk (amber/red on a five-point scale), at_risk
// (amber), not_started, at_low_risk (amber/green), on_track, complete, evidenced; and unknown.
enum class Status { not_started, on_track, at_risk, off_track, complete, evidenced, unknown, at_high_risk, at_low_risk };

// Where a status came from: a status column's words, a cell's fill colour, status words in the
// deadline or progress column, or nowhere.
enum class StatusSource { text, fill, deadline, progress, none };

std::string_view to_string(Status);
std::string_view to_string(StatusSource);
std::optional<Status> status_from_name(std::string_view);  // the snake_case names above
std::optional<StatusSource> status_source_from_name(std::string_view);

// The scale every report uses (diff's improved/worsened, the board's standing, merge):
// position from worst (off_track, 0) to best (evidenced, 7); unknown has no place.
std::optional<int> status_rank(Status);
// Complete or evidenced: nothing more to do.
bool is_done(Status);
// a stands lower on the scale than b; false when either is unknown (no place to compare).
bool worse_than(Status a, Status b);
// The deadline's last day is before the day the plan reports on, and the action is not done.
bool is_overdue(const std::optional<Date>& due_end, Status status, const std::optional<Date>& as_of);

}  // namespace planbridge
