#include "write/diff_json.hpp"

#include <cmath>
#include <charconv>
#include <cstdio>
#include <future>
#include <algorithm>
#include <functional>

#include "write/json_text.hpp"

namespace planbridge {

using namespace std::string_view_literals;  // appending a literal then needs no strlen

namespace {

}  // namespace

std::vector<SummaryCount> summary_counts(const DiffSummary& s) {
    return {{"added", "Added", s.added},
            {"removed", "Removed", s.removed},
            {"changed", "Changed", s.changed},
            {"unchanged", "Unchanged", s.unchanged},
            {"status_improved", "Status improved", s.status_improved},
            {"status_worsened", "Status worsened", s.status_worsened},
            {"newly_complete", "Newly complete", s.newly_complete},
            {"newly_off_track", "Newly off track", s.newly_off_track},
            {"deadline_slipped", "Deadline slipped", s.deadline_slipped},
            {"deadline_brought_forward", "Deadline brought forward", s.deadline_brought_forward},
            {"owner_changed", "Lead changed", s.owner_changed},
            {"reworded", "Reworded", s.reworded},
            {"renumbered", "Renumbered", s.renumbered},
            {"moved", "Moved to another section", s.moved},
            {"progress_updated", "Progress updated", s.progress_updated},
            {"stale", "No update this month", s.stale},
            {"newly_overdue", "Newly overdue", s.newly_overdue}};
}

namespace {

// The document written as it goes: a diff of two big plans would need several times its size
// as a JSON document in memory first. Blocks of changes are rendered two at a time, on two
// threads, and written in order.
class Streamer {
public:
    Streamer(const Version& o, const Version& n) : old_(o), new_(n) {}

    std::string head(const DiffSummary& summary) {
        out_ += "{\n  \"summary\": {"sv;
        bool first = true;
        for (const auto& [name, label, n] : summary_counts(summary)) {
            out_ += first ? "\n    "sv : ",\n    "sv;
            first = false;
            key(name);
            out_ += std::to_string(n);
        }
        out_ += "\n  },\n  \"changes\": ["sv;
        return std::move(out_);
    }

    // Changes begin..end, change_at(k) giving the k-th, written into 'into' (cleared first;
    // a big report reuses two buffers rather than growing a fresh one for every block).
    template <class ChangeAt>
    std::string changes(size_t begin, size_t end, const ChangeAt& change_at, std::string into = {}) {
        out_ = std::move(into);
        out_.clear();
        for (size_t k = begin; k < end; ++k) {
            out_ += k ? ",\n    "sv : "\n    "sv;
            change(change_at(k));
        }
        return std::move(out_);
    }

    static std::string_view tail(size_t changes) { return changes == 0 ? "]\n}\n" : "\n  ]\n}\n"; }

private:
    const Version& old_;
    const Version& new_;
    std::string out_;

    void number(long n) {
        char buf[24];
        auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
        out_.append(buf, static_cast<size_t>(end - buf));
    }

    // A score as "%.3f" writes it (0.857), without printf: this runs twice for each of a big
    // diff's changes.
    void thousandths(double v) {
        long t = std::lround(v * 1000);
        if (t < 0) out_ += '-', t = -t;
        number(t / 1000);
        char frac[4] = {'.', static_cast<char>('0' + t / 100 % 10), static_cast<char>('0' + t / 10 % 10), static_cast<char>('0' + t % 10)};
        out_.append(frac, 4);
    }

    // Names and words of planbridge's own ('status', 'improved'): plain ASCII, so written as they
    // are; text from the plan goes through append_json_string.
    void key(std::string_view k) {
        out_ += '"';
        out_ += k;
        out_ += "\": "sv;
    }
    void word(std::string_view k, std::string_view v) {
        key(k);
        out_ += '"';
        out_ += v;
        out_ += '"';
    }
    void text(std::string_view k, std::string_view v) {
        key(k);
        append_json_string(out_, v);
    }

    void side(std::string_view name, const Version& plan, int index) {
        key(name);
        if (index < 0) {
            out_ += "null"sv;
            return;
        }
        ActionView a = plan[static_cast<size_t>(index)];
        out_ += "{\"index\": "sv;
        number(index);
        out_ += ", "sv;
        text("id", a[Field::id]);
        out_ += ", "sv;
        text("key", a.key);
        out_ += ", "sv;
        text("action", a[Field::action]);
        out_ += "}"sv;
    }

    void field(const FieldChange& f) {
        key(f.field);
        out_ += "{"sv;
        text("old", f.old_value);
        out_ += ", "sv;
        text("new", f.new_value);
        if (!f.direction.empty()) out_ += ", "sv, word("direction", f.direction);
        if (f.days) out_ += ", \"days\": "sv, number(*f.days);
        if (!f.words.empty()) {
            out_ += ", \"words\": ["sv;
            for (size_t i = 0; i < f.words.size(); ++i) {
                const WordSpan& w = f.words[i];
                out_ += i ? ", {"sv : "{"sv;
                text(w.kind == WordSpan::same ? "same" : w.kind == WordSpan::removed ? "removed" : "inserted", w.text);
                out_ += "}"sv;
            }
            out_ += "]"sv;
        }
        out_ += "}"sv;
    }

    void change(const ActionChange& c) {
        out_ += "{"sv;
        word("change", to_string(c.kind));
        out_ += ", "sv;
        side("old", old_, c.old_index);
        out_ += ", "sv;
        side("new", new_, c.new_index);
        out_ += ", \"fields\": {"sv;
        for (size_t i = 0; i < c.fields.size(); ++i) {
            if (i) out_ += ", "sv;
            field(c.fields[i]);
        }
        out_ += "}, \"flags\": ["sv;
        for (size_t i = 0; i < c.flags.size(); ++i) {
            if (i) out_ += ", "sv;
            out_ += '"';
            out_ += to_string(c.flags[i]);
            out_ += '"';
        }
        out_ += "], \"match\": "sv;
        if (c.match) {
            out_ += "{\"method\": \""sv;
            out_ += to_string(c.match->method);
            out_ += "\", \"score\": "sv;
            thousandths(c.match->score);
            out_ += ", \"text_similarity\": "sv;
            thousandths(c.match->text_similarity);
            out_ += "}"sv;
        } else {
            out_ += "null"sv;
        }
        out_ += "}"sv;
    }
};

}  // namespace

std::string write_diff_json(const PlanDiff& diff, const Version& old_plan, const Version& new_plan) {
    Streamer s(old_plan, new_plan);
    std::string out = s.head(diff.summary);
    out += s.changes(0, diff.changes.size(), [&](size_t k) -> const ActionChange& { return diff.changes[k]; });
    out += Streamer::tail(diff.changes.size());
    return out;
}

DiffSummary write_diff_json(const Version& old_plan, const Version& new_plan, const Alignment& alignment, std::ostream& out) {
    constexpr size_t kBlock = 2048;  // changes per block: about a megabyte and a half of JSON
    auto write = [&out](std::string_view text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); };
    ChangeMaker maker(old_plan, new_plan, alignment);
    std::vector<ChangeSlot> order = change_order(old_plan, new_plan, alignment);
    // The summary comes first in the document: one pass to count (word diffs skipped), then each
    // block's changes made again as it is rendered and dropped after.
    DiffSummary summary = maker.summarise(order);
    write(Streamer(old_plan, new_plan).head(summary));
    auto render = [&](size_t begin, size_t end, std::string& buffer) {
        buffer = Streamer(old_plan, new_plan).changes(begin, end, [&](size_t k) { return maker.make(order[k]); }, std::move(buffer));
    };
    size_t n = order.size();
    std::string first, second;  // reused: fresh megabytes cost a page fault every 4 KiB
    for (size_t start = 0; start < n; start += 2 * kBlock) {
        size_t middle = std::min(n, start + kBlock), end = std::min(n, start + 2 * kBlock);
        std::future<void> rendering_second;
        if (middle < end) rendering_second = std::async(std::launch::async, render, middle, end, std::ref(second));
        render(start, middle, first);
        write(first);
        if (rendering_second.valid()) rendering_second.get(), write(second);
    }
    write(Streamer::tail(n));
    return summary;
}

}  // namespace planbridge
