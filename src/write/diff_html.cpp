#include "write/diff_html.hpp"

#include <sstream>

#include "write/diff_json.hpp"

namespace planbridge {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

const char* const kStyle =
    "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:4px 8px;vertical-align:top;text-align:left}"
    "th{background:#1f4e79;color:#fff}.added{background:#e6f4ea}.removed{background:#fde8e8}"
    ".better{color:#116b2f;font-weight:bold}.worse{color:#a4161a;font-weight:bold}.changed{color:#8a5a00}"
    "del{background:#fbd5d5}ins{background:#ccebd5;text-decoration:none}.flag{font-size:90%;color:#555}";

std::string with_lines(std::string_view text) {
    std::string e = html_escape(text), out;
    for (char c : e) out += c == '\n' ? std::string("<br>") : std::string(1, c);
    return out;
}

std::string field_html(const FieldChange& f) {
    if (f.field == "action") {
        std::string s;
        for (const WordSpan& w : f.words) {
            if (w.kind == WordSpan::same) s += html_escape(w.text) + " ";
            else if (w.kind == WordSpan::removed) s += "<del>" + html_escape(w.text) + "</del> ";
            else s += "<ins>" + html_escape(w.text) + "</ins> ";
        }
        return s;
    }
    const char* cls = f.direction == "improved" ? "better" : f.direction == "worsened" || f.direction == "slipped" ? "worse" : "changed";
    std::string s = with_lines(f.old_value) + " → " + with_lines(f.new_value);
    if (!f.direction.empty())
        s += " <span class=\"" + std::string(cls) + "\">(" + std::string(f.direction) + (f.days ? ", " + std::to_string(*f.days) + " days" : "") + ")</span>";
    return s;
}

}  // namespace

std::string write_diff_html(const PlanDiff& diff, const Version& old_plan, const Version& new_plan) {
    std::ostringstream h;
    std::string title = new_plan.title.empty() ? new_plan.source_file : new_plan.title;
    h << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Changes: " << html_escape(title)
      << "</title><style>" << kStyle << "</style></head><body>\n";
    h << "<h1>What changed: " << html_escape(title) << "</h1>\n<p>Old: " << html_escape(old_plan.source_file)
      << (old_plan.as_of ? " (as of " + old_plan.as_of->iso() + ")" : "") << "<br>New: " << html_escape(new_plan.source_file)
      << (new_plan.as_of ? " (as of " + new_plan.as_of->iso() + ")" : "") << "</p>\n";
    h << "<h2>Summary</h2>\n<table><tr><th>count</th><th>actions</th></tr>\n";
    for (const auto& [name, label, n] : summary_counts(diff.summary)) h << "<tr><td>" << label << "</td><td>" << n << "</td></tr>\n";
    h << "</table>\n<h2>Changes, in the new plan's order</h2>\n";
    h << "<table><tr><th>change</th><th>ref</th><th>action</th><th>what changed</th><th>flags</th></tr>\n";
    for (const ActionChange& c : diff.changes) {
        if (c.kind == ChangeKind::unchanged && c.flags.empty()) continue;
        ActionView a = c.new_index >= 0 ? new_plan[static_cast<size_t>(c.new_index)] : old_plan[static_cast<size_t>(c.old_index)];
        h << "<tr class=\"" << to_string(c.kind) << "\"><td>" << to_string(c.kind) << "</td><td>" << html_escape(a[Field::id]) << "</td><td>"
          << with_lines(a[Field::action]) << "</td><td>";
        for (const FieldChange& f : c.fields) h << "<b>" << f.field << "</b>: " << field_html(f) << "<br>\n";
        h << "</td><td class=\"flag\">";
        for (size_t k = 0; k < c.flags.size(); ++k) h << (k ? "<br>" : "") << flag_label(c.flags[k]);
        h << "</td></tr>\n";
    }
    h << "</table>\n</body></html>\n";
    return h.str();
}

}  // namespace planbridge
