#include "write/diff_csv.hpp"

#include <cstdio>

#include "write/csv_writer.hpp"

namespace planbridge {

namespace {

// The compared fields of the model's table, in the order a change lists them (its columns' order).
constexpr Field kChangedFields[] = {Field::status, Field::due, Field::owner, Field::action, Field::progress, Field::id, Field::section};

void row(std::string& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_quote(cells[i]);
    out += "\r\n";
}

}  // namespace

std::string write_diff_csv(const PlanDiff& diff, const Version& old_plan, const Version& new_plan) {
    std::string out = "\xEF\xBB\xBF";
    std::vector<std::string> head = {"change", "old_index", "new_index", "old_id", "new_id", "action", "changed_fields"};
    for (Field f : kChangedFields) {
        head.push_back(std::string(to_string(f)) + "_old");
        head.push_back(std::string(to_string(f)) + "_new");
    }
    for (const char* h : {"status_direction", "due_days", "flags", "match", "match_score"}) head.push_back(h);
    row(out, head);
    for (const ActionChange& c : diff.changes) {
        std::optional<ActionView> o, n;
        if (c.old_index >= 0) o = old_plan[static_cast<size_t>(c.old_index)];
        if (c.new_index >= 0) n = new_plan[static_cast<size_t>(c.new_index)];
        std::string changed;
        for (const FieldChange& f : c.fields) (changed += changed.empty() ? "" : " ") += f.field;
        std::vector<std::string> cells = {std::string(to_string(c.kind)), o ? std::to_string(c.old_index) : "", n ? std::to_string(c.new_index) : "",
                                          o ? std::string((*o)[Field::id]) : "", n ? std::string((*n)[Field::id]) : "", std::string((*(n ? n : o))[Field::action]), changed};
        for (Field name : kChangedFields) {
            const FieldChange* f = c.field(to_string(name));
            cells.emplace_back(f ? f->old_value : "");
            cells.emplace_back(f ? f->new_value : "");
        }
        const FieldChange* status = c.field(to_string(Field::status));
        const FieldChange* due = c.field(to_string(Field::due));
        std::string flags;
        for (Flag f : c.flags) flags += (flags.empty() ? "" : " ") + std::string(to_string(f));
        char score[32] = "";
        if (c.match) std::snprintf(score, sizeof score, "%.3f", c.match->score);
        cells.emplace_back(status ? status->direction : "");
        cells.push_back(due && due->days ? std::to_string(*due->days) : "");
        cells.push_back(flags);
        cells.push_back(c.match ? std::string(to_string(c.match->method)) : "");
        cells.push_back(score);
        row(out, cells);
    }
    return out;
}

}  // namespace planbridge
