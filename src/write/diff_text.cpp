#include "write/diff_text.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "support/strings.hpp"
#include "write/diff_attention.hpp"

namespace planbridge {

namespace {

const char* const kGreen = "\x1b[32m";
const char* const kRed = "\x1b[31m";
const char* const kYellow = "\x1b[33m";
const char* const kBold = "\x1b[1m";
const char* const kReset = "\x1b[0m";

class Report {
public:
    Report(const PlanDiff& d, const Version& o, const Version& n, const TextReportOptions& opt) : d_(d), old_(o), new_(n), opt_(opt) {}

    std::string run() {
        header();
        summary();
        read_first();
        changes();
        return out_.str();
    }

private:
    const PlanDiff& d_;
    const Version& old_;
    const Version& new_;
    TextReportOptions opt_;
    std::ostringstream out_;

    std::string paint(const char* colour, const std::string& text) const { return opt_.colour ? colour + text + kReset : text; }

    static std::string plan_line(const Version& p) {
        return p.source_file + " — " + std::to_string(p.size()) + " actions" + (p.as_of ? ", as of " + p.as_of->iso() : "");
    }

    ActionView action_of(const ActionChange& c) const {
        return c.new_index >= 0 ? new_[static_cast<size_t>(c.new_index)] : old_[static_cast<size_t>(c.old_index)];
    }

    std::string label(const ActionChange& c) const {
        ActionView a = action_of(c);
        return (a[Field::id].empty() ? std::string() : std::string(a[Field::id]) + "  ") + shortened(a[Field::action], 70);
    }

    void header() {
        out_ << paint(kBold, "planbridge diff") << "\n  old: " << plan_line(old_) << "\n  new: " << plan_line(new_) << "\n\n";
    }

    void summary() {
        const DiffSummary& s = d_.summary;
        out_ << paint(kBold, "Summary") << "\n";
        out_ << "  " << s.added << " added, " << s.removed << " removed, " << s.changed << " changed, " << s.unchanged << " unchanged\n";
        out_ << "  status: " << s.status_improved << " improved, " << s.status_worsened << " worsened; " << s.newly_complete
             << " newly complete, " << s.newly_off_track << " newly off track\n";
        out_ << "  deadlines: " << s.deadline_slipped << " slipped, " << s.deadline_brought_forward << " brought forward; "
             << s.newly_overdue << " newly overdue\n";
        out_ << "  owners changed: " << s.owner_changed << "; reworded: " << s.reworded << "; renumbered: " << s.renumbered
             << "; moved: " << s.moved << "\n";
        out_ << "  progress: " << s.progress_updated << " updated, " << s.stale << " with no update this month\n\n";
    }

    // The exceptions, worst first (write/diff_attention).
    void read_first() {
        std::ostringstream lines;
        for (const AttentionEntry& e : planbridge::read_first(d_, false)) {
            std::string what(attention_label(e.why));
            what.resize(17, ' ');
            std::string_view tone = attention_tone(e.why);
            const char* colour = tone == "warn" ? kYellow : tone == "bad" ? kRed : kGreen;
            lines << "  " << paint(colour, what) << "  " << label(*e.change) << detail(e) << "\n";
        }
        std::string text = lines.str();
        if (text.empty()) return;
        out_ << paint(kBold, "Read first") << "\n" << text << "\n";
    }

    std::string detail(const AttentionEntry& e) const {
        const ActionChange& c = *e.change;
        if (e.why == Attention::newly_overdue) return "  (due " + std::string(action_of(c)[Field::due]) + ")";
        if (e.why == Attention::slipped) {
            const FieldChange* f = c.field("due");
            return "  (" + std::to_string(f->days.value_or(0)) + " days: " + std::string(f->old_value) + " → " + std::string(f->new_value) + ")";
        }
        const FieldChange* f = c.field("status");
        return f ? "  (" + std::string(f->old_value) + " → " + std::string(f->new_value) + ")" : std::string();
    }

    void changes() {
        out_ << paint(kBold, "Changes, in the new plan's order") << "\n";
        for (const ActionChange& c : d_.changes) {
            if (c.kind == ChangeKind::unchanged && !opt_.unchanged && c.flags.empty()) continue;
            const char* colour = c.kind == ChangeKind::added ? kGreen : c.kind == ChangeKind::removed ? kRed : kYellow;
            const char* mark = c.kind == ChangeKind::added ? "+" : c.kind == ChangeKind::removed ? "-" : c.kind == ChangeKind::changed ? "~" : "=";
            out_ << "  " << paint(colour, mark) << " " << label(c);
            if (c.kind == ChangeKind::added || c.kind == ChangeKind::removed) out_ << "  (" << to_string(c.kind) << ")";
            for (Flag f : c.flags) out_ << "  [" << flag_label(f) << "]";
            out_ << "\n";
            for (const FieldChange& f : c.fields) field(f);
            if (opt_.explain && c.match) explain(c);
        }
    }

    // How the pair was made, and what spoke for and against it.
    void explain(const ActionChange& c) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "score %.2f, text %.2f", c.match->score, c.match->text_similarity);
        out_ << "      matched: " << to_string(c.match->method) << " (" << buf << "), old #" << c.old_index << " → new #" << c.new_index << "\n";
        EvidenceText e = describe(c.match->evidence, old_[static_cast<size_t>(c.old_index)][Field::id], new_[static_cast<size_t>(c.new_index)][Field::id]);
        out_ << "        for: " << joined(e.for_pair, "; ") << "\n";
        if (!e.against_pair.empty()) out_ << "        against: " << joined(e.against_pair, "; ") << "\n";
    }

    void field(const FieldChange& f) {
        out_ << "      " << f.field << ": ";
        if (f.field == "action") {
            for (const WordSpan& w : f.words) {
                if (w.kind == WordSpan::same) out_ << w.text << " ";
                else if (w.kind == WordSpan::removed) out_ << paint(kRed, "[-" + w.text + "-]") << " ";
                else out_ << paint(kGreen, "{+" + w.text + "+}") << " ";
            }
            out_ << "\n";
            return;
        }
        if (f.field == "progress") {
            out_ << "updated: \"" << shortened(f.new_value, 90) << "\"\n";
            return;
        }
        const char* colour = f.direction == "improved" ? kGreen : f.direction == "worsened" || f.direction == "slipped" ? kRed : kYellow;
        out_ << shortened(f.old_value, 50) << " → " << shortened(f.new_value, 50);
        if (!f.direction.empty()) out_ << " " << paint(colour, "(" + std::string(f.direction) + (f.days ? ", " + std::to_string(*f.days) + " days" : "") + ")");
        out_ << "\n";
    }
};

}  // namespace

std::string write_diff_text(const PlanDiff& diff, const Version& old_plan, const Version& new_plan, const TextReportOptions& options) {
    return Report(diff, old_plan, new_plan, options).run();
}

}  // namespace planbridge
