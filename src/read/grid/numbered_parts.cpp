#include "read/grid/numbered_parts.hpp"

#include "support/strings.hpp"

namespace planbridge {

namespace {

// A line that starts 'N.' or 'N)' followed by a space: N, and where its text begins; 0 otherwise.
int number_at_start(std::string_view line, size_t& text_start) {
    size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    int n = 0;
    size_t digits = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9' && digits < 2) n = n * 10 + (line[i++] - '0'), ++digits;
    if (digits == 0 || i + 1 >= line.size() || (line[i] != '.' && line[i] != ')') || line[i + 1] != ' ') return 0;
    text_start = i + 2;
    return n;
}

}  // namespace

std::vector<std::string> numbered_paragraphs(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (trim(line).empty()) continue;
        size_t at = 0;
        int n = number_at_start(line, at);
        if (n == static_cast<int>(out.size()) + 1) {
            out.emplace_back(trim(line.substr(at)));
        } else if (n == 0 && !out.empty()) {
            out.back() += "\n" + std::string(trim(line));  // a paragraph's own next line
        } else {
            return {};  // text before the first number, or numbers out of order
        }
    }
    if (out.size() < 2) return {};
    return out;
}

}  // namespace planbridge
