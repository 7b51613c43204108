// The merge report as a page for the officer (issue 15): conflicts first, then what was taken
// from whom, then the rest; statuses as the layout's words on its colours.
#include <sstream>

#include "profile/embedded.hpp"
#include "support/strings.hpp"
#include "write/diff_html.hpp"
#include "write/merge_report.hpp"

namespace planbridge {

namespace {

class MergePage {
public:
    MergePage(const MergeReport& r, size_t returns, const Layout& l) : r_(r), returns_(returns), layout_(l) {}

    std::string run() {
        h_ << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
              "<title>Merge report</title>\n<style>\n"
           << embedded_file("diff.css");
        for (const StatusStyle& s : layout_.statuses)
            h_ << ".s-" << to_string(s.status) << "{background:#" << s.fill.hex() << ";color:#" << s.text.hex() << "}\n";
        h_ << "</style></head><body>\n<h1>Merge report</h1>\n<p class=\"versions\">" << returns_ << " return(s): " << r_.taken.size()
           << " change(s) taken, " << r_.conflicts.size() << " conflict(s)" << (r_.clean() ? "" : ", the base's value kept in each") << ".</p>\n";
        conflicts();
        taken();
        lists();
        h_ << "</body></html>\n";
        return h_.str();
    }

private:
    const MergeReport& r_;
    size_t returns_;
    const Layout& layout_;
    std::ostringstream h_;

    std::string value(const std::string& field, const std::string& v) const {
        if (field != "status") return html_escape(v);
        Status s = status_from_name(v).value_or(Status::unknown);
        return "<span class=\"status s-" + std::string(to_string(s)) + "\">" + html_escape(layout_.style_of(s).word) + "</span>";
    }

    void conflicts() {
        h_ << "<section id=\"conflicts\"><h2>Conflicts</h2>\n";
        if (r_.conflicts.empty()) {
            h_ << "<p class=\"empty\">No two returns changed one field differently.</p></section>\n";
            return;
        }
        h_ << "<table><thead><tr><th>Ref</th><th>Action</th><th>Field</th><th>Was</th><th>Each value sent</th><th>Taken</th></tr></thead><tbody>\n";
        for (const FieldConflict& c : r_.conflicts) {
            h_ << "<tr class=\"bad\"><td>" << html_escape(c.id) << "</td><td>" << html_escape(c.action) << "</td><td>" << c.field << "</td><td>"
               << value(c.field, c.base) << "</td><td>";
            for (const MergedValue& v : c.values) h_ << "<b>" << html_escape(v.sender) << "</b>: " << value(c.field, v.value) << "<br>";
            h_ << "</td><td>" << (c.resolved_to.empty() ? "none: the base's value kept" : html_escape(c.resolved_to)) << "</td></tr>\n";
        }
        h_ << "</tbody></table></section>\n";
    }

    void taken() {
        h_ << "<section id=\"taken\"><h2>Changes taken</h2>\n<table><thead><tr><th>Ref</th><th>Action</th><th>Field</th><th>Was</th>"
              "<th>Now</th><th>From</th></tr></thead><tbody>\n";
        for (const TakenEdit& t : r_.taken)
            h_ << "<tr><td>" << html_escape(t.id) << "</td><td>" << html_escape(t.action) << "</td><td>" << t.field << "</td><td>"
               << value(t.field, t.from) << "</td><td>" << value(t.field, t.to) << "</td><td>" << html_escape(joined(t.senders, ", "))
               << (t.off_owner ? " <span class=\"flag bad\">not their action</span>" : "") << "</td></tr>\n";
        h_ << "</tbody></table></section>\n";
    }

    void list(const char* id, const char* title, const std::vector<std::string>& items) {
        if (items.empty()) return;
        h_ << "<section id=\"" << id << "\"><h2>" << title << "</h2>\n<ul>\n";
        for (const std::string& i : items) h_ << "<li>" << html_escape(i) << "</li>\n";
        h_ << "</ul></section>\n";
    }

    void lists() {
        list("stale", "Stale returns", r_.stale);
        list("refused", "Left out", r_.refused);
        list("notes", "Notes", r_.notes);
        std::vector<std::string> missing, added, no_update;
        for (const MissingAction& m : r_.missing) missing.push_back(m.sender + ": " + (m.id.empty() ? "" : m.id + " ") + m.action);
        for (const AddedAction& a : r_.added) added.push_back(a.sender + ": " + a.action);
        for (const auto& [lead, n] : r_.no_update) no_update.push_back(lead + " (" + std::to_string(n) + " action" + (n == 1 ? ")" : "s)"));
        list("missing", "In the base but not in the sender's return (kept)", missing);
        list("added", "Added in a return", added);
        list("missing-returns", "Missing returns (no action of theirs changed)", no_update);
    }
};

}  // namespace

std::string merge_report_html(const MergeReport& report, size_t returns, const Layout& layout) {
    return MergePage(report, returns, layout).run();
}

}  // namespace planbridge
