// The colour a Word cell shows from its w:shd (ECMA-376 §17.3.5): fill, pattern colour and
// pattern percentage, theme fills with tint/shade bytes. Table-style banding is not read here.
#pragma once
#include <optional>
#include <string_view>

#include "read/ooxml/theme.hpp"
#include "support/colour.hpp"

namespace planbridge::docx {

struct Shading {
    std::string_view val;  // pattern: clear, solid, nil, pct25, …
    std::string_view color, fill;
    std::string_view theme_fill, theme_fill_tint, theme_fill_shade;
};

// nullopt: no shading (nil, auto, or nothing given).
std::optional<Rgb> shading_colour(const Shading& s, const ooxml::Theme& theme);

}  // namespace planbridge::docx
