#include "read/html/css_colours.hpp"

#include <cctype>

#include "support/strings.hpp"

namespace planbridge::html {

namespace {

struct Named {
    const char* name;
    Rgb rgb;
};
// CSS/HTML colour names an officer is likely to have used for RAG.
constexpr Named kNamed[] = {
    {"red", {255, 0, 0}},       {"darkred", {139, 0, 0}},     {"orange", {255, 165, 0}},   {"gold", {255, 215, 0}},
    {"yellow", {255, 255, 0}},  {"amber", {255, 191, 0}},     {"green", {0, 128, 0}},      {"lime", {0, 255, 0}},
    {"limegreen", {50, 205, 50}}, {"lightgreen", {144, 238, 144}}, {"darkgreen", {0, 100, 0}}, {"blue", {0, 0, 255}},
    {"navy", {0, 0, 128}},      {"lightblue", {173, 216, 230}}, {"aqua", {0, 255, 255}},   {"silver", {192, 192, 192}},
    {"gray", {128, 128, 128}},  {"grey", {128, 128, 128}},    {"white", {255, 255, 255}},  {"black", {0, 0, 0}},
    {"purple", {128, 0, 128}},
};

}  // namespace

std::optional<Rgb> css_colour(std::string_view value) {
    std::string v = to_lower_ascii(trim(value));
    if (v.empty() || v == "transparent" || v == "none" || v == "inherit") return std::nullopt;
    if (v[0] == '#') return parse_hex_colour(v);
    for (const Named& n : kNamed)
        if (v == n.name) return n.rgb;
    if (v.size() == 6 || v.size() == 3) return parse_hex_colour(v);  // bgcolor=FF0000 without '#'
    return std::nullopt;
}

std::optional<Rgb> background_of(std::string_view decls) {
    std::optional<Rgb> found;
    size_t start = 0;
    while (start < decls.size()) {
        size_t end = decls.find(';', start);
        if (end == std::string_view::npos) end = decls.size();
        std::string_view d = decls.substr(start, end - start);
        start = end + 1;
        size_t colon = d.find(':');
        if (colon == std::string_view::npos) continue;
        std::string prop = to_lower_ascii(trim(d.substr(0, colon)));
        if (prop != "background" && prop != "background-color") continue;
        // 'background: #FF0000 none' — the first word that is a colour.
        std::string_view rest = trim(d.substr(colon + 1));
        size_t w = 0;
        while (w < rest.size()) {
            size_t e = rest.find(' ', w);
            if (e == std::string_view::npos) e = rest.size();
            if (auto c = css_colour(rest.substr(w, e - w))) {
                found = c;
                break;
            }
            w = e + 1;
        }
    }
    return found;
}

std::unordered_map<std::string, Rgb> class_backgrounds(std::string_view sheet) {
    std::unordered_map<std::string, Rgb> out;
    size_t pos = 0;
    while ((pos = sheet.find('{', pos)) != std::string_view::npos) {
        size_t close = sheet.find('}', pos);
        if (close == std::string_view::npos) break;
        size_t sel_start = sheet.rfind('}', pos);
        sel_start = sel_start == std::string_view::npos ? 0 : sel_start + 1;
        std::string_view selectors = sheet.substr(sel_start, pos - sel_start);
        std::optional<Rgb> bg = background_of(sheet.substr(pos + 1, close - pos - 1));
        if (bg) {
            // '.xl65', 'td.xl65', '.a, .b' — every class named in the selectors.
            for (size_t i = 0; i < selectors.size(); ++i) {
                if (selectors[i] != '.') continue;
                size_t j = i + 1;
                while (j < selectors.size() && (std::isalnum(static_cast<unsigned char>(selectors[j])) || selectors[j] == '-' || selectors[j] == '_')) ++j;
                if (j > i + 1) out[std::string(selectors.substr(i + 1, j - i - 1))] = *bg;
                i = j - 1;
            }
        }
        pos = close + 1;
    }
    return out;
}

}  // namespace planbridge::html
