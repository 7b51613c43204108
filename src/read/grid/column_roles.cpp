#include "read/grid/column_roles.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "read/grid/numbered_parts.hpp"
#include "read/grid/references.hpp"
#include "read/grid/status_rules.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr size_t kContentSample = 200;  // rows looked at
constexpr double kPlain = 0.7;          // the share that makes a column's content plain

size_t word_count(std::string_view t) {
    size_t n = 0;
    bool in_word = false;
    for (char c : t) {
        bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// A lead as plans write one: a name or a job title ('Jo Davies', 'Head of Service – CIC',
// 'HoS/SM'), short, no sentence.
bool name_like(std::string_view t) {
    if (t.size() > 70 || word_count(t) > 10 || t.back() == '.') return false;
    unsigned char first = static_cast<unsigned char>(t.front());
    return std::isupper(first) || first >= 0x80;
}

std::string share_text(double share) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", share);
    return buf;
}

// What the heading says of the column: 1 for an exact synonym, less for a prefix or a word
// inside it; 0.3 for a bare question word ('What?'), which says little.
double heading_weight(const ColumnMapping& c, const Profile& profile) {
    if (!c.printed) return 0;
    HeadingScore s = score_heading(c.heading, profile);
    if (s.score == 0) return 0;
    std::string folded = fold_for_match(c.heading);
    static const std::set<std::string> question_words{"what", "who", "how", "when", "why", "where", "by whom", "by when"};
    if (question_words.count(folded) && s.score < 60) return 0.3;
    return s.score >= 30 ? 1.0 : s.score >= 20 ? 0.67 : 0.33;
}

// Blank, or a bare question word: a heading that does not say what the column is.
bool generic_heading(const ColumnMapping& c, const Profile& profile) {
    if (!c.printed) return true;
    double w = heading_weight(c, profile);
    return w > 0 && w <= 0.3;
}

void describe(ColumnMapping& col, double heading, const ContentEvidence& e) {
    double content = col.field == Field::extra ? 0 : e.for_field(col.field);
    double combined = heading > 0 ? 0.6 * heading + 0.4 * content : content;
    if (col.field == Field::extra) return;
    col.reason += "; heading " + share_text(heading) + ", content " + share_text(content) + " of " + std::to_string(e.values) +
                  " values → score " + share_text(combined);
}

}  // namespace

double ContentEvidence::for_field(Field f) const {
    switch (f) {
        case Field::due: return due;
        case Field::status: return status;
        case Field::id: return id;
        case Field::owner: return owner;
        case Field::action: case Field::progress: case Field::measure: case Field::resources: return prose;
        default: return 0;
    }
}

ContentEvidence content_evidence(int col, const std::vector<const GridRow*>& rows, const Profile& profile, const DateConventions& dates) {
    ContentEvidence e;
    int dated = 0, statused = 0, ids = 0, names = 0, prose = 0, filled_only = 0;
    std::set<std::string> distinct;
    size_t sampled = 0;
    for (const GridRow* r : rows) {
        if (++sampled > kContentSample) break;
        if (static_cast<size_t>(col) >= r->cells.size()) continue;
        const GridCell& c = r->cells[static_cast<size_t>(col)];
        if (!is_blank(c.text)) ++e.texts;
        if (c.merged() && c.origin_col != col) continue;  // a copy of the cell to the left
        std::string t(trim(c.text));
        // A cell of numbered paragraphs ('1. Head of Service' '2. …') is judged by its first.
        if (std::vector<std::string> parts = numbered_paragraphs(t); !parts.empty()) t = parts.front();
        if (t.empty()) {
            // A coloured cell with no text is a RAG swatch; white ones are only the sheet's background.
            bool white = c.fill && c.fill->r >= 240 && c.fill->g >= 240 && c.fill->b >= 240;
            if (c.fill && c.fill_source != FillSource::none && !white) ++filled_only, ++e.values;
            continue;
        }
        ++e.values;
        e.words += static_cast<double>(word_count(t));
        DueDate d = parse_due(t, dates);
        bool is_date = c.date || (d.kind != DueKind::unparsed && d.kind != DueKind::none && t.size() < 40);
        bool is_status = t.size() <= 25 && status_from_words(t, profile, WordContext::status_column).has_value();
        bool is_id = looks_like_bare_id(t);
        dated += is_date;
        statused += is_status;
        ids += is_id;
        if ((word_count(t) >= 7 && t.size() >= 40) || t.size() >= 60) ++prose;
        else if (!is_date && !is_status && !is_id && name_like(t)) ++names, distinct.insert(fold_for_match(t));
    }
    if (e.values == 0) return e;
    const double n = e.values;
    e.due = dated / n;
    e.status = (statused + filled_only) / n;
    e.id = ids / n;
    e.prose = prose / n;
    e.words /= n;
    // A lead's name recurs down the column; a column of different short labels is less likely one.
    double repeated = names > 2 && distinct.size() * 10 <= static_cast<size_t>(names) * 8 ? 1.0 : 0.85;
    e.owner = names / n * repeated;
    return e;
}

namespace {

// Under a grouped heading the field goes to the latest sub-column: the rightmost that holds
// anything (a tracker's 'Q3' and 'Q4' are empty until those quarters come).
void latest_filled_sub_column(HeaderMatch& header, const std::vector<ContentEvidence>& evidence) {
    for (size_t k = 0; k < header.columns.size(); ++k) {
        ColumnMapping& holder = header.columns[k];
        if (holder.group.empty() || holder.field == Field::extra || evidence[k].texts > 0) continue;
        for (size_t j = k; j-- > 0;) {
            ColumnMapping& earlier = header.columns[j];
            if (earlier.group != holder.group) break;
            if (evidence[j].texts == 0) continue;
            earlier.field = holder.field;
            earlier.reason = "the latest column under '" + holder.group + "' that holds anything (later ones are empty)";
            holder.field = Field::extra;
            holder.reason = "a later column under '" + holder.group + "', empty so far; kept as extra";
            break;
        }
    }
}

}  // namespace

void assign_roles_from_content(HeaderMatch& header, const std::vector<const GridRow*>& rows, const Profile& profile,
                               const DateConventions& dates) {
    auto unassigned = [&](Field f) { return header.column_of(f) < 0; };
    std::vector<ContentEvidence> evidence;
    for (const ColumnMapping& col : header.columns) evidence.push_back(content_evidence(col.col, rows, profile, dates));
    latest_filled_sub_column(header, evidence);
    // Of several unmapped columns of dates (start and end), the deadline is the last.
    size_t last_dated = header.columns.size();
    for (size_t k = 0; k < header.columns.size(); ++k)
        if (header.columns[k].field == Field::extra && evidence[k].values >= 2 && evidence[k].due >= kPlain) last_dated = k;
    for (size_t k = 0; k < header.columns.size(); ++k) {
        ColumnMapping& col = header.columns[k];
        const ContentEvidence& e = evidence[k];
        double heading = col.field == Field::extra ? 0 : heading_weight(col, profile);
        if (col.field != Field::extra || e.values < 2) {
            describe(col, heading, e);
            continue;
        }
        auto take = [&](Field f, const char* what) {
            col.field = f;
            col.reason = "content: " + std::to_string(static_cast<int>(e.for_field(f) * e.values + 0.5)) + " of " + std::to_string(e.values) +
                         " values " + what;
            describe(col, 0, e);
        };
        bool first_column = col.col == header.columns.front().col;
        if (unassigned(Field::status) && e.status >= kPlain) take(Field::status, "are status words, letters or fills");
        else if (unassigned(Field::due) && e.due >= kPlain && k == last_dated) take(Field::due, "are dates, the last such column");
        else if (unassigned(Field::id) && first_column && e.id >= kPlain) take(Field::id, "look like references");
        else if (unassigned(Field::action) && e.prose >= 0.5 && !generic_heading(col, profile))
            take(Field::action, "are sentences, and no column is headed as the action");  // a table has one
        else if (!generic_heading(col, profile)) continue;  // an unknown heading of its own: kept as the plan named it
        else if (unassigned(Field::id) && e.id >= kPlain) take(Field::id, "look like references");
        else if (unassigned(Field::owner) && e.owner >= kPlain && e.values >= 3) take(Field::owner, "are names or job titles");
        else if (unassigned(Field::action) && e.prose >= 0.5) take(Field::action, "are sentences");
        else if (unassigned(Field::progress) && e.prose >= 0.5 && header.column_of(Field::action) < col.col)
            take(Field::progress, "are sentences, after the action's column");
    }
}

}  // namespace planbridge
