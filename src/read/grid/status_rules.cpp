#include "read/grid/status_rules.hpp"

#include "support/strings.hpp"

namespace planbridge {

std::optional<Status> status_from_words(std::string_view text, const Profile& profile, WordContext context) {
    std::string t = fold_for_match(text);
    if (t.empty()) return std::nullopt;
    const StatusWord* best = nullptr;
    for (const StatusWord& w : profile.status_words) {
        const std::string& p = w.phrase;
        if (p.empty() || (best && best->phrase.size() >= p.size())) continue;
        // Single letters (R, A, G) only count as a whole status cell.
        if (context != WordContext::status_column && (w.match == MatchMode::exact || p.size() < 3)) {
            if (!(context == WordContext::deadline && t == p && p.size() >= 3)) continue;
        }
        bool hit = t == p;
        if (!hit && w.match != MatchMode::exact)
            hit = t.size() > p.size() && t.compare(0, p.size(), p) == 0 && t[p.size()] == ' ';
        if (hit) best = &w;
    }
    if (!best) return std::nullopt;
    return best->status;
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
