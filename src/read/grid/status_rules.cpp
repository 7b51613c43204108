#include "read/grid/status_rules.hpp"

#include <algorithm>
#include <vector>

#include "support/strings.hpp"

namespace planbridge {

PhraseIndex::Hit best_phrase_hit(const PhraseIndex& index, const std::string& t, PhraseMatch match, size_t min_length) {
    PhraseIndex::Hit best;
    auto consider = [&](const StringMap<PhraseIndex::Hit>& m, std::string_view key) {
        if (key.size() < min_length) return;
        auto it = m.find(key);
        if (it != m.end() && it->second.score > best.score) best = it->second;
    };
    if (match != PhraseMatch::prefix_only) consider(index.exact, t);
    // Prefixes at word boundaries, up to the longest phrase's word count.
    size_t words = 0;
    size_t max_words = std::max<size_t>(index.longest_prefix_words, match == PhraseMatch::any_word_prefix ? 2 : 0);
    for (size_t i = 0; i <= t.size() && words < max_words; ++i) {
        if (i == t.size() || t[i] == ' ') {
            ++words;
            consider(index.prefix, std::string_view(t).substr(0, i));
            if (match == PhraseMatch::any_word_prefix) consider(index.exact, std::string_view(t).substr(0, i));
        }
    }
    if (match == PhraseMatch::all) {
        for (const auto& [phrase, hit] : index.contains) {
            if (hit.score <= best.score) continue;
            size_t pos = 0;
            while ((pos = t.find(phrase, pos)) != std::string::npos) {
                bool start = pos == 0 || t[pos - 1] == ' ';
                bool end = pos + phrase.size() == t.size() || t[pos + phrase.size()] == ' ';
                if (start && end) {
                    best = hit;
                    break;
                }
                ++pos;
            }
        }
    }
    return best;
}

std::optional<Status> status_from_words(std::string_view text, const Profile& profile, WordContext context) {
    thread_local std::string t;
    fold_for_match_into(text.substr(0, 200), t);
    if (t.empty()) return std::nullopt;
    const PhraseIndex& idx = profile.status_word_index;
    PhraseIndex::Hit hit;
    if (context == WordContext::status_column) {
        // A status cell may be a letter or word followed by its meaning: 'G - On track', 'R (blocked)'.
        hit = best_phrase_hit(idx, t, PhraseMatch::any_word_prefix);
    } else {
        // In free text only phrases of three letters or more, and only prefix-style words
        // (single letters and exact-only words never count) — but a deadline cell that is
        // exactly a longer exact-only word ('Met') does.
        hit = best_phrase_hit(idx, t, PhraseMatch::prefix_only, 3);
        if (context == WordContext::deadline && t.size() >= 3) {
            auto it = idx.exact.find(t);
            if (it != idx.exact.end() && it->second.score > hit.score) hit = it->second;
        }
    }
    if (hit.score == 0) return std::nullopt;
    return static_cast<Status>(hit.value);
}

std::optional<Status> status_from_key_meaning(std::string_view text, const Profile& profile) {
    std::string t = fold_for_match(text.substr(0, 300));
    if (t.empty()) return std::nullopt;
    const PhraseIndex& idx = profile.status_word_index;
    std::vector<Status> found;
    if (auto it = idx.exact.find(t); it != idx.exact.end()) found.push_back(static_cast<Status>(it->second.value));
    for (size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && t[i - 1] != ' ') continue;
        PhraseIndex::Hit hit = best_phrase_hit(idx, t.substr(i), PhraseMatch::prefix_only, 3);
        if (hit.score > 0) found.push_back(static_cast<Status>(hit.value));
    }
    for (Status s : {Status::evidenced, Status::not_started, Status::off_track, Status::at_high_risk, Status::at_risk, Status::at_low_risk,
                     Status::on_track, Status::complete})
        if (std::find(found.begin(), found.end(), s) != found.end()) return s;
    return std::nullopt;
}

ColourVerdict classify_colour(Rgb colour, const Profile& profile) {
    Hls h = to_hls(colour);
    if (h.l >= profile.white_lightness) return {"white", std::nullopt};
    if (h.l <= profile.black_lightness) return {"black", std::nullopt};
    if (h.s < profile.grey_saturation) return {"grey", profile.grey_status};
    for (const ColourClass& c : profile.colours) {
        bool inside = c.hue_from <= c.hue_to ? (h.h >= c.hue_from && h.h < c.hue_to)
                                             : (h.h >= c.hue_from || h.h < c.hue_to);
        if (inside) return {c.name, c.status};
    }
    return {"other", std::nullopt};
}

}  // namespace planbridge
