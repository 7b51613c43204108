#include "read/grid/colour_key.hpp"

#include <cstdlib>

#include "read/grid/status_rules.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr int kNearDistance = 48;  // sum of channel differences still read as the same swatch
constexpr size_t kMaxCode = 3;     // 'R', 'EV', 'G/A': longer text is not a swatch

int distance(Rgb a, Rgb b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); }

bool shaded(const GridCell& c, const Profile& profile) { return c.fill && classify_colour(*c.fill, profile).name != "white"; }

struct KeyRow {
    std::optional<Rgb> colour;  // nullopt: the unshaded swatch
    Status status;
    std::string meaning;
};

std::optional<KeyRow> key_row(const GridRow& row, const Profile& profile) {
    if (row.cells.size() < 2) return std::nullopt;
    const GridCell& swatch = row.cells[0];
    if (trim(swatch.text).size() > kMaxCode) return std::nullopt;
    for (size_t c = 1; c < row.cells.size(); ++c) {
        const GridCell& meaning = row.cells[c];
        if (is_blank(meaning.text)) continue;
        std::string text = collapse_space(meaning.text);
        // A code in the swatch ('EV') says it first; else the meaning's most telling words.
        std::optional<Status> s;
        if (!trim(swatch.text).empty()) s = status_from_words(trim(swatch.text), profile, WordContext::status_column);
        if (!s) s = status_from_key_meaning(text, profile);
        if (!s) return std::nullopt;
        // A code with no shading ('R = off track') is a word key, not a colour: and only an
        // empty, unshaded swatch says what blank means.
        if (!shaded(swatch, profile) && !trim(swatch.text).empty()) return std::nullopt;
        std::optional<Rgb> colour = shaded(swatch, profile) ? swatch.fill : std::nullopt;
        return KeyRow{colour, *s, text};
    }
    return std::nullopt;
}

}  // namespace

std::optional<Status> ColourKey::status_of(Rgb c, const Profile& profile) const {
    const std::pair<Rgb, Status>* nearest = nullptr;
    for (const auto& e : colours)
        if (!nearest || distance(c, e.first) < distance(c, nearest->first)) nearest = &e;
    if (!nearest) return std::nullopt;
    if (distance(c, nearest->first) <= kNearDistance) return nearest->second;
    std::string cls = classify_colour(c, profile).name;
    for (const auto& e : colours)
        if (classify_colour(e.first, profile).name == cls) return e.second;
    return std::nullopt;
}

ColourKey learn_colour_key(const std::vector<const GridRow*>& rows, const Profile& profile) {
    std::vector<KeyRow> found;
    for (const GridRow* r : rows)
        if (auto k = key_row(*r, profile)) found.push_back(*k);
    ColourKey key;
    size_t shaded_rows = 0;
    for (const KeyRow& k : found) shaded_rows += k.colour.has_value();
    if (found.size() < 2 || shaded_rows == 0) return key;
    for (const KeyRow& k : found) {
        std::string line = (k.colour ? k.colour->hex() : std::string("unshaded")) + " → " + std::string(to_string(k.status)) +
                           " (\"" + k.meaning + "\")";
        key.lines.push_back(line);
        if (k.colour) key.colours.emplace_back(*k.colour, k.status);
        else key.blank = k.status;
    }
    return key;
}

}  // namespace planbridge
