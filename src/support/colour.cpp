#include "support/colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "support/strings.hpp"

namespace planbridge {

std::string Rgb::hex() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02X%02X%02X", r, g, b);
    return buf;
}


std::optional<Rgb> parse_hex_colour(std::string_view s) {
    if (!s.empty() && s.front() == '#') s.remove_prefix(1);
    if (s.size() == 8) s.remove_prefix(2);
    if (s.size() == 3) {  // CSS short form #F00
        int v[3];
        for (int i = 0; i < 3; ++i)
            if ((v[i] = hex_digit_value(s[static_cast<size_t>(i)])) < 0) return std::nullopt;
        return Rgb{static_cast<uint8_t>(v[0] * 17), static_cast<uint8_t>(v[1] * 17), static_cast<uint8_t>(v[2] * 17)};
    }
    if (s.size() != 6) return std::nullopt;
    int v[6];
    for (size_t i = 0; i < 6; ++i)
        if ((v[i] = hex_digit_value(s[i])) < 0) return std::nullopt;
    return Rgb{static_cast<uint8_t>(v[0] * 16 + v[1]), static_cast<uint8_t>(v[2] * 16 + v[3]),
               static_cast<uint8_t>(v[4] * 16 + v[5])};
}

Hls to_hls(Rgb c) {
    double r = c.r / 255.0, g = c.g / 255.0, b = c.b / 255.0;
    double mx = std::max({r, g, b}), mn = std::min({r, g, b});
    Hls out;
    out.l = (mx + mn) / 2;
    double d = mx - mn;
    if (d < 1e-12) return out;
    out.s = out.l > 0.5 ? d / (2 - mx - mn) : d / (mx + mn);
    double h;
    if (mx == r) h = (g - b) / d + (g < b ? 6 : 0);
    else if (mx == g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    out.h = h * 60;
    return out;
}

static double hue_to_channel(double p, double q, double t) {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1.0 / 6) return p + (q - p) * 6 * t;
    if (t < 1.0 / 2) return q;
    if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
    return p;
}

static uint8_t to_byte(double v) { return static_cast<uint8_t>(std::clamp(std::lround(v * 255), 0L, 255L)); }

Rgb from_hls(Hls c) {
    if (c.s < 1e-12) return {to_byte(c.l), to_byte(c.l), to_byte(c.l)};
    double q = c.l < 0.5 ? c.l * (1 + c.s) : c.l + c.s - c.l * c.s;
    double p = 2 * c.l - q;
    double h = c.h / 360;
    return {to_byte(hue_to_channel(p, q, h + 1.0 / 3)), to_byte(hue_to_channel(p, q, h)),
            to_byte(hue_to_channel(p, q, h - 1.0 / 3))};
}

Rgb apply_tint(Rgb c, double tint) {
    if (tint == 0) return c;
    Hls h = to_hls(c);
    h.l = tint < 0 ? h.l * (1 + tint) : h.l * (1 - tint) + tint;
    return from_hls(h);
}

Rgb apply_shade_byte(Rgb c, int shade) {
    auto f = [&](uint8_t v) { return static_cast<uint8_t>(std::lround(v * shade / 255.0)); };
    return {f(c.r), f(c.g), f(c.b)};
}

Rgb apply_tint_byte(Rgb c, int tint) {
    auto f = [&](uint8_t v) { return static_cast<uint8_t>(std::lround(255 - (255 - v) * tint / 255.0)); };
    return {f(c.r), f(c.g), f(c.b)};
}

Rgb blend(Rgb a, Rgb b, double fa) {
    auto f = [&](uint8_t x, uint8_t y) { return static_cast<uint8_t>(std::lround(x * fa + y * (1 - fa))); };
    return {f(a.r, b.r), f(a.g, b.g), f(a.b, b.b)};
}

}  // namespace planbridge
