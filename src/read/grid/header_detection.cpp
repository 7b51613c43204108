#include "read/grid/header_detection.hpp"

#include <algorithm>
#include <map>

#include "read/grid/references.hpp"
#include "read/grid/status_rules.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr size_t kMaxHeadingLength = 90;

int match_score(const std::string& heading, const HeadingRule& rule) {
    const std::string& p = rule.phrase;
    if (p.empty()) return 0;
    if (heading == p) return 30;
    if (rule.match == MatchMode::exact) return 0;
    bool prefix = heading.size() > p.size() && heading.compare(0, p.size(), p) == 0 && heading[p.size()] == ' ';
    if (prefix) return 20;
    if (rule.match == MatchMode::prefix) return 0;
    size_t pos = 0;
    while ((pos = heading.find(p, pos)) != std::string::npos) {
        bool start = pos == 0 || heading[pos - 1] == ' ';
        bool end = pos + p.size() == heading.size() || heading[pos + p.size()] == ' ';
        if (start && end) return 10;
        ++pos;
    }
    return 0;
}

}  // namespace

int HeaderMatch::column_of(Field f) const {
    for (const auto& c : columns)
        if (c.field == f) return c.col;
    return -1;
}

std::string HeaderMatch::signature() const {
    std::string s;
    for (const auto& c : columns) s += fold_for_match(c.heading) + "|";
    return s;
}

HeadingScore score_heading(std::string_view heading, const Profile& profile) {
    HeadingScore best;
    std::string h = fold_for_match(heading);
    if (h.empty() || h.size() > kMaxHeadingLength) return best;
    for (const HeadingRule& rule : profile.headings) {
        int s = match_score(h, rule);
        if (s == 0) continue;
        s += rule.priority;
        if (s > best.score) best = {rule.field, s, rule.phrase};
    }
    return best;
}

std::optional<HeaderMatch> match_header(const GridRow& row, int width, const Profile& profile) {
    std::vector<HeadingScore> scores(static_cast<size_t>(width));
    int strong = 0;
    for (int c = 0; c < width && static_cast<size_t>(c) < row.cells.size(); ++c) {
        const GridCell& cell = row.cells[static_cast<size_t>(c)];
        if (cell.merged() && cell.origin_col != c) continue;  // a horizontal copy of the cell to the left
        scores[static_cast<size_t>(c)] = score_heading(cell.text, profile);
        if (scores[static_cast<size_t>(c)].score >= 20) ++strong;
    }
    // Each field goes to its best-scoring column; the leftmost wins a tie.
    std::map<Field, int> owner_of;
    for (int c = 0; c < width; ++c) {
        const HeadingScore& s = scores[static_cast<size_t>(c)];
        if (s.score == 0 || s.field == Field::extra) continue;
        auto it = owner_of.find(s.field);
        if (it == owner_of.end() || scores[static_cast<size_t>(it->second)].score < s.score) owner_of[s.field] = c;
    }
    bool has_action = owner_of.count(Field::action) > 0;
    int fields = static_cast<int>(owner_of.size());
    if (strong == 0 || fields < 2 || (fields < 3 && !has_action)) return std::nullopt;

    HeaderMatch m;
    m.fields_found = fields;
    std::map<std::string, int> seen_headings;
    for (int c = 0; c < width; ++c) {
        ColumnMapping col;
        col.col = c;
        const GridCell* cell = static_cast<size_t>(c) < row.cells.size() ? &row.cells[static_cast<size_t>(c)] : nullptr;
        col.heading = cell ? collapse_space(cell->text) : "";
        bool copy = cell && cell->merged() && cell->origin_col != c;
        if (col.heading.empty() || copy) col.heading = "Column " + column_letters(c);
        if (int n = ++seen_headings[col.heading]; n > 1) col.heading += " (" + std::to_string(n) + ")";
        const HeadingScore& s = scores[static_cast<size_t>(c)];
        auto it = owner_of.find(s.field);
        if (s.score > 0 && it != owner_of.end() && it->second == c) {
            col.field = s.field;
            col.reason = "heading matches '" + s.phrase + "'";
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

void infer_from_content(HeaderMatch& header, const std::vector<const GridRow*>& rows, const Profile& profile,
                        const DateConventions& dates) {
    auto unassigned = [&](Field f) { return header.column_of(f) < 0; };
    for (ColumnMapping& col : header.columns) {
        if (col.field != Field::extra) continue;
        int values = 0, dated = 0, statused = 0, ids = 0;
        for (const GridRow* r : rows) {
            if (static_cast<size_t>(col.col) >= r->cells.size()) continue;
            const GridCell& c = r->cells[static_cast<size_t>(col.col)];
            std::string t = std::string(trim(c.text));
            if (t.empty()) continue;
            ++values;
            DueDate d = parse_due(t, dates);
            if (c.date || (d.kind != DueKind::unparsed && d.kind != DueKind::none && t.size() < 40)) ++dated;
            if (t.size() <= 25 && status_from_words(t, profile, WordContext::status_column)) ++statused;
            if (looks_like_bare_id(t)) ++ids;
        }
        if (values < 2) continue;
        auto share = [&](int n) { return n * 10 >= values * 7; };  // 70%
        std::string counts = " of " + std::to_string(values) + " values";
        if (unassigned(Field::status) && share(statused)) {
            col.field = Field::status;
            col.reason = "content: " + std::to_string(statused) + counts + " are status words";
        } else if (unassigned(Field::due) && share(dated)) {
            col.field = Field::due;
            col.reason = "content: " + std::to_string(dated) + counts + " are dates";
        } else if (unassigned(Field::id) && col.col == header.columns.front().col && share(ids)) {
            col.field = Field::id;
            col.reason = "content: " + std::to_string(ids) + counts + " look like references";
        }
    }
}

}  // namespace planbridge
