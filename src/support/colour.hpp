// sRGB colours as Office files store them, with the conversions status detection needs.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
    std::string hex() const;  // 'RRGGBB'
};

struct Hls {
    double h = 0;  // degrees 0..360
    double l = 0;  // 0..1
    double s = 0;  // 0..1
};

// 'RRGGBB', '#RRGGBB', 'AARRGGBB' (alpha ignored, as Excel does), 'rgb(…)' is not accepted here.
std::optional<Rgb> parse_hex_colour(std::string_view);
Hls to_hls(Rgb);
Rgb from_hls(Hls);
// ECMA-376 §18.8.19 tint: negative darkens, positive lightens, applied to HLS lightness.
Rgb apply_tint(Rgb, double tint);
// Word's w:themeShade / w:themeTint: bytes 00..FF.
Rgb apply_shade_byte(Rgb, int shade);
Rgb apply_tint_byte(Rgb, int tint);
// Blend of two colours, fraction of 'a' in 0..1 (Word's pctNN shading patterns).
Rgb blend(Rgb a, Rgb b, double fraction_a);

}  // namespace planbridge
