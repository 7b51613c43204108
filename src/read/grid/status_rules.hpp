// Colour → status and words → status, written once for every format. The words and colour
// classes come from the profile.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/status.hpp"
#include "profile/profile.hpp"
#include "support/colour.hpp"

namespace planbridge {

enum class WordContext {
    status_column,  // 'R', 'Green', 'On track', 'Amber - some slippage'
    deadline,       // 'Completed' where a date should be
    progress,       // progress text that starts with a status: 'Complete.', 'In progress. …'
};

// prefix_only: prefix phrases at word boundaries; exact_and_prefix: also the whole text against
// exact phrases; any_word_prefix: exact phrases too may start the text ('G - On track');
// all: and whole-word 'contains' phrases.
enum class PhraseMatch { prefix_only, exact_and_prefix, any_word_prefix, all };
// The best hit for folded text: the whole text (exact phrases), its word prefixes (prefix
// phrases) and whole-word 'contains' phrases; phrases shorter than min_length are ignored.
PhraseIndex::Hit best_phrase_hit(const PhraseIndex& index, const std::string& folded, PhraseMatch match,
                                 size_t min_length = 0);

std::optional<Status> status_from_words(std::string_view text, const Profile& profile, WordContext context);

// The status a RAG key's meaning describes ('Action in progress but at risk of not completing
// on time'): every status phrase in the text counts, and the more telling wins — evidenced,
// not started, off track, at risk, on track, complete, in that order.
std::optional<Status> status_from_key_meaning(std::string_view text, const Profile& profile);

struct ColourVerdict {
    std::string name;              // 'red', 'amber', 'grey', 'white', 'black' or a profile class
    std::optional<Status> status;  // nullopt: the colour says nothing
};

// Classifies by hue, lightness and saturation, so any red, amber, green or blue an officer
// picks (pale 'Bad' FFC7CE as much as pure FF0000) lands in its class.
ColourVerdict classify_colour(Rgb colour, const Profile& profile);

}  // namespace planbridge
