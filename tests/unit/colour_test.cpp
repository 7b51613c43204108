#include <catch2/catch.hpp>

#include <cstdlib>

#include "read/grid/status_rules.hpp"
#include "support/colour.hpp"

using namespace planbridge;

namespace {
Rgb hex(const char* h) { return *parse_hex_colour(h); }
bool near(Rgb a, Rgb b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}
}  // namespace

TEST_CASE("Excel tint reproduces Excel's swatches", "[colour]") {
    // Vectors from NOTES-ooxml-tables.md §8.
    CHECK(apply_tint(hex("4F81BD"), -0.25).hex() == "376092");
    CHECK(apply_tint(hex("FFFFFF"), -0.14999847).hex() == "D9D9D9");
    CHECK(apply_tint(hex("FFFFFF"), -0.24997711).hex() == "BFBFBF");
    CHECK(apply_tint(hex("5B9BD5"), 0.59999390).hex() == "BDD7EE");
    CHECK(apply_tint(hex("FFC000"), 0.79998169).hex() == "FFF2CC");
    CHECK(near(apply_tint(hex("5B9BD5"), 0.79998169), hex("DDEBF7"), 2));
    CHECK(near(apply_tint(hex("ED7D31"), 0.79998169), hex("FCE4D6"), 2));
    CHECK(near(apply_tint(hex("70AD47"), 0.79998169), hex("E2EFDA"), 2));
}

TEST_CASE("Word's theme shade and tint bytes", "[colour]") {
    // Word writes w:fill="A6A6A6" beside w:themeFill="background1" w:themeFillShade="A6".
    CHECK(apply_shade_byte(hex("FFFFFF"), 0xA6).hex() == "A6A6A6");
    CHECK(apply_tint_byte(hex("000000"), 0x80).hex() == "7F7F7F");
    CHECK(apply_tint_byte(hex("4F81BD"), 0xFF) == hex("4F81BD"));  // full tint byte: the colour itself
    CHECK(blend(hex("FF0000"), hex("FFFFFF"), 0.25).hex() == "FFBFBF");
}

TEST_CASE("hex colours parse in the forms Office writes", "[colour]") {
    CHECK(parse_hex_colour("FFFF0000") == Rgb{255, 0, 0});
    CHECK(parse_hex_colour("00FF0000") == Rgb{255, 0, 0});  // alpha ignored
    CHECK(parse_hex_colour("#00b050") == Rgb{0, 0xB0, 0x50});
    CHECK(parse_hex_colour("#F00") == Rgb{255, 0, 0});
    CHECK_FALSE(parse_hex_colour("auto"));
    CHECK_FALSE(parse_hex_colour("GG0000"));
}

TEST_CASE("any red, amber, green or blue an officer picks is classified by hue", "[colour][status]") {
    const Profile& p = default_profile();
    struct Case {
        const char* hex;
        const char* name;
        std::optional<Status> status;
    } cases[] = {
        {"FF0000", "red", Status::off_track},     {"C00000", "red", Status::off_track},
        {"FFC7CE", "red", Status::off_track},     // Excel's 'Bad'
        {"FFC000", "amber", Status::at_risk},     {"FF9900", "amber", Status::at_risk},
        {"FFEB9C", "amber", Status::at_risk},     // 'Neutral'
        {"FFFF00", "yellow", Status::at_risk},    {"00B050", "green", Status::on_track},
        {"92D050", "green", Status::on_track},    {"C6EFCE", "green", Status::on_track},  // 'Good'
        {"E2EFDA", "green", Status::on_track},    {"0070C0", "blue", Status::complete},
        {"00B0F0", "blue", Status::complete},     {"FFFFFF", "white", std::nullopt},
        {"D9D9D9", "grey", std::nullopt},         {"000000", "black", std::nullopt},
        {"7030A0", "purple", std::nullopt},
    };
    for (const auto& c : cases) {
        INFO(c.hex);
        ColourVerdict v = classify_colour(hex(c.hex), p);
        CHECK(v.name == c.name);
        CHECK(v.status == c.status);
    }
}
