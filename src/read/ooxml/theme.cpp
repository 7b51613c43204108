#include "read/ooxml/theme.hpp"

#include "support/xml_stream.hpp"

namespace planbridge::ooxml {

namespace {
constexpr std::array<std::string_view, 12> kSlots{"dk1", "lt1", "dk2", "lt2", "accent1", "accent2",
                                                  "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"};

class ThemeHandler : public xml::Handler {
public:
    explicit ThemeHandler(Theme& t) : t_(t) {}
    void on_start(xml::Ns ns, std::string_view name, const xml::Attrs& a) override {
        if (ns != xml::Ns::drawing) return;
        if (name == "clrScheme") {
            in_scheme_ = !done_;
            return;
        }
        if (!in_scheme_) return;
        for (size_t i = 0; i < kSlots.size(); ++i)
            if (name == kSlots[i]) slot_ = static_cast<int>(i);
        if (slot_ < 0) return;
        std::optional<Rgb> c;
        if (name == "srgbClr") c = parse_hex_colour(a.get_or("val", ""));
        else if (name == "sysClr") c = parse_hex_colour(a.get_or("lastClr", ""));
        if (c) t_.scheme[static_cast<size_t>(slot_)] = *c;
    }
    void on_end(xml::Ns ns, std::string_view name) override {
        if (ns != xml::Ns::drawing) return;
        if (name == "clrScheme") in_scheme_ = false, done_ = true;
        for (auto s : kSlots)
            if (name == s) slot_ = -1;
    }

private:
    Theme& t_;
    bool in_scheme_ = false, done_ = false;
    int slot_ = -1;
};
}  // namespace

Rgb Theme::spreadsheet_index(int i) const {
    static const int order[12] = {1, 0, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11};
    if (i < 0 || i > 11) return scheme[0];
    return scheme[static_cast<size_t>(order[i])];
}

std::optional<Rgb> Theme::by_name(std::string_view n) const {
    static const std::pair<std::string_view, int> names[] = {
        {"dark1", 0}, {"light1", 1}, {"dark2", 2}, {"light2", 3}, {"accent1", 4}, {"accent2", 5},
        {"accent3", 6}, {"accent4", 7}, {"accent5", 8}, {"accent6", 9}, {"hyperlink", 10},
        {"followedHyperlink", 11}, {"text1", 0}, {"background1", 1}, {"text2", 2}, {"background2", 3}};
    for (const auto& [name, idx] : names)
        if (n == name) return scheme[static_cast<size_t>(idx)];
    return std::nullopt;
}

Theme default_theme() {
    Theme t;
    const char* hex[12] = {"000000", "FFFFFF", "44546A", "E7E6E6", "5B9BD5", "ED7D31",
                           "A5A5A5", "FFC000", "4472C4", "70AD47", "0563C1", "954F72"};
    for (size_t i = 0; i < 12; ++i) t.scheme[i] = *parse_hex_colour(hex[i]);
    return t;
}

Theme read_theme(ZipArchive& zip, const std::string& part) {
    Theme t = default_theme();
    ThemeHandler h(t);
    xml::parse_part(zip, part, h);
    return t;
}

}  // namespace planbridge::ooxml
