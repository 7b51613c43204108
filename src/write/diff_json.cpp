#include "write/diff_json.hpp"

#include <cmath>
#include <cstdio>

#include "write/json_text.hpp"

namespace planbridge {

namespace {
double rounded(double v) { return std::round(v * 1000) / 1000; }

}  // namespace

std::vector<std::pair<std::string, int>> summary_counts(const DiffSummary& s) {
    return {{"added", s.added},
            {"removed", s.removed},
            {"changed", s.changed},
            {"unchanged", s.unchanged},
            {"status_improved", s.status_improved},
            {"status_worsened", s.status_worsened},
            {"newly_complete", s.newly_complete},
            {"newly_off_track", s.newly_off_track},
            {"deadline_slipped", s.deadline_slipped},
            {"deadline_brought_forward", s.deadline_brought_forward},
            {"owner_changed", s.owner_changed},
            {"reworded", s.reworded},
            {"renumbered", s.renumbered},
            {"moved", s.moved},
            {"progress_updated", s.progress_updated},
            {"stale", s.stale},
            {"newly_overdue", s.newly_overdue}};
}

namespace {

// The document written as it goes: a diff of two big plans would need
// several times its size as a JSON document in memory first.
class Streamer {
public:
    Streamer(const Plan& o, const Plan& n, std::ostream* sink) : old_(o), new_(n), sink_(sink) {}

    std::string run(const PlanDiff& diff) {
        out_.reserve(sink_ ? kChunk + 64 * 1024 : diff.changes.size() * 400);
        out_ += "{\n  \"summary\": {";
        bool first = true;
        for (const auto& [name, n] : summary_counts(diff.summary)) {
            out_ += first ? "\n    " : ",\n    ";
            first = false;
            key(name);
            out_ += std::to_string(n);
        }
        out_ += "\n  },\n  \"changes\": [";
        for (size_t k = 0; k < diff.changes.size(); ++k) {
            out_ += k ? ",\n    " : "\n    ";
            change(diff.changes[k]);
            if (sink_ && out_.size() >= kChunk) flush();
        }
        out_ += diff.changes.empty() ? "]\n}\n" : "\n  ]\n}\n";
        if (sink_) flush();
        return std::move(out_);
    }

private:
    static constexpr size_t kChunk = 1 << 20;
    const Plan& old_;
    const Plan& new_;
    std::ostream* sink_;  // null: everything stays in out_
    std::string out_;

    void flush() {
        sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
        out_.clear();
    }

    void key(std::string_view k) {
        append_json_string(out_, k);
        out_ += ": ";
    }
    void text(std::string_view k, std::string_view v) {
        key(k);
        append_json_string(out_, v);
    }

    void side(std::string_view name, const Plan& plan, int index) {
        key(name);
        if (index < 0) {
            out_ += "null";
            return;
        }
        const Action& a = plan.actions[static_cast<size_t>(index)];
        out_ += "{\"index\": " + std::to_string(index) + ", ";
        text("id", a.id);
        out_ += ", ";
        text("key", a.key);
        out_ += ", ";
        text("action", a.action);
        out_ += "}";
    }

    void field(const FieldChange& f) {
        key(f.field);
        out_ += "{";
        text("old", f.old_value);
        out_ += ", ";
        text("new", f.new_value);
        if (!f.direction.empty()) out_ += ", ", text("direction", f.direction);
        if (f.days) out_ += ", \"days\": " + std::to_string(*f.days);
        if (!f.words.empty()) {
            out_ += ", \"words\": [";
            for (size_t i = 0; i < f.words.size(); ++i) {
                const WordSpan& w = f.words[i];
                out_ += i ? ", {" : "{";
                text(w.kind == WordSpan::same ? "same" : w.kind == WordSpan::removed ? "removed" : "inserted", w.text);
                out_ += "}";
            }
            out_ += "]";
        }
        out_ += "}";
    }

    void change(const ActionChange& c) {
        out_ += "{";
        text("change", to_string(c.kind));
        out_ += ", ";
        side("old", old_, c.old_index);
        out_ += ", ";
        side("new", new_, c.new_index);
        out_ += ", \"fields\": {";
        for (size_t i = 0; i < c.fields.size(); ++i) {
            if (i) out_ += ", ";
            field(c.fields[i]);
        }
        out_ += "}, \"flags\": [";
        for (size_t i = 0; i < c.flags.size(); ++i) {
            if (i) out_ += ", ";
            append_json_string(out_, to_string(c.flags[i]));
        }
        out_ += "], \"match\": ";
        if (c.match) {
            char buf[128];
            std::snprintf(buf, sizeof buf, "{\"method\": \"%s\", \"score\": %.3f, \"text_similarity\": %.3f}",
                          std::string(to_string(c.match->method)).c_str(), rounded(c.match->score), rounded(c.match->text_similarity));
            out_ += buf;
        } else {
            out_ += "null";
        }
        out_ += "}";
    }
};

}  // namespace

std::string write_diff_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan) {
    return Streamer(old_plan, new_plan, nullptr).run(diff);
}

void write_diff_json(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan, std::ostream& out) {
    Streamer(old_plan, new_plan, &out).run(diff);
}

}  // namespace planbridge
