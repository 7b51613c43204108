#include "read/grid/header_detection.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "read/grid/references.hpp"
#include "read/grid/status_rules.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr size_t kMaxHeadingLength = 90;

// True when the text cannot be a heading: its first word starts no heading phrase and it holds
// none of the 'contains' phrases. Avoids folding every data cell of a large sheet.
bool surely_not_heading(std::string_view text, const PhraseIndex& index) {
    char word[32];
    size_t n = 0, i = 0;
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i])) && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    for (; i < text.size() && n < sizeof word; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (!(std::isalnum(c) || c >= 0x80)) break;
        word[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (n == sizeof word) return false;
    if (index.may_be_first_word(std::string_view(word, n))) return false;
    if (text.size() > kMaxHeadingLength) return true;  // too long to be a heading holding a 'contains' word
    // 'contains' phrases are lower-case: look for them in a lower-cased copy.
    char lower[kMaxHeadingLength];
    for (size_t k = 0; k < text.size(); ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        lower[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    std::string_view low(lower, text.size());
    for (const auto& [phrase, hit] : index.contains)
        if (low.find(phrase) != std::string_view::npos) return false;
    return true;
}

// A cell that is not a heading but is plainly data (a reference like '1.2', a status word) means
// the row is an action row whose cells merely start like headings. Dates are not data here:
// monthly tracker columns are headed 'Jun-17', 'Jul-17'.
bool holds_data(const GridRow& row, const std::vector<HeadingScore>& scores, const Profile& profile) {
    for (size_t c = 0; c < row.cells.size() && c < scores.size(); ++c) {
        const GridCell& cell = row.cells[c];
        if (scores[c].score > 0 || cell.text.empty()) continue;
        std::string_view t = trim(cell.text);
        if (looks_like_bare_id(t)) return true;
        if (t.size() <= 30 && status_from_words(t, profile, WordContext::status_column)) return true;
    }
    return false;
}

}  // namespace

int HeaderMatch::column_of(Field f) const {
    for (const auto& c : columns)
        if (c.field == f) return c.col;
    return -1;
}

std::string HeaderMatch::signature() const {
    std::string s;
    for (const auto& c : columns)
        if (c.printed) s += std::to_string(c.col) + ":" + fold_for_match(c.heading) + "|";
    return s;
}

HeadingScore score_heading(std::string_view heading, const Profile& profile) {
    HeadingScore best;
    if (heading.size() > 3 * kMaxHeadingLength) return best;  // long text is never a heading
    if (surely_not_heading(heading, profile.heading_index)) return best;
    thread_local std::string h;
    fold_for_match_into(heading, h);
    if (h.empty() || h.size() > kMaxHeadingLength) return best;
    PhraseIndex::Hit hit = best_phrase_hit(profile.heading_index, h, PhraseMatch::all);
    if (hit.score > 0) best = {static_cast<Field>(hit.value), hit.score};
    return best;
}

std::optional<HeaderMatch> match_header(const GridRow& row, int width, const Profile& profile) {
    // Scores for this row's own cells only (a sparse sheet's widest row may be far wider).
    const size_t scored = std::min(static_cast<size_t>(width), row.cells.size());
    // Most rows of a big sheet are action rows with a reference ('1.2'): a bare reference that is
    // no heading is data (holds_data below would say no in the end), so say no before scoring
    // the rest of the row.
    for (size_t c = 0; c < scored; ++c) {
        const GridCell& cell = row.cells[c];
        if (cell.text.empty() || !looks_like_bare_id(cell.text)) continue;
        bool copy = cell.merged() && cell.origin_col != static_cast<int>(c);  // never scored below
        if (copy || score_heading(cell.text, profile).score == 0) return std::nullopt;
    }
    std::vector<HeadingScore> scores(scored);
    int strong = 0, filled = 0, misses = 0;
    for (const GridCell& cell : row.cells) filled += !cell.text.empty();
    for (int c = 0; c < static_cast<int>(scores.size()); ++c) {
        const GridCell& cell = row.cells[static_cast<size_t>(c)];
        if (cell.text.empty()) continue;
        if (cell.merged() && cell.origin_col != c) continue;  // a horizontal copy of the cell to the left
        scores[static_cast<size_t>(c)] = score_heading(cell.text, profile);
        if (scores[static_cast<size_t>(c)].score >= 20) ++strong;
        // A header row is mostly headings: give up once more than half its cells are not.
        if (scores[static_cast<size_t>(c)].score == 0 && ++misses * 2 > filled) return std::nullopt;
    }
    // Each field goes to its best-scoring column; the leftmost wins a tie.
    std::map<Field, int> owner_of;
    for (int c = 0; c < static_cast<int>(scores.size()); ++c) {
        const HeadingScore& s = scores[static_cast<size_t>(c)];
        if (s.score == 0 || s.field == Field::extra) continue;
        auto it = owner_of.find(s.field);
        if (it == owner_of.end() || scores[static_cast<size_t>(it->second)].score < s.score) owner_of[s.field] = c;
    }
    bool has_action = owner_of.count(Field::action) > 0;
    int fields = static_cast<int>(owner_of.size());
    if (strong == 0 || fields < 2 || (fields < 3 && !has_action)) return std::nullopt;
    if (holds_data(row, scores, profile)) return std::nullopt;

    HeaderMatch m;
    m.fields_found = fields;
    std::map<std::string, int> seen_headings;
    for (int c = 0; c < width; ++c) {
        ColumnMapping col;
        col.col = c;
        const GridCell* cell = static_cast<size_t>(c) < row.cells.size() ? &row.cells[static_cast<size_t>(c)] : nullptr;
        col.heading = cell ? collapse_space(cell->text) : "";
        bool copy = cell && cell->merged() && cell->origin_col != c;
        col.printed = !col.heading.empty() && !copy;
        if (!col.printed) col.heading = "Column " + column_letters(c);
        if (int n = ++seen_headings[col.heading]; n > 1) col.heading += " (" + std::to_string(n) + ")";
        const HeadingScore s = static_cast<size_t>(c) < scores.size() ? scores[static_cast<size_t>(c)] : HeadingScore{};
        auto it = owner_of.find(s.field);
        if (s.score > 0 && it != owner_of.end() && it->second == c) {
            col.field = s.field;
            col.reason = "heading matches " + std::string(to_string(s.field)) + (s.score >= 30 ? " (exact)" : s.score >= 20 ? " (starts with)" : " (contains)");
        } else if (s.score > 0 && s.field != Field::extra) {
            col.reason = "heading also matches " + std::string(to_string(s.field)) + " but column " +
                         column_letters(owner_of[s.field]) + " matches better; kept as extra";
        } else {
            col.reason = "no field for this heading; kept as extra";
        }
        m.columns.push_back(std::move(col));
    }
    return m;
}

}  // namespace planbridge
