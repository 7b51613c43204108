#include "write/json_text.hpp"

#include <cstdint>
#include <cstring>

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

// Where the run of plain bytes starting at i ends. Eight bytes at a time while none of them
// needs a look (a quote, a backslash, a control character or a byte of UTF-8): this runs over
// every character of a big diff report.
size_t plain_run_end(std::string_view text, size_t i) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    auto has_zero_byte = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    while (i + 8 <= text.size()) {
        uint64_t v;
        std::memcpy(&v, text.data() + i, 8);
        bool special = (v & kHighs) != 0                      // UTF-8 (checked byte by byte)
                       || ((v - 0x20 * kOnes) & ~v & kHighs)  // below 0x20 (given no high bit)
                       || has_zero_byte(v ^ ('"' * kOnes)) || has_zero_byte(v ^ ('\\' * kOnes));
        if (special) break;
        i += 8;
    }
    while (i < text.size() && kPlain.plain[static_cast<unsigned char>(text[i])]) ++i;
    return i;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    size_t i = 0;
    while (i < text.size()) {
        // Most text is plain: copy each run of it at once.
        size_t run = plain_run_end(text, i);
        out.append(text.data() + i, run - i);
        if (run == text.size()) break;
        i = run;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c == '\b') out += "\\b";
        else if (c == '\f') out += "\\f";
        else if (c < 0x20) (out += "\\u00", out += hex[c >> 4], out += hex[c & 0xf]);
        else if (size_t n = utf8_length(text, i)) (out.append(text.substr(i, n)), i += n - 1);
        else out += "\xEF\xBF\xBD";  // not UTF-8: the replacement character, as the plan writer does
        ++i;
    }
    out += '"';
}

void PrettyJson::element() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the document itself
    out_ += empty_.back() ? "\n" : ",\n";
    empty_.back() = false;
    out_.append(2 * empty_.size(), ' ');
}

void PrettyJson::open(char c) {
    element();
    out_ += c;
    empty_.push_back(true);
}

void PrettyJson::close(char c) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty) {
        out_ += '\n';
        out_.append(2 * empty_.size(), ' ');
    }
    out_ += c;
}

void PrettyJson::key(std::string_view k) {
    element();
    append_json_string(out_, k);
    out_ += ": ";
    after_key_ = true;
}

void PrettyJson::string(std::string_view s) {
    element();
    append_json_string(out_, s);
}

void PrettyJson::number(long n) {
    element();
    out_ += std::to_string(n);
}

void PrettyJson::null() {
    element();
    out_ += "null";
}

}  // namespace planbridge
