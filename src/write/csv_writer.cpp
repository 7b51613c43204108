#include "write/csv_writer.hpp"

#include <algorithm>

#include "model/fields.hpp"
#include "support/strings.hpp"

namespace planbridge {

std::string csv_quote(const std::string& f) {
    if (f.find_first_of(",\"\r\n") == std::string::npos) return f;
    std::string out = "\"";
    for (char c : f) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

// The CSV columns of one field of the model's table: its stable name, and for a due date and a
// status what was read from it.
void add_headings(std::vector<std::string>& out, const FieldInfo& f) {
    std::string name(f.name);
    out.push_back(name);
    if (f.kind == FieldKind::due) out.insert(out.end(), {name + "_start", name + "_end", name + "_kind"});
    if (f.kind == FieldKind::status) out.push_back(name + "_from");
}

void add_cells(std::vector<std::string>& out, const Action& a, const FieldInfo& f) {
    switch (f.kind) {
        case FieldKind::text: out.push_back(*text_of(a, f.field)); break;
        case FieldKind::path: out.push_back(joined(a.section, " > ")); break;
        case FieldKind::list: out.push_back(joined(a.recommendations, "; ")); break;
        case FieldKind::due:
            out.insert(out.end(), {a.due.text, a.due.start ? a.due.start->iso() : "", a.due.end ? a.due.end->iso() : "", std::string(to_string(a.due.kind))});
            break;
        case FieldKind::status: out.insert(out.end(), {std::string(to_string(a.status)), std::string(to_string(a.status_from))}); break;
    }
}

}  // namespace

std::string write_csv(const std::vector<Plan>& plans) {
    std::vector<std::string> extra;
    for (const Plan& p : plans)
        for (const auto& h : p.extra_columns)
            if (std::find(extra.begin(), extra.end(), h) == extra.end()) extra.push_back(h);
    std::vector<std::string> head = {"file", "key"};
    for (const FieldInfo& f : kFields) add_headings(head, f);
    head.insert(head.end(), {"sheet", "table", "row"});
    head.insert(head.end(), extra.begin(), extra.end());
    std::string out = "\xEF\xBB\xBF";
    auto emit = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_quote(fields[i]);
        out += "\r\n";
    };
    emit(head);
    std::vector<std::string> row;
    for (const Plan& p : plans) {
        for (const Action& a : p.actions) {
            row = {a.origin.file, a.key};
            for (const FieldInfo& f : kFields) add_cells(row, a, f);
            row.insert(row.end(), {a.origin.sheet, std::to_string(a.origin.table), std::to_string(a.origin.row)});
            for (const auto& h : extra) {
                auto it = std::find_if(a.extra.begin(), a.extra.end(), [&](const auto& e) { return e.first == h; });
                row.push_back(it == a.extra.end() ? "" : it->second);
            }
            emit(row);
        }
    }
    return out;
}

}  // namespace planbridge
