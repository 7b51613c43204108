#include "write/csv_writer.hpp"

#include <algorithm>

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
std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}
}  // namespace

std::string write_csv(const std::vector<Plan>& plans) {
    std::vector<std::string> extra;
    for (const Plan& p : plans)
        for (const auto& h : p.extra_columns)
            if (std::find(extra.begin(), extra.end(), h) == extra.end()) extra.push_back(h);
    std::vector<std::string> head = {"file", "key", "id", "section", "recommendations", "action", "owner", "due",
                                     "due_start", "due_end", "due_kind", "status", "status_from", "progress",
                                     "measure", "resources", "sheet", "table", "row"};
    head.insert(head.end(), extra.begin(), extra.end());
    std::string out = "\xEF\xBB\xBF";
    auto emit = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_quote(fields[i]);
        out += "\r\n";
    };
    emit(head);
    for (const Plan& p : plans) {
        for (const Action& a : p.actions) {
            std::vector<std::string> row = {
                a.origin.file, a.key, a.id, join(a.section, " > "), join(a.recommendations, "; "), a.action, a.owner,
                a.due.text, a.due.start ? a.due.start->iso() : "", a.due.end ? a.due.end->iso() : "",
                std::string(to_string(a.due.kind)), std::string(to_string(a.status)), std::string(to_string(a.status_from)),
                a.progress, a.measure, a.resources, a.origin.sheet, std::to_string(a.origin.table), std::to_string(a.origin.row)};
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
