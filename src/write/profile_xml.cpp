#include "write/profile_xml.hpp"

#include <map>
#include <set>
#include <sstream>

#include "support/strings.hpp"
#include "write/diff_html.hpp"  // html_escape: the same escaping serves XML text and attributes

namespace planbridge {

namespace {

// Comments may not hold '--'.
std::string comment_text(std::string_view s) {
    std::string out(s);
    for (size_t i; (i = out.find("--")) != std::string::npos;) out.replace(i, 2, "- -");
    return out;
}

// 'text "On track"' → 'On track'; '' for any other trace.
std::string quoted_word(const std::string& detail) {
    size_t open = detail.find('"'), close = detail.rfind('"');
    return open == std::string::npos || close <= open ? "" : detail.substr(open + 1, close - open - 1);
}

// Each field's printed headings, in the order found, each once (folded); and the kept columns.
struct Found {
    std::map<Field, std::vector<std::string>> headings;
    std::vector<std::string> kept;
    std::map<Status, std::vector<std::string>> words;
    std::vector<std::string> colours;
};

Found what_was_found(const ImportReport& report) {
    Found f;
    std::set<std::string> seen_heading, seen_word, seen_colour;
    for (const TableReport& t : report.tables) {
        for (const ColumnMapping& c : t.columns) {
            if (!c.printed || !seen_heading.insert(fold_for_match(c.heading)).second) continue;
            if (c.field == Field::extra) f.kept.push_back(c.heading);
            else f.headings[c.field].push_back(c.heading);
        }
        for (const StatusTrace& s : t.statuses) {
            if (s.source == StatusSource::text) {
                std::string w = quoted_word(s.detail);
                if (!w.empty() && w.size() <= 60 && seen_word.insert(fold_for_match(w)).second) f.words[s.status].push_back(w);
            } else if (s.source == StatusSource::fill && seen_colour.insert(s.detail).second) {
                f.colours.push_back(s.detail + " read as " + std::string(to_string(s.status)));
            }
        }
    }
    return f;
}

}  // namespace

std::string profile_xml(const ImportResult& result, const std::string& name) {
    const Found f = what_was_found(result.report);
    std::ostringstream x;
    x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- Written by planbridge inspect from " << comment_text(result.report.file) << " (see the description). -->\n";
    x << "<profile name=\"" << html_escape(name) << "\">\n  <description>What planbridge found in " << html_escape(result.report.file)
      << ": the headings and status words it read there. Edit them (move a heading to another field, add this council's "
         "words) and pass this file back with --profile. Headings and words are compared folded: case, punctuation and "
         "spacing aside.</description>\n";
    if (!f.headings.empty()) {
        x << "  <headings>\n";
        for (const auto& [field, headings] : f.headings) {
            x << "    <field name=\"" << to_string(field) << "\">\n";
            for (const std::string& h : headings) x << "      <heading priority=\"9\">" << html_escape(h) << "</heading>\n";
            x << "    </field>\n";
        }
        x << "  </headings>\n";
    }
    if (!f.kept.empty()) {
        x << "  <!-- Kept as they are, under their own headings (move one into a <field> above to read it as that field):\n";
        for (const std::string& k : f.kept) x << "       " << comment_text(k) << "\n";
        x << "  -->\n";
    }
    if (!f.words.empty()) {
        x << "  <status-words>\n";
        for (const auto& [status, words] : f.words) {
            x << "    <status name=\"" << to_string(status) << "\">\n";
            for (const std::string& w : words) x << "      <word match=\"exact\">" << html_escape(w) << "</word>\n";
            x << "    </status>\n";
        }
        x << "  </status-words>\n";
    }
    if (!f.colours.empty()) {
        x << "  <!-- Colours read (a <colours> section can change what a hue means):\n";
        for (const std::string& c : f.colours) x << "       " << comment_text(c) << "\n";
        x << "  -->\n";
    }
    x << "</profile>\n";
    return x.str();
}

}  // namespace planbridge
