#include "write/json_text.hpp"

#include "support/strings.hpp"

namespace planbridge {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0.
size_t utf8_length(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    return is_valid_utf8(s.substr(i, n)) ? n : 0;
}

}  // namespace

namespace {

// Printable ASCII other than '"' and '\\': copied as it is.
struct PlainTable {
    bool plain[256] = {};
    constexpr PlainTable() {
        for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    }
};
constexpr PlainTable kPlain;

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    size_t i = 0;
    while (i < text.size()) {
        // Most text is plain: copy each run of it at once.
        size_t run = i;
        while (run < text.size() && kPlain.plain[static_cast<unsigned char>(text[run])]) ++run;
        out.append(text.data() + i, run - i);
        if (run == text.size()) break;
        i = run;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20) (out += "\\u00", out += hex[c >> 4], out += hex[c & 0xf]);
        else if (size_t n = utf8_length(text, i)) (out.append(text.substr(i, n)), i += n - 1);
        else out += "\xEF\xBF\xBD";  // not UTF-8: the replacement character, as the plan writer does
        ++i;
    }
    out += '"';
}

}  // namespace planbridge
