// Continuation rows: a plan row that carries on the action above instead of starting one.
// A row with no action text and no reference adds its cells to the action above (a long
// progress note, 'End Sept' over '2017'); a row with action text but a blank reference under
// the previous action's, in the same section, is another action under that reference (the
// reference cell was left blank, or merged down, by the author). Shared by every format.
#pragma once
#include "model/plan.hpp"

namespace planbridge {

// Adds 'from's texts, due phrase and extra fields to 'into', but not its identity (reference,
// action text).
void merge_continuation(Action& into, const Action& from);

// 'a' has no reference of its own: it takes 'previous's reference (and its recommendations,
// when it names none) when the table has a reference column and both are in one section.
void inherit_reference(Action& a, const Action& previous, bool table_has_reference_column);

// A row of the same numbered item as 'previous' ('1b' after '1a', or no reference of its own)
// in a file that keeps no merged cells (CSV): the lead and recommendations it leaves blank are
// those above, as the merged cells gave them in the workbook it was saved from. (Not the
// measure: plans leave it blank on an item's later rows in the workbook too.)
bool same_item(const Action& a, const Action& previous, bool had_own_id);
void fill_merged_blanks(Action& a, const Action& previous);

}  // namespace planbridge
