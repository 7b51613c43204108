// Parallel numbered paragraphs (issue 14): a committee paper's row may hold several actions
// in one cell — '1. Audit plans' '2. Train managers' — with their leads and dates numbered
// alike in the cells beside it. Such a row is that many actions.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

// The paragraphs of a text numbered 1., 2., … (or 1), 2), …) from the start, each without its
// number; empty when the text is not such a list of at least two.
std::vector<std::string> numbered_paragraphs(std::string_view text);

}  // namespace planbridge
