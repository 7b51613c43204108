#include "read/grid/references.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "support/strings.hpp"

namespace planbridge {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of a reference at the start of s ('1.2a', 'A1', '15c'), 0 if none. Shapes:
// [letter [.]] digits ([.-] digits)* [letter] [. or )]
size_t id_prefix_length(std::string_view s) {
    size_t i = 0;
    if (i < s.size() && is_alpha(s[i]) && i + 1 < s.size() && (is_digit(s[i + 1]) || (s[i + 1] == '.' && i + 2 < s.size() && is_digit(s[i + 2])))) {
        ++i;
        if (s[i] == '.') ++i;
    }
    size_t digits_start = i;
    while (i < s.size() && is_digit(s[i]) && i - digits_start < 4) ++i;
    if (i == digits_start) return 0;
    while (i + 1 < s.size() && (s[i] == '.' || s[i] == '-') && is_digit(s[i + 1])) {
        ++i;
        size_t start = i;
        while (i < s.size() && is_digit(s[i]) && i - start < 4) ++i;
    }
    // One trailing letter: '1a', '15c' (but not the start of a word: '3 and', '1st').
    if (i < s.size() && is_alpha(s[i]) && (i + 1 == s.size() || !is_alpha(s[i + 1]))) ++i;
    // The id ends at a space, the end, or '.'/')' then space/end.
    if (i == s.size() || std::isspace(static_cast<unsigned char>(s[i]))) return i;
    if ((s[i] == '.' || s[i] == ')' || s[i] == ':') && (i + 1 == s.size() || std::isspace(static_cast<unsigned char>(s[i + 1])))) return i + 1;
    return 0;
}

std::string strip_id_punctuation(std::string_view id) {
    while (!id.empty() && (id.back() == '.' || id.back() == ')' || id.back() == ':')) id.remove_suffix(1);
    return std::string(id);
}

void add_unique(std::vector<std::string>& v, std::string s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

}  // namespace

bool looks_like_bare_id(std::string_view text) {
    std::string_view t = trim(text);
    if (t.empty() || t.size() > 12) return false;
    return id_prefix_length(t) == t.size();
}

IdCell split_id_cell(std::string_view text) {
    IdCell out;
    std::string_view t = trim(text);
    size_t n = id_prefix_length(t);
    if (n > 0) out.id = strip_id_punctuation(t.substr(0, n));
    out.recommendations = recommendation_numbers(t.substr(n));
    if (n == 0 && out.recommendations.empty() && t.size() <= 12) out.id = std::string(t);  // an unusual short reference
    return out;
}

std::vector<std::string> recommendation_numbers(std::string_view text) {
    std::vector<std::string> out;
    if (text.find("ecommendation") == std::string_view::npos && text.find("ECOMMENDATION") == std::string_view::npos) return out;
    std::string lower = to_lower_ascii(text);
    size_t pos = 0;
    while ((pos = lower.find("recommendation", pos)) != std::string::npos) {
        size_t i = pos + 14;
        if (i < lower.size() && lower[i] == 's') ++i;
        // Skip 'number', 'no.', 'num', '#', ':' and spaces before the numbers.
        auto skip_filler = [&] {
            for (;;) {
                while (i < lower.size() && (lower[i] == ' ' || lower[i] == ':' || lower[i] == '#' || lower[i] == '.')) ++i;
                bool moved = false;
                for (const char* w : {"numbers", "number", "nos", "no", "num"}) {
                    size_t len = std::char_traits<char>::length(w);
                    if (lower.compare(i, len, w) == 0 && (i + len >= lower.size() || !is_alpha(lower[i + len]))) {
                        i += len;
                        moved = true;
                        break;
                    }
                }
                if (!moved) return;
            }
        };
        skip_filler();
        // A list: '3', '3 and 7', '2, 4 & 5'.
        for (;;) {
            size_t start = i;
            while (i < lower.size() && is_digit(lower[i])) ++i;
            if (i == start) break;
            add_unique(out, lower.substr(start, i - start));
            size_t save = i;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == ',' || lower[i] == '&' || lower[i] == '/')) ++i;
            if (lower.compare(i, 3, "and") == 0) i += 3;
            while (i < lower.size() && lower[i] == ' ') ++i;
            if (i >= lower.size() || !is_digit(lower[i])) {
                i = save;
                break;
            }
        }
        pos = i > pos ? i : pos + 1;
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> numbered_items(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& raw : split_lines(text)) {
        std::string_view line = trim(raw);
        size_t i = 0;
        while (i < line.size() && is_digit(line[i]) && i < 3) ++i;
        bool numbered = i > 0 && i < line.size() && (line[i] == ')' || line[i] == '.' || line[i] == ':') &&
                        (i + 1 == line.size() || line[i + 1] == ' ');
        if (numbered) {
            out.emplace_back(std::string(line.substr(0, i)), std::string(trim(line.substr(i + 1))));
        } else if (!out.empty() && !line.empty()) {
            out.back().second += " " + std::string(line);  // a numbered item continued on the next line
        }
    }
    return out;
}

void note_recommendation(std::vector<Recommendation>& plan_recommendations, const std::string& number, std::string_view text) {
    auto it = std::find_if(plan_recommendations.begin(), plan_recommendations.end(),
                           [&](const Recommendation& r) { return r.number == number; });
    if (it == plan_recommendations.end()) plan_recommendations.push_back({number, collapse_space(text)});
    else if (it->text.empty()) it->text = collapse_space(text);
}

namespace {

// A cell of nothing but numbers ('6', '3, 7', '2 & 5'), or nullopt.
std::optional<std::vector<std::string>> bare_numbers(const std::string& t) {
    std::vector<std::string> out;
    std::string number;
    std::string rest = " " + to_lower_ascii(t) + " ";
    for (size_t i = 0; i < rest.size(); ++i) {
        char c = rest[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            number += c;
            continue;
        }
        if (!number.empty()) out.push_back(std::exchange(number, ""));
        if (c == ',' || c == ' ' || c == '&' || c == ';' || c == '/') continue;
        if (rest.compare(i, 4, "and ") == 0 && rest[i - 1] == ' ') {
            i += 3;
            continue;
        }
        return std::nullopt;
    }
    if (out.empty()) return std::nullopt;
    return out;
}

}  // namespace

// The recommendation column: numbered items ('6) Undertake …'), 'Recommendation 3', or
// text with no number, which takes the number of the action's reference ('1a' → 1).
void read_recommendation_cell(const std::string& t, Action& a, std::vector<Recommendation>& plan_recommendations) {
    auto add = [&](const std::string& number, const std::string& text) {
        if (std::find(a.recommendations.begin(), a.recommendations.end(), number) == a.recommendations.end())
            a.recommendations.push_back(number);
        note_recommendation(plan_recommendations, number, text);
    };
    auto items = numbered_items(t);
    if (!items.empty()) {
        for (const auto& [n, text] : items) add(n, text);
        return;
    }
    auto numbers = recommendation_numbers(t);
    if (!numbers.empty()) {
        for (const auto& n : numbers) add(n, numbers.size() == 1 ? t : "");
        return;
    }
    if (auto bare = bare_numbers(t)) {  // '6', '3, 7', '3 and 7': the numbers themselves
        for (const auto& n : *bare) add(n, "");
        return;
    }
    size_t digits = 0;
    while (digits < a.id.size() && std::isdigit(static_cast<unsigned char>(a.id[digits]))) ++digits;
    if (digits > 0) add(a.id.substr(0, digits), t);
}

}  // namespace planbridge
