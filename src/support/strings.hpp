// Small text helpers shared by every reader. Text is UTF-8 throughout.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

std::string_view trim(std::string_view);
// True when the text is empty or only white space.
bool is_blank(std::string_view);
std::string to_lower_ascii(std::string_view);
// Lower case, punctuation dropped, runs of white space as one space: for comparing headings.
std::string fold_for_match(std::string_view);
// The same into a buffer the caller reuses (no allocation once it has grown).
void fold_for_match_into(std::string_view, std::string& out);

// FNV-1a, fed piece by piece.
struct Fnv1a {
    uint64_t h = 1469598103934665603ull;
    void add(std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
    }
    void add(uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 1099511628211ull;
        }
    }
};
// FNV-1a of fold_for_match(text): equal for texts that differ only in case, punctuation, spacing.
uint64_t folded_hash(std::string_view text);
// The folded hash of a path of headings ('A: …' › 'We will …'), worked out again only when the
// path differs from the last one asked about (runs of actions share a section). The last path
// must stay alive between calls.
class FoldedPathHash {
public:
    uint64_t operator()(const std::vector<std::string>& path) {
        if (!last_ || *last_ != path) {
            Fnv1a f;
            for (const std::string& part : path) f.add(folded_hash(part));
            hash_ = f.h;
            last_ = &path;
        }
        return hash_;
    }

private:
    const std::vector<std::string>* last_ = nullptr;
    uint64_t hash_ = 0;
};
// Trims each line and drops trailing blank lines, keeping the line structure of a cell.
std::string tidy_cell_text(std::string_view);
// False when tidy_cell_text would return the text unchanged (one line, nothing to trim).
bool needs_tidy(std::string_view);
// Collapses all white space (newlines included) to single spaces.
std::string collapse_space(std::string_view);
// collapse_space(s), at most n characters (UTF-8 aware), '…' after it when cut.
std::string shortened(std::string_view s, size_t n);
// collapse_space(a) == collapse_space(b), without making either.
bool same_collapsed(std::string_view a, std::string_view b);
// fold_for_match(a) == fold_for_match(b), without a new string each time (runs per compared field).
bool same_folded(std::string_view a, std::string_view b);
bool is_valid_utf8(std::string_view);
void append_utf8(std::string& out, unsigned codepoint);
std::vector<std::string> split_lines(std::string_view);
// The parts with 'between' between them (a part after an empty first part gets none: sections
// and lists have always been joined so).
std::string joined(const std::vector<std::string>& parts, std::string_view between);
bool starts_with_ci(std::string_view text, std::string_view prefix);
// Value of a hexadecimal digit, or -1.
int hex_digit_value(char c);
// The digits at the start of s as a number ('12px' → 12, '' → 0), stopping once past 'limit'
// (XML attribute values are untrusted).
int leading_int(std::string_view s, int limit = 100000000);
// A-Z column letters for a 0-based column index: 0 → A, 27 → AB.
std::string column_letters(int col);
// 'plan.xlsx' from '/home/jo/plans/plan.xlsx' (or 'C:\\plans\\plan.xlsx'): what planbridge records
// of a file it read, so that no folder of the officer's ends up in what is sent on.
std::string file_name_of(std::string_view path);
// A number's integer digits grouped by thousands: '1048576' → '1,048,576', '-1234.50' → '-1,234.50'.
std::string group_thousands(std::string number);
// A size as people read it: '512 bytes', '40 KB', '2.5 MB' (KB and MB of 1,024).
std::string size_in_words(uint64_t bytes);

}  // namespace planbridge
