#include "read/docx/shading.hpp"

#include <string>

#include "support/strings.hpp"

namespace planbridge::docx {

namespace {

std::optional<Rgb> hex_or_auto(std::string_view v) {
    if (v.empty() || v == "auto") return std::nullopt;
    return parse_hex_colour(v);
}

// Word writes the resolved colour in w:fill beside w:themeFill; the theme is the fallback.
std::optional<Rgb> fill_colour(const Shading& s, const ooxml::Theme& theme) {
    if (auto c = hex_or_auto(s.fill)) return c;
    if (s.theme_fill.empty()) return std::nullopt;
    std::optional<Rgb> c = theme.by_name(s.theme_fill);
    if (!c) return std::nullopt;
    if (s.theme_fill_shade.size() == 2) c = apply_shade_byte(*c, hex_digit_value(s.theme_fill_shade[0]) * 16 + hex_digit_value(s.theme_fill_shade[1]));
    if (s.theme_fill_tint.size() == 2) c = apply_tint_byte(*c, hex_digit_value(s.theme_fill_tint[0]) * 16 + hex_digit_value(s.theme_fill_tint[1]));
    return c;
}

}  // namespace

std::optional<Rgb> shading_colour(const Shading& s, const ooxml::Theme& theme) {
    if (s.val == "nil") return std::nullopt;
    if (s.val == "solid") return hex_or_auto(s.color).value_or(Rgb{0, 0, 0});  // auto ink is black
    if (s.val.size() > 3 && s.val.substr(0, 3) == "pct") {
        // pctN: N % of the pattern colour over the fill (auto: black over white).
        int n = 0;
        for (char c : s.val.substr(3)) n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : n;
        Rgb ink = hex_or_auto(s.color).value_or(Rgb{0, 0, 0});
        Rgb paper = fill_colour(s, theme).value_or(Rgb{255, 255, 255});
        return blend(ink, paper, n / 100.0);
    }
    return fill_colour(s, theme);  // clear, stripes and crosses: the fill
}

}  // namespace planbridge::docx
