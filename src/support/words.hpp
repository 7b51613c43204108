// Words of plan text for comparing texts: folded (lower case, punctuation as spaces), common
// words left out ('we', 'will', 'the' …), and a plural, '-ing' or '-ed' ending set aside so
// 'meetings'/'meeting' and 'planning'/'plan' meet. Shared by the grid step (which recommendation
// a commitment restates) and reconcile (which actions of two versions are the same).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

// Content words in order of first appearance, each once.
std::vector<std::string> content_words(std::string_view text);

// Every word of the text folded, in order, stop words included (for word-level diffs).
std::vector<std::string> folded_words(std::string_view text);

// The share of a's content words that b has too, 0..1 (0 when a has none).
double shared_word_share(std::string_view a, std::string_view b);

}  // namespace planbridge
