// An import profile: heading synonyms, status words, colour classes and date conventions
// (templates/profiles/*.xml, validated against templates/schema/profile.xsd).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/due_date.hpp"
#include "model/status.hpp"

namespace planbridge {

enum class Field { id, action, owner, due, status, progress, measure, resources, recommendation, extra };
std::string_view to_string(Field);

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

struct ColourClass {
    std::string name;
    double hue_from, hue_to;  // degrees; from > to wraps through 0 (red)
    std::optional<Status> status;
};

struct Profile {
    std::vector<std::string> names;  // the profiles merged into this one, in order
    std::vector<HeadingRule> headings;
    std::vector<StatusWord> status_words;
    std::vector<ColourClass> colours;
    double grey_saturation = 0.15;
    double white_lightness = 0.96;
    double black_lightness = 0.08;
    std::optional<Status> grey_status;
    Status blank_status = Status::unknown;
    DateConventions dates;
};

// The built-in default profile (templates/profiles/default.xml compiled in).
const Profile& default_profile();
// Reads, validates and merges a profile file on top of base: its headings, words and colour
// classes come first (so they win ties), its settings replace base's.
Profile load_profile_file(const std::string& path, const Profile& base);
// The same from XML text; 'name' labels errors.
Profile load_profile_text(std::string_view xml, const std::string& name, const Profile& base);

}  // namespace planbridge
