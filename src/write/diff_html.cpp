#include "write/diff_html.hpp"

#include <set>
#include <sstream>

#include "profile/embedded.hpp"
#include "support/strings.hpp"
#include "write/diff_attention.hpp"
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

std::string with_lines(std::string_view text) {
    std::string e = html_escape(text), out;
    for (char c : e) out += c == '\n' ? std::string("<br>") : std::string(1, c);
    return out;
}

// What a person calls each compared field.
std::string_view field_label(std::string_view field) {
    if (field == "status") return "Status";
    if (field == "due") return "Deadline";
    if (field == "owner") return "Lead";
    if (field == "action") return "Wording";
    if (field == "progress") return "Progress";
    if (field == "id") return "Reference";
    if (field == "section") return "Section";
    return field;
}

// An unchanged action is listed only when flagged (no update this month, newly overdue).
std::string_view kind_label(ChangeKind k) { return k == ChangeKind::unchanged ? "Flagged" : change_label(k); }

// The filter value of a change's row: its kind, or 'flagged' for an unchanged one with a flag.
std::string_view kind_value(ChangeKind k) { return k == ChangeKind::unchanged ? "flagged" : to_string(k); }

class Page {
public:
    Page(const PlanDiff& d, const Version& o, const Version& n, const Layout& l) : d_(d), old_(o), new_(n), layout_(l) {}

    std::string run() {
        head();
        versions();
        summary();
        attention();
        changes();
        h_ << "<footer>Made by planbridge. Statuses are shown in the layout's words on its colours; "
              "the Key: ";
        for (size_t k = 0; k < layout_.statuses.size(); ++k)
            h_ << (k ? " " : "") << badge(layout_.statuses[k].status) << " " << html_escape(layout_.statuses[k].meaning);
        h_ << "</footer>\n<script>" << embedded_file("diff.js") << "</script>\n</body></html>\n";
        return h_.str();
    }

private:
    const PlanDiff& d_;
    const Version& old_;
    const Version& new_;
    const Layout& layout_;
    std::ostringstream h_;

    std::string title() const { return new_.title.empty() ? new_.source_file : new_.title; }

    ActionView action_of(const ActionChange& c) const {
        return c.new_index >= 0 ? new_[static_cast<size_t>(c.new_index)] : old_[static_cast<size_t>(c.old_index)];
    }

    static std::string section_of(const ActionView& a) { return a.section->empty() ? "" : a.section->front(); }

    // A status as the layout shows it: its word on its colour.
    std::string badge(Status s) const {
        return "<span class=\"status s-" + std::string(to_string(s)) + "\">" + html_escape(layout_.style_of(s).word) + "</span>";
    }
    std::string badge(std::string_view status_name) const { return badge(status_from_name(status_name).value_or(Status::unknown)); }

    void head() {
        h_ << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
              // Nothing is fetched: the page is read where it is saved, often offline.
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
              "<title>What changed: "
           << html_escape(title()) << "</title>\n<style>\n"
           << embedded_file("diff.css");
        for (const StatusStyle& s : layout_.statuses)
            h_ << ".s-" << to_string(s.status) << "{background:#" << s.fill.hex() << ";color:#" << s.text.hex() << "}\n";
        h_ << "</style></head><body>\n";
    }

    static std::string version_line(const char* which, const Version& v) {
        return std::string("<b>") + which + ":</b> " + html_escape(v.source_file) + " — " + std::to_string(v.size()) + " actions" +
               (v.as_of ? ", as of " + v.as_of->iso() : "");
    }

    void versions() {
        h_ << "<header><h1>What changed: " << html_escape(title()) << "</h1>\n<p class=\"versions\">" << version_line("Old", old_)
           << "<br>" << version_line("New", new_) << "</p></header>\n";
    }

    void summary() {
        h_ << "<section id=\"summary\"><h2>Summary</h2>\n<table class=\"counts\"><thead><tr><th>Change</th><th>Actions</th></tr></thead><tbody>\n";
        for (const auto& [name, label, n] : summary_counts(d_.summary))
            h_ << "<tr class=\"" << (n ? "some" : "none") << "\" data-count=\"" << name << "\"><td>" << label << "</td><td class=\"n\">" << n
               << "</td></tr>\n";
        h_ << "</tbody></table></section>\n";
    }

    std::string lead_of(const ActionView& a) const { return with_lines(a[Field::owner]); }

    // What the text report lists first, with the lead and the detail in the plan's words.
    void attention() {
        h_ << "<section id=\"read-first\"><h2>Read first</h2>\n";
        std::vector<AttentionEntry> entries = read_first(d_, true);
        if (entries.empty()) {
            h_ << "<p class=\"empty\">Nothing is newly off track, worse, newly overdue, slipped, newly complete or without an update.</p></section>\n";
            return;
        }
        h_ << "<table><thead><tr><th>Why</th><th>Ref</th><th>Action</th><th>Lead</th><th>Detail</th></tr></thead><tbody>\n";
        for (const AttentionEntry& e : entries) {
            ActionView a = action_of(*e.change);
            h_ << "<tr class=\"" << attention_tone(e.why) << "\" data-why=\"" << attention_label(e.why) << "\"><td class=\"why\">"
               << attention_label(e.why) << "</td><td>" << html_escape(a[Field::id]) << "</td><td>" << with_lines(a[Field::action])
               << "</td><td>" << lead_of(a) << "</td><td>" << attention_detail(e) << "</td></tr>\n";
        }
        h_ << "</tbody></table></section>\n";
    }

    std::string attention_detail(const AttentionEntry& e) const {
        const ActionChange& c = *e.change;
        if (e.why == Attention::newly_overdue) return "due " + with_lines(action_of(c)[Field::due]);
        if (e.why == Attention::slipped) return field_html(*c.field("due"));
        if (e.why == Attention::no_update) return "progress text as last time";
        const FieldChange* f = c.field("status");
        return f ? field_html(*f) : badge(action_of(c).status);
    }

    std::string field_html(const FieldChange& f) const {
        if (f.field == "action") {
            std::string s;
            for (const WordSpan& w : f.words) {
                if (w.kind == WordSpan::same) s += html_escape(w.text) + " ";
                else if (w.kind == WordSpan::removed) s += "<del>" + html_escape(w.text) + "</del> ";
                else s += "<ins>" + html_escape(w.text) + "</ins> ";
            }
            return s;
        }
        if (f.field == "progress") return "now: " + with_lines(f.new_value);
        std::string from = f.field == "status" ? badge(f.old_value) : with_lines(f.old_value);
        std::string to = f.field == "status" ? badge(f.new_value) : with_lines(f.new_value);
        std::string s = from + "<span class=\"arrow\">→</span>" + to;
        if (f.direction.empty() || f.direction == "changed") return s;
        const char* cls = f.direction == "improved" || f.direction == "brought_forward" ? "better" : f.direction == "worsened" || f.direction == "slipped" ? "worse" : "moved";
        std::string days = f.days ? ", " + std::string(*f.days > 0 ? "+" : "") + std::to_string(*f.days) + " days" : "";
        return s + " <span class=\"" + cls + "\">(" + replace_underscores(f.direction) + days + ")</span>";
    }

    static std::string replace_underscores(std::string_view s) {
        std::string out(s);
        for (char& c : out)
            if (c == '_') c = ' ';
        return out;
    }

    void filters(const std::vector<const ActionChange*>& shown) {
        std::vector<std::string> sections;
        std::set<std::string> seen;
        int count[4] = {0, 0, 0, 0};
        for (const ActionChange* c : shown) {
            ++count[static_cast<int>(c->kind)];
            std::string s = section_of(action_of(*c));
            if (!s.empty() && seen.insert(s).second) sections.push_back(s);
        }
        h_ << "<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filter the changes\"><fieldset><legend>Show</legend>";
        for (ChangeKind k : {ChangeKind::added, ChangeKind::removed, ChangeKind::changed, ChangeKind::unchanged})
            if (count[static_cast<int>(k)])
                h_ << "<label><input type=\"checkbox\" name=\"kind\" value=\"" << kind_value(k) << "\" checked> " << kind_label(k) << " ("
                   << count[static_cast<int>(k)] << ")</label>";
        h_ << "</fieldset><label>Section <select id=\"section-filter\"><option value=\"\">All sections</option>";
        for (const std::string& s : sections) h_ << "<option value=\"" << html_escape(s) << "\">" << html_escape(s) << "</option>";
        h_ << "</select></label><span id=\"shown-count\" aria-live=\"polite\"></span></form>\n";
    }

    void changes();
    void change_row(const ActionChange& c);
};

void Page::changes() {
    std::vector<const ActionChange*> shown;
    for (const ActionChange& c : d_.changes)
        if (c.kind != ChangeKind::unchanged || !c.flags.empty()) shown.push_back(&c);
    h_ << "<section id=\"changes\"><h2>Changes, in the new plan's order</h2>\n";
    if (shown.empty()) {
        h_ << "<p class=\"empty\">No action was added, removed or changed.</p></section>\n";
        return;
    }
    filters(shown);
    h_ << "<table id=\"change-table\"><thead><tr><th>Change</th><th>Ref</th><th>Action</th><th>Lead</th><th>Status</th>"
          "<th>What changed</th><th>Flags</th></tr></thead><tbody>\n";
    for (const ActionChange* c : shown) change_row(*c);
    h_ << "</tbody></table></section>\n";
}

void Page::change_row(const ActionChange& c) {
    ActionView a = action_of(c);
    h_ << "<tr class=\"" << kind_value(c.kind) << "\" data-kind=\"" << kind_value(c.kind) << "\" data-section=\"" << html_escape(section_of(a))
       << "\"><td class=\"kind\">" << kind_label(c.kind) << "</td><td>" << html_escape(a[Field::id]) << "</td><td class=\"action\">"
       << with_lines(a[Field::action]) << "</td><td>" << lead_of(a) << "</td><td class=\"statuses\">";
    const FieldChange* status = c.field("status");
    h_ << (status ? badge(status->old_value) + "<span class=\"arrow\">→</span>" + badge(status->new_value) : badge(a.status)) << "</td><td class=\"what\">";
    for (const FieldChange& f : c.fields)
        if (f.field != "status") h_ << "<b>" << field_label(f.field) << ":</b> " << field_html(f) << "<br>\n";
    h_ << "</td><td>";
    for (Flag f : c.flags) {
        const char* tone = f == Flag::newly_complete ? "good" : f == Flag::stale ? "warn" : "bad";
        h_ << "<span class=\"flag " << tone << "\">" << flag_label(f) << "</span> ";
    }
    h_ << "</td></tr>\n";
}

}  // namespace

std::string write_diff_html(const PlanDiff& diff, const Version& old_plan, const Version& new_plan, const Layout& layout) {
    std::set<Status> used;
    for (const Version* v : {&old_plan, &new_plan})
        for (size_t i = 0; i < v->size(); ++i) used.insert((*v)[i].status);
    const Layout shown = layout.showing(used);
    return Page(diff, old_plan, new_plan, shown).run();
}

}  // namespace planbridge
