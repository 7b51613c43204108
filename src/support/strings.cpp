#include "support/strings.hpp"

#include <cstdio>
#include <cstring>

#include <cctype>

namespace planbridge {

static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// U+00A0 (no-break space, C2 A0) counts as space at the edges: Word and Excel write it often.
std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
        else if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0) s.remove_prefix(2);
        else break;
    }
    for (;;) {
        if (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
        else if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 && static_cast<unsigned char>(s.back()) == 0xA0) s.remove_suffix(2);
        else break;
    }
    return s;
}

bool is_blank(std::string_view s) {
    // Most cells start with a visible character: decide on the first one when possible.
    if (!s.empty() && !is_space(static_cast<unsigned char>(s.front())) && static_cast<unsigned char>(s.front()) != 0xC2) return false;
    return trim(s).empty();
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string fold_for_match(std::string_view s) {
    std::string out;
    fold_for_match_into(s, out);
    return out;
}

namespace {

// The folding of fold_for_match, handing each output byte to put (a string, or a hash).
template <class Put>
void fold_each(std::string_view s, Put&& put) {
    bool any = false, pending_space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
                ++i;
                pending_space = any;
                continue;
            }
            if (pending_space) put(' ');
            pending_space = false;
            any = true;
            put(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            pending_space = any;
        }
    }
}

}  // namespace

void fold_for_match_into(std::string_view s, std::string& out) {
    out.clear();
    fold_each(s, [&](char c) { out += c; });
}

std::vector<std::string> split_lines(std::string_view s) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '\n' || s[i] == '\r') {
            lines.emplace_back(s.substr(start, i - start));
            if (i < s.size() && s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    return lines;
}

uint64_t folded_hash(std::string_view text) {
    Fnv1a f;
    fold_each(text, [&](char c) {
        f.h ^= static_cast<unsigned char>(c);
        f.h *= 1099511628211ull;
    });
    return f.h;
}

bool needs_tidy(std::string_view s) {
    if (s.empty()) return false;
    if (std::memchr(s.data(), '\n', s.size()) || std::memchr(s.data(), '\r', s.size())) return true;
    auto plain = [](unsigned char c) { return c > ' ' && c < 0x80; };  // neither space nor the start of a no-break space
    if (plain(static_cast<unsigned char>(s.front())) && plain(static_cast<unsigned char>(s.back()))) return false;
    return trim(s).size() != s.size();
}

std::string tidy_cell_text(std::string_view s) {
    if (!needs_tidy(s)) return std::string(s);  // most cells: one line, nothing to trim
    std::string out;
    size_t pending_newlines = 0;
    for (const std::string& line : split_lines(s)) {
        std::string_view t = trim(line);
        if (t.empty()) {
            if (!out.empty()) ++pending_newlines;
            continue;
        }
        if (!out.empty()) out.append(std::min<size_t>(pending_newlines + 1, 2), '\n');
        pending_newlines = 0;
        // A list item keeps the indent that shows its level ('  • nested'), nothing else does.
        if (t.rfind("\u2022", 0) == 0 || t.rfind("\u25e6", 0) == 0) out.append(line.find_first_not_of(' '), ' ');
        out += t;
    }
    return out;
}

std::string shortened(std::string_view s, size_t n) {
    std::string t = collapse_space(s);
    size_t chars = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        if ((static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) continue;
        if (chars++ == n) return t.substr(0, i) + "…";
    }
    return t;
}

std::string collapse_space(std::string_view s) {
    std::string out;
    bool space = false;
    for (char ch : s) {
        if (is_space(static_cast<unsigned char>(ch))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

bool same_collapsed(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    for (;;) {  // word by word: the runs of non-space between the spaces
        while (i < a.size() && is_space(static_cast<unsigned char>(a[i]))) ++i;
        while (j < b.size() && is_space(static_cast<unsigned char>(b[j]))) ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        size_t word_a = i, word_b = j;
        while (i < a.size() && !is_space(static_cast<unsigned char>(a[i]))) ++i;
        while (j < b.size() && !is_space(static_cast<unsigned char>(b[j]))) ++j;
        if (a.substr(word_a, i - word_a) != b.substr(word_b, j - word_b)) return false;
    }
}

bool same_folded(std::string_view a, std::string_view b) {
    if (a == b) return true;
    thread_local std::string folded_a, folded_b;
    fold_for_match_into(a, folded_a);
    fold_for_match_into(b, folded_b);
    return folded_a == folded_b;
}

bool is_valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t extra = c < 0x80 ? 0 : (c >= 0xC2 && c <= 0xDF) ? 1 : (c >> 4) == 0xE ? 2 : (c >= 0xF0 && c <= 0xF4) ? 3 : 99;
        if (extra == 99 || i + extra >= s.size() + (extra ? 0 : 1)) return false;
        for (size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += extra + 1;
    }
    return true;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
    return true;
}

int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string file_name_of(std::string_view path) {
    size_t slash = path.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string column_letters(int col) {
    std::string s;
    for (int n = col + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

int leading_int(std::string_view s, int limit) {
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') break;
        v = v * 10 + (c - '0');
        if (v > limit) break;
    }
    return v;
}

std::string joined(const std::vector<std::string>& parts, std::string_view between) {
    std::string s;
    for (const std::string& p : parts) (s += s.empty() ? std::string_view() : between) += p;
    return s;
}

std::string group_thousands(std::string s) {
    size_t start = !s.empty() && s[0] == '-' ? 1 : 0;
    size_t end = s.find('.');
    if (end == std::string::npos) end = s.size();
    for (size_t i = end; i > start + 3; i -= 3) s.insert(i - 3, ",");
    return s;
}

std::string size_in_words(uint64_t bytes) {
    char s[32];
    if (bytes < 1024) std::snprintf(s, sizeof s, "%llu bytes", static_cast<unsigned long long>(bytes));
    else if (bytes < 1024 * 1024) std::snprintf(s, sizeof s, "%llu KB", static_cast<unsigned long long>((bytes + 1023) / 1024));
    else std::snprintf(s, sizeof s, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return s;
}

}  // namespace planbridge
