#include "write/diff_csv.hpp"

#include <cstdio>

#include "write/csv_writer.hpp"

namespace planbridge {

namespace {

const char* const kFields[] = {"status", "due", "owner", "action", "progress", "id", "section"};

void row(std::string& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_quote(cells[i]);
    out += "\r\n";
}

}  // namespace

std::string write_diff_csv(const PlanDiff& diff, const Plan& old_plan, const Plan& new_plan) {
    std::string out = "\xEF\xBB\xBF";
    std::vector<std::string> head = {"change", "old_index", "new_index", "old_id", "new_id", "action", "changed_fields"};
    for (const char* f : kFields) {
        head.push_back(std::string(f) + "_old");
        head.push_back(std::string(f) + "_new");
    }
    for (const char* h : {"status_direction", "due_days", "flags", "match", "match_score"}) head.push_back(h);
    row(out, head);
    for (const ActionChange& c : diff.changes) {
        const Action* o = c.old_index >= 0 ? &old_plan.actions[static_cast<size_t>(c.old_index)] : nullptr;
        const Action* n = c.new_index >= 0 ? &new_plan.actions[static_cast<size_t>(c.new_index)] : nullptr;
        std::string changed;
        for (const FieldChange& f : c.fields) (changed += changed.empty() ? "" : " ") += f.field;
        std::vector<std::string> cells = {std::string(to_string(c.kind)), o ? std::to_string(c.old_index) : "", n ? std::to_string(c.new_index) : "",
                                          o ? o->id : "", n ? n->id : "", (n ? n : o)->action, changed};
        for (const char* name : kFields) {
            const FieldChange* f = c.field(name);
            cells.emplace_back(f ? f->old_value : "");
            cells.emplace_back(f ? f->new_value : "");
        }
        const FieldChange* status = c.field("status");
        const FieldChange* due = c.field("due");
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
