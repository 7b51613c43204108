#include "read/grid/table_diagnosis.hpp"

#include <algorithm>
#include <set>

#include "read/grid/column_roles.hpp"
#include "read/grid/header_detection.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr int kRowsLooked = 60;      // a header is near the top
constexpr size_t kHeadingChars = 60;  // longer is data, not a heading
constexpr int kDataRows = 50;         // the rows under a candidate its columns are judged on

bool blank(const GridRow& r) {
    return std::all_of(r.cells.begin(), r.cells.end(), [](const GridCell& c) { return is_blank(c.text); });
}

// A row's own short cells: its would-be headings, by column.
std::vector<std::pair<int, std::string>> headings_of(const GridRow& row, int index) {
    std::vector<std::pair<int, std::string>> out;
    for (int c : row_cells(row, index).own) {
        std::string t = collapse_space(row.cells[static_cast<size_t>(c)].text);
        if (t.empty()) continue;
        if (t.size() > kHeadingChars) return {};
        out.emplace_back(c, t);
    }
    return out;
}

std::string quoted_list(const std::vector<std::string>& items, size_t most) {
    std::string s;
    for (size_t k = 0; k < items.size() && k < most; ++k) s += (k ? ", '" : "'") + items[k] + "'";
    return items.size() > most ? s + ", …" : s;
}

// The field a column's content suggests when its heading says nothing; extra when none.
Field suggested(const ContentEvidence& e, bool action_taken) {
    if (e.values < 2) return Field::extra;
    if (e.status >= 0.7) return Field::status;
    if (e.due >= 0.7) return Field::due;
    if (e.id >= 0.7) return Field::id;
    if (e.prose >= 0.5) return action_taken ? Field::progress : Field::action;
    if (e.owner >= 0.7) return Field::owner;
    return Field::extra;
}

}  // namespace

std::optional<TableDiagnosis> diagnose_no_table(const Grid& grid, const Profile& profile) {
    int best = -1, best_score = 0;
    for (int i = 0, looked = 0; i < static_cast<int>(grid.rows.size()) && looked < kRowsLooked; ++i) {
        const GridRow& row = grid.rows[static_cast<size_t>(i)];
        if (blank(row)) continue;
        ++looked;
        auto hs = headings_of(row, i);
        if (hs.size() < 2 || i + 1 >= static_cast<int>(grid.rows.size())) continue;
        int score = static_cast<int>(hs.size());
        for (const auto& [c, t] : hs) score += score_heading(t, profile).score > 0 ? 10 : 0;
        if (score > best_score) best = i, best_score = score;
    }
    if (best < 0) return std::nullopt;
    const GridRow& header = grid.rows[static_cast<size_t>(best)];
    std::vector<const GridRow*> below;
    for (int i = best + 1; i < static_cast<int>(grid.rows.size()) && static_cast<int>(below.size()) < kDataRows; ++i)
        if (!blank(grid.rows[static_cast<size_t>(i)])) below.push_back(&grid.rows[static_cast<size_t>(i)]);
    DateConventions dates = profile.dates;
    std::vector<std::string> all, read;
    std::vector<std::pair<int, std::string>> unknown;  // headings planbridge does not know, by column
    std::vector<ContentEvidence> evidence;
    bool action = false;
    std::set<Field> taken;
    for (const auto& [c, t] : headings_of(header, best)) {
        all.push_back(t);
        HeadingScore s = score_heading(t, profile);
        if (s.score > 0 && s.field != Field::extra) {
            read.push_back("'" + t + "' reads as " + std::string(to_string(s.field)));
            taken.insert(s.field);
        } else if (t.find_first_of(",='") == std::string::npos) {  // such a heading cannot go in a --map
            unknown.emplace_back(c, t);
            evidence.push_back(content_evidence(c, below, profile, dates));
        }
    }
    // The action is the column of the longest texts; the others as their content suggests.
    std::vector<Field> fields(unknown.size(), Field::extra);
    if (!taken.count(Field::action)) {
        size_t longest = unknown.size();
        for (size_t k = 0; k < unknown.size(); ++k)
            if (evidence[k].values >= 2 && evidence[k].words >= 3 && evidence[k].due < 0.7 && evidence[k].status < 0.7 &&
                (longest == unknown.size() || evidence[k].words > evidence[longest].words))
                longest = k;
        if (longest < unknown.size()) fields[longest] = Field::action, taken.insert(Field::action);
    }
    action = taken.count(Field::action) > 0;
    std::vector<std::string> map;
    for (size_t k = 0; k < unknown.size(); ++k) {
        if (fields[k] == Field::extra) fields[k] = suggested(evidence[k], true);
        if (fields[k] == Field::extra || (fields[k] != Field::action && !taken.insert(fields[k]).second)) continue;
        map.push_back(unknown[k].second + "=" + std::string(to_string(fields[k])));
    }
    TableDiagnosis d;
    d.row = header.number;
    d.score = best_score;
    d.said = "the likeliest header is row " + std::to_string(header.number) + " (" + quoted_list(all, 6) + "): " +
             (read.empty() ? std::string("none of its headings is one planbridge knows") : joined(read, ", ")) +
             (action || !map.empty() ? "" : ", and no column reads as the action");
    if (!map.empty()) d.map = "--map '" + joined(map, ",") + "'";
    return d;
}

}  // namespace planbridge
