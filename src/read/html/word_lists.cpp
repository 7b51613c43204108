#include "read/html/word_lists.hpp"

#include "support/strings.hpp"

namespace planbridge::html {

namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

// Bullet glyphs as Word writes them: Symbol '·' (U+00B7), Courier New 'o', Wingdings '§' 'Ø'
// 'ü' 'v', and plain ones.
bool is_bullet_glyph(std::string_view g) {
    for (std::string_view b : {"\xC2\xB7", "o", "\xC2\xA7", "\xC3\x98", "\xC3\xBC", "v", "-", "*", "\xE2\x80\xA2",
                               "\xE2\x96\xAA", "\xEF\x82\xB7", "\xE2\x80\x93", "\xEF\x82\xA7", "\xC3\x9F"})
        if (g == b) return true;
    return false;
}

// Spaces and no-break spaces off both ends.
std::string_view trim_spaces(std::string_view s) {
    for (;;) {
        s = trim(s);
        if (s.substr(0, 2) == kNbsp) s.remove_prefix(2);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == kNbsp) s.remove_suffix(2);
        else return s;
    }
}

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

int word_list_level(std::string_view style) {
    size_t at = style.find("mso-list:");
    if (at == std::string_view::npos) return -1;
    size_t lv = style.find("level", at);
    if (lv == std::string_view::npos || lv + 5 >= style.size()) return -1;
    int n = leading_int(style.substr(lv + 5));
    return n >= 1 && n <= 9 ? n - 1 : -1;
}

bool is_word_list_paragraph(std::string_view cls, std::string_view style) {
    return starts_with_ci(cls, "MsoList") || word_list_level(style) >= 0;
}

std::optional<std::string> list_label(std::string_view marker) {
    std::string_view m = trim_spaces(marker);
    if (m.empty()) return std::nullopt;
    if (is_bullet_glyph(m)) return std::string("\xE2\x80\xA2");
    // '1.', '1.2.', 'a)', '(iv)', 'A.', '3': a few letters or digits with dots and brackets
    // ('Action', 'of' are words).
    size_t alnum = 0, digits = 0, marks = 0;
    for (char c : m) {
        if (c >= '0' && c <= '9') ++digits;
        if (is_alnum(c)) ++alnum;
        else if (c == '.' || c == ')' || c == '(') ++marks;
        else return std::nullopt;
    }
    if (alnum == 0 || alnum > 6 || (marks == 0 && digits != alnum)) return std::nullopt;
    return std::string(m);
}

std::optional<LeadingMarker> leading_marker(std::string_view text) {
    size_t start = 0;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
    size_t end = start;
    while (end < text.size() && text[end] != ' ' && text.substr(end, 2) != kNbsp) ++end;
    std::optional<std::string> label = list_label(text.substr(start, end - start));
    size_t after = end;
    while (after < text.size()) {
        if (text[after] == ' ') ++after;
        else if (text.substr(after, 2) == kNbsp) after += 2;
        else break;
    }
    // 'o' or 'v' alone is a word unless Word's spacing follows it.
    if (!label || after == end || after == text.size()) return std::nullopt;
    return LeadingMarker{after, *label};
}

bool is_downlevel_conditional(std::string_view text) {
    std::string_view t = trim(text);
    return t.size() >= 5 && t.substr(0, 3) == "<![" && t.substr(t.size() - 2) == "]>" &&
           t.find('\n') == std::string_view::npos;
}

void strip_downlevel_conditionals(std::string& text) {
    size_t at = 0;
    while ((at = text.find("<![", at)) != std::string::npos) {
        size_t end = text.find("]>", at);
        if (end == std::string::npos || !is_downlevel_conditional(std::string_view(text).substr(at, end + 2 - at))) {
            at += 3;
            continue;
        }
        text.erase(at, end + 2 - at);
    }
}

}  // namespace planbridge::html
