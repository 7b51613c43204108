// A plan's own RAG key ('Key to RAG Rating': a shaded swatch beside each status's meaning),
// learnt from the rows above its first table. In that document a colour means what its key says,
// whatever hue it is, and an unshaded swatch says what blank means ('Not started' in one plan,
// nothing in another). Shared by every format.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/status.hpp"
#include "profile/profile.hpp"
#include "read/grid/grid.hpp"
#include "support/colour.hpp"

namespace planbridge {

struct ColourKey {
    std::vector<std::pair<Rgb, Status>> colours;
    std::optional<Status> blank;     // what an unshaded status cell means, when the key says
    std::vector<std::string> lines;  // for inspect: 'FF0000 → off_track ("Not on track")'

    bool empty() const { return colours.empty() && !blank; }
    // The status of the key colour nearest to c, when c is close to it or of the same colour
    // class (a pale and a strong red are one key entry); nullopt when the key does not say.
    std::optional<Status> status_of(Rgb c, const Profile& profile) const;
};

// Reads key rows (a swatch: a filled cell with at most a short code such as 'EV', or an
// unshaded one, beside a meaning that names a status) among 'rows'. A key needs two rows or more.
ColourKey learn_colour_key(const std::vector<const GridRow*>& rows, const Profile& profile);

}  // namespace planbridge
