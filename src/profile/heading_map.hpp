// Telling planbridge what a council's headings mean without writing a profile:
// --map 'What?=action,Who?=owner,RAG=status'. Each heading is matched exactly (as headings
// are, folded: case, punctuation and spacing aside) and wins over every built-in synonym;
// 'extra' keeps a column as it is, under its heading.
#pragma once
#include <string_view>
#include <utility>
#include <vector>

#include "model/fields.hpp"
#include "profile/profile.hpp"

namespace planbridge {

// 'What?=action,Who?=owner' → its pairs, headings as written. Throws PlanError(usage) naming
// --map for a pair without '=', an empty heading, or a field that does not exist (listing them).
std::vector<std::pair<std::string, Field>> parse_heading_map(std::string_view text);

// Puts the pairs first among the profile's heading rules, above any built-in one.
void add_heading_map(Profile& profile, const std::vector<std::pair<std::string, Field>>& map);

}  // namespace planbridge
