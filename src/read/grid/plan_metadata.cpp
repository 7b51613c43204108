#include "read/grid/plan_metadata.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "read/document.hpp"
#include "support/strings.hpp"

namespace planbridge {

std::string row_text(const GridRow& row) {
    std::string out;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const GridCell& cell = row.cells[c];
        if (cell.merged() && cell.origin_col != static_cast<int>(c)) continue;
        std::string t = collapse_space(cell.text);
        if (t.empty()) continue;
        out += (out.empty() ? "" : " ") + t;
    }
    return out;
}

namespace {
// 'BUCKINGHAMSHIRE COUNTY COUNCIL' → 'Buckinghamshire County Council'; mixed case is kept.
std::string title_case_if_shouting(std::string s) {
    if (std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); })) return s;
    bool start = true;
    for (char& c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalpha(u)) {
            c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
            start = false;
        } else {
            start = c == ' ' || c == '-';
        }
    }
    return s;
}
}  // namespace

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string w;
    for (char c : text + " ") {
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ':' || c == '(' || c == ')') {
            if (!w.empty()) words.push_back(w);
            w.clear();
            if (c == '\n') words.push_back("\n");  // a name never runs across lines
        } else {
            w += c;
        }
    }
    return words;
}

bool capitalised(const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

std::string join_words(const std::vector<std::string>& words, size_t from, size_t to) {
    std::string s;
    for (size_t i = from; i < to; ++i) s += (s.empty() ? "" : " ") + words[i];
    return s;
}

}  // namespace

// 'West Berkshire Council' (up to five capitalised words before 'Council'), or 'Royal Borough of
// Windsor and Maidenhead' ('Borough of' and the capitalised words, 'and', 'upon' after it).
std::string find_organisation(const std::string& text) {
    std::vector<std::string> w = words_of(text);
    for (size_t i = 0; i + 1 < w.size(); ++i) {
        if (w[i] != "Borough" || w[i + 1] != "of") continue;
        size_t from = i > 0 && (w[i - 1] == "Royal" || w[i - 1] == "London") ? i - 1 : i;
        size_t to = i + 2;
        while (to < w.size() && (capitalised(w[to]) || ((w[to] == "and" || w[to] == "upon" || w[to] == "on") && to + 1 < w.size() && capitalised(w[to + 1]))))
            ++to;
        if (to > i + 2) return join_words(w, from, to);
    }
    for (size_t i = 1; i < w.size(); ++i) {
        if (w[i] != "Council" && w[i] != "COUNCIL") continue;
        size_t from = i;
        while (from > 0 && i - from < 5 && capitalised(w[from - 1])) --from;
        if (from == i) continue;
        if (w[from] == "The" || w[from] == "THE") ++from;
        if (from < i) return title_case_if_shouting(join_words(w, from, i + 1));
    }
    return "";
}

namespace {

std::string file_stem(const std::string& path) {
    size_t slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    size_t dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// A heading or line that dates the plan: 'Progress to date (Sept 2017)', 'Update – 10 July 2012'.
bool dates_the_plan(const std::string& text) {
    std::string t = to_lower_ascii(text);
    for (const char* w : {"progress", "update", "as at", "as of", "position", "review", "status at", "reported"})
        if (t.find(w) != std::string::npos) return true;
    return false;
}

}  // namespace

PlanMetadata find_metadata(const std::vector<MetadataSource>& sources, const Document& doc,
                           std::optional<Date> as_of_option, const DateConventions& dates) {
    PlanMetadata m;
    // The first line above the table that names the plan ('… Action Plan …'), else the first line.
    for (const MetadataSource& s : sources) {
        if (s.lines_before_header.empty()) continue;
        m.title = s.lines_before_header.front();
        for (const std::string& l : s.lines_before_header) {
            std::string f = " " + fold_for_match(l) + " ";
            if (f.find(" plan ") != std::string::npos || f.find(" plans ") != std::string::npos) {
                m.title = l;
                break;
            }
        }
        break;
    }
    if (m.title.empty()) m.title = !doc.title.empty() ? doc.title : file_stem(doc.file);

    std::string all_lines;
    for (const MetadataSource& s : sources)
        for (const std::string& l : s.lines_before_header) all_lines += l + "\n";
    m.organisation = find_organisation(m.title + "\n" + all_lines);
    if (m.organisation.empty()) m.organisation = find_organisation(doc.title);
    if (m.organisation.empty()) m.organisation = doc.organisation;

    if (as_of_option) {
        m.as_of = as_of_option;
        m.as_of_from = "--as-of";
        return m;
    }
    // The latest period a progress heading reports on (a tracker has one per month).
    for (const MetadataSource& s : sources) {
        for (const std::string& h : s.headings) {
            if (!dates_the_plan(h)) continue;
            auto d = find_period_end(h, dates);
            if (d && (!m.as_of || *d > *m.as_of)) {
                m.as_of = d;
                m.as_of_from = "heading \"" + h + "\"";
            }
        }
    }
    if (m.as_of) return m;
    for (const MetadataSource& s : sources) {
        for (const std::string& l : s.lines_before_header) {
            if (!dates_the_plan(l) && l != m.title) continue;
            if (auto d = find_period_end(l, dates)) {
                m.as_of = d;
                m.as_of_from = "line \"" + l + "\"";
                return m;
            }
        }
    }
    return m;
}

}  // namespace planbridge
