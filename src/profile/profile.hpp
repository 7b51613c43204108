// An import profile: heading synonyms, status words, colour classes and date conventions
// (templates/profiles/*.xml, validated against templates/schema/profile.xsd).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/due_date.hpp"
#include "model/fields.hpp"
#include "model/status.hpp"

namespace planbridge {

// Each heading rule names a field of the model's one table (model/fields.hpp).

enum class MatchMode { exact, prefix, contains };

struct HeadingRule {
    std::string phrase;  // folded (see fold_for_match)
    Field field;
    MatchMode match;
    int priority;
};

struct StatusWord {
    std::string phrase;  // folded
    Status status;
    MatchMode match;
};

// What a label row ('Related Ofsted recommendation | 6) …') gives the actions below it.
enum class ContextRole { section, recommendations, measure, owner, extra };

struct ContextLabel {
    std::string phrase;  // folded
    ContextRole role;
    MatchMode match;  // exact or prefix
};

struct ColourClass {
    std::string name;
    double hue_from, hue_to;  // degrees; from > to wraps through 0 (red)
    std::optional<Status> status;
};

// Lookup tables over the rules above, so matching a cell costs a few hash lookups rather than
// a pass over every rule (the header scan sees every cell of every row).
// Hashes string_views and strings alike, so lookups need not build a std::string.
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

struct PhraseIndex {
    struct Hit {
        int value = 0;  // Field or Status, as int
        int score = 0;
    };
    StringMap<Hit> exact;   // the whole text equals the phrase
    StringMap<Hit> prefix;  // the text starts with the phrase + ' '
    std::vector<std::pair<std::string, Hit>> contains;
    size_t longest_prefix_words = 0;
    // First words of every exact/prefix phrase: text whose first word is not here can only
    // match a 'contains' phrase (a cheap test before folding the whole text).
    StringMap<bool> first_words;
    // Bit n of first_word_lengths[c] is set when a first word starting with byte c has n bytes
    // (n < 64): most words of data cells are ruled out by it without hashing.
    uint64_t first_word_lengths[256] = {};
    bool may_be_first_word(std::string_view w) const {
        if (w.empty() || w.size() >= 64) return first_words.count(w) > 0;
        return (first_word_lengths[static_cast<unsigned char>(w[0])] >> w.size() & 1) && first_words.count(w) > 0;
    }

    // Keeps the better hit (the first added wins ties).
    static void add(StringMap<Hit>& m, const std::string& phrase, Hit h);
};

struct Profile {
    std::vector<std::string> names;  // the profiles merged into this one, in order
    std::vector<HeadingRule> headings;
    std::vector<StatusWord> status_words;
    std::vector<ContextLabel> context_labels;
    std::vector<ColourClass> colours;
    double grey_saturation = 0.15;
    double white_lightness = 0.96;
    double black_lightness = 0.08;
    std::optional<Status> grey_status;
    Status blank_status = Status::unknown;
    DateConventions dates;

    PhraseIndex heading_index;      // built from headings by build_indexes()
    PhraseIndex status_word_index;  // built from status_words
    void build_indexes();
    // The role of a label cell's folded text, when it is one of context_labels.
    std::optional<ContextRole> context_role(std::string_view folded) const;
};

// The built-in default profile (templates/profiles/default.xml compiled in).
const Profile& default_profile();
// Reads, validates and merges a profile file on top of base: its headings, words and colour
// classes come first (so they win ties), its settings replace base's.
Profile load_profile_file(const std::string& path, const Profile& base);
// The same from XML text; 'name' labels errors.
Profile load_profile_text(std::string_view xml, const std::string& name, const Profile& base);

}  // namespace planbridge
