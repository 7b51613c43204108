#include "support/words.hpp"

#include <algorithm>

#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr std::string_view kStopWords[] = {"a", "all", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has",
                                           "have", "in", "is", "it", "its", "of", "on", "or", "our", "so", "that", "the",
                                           "their", "them", "they", "this", "to", "we", "who", "will", "with", "when",
                                           "where", "which"};

bool stop_word(std::string_view w) {
    if (w.size() > 5) return false;  // the longest stop word has five letters
    for (std::string_view s : kStopWords)
        if (w == s) return true;
    return false;
}

void cut_ending(std::string& w) {
    for (const char* ending : {"ing", "es", "s", "ed"}) {
        size_t n = std::char_traits<char>::length(ending);
        if (w.size() > n + 3 && w.compare(w.size() - n, n, ending) == 0) {
            w.resize(w.size() - n);
            return;
        }
    }
}

}  // namespace

std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> out;
    std::string folded = fold_for_match(text);
    size_t at = 0;
    while (at < folded.size()) {
        size_t end = folded.find(' ', at);
        if (end == std::string::npos) end = folded.size();
        if (end > at) out.push_back(folded.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

std::vector<std::string> content_words(std::string_view text) {
    std::vector<std::string> out;
    for (std::string& w : folded_words(text)) {
        if (w.size() < 2 || stop_word(w)) continue;
        cut_ending(w);
        if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
    }
    return out;
}

double shared_word_share(std::string_view a, std::string_view b) {
    std::vector<std::string> wa = content_words(a), wb = content_words(b);
    if (wa.empty()) return 0;
    size_t shared = 0;
    for (const std::string& w : wa) shared += std::find(wb.begin(), wb.end(), w) != wb.end();
    return static_cast<double>(shared) / static_cast<double>(wa.size());
}

}  // namespace planbridge
