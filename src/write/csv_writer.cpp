#include "write/csv_writer.hpp"

#include <algorithm>
#include <sstream>

#include "model/fields.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// Appends fields to a record: a comma between them, each quoted when it must be.
class CsvRecord {
public:
    explicit CsvRecord(std::string& out) : out_(out) {}
    void field(std::string_view f) {
        if (!first_) out_ += ',';
        first_ = false;
        if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
            out_ += f;
            return;
        }
        out_ += '"';
        for (char c : f) {
            if (c == '"') out_ += '"';
            out_ += c;
        }
        out_ += '"';
    }
    void end() { out_ += "\r\n"; }

private:
    std::string& out_;
    bool first_ = true;
};

// The CSV columns of one field of the model's table: its stable name, and for a due date and a
// status what was read from it.
void add_headings(std::vector<std::string>& out, const FieldInfo& f) {
    std::string name(f.name);
    out.push_back(name);
    if (f.kind == FieldKind::due) out.insert(out.end(), {name + "_start", name + "_end", name + "_kind"});
    if (f.kind == FieldKind::status) out.push_back(name + "_from");
}

void add_cells(CsvRecord& row, const Action& a, const FieldInfo& f) {
    switch (f.kind) {
        case FieldKind::text: row.field(*text_of(a, f.field)); break;
        case FieldKind::path: row.field(joined(a.section, " > ")); break;
        case FieldKind::list: row.field(joined(a.recommendations, "; ")); break;
        case FieldKind::due:
            row.field(a.due.text);
            row.field(a.due.start ? a.due.start->iso() : "");
            row.field(a.due.end ? a.due.end->iso() : "");
            row.field(to_string(a.due.kind));
            break;
        case FieldKind::status:
            row.field(to_string(a.status));
            row.field(to_string(a.status_from));
            break;
    }
}

}  // namespace

std::string csv_quote(const std::string& f) {
    std::string out;
    CsvRecord(out).field(f);
    return out;
}

void write_csv(const std::vector<PlanActions>& plans, std::ostream& os) {
    std::vector<std::string> extra;
    for (const PlanActions& p : plans)
        for (const auto& h : p.plan->extra_columns)
            if (std::find(extra.begin(), extra.end(), h) == extra.end()) extra.push_back(h);
    std::vector<std::string> head = {"file", "key"};
    for (const FieldInfo& f : kFields) add_headings(head, f);
    head.insert(head.end(), {"sheet", "table", "row"});
    head.insert(head.end(), extra.begin(), extra.end());
    std::string out = "\xEF\xBB\xBF";
    CsvRecord heading(out);
    for (const std::string& h : head) heading.field(h);
    heading.end();
    // Written a megabyte at a time: a big plan's CSV is never held whole.
    auto flush = [&] {
        os.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
    };
    for (const PlanActions& p : plans) {
        p.each([&](const Action& a) {
            CsvRecord row(out);
            row.field(a.origin.file);
            row.field(a.key);
            for (const FieldInfo& f : kFields) add_cells(row, a, f);
            row.field(a.origin.sheet);
            row.field(std::to_string(a.origin.table));
            row.field(std::to_string(a.origin.row));
            for (const auto& h : extra) {
                auto it = std::find_if(a.extra.begin(), a.extra.end(), [&](const auto& e) { return e.first == h; });
                row.field(it == a.extra.end() ? std::string_view() : std::string_view(it->second));
            }
            row.end();
            if (out.size() >= (1u << 20)) flush();
        });
    }
    flush();
}

std::string write_csv(const std::vector<Plan>& plans) {
    std::ostringstream os;
    write_csv(actions_of(plans), os);
    return std::move(os).str();
}

}  // namespace planbridge
