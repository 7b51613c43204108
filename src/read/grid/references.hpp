// Action references and Ofsted recommendation numbers pulled out of text: '1a', '1.01',
// '1.1 Ofsted Recommendation Number 3 and Ofsted Recommendation Number 7', '6) Undertake …'.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/plan.hpp"

namespace planbridge {

// '1a', '1.01', '2.3', '15c', 'A1', 'A.2', '7)': a reference and nothing else.
bool looks_like_bare_id(std::string_view text);

struct IdCell {
    std::string id;
    std::vector<std::string> recommendations;
};
// The reference at the start of a cell and any recommendation numbers after it.
IdCell split_id_cell(std::string_view text);

// Numbers after 'recommendation' ('Recommendation Number 3 and … Number 7', 'recommendations 2, 4').
std::vector<std::string> recommendation_numbers(std::string_view text);

// Numbered items at the start of lines: '6) Undertake …' → {'6', 'Undertake …'}.
std::vector<std::pair<std::string, std::string>> numbered_items(std::string_view text);

// Records recommendation 'number' in the plan's list (text kept when first known).
void note_recommendation(std::vector<Recommendation>& plan_recommendations, const std::string& number, std::string_view text);

// A recommendation column's cell: numbered items ('6) Undertake …'), 'Recommendation 3', bare
// numbers ('3, 7'), or text with no number, which takes the number of the action's reference
// ('1a' → 1). Adds them to the action's numbers and the plan's list.
void read_recommendation_cell(const std::string& text, Action& a, std::vector<Recommendation>& plan_recommendations);

}  // namespace planbridge
