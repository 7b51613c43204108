// planbridge inspect FILE [--as-of DATE] [--profile F]
//   Shows what the importer found and why: sheets, header rows, column → field mapping,
//   banner rows, skipped rows, and where each status came from. For the user whose file
//   imports wrongly.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/input.hpp"
#include "cli/output.hpp"
#include "model/fields.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "write/profile_xml.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

namespace {

std::string place_of(const Origin& o) {
    std::string s;
    if (!o.sheet.empty()) s += "sheet '" + o.sheet.str() + "' ";
    if (o.table > 0) s += "table " + std::to_string(o.table) + " ";
    if (o.row > 0) s += "row " + std::to_string(o.row);
    return std::string(trim(s));
}

// Pads to a width in characters (UTF-8 code points), not bytes: headings hold dashes and quotes.
std::string pad(const std::string& s, size_t width) {
    size_t chars = 0, cut = s.size();
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (chars == width) {
            cut = i;
            break;
        }
        ++chars;
    }
    return s.substr(0, cut) + std::string(width > chars ? width - chars : 0, ' ');
}

// The longest field name and a space.
constexpr size_t kFieldNameWidth = [] {
    size_t w = 5;  // 'extra'
    for (const FieldInfo& f : kFields) w = std::max(w, f.name.size());
    return w + 1;
}();

void print_table(std::ostream& out, const TableReport& t) {
    out << "\n" << (t.sheet.empty() ? std::string("table ") : "sheet '" + t.sheet + "', table ") << t.table
        << ": header at row " << t.header_row << ", " << t.actions << " action(s)\n";
    out << "  columns:\n";
    for (const ColumnMapping& c : t.columns) {
        out << "    " << pad(column_letters(c.col), 4) << pad("\"" + c.heading + "\"", 34) << " → "
            << pad(std::string(to_string(c.field)), kFieldNameWidth) << c.reason << "\n";
    }
    if (!t.repeated_header_rows.empty()) {
        out << "  repeated header rows skipped:";
        for (int r : t.repeated_header_rows) out << " " << r;
        out << "\n";
    }
    // Rows of a Word/HTML document's other tables are named by table as well.
    auto place = [&](int table, int row) {
        return (table > 0 && table != t.table ? "table " + std::to_string(table) + " " : std::string()) + "row " + std::to_string(row);
    };
    auto print_notes = [&](const char* title, const std::vector<RowNote>& notes) {
        if (notes.empty()) return;
        out << "  " << title << ":\n";
        for (const RowNote& n : notes) out << "    " << place(n.table, n.row) << ": " << n.text.substr(0, 100) << "\n";
    };
    print_notes("banner rows (sections)", t.banners);
    print_notes("label rows (given to the actions below)", t.context);
    print_notes("rows not read as actions", t.skipped);
    std::map<StatusSource, int> counts;
    for (const StatusTrace& s : t.statuses) ++counts[s.source];
    out << "  statuses:";
    for (const auto& [src, n] : counts) out << " " << n << " from " << to_string(src) << ";";
    out << "\n";
    for (const StatusTrace& s : t.statuses)
        out << "    " << std::left << std::setw(16) << place(s.table, s.row) << std::setw(8) << (s.id.empty() ? "-" : s.id) << std::setw(12)
            << to_string(s.status) << (s.detail.empty() ? "no status found" : s.detail) << "\n";
}

struct InspectArgs {
    std::string file, profile_out;
    ReadingOptions reading;
};

void inspect_options(VerbOptions& o, InspectArgs& a) {
    o.visible.add_options()("help,h", "show this help");
    add_reading_options(o.visible, a.reading);
    o.visible.add_options()("profile-out", po::value(&a.profile_out)->value_name("FILE.xml"),
                            "also write an import profile of what was found (headings, status words) to edit and pass back with --profile");
    o.hidden.add_options()("file", po::value(&a.file), "the plan file to look into");
    o.positional.add("file", 1);
}

}  // namespace

void describe_inspect(VerbOptions& o) { describe_with(o, inspect_options); }

int run_inspect(const std::vector<std::string>& args) {
    InspectArgs a;
    if (parse_verb("inspect", args, a, inspect_options)) return 0;
    const std::string& file = a.file;
    const ReadingOptions& reading = a.reading;
    if (file.empty()) throw PlanError(ErrorKind::usage, "", "", "inspect needs a FILE (see planbridge inspect --help)");
    ResolvedReading r = resolve(reading);
    ImportResult result = read_input(file, r.import_options());
    if (!a.profile_out.empty()) write_output(a.profile_out, profile_xml(result, std::filesystem::path(file_name_of(file)).stem().string()));
    const Plan& p = result.plan;
    const ImportReport& rep = result.report;
    std::ostream& out = std::cout;
    out << "file: " << rep.file << "\nformat: " << rep.format << "\nprofile: ";
    for (size_t i = 0; i < r.profile.names.size(); ++i) out << (i ? " + " : "") << r.profile.names[i];
    out << "\n";
    for (const auto& n : rep.notes) out << "note: " << n << "\n";
    if (!rep.colour_key.empty()) {
        out << "the plan's own RAG key (used before the profile's colours):\n";
        for (const auto& k : rep.colour_key) out << "  " << k << "\n";
    }
    out << "title: " << p.title << "\norganisation: " << (p.organisation.empty() ? "(not found)" : p.organisation) << "\nas_of: "
        << (p.as_of ? p.as_of->iso() + " (from " + rep.as_of_from + ")" : "(none: pass --as-of)") << "\n";
    out << "actions: " << p.actions.size() << "\nrecommendations:";
    for (const auto& rec : p.recommendations) out << " " << rec.number;
    out << (p.recommendations.empty() ? " (none stated)\n" : "\n");
    for (const auto& g : rep.grids_without_plan) out << "no plan table in: " << g << "\n";
    for (const TableReport& t : rep.tables) print_table(out, t);
    if (!p.warnings.empty()) {
        out << "\nwarnings:\n";
        for (const Warning& w : p.warnings) {
            std::string where = place_of(w.place);
            out << "  " << (where.empty() ? "" : where + ": ") << w.message << "\n";
        }
    }
    return 0;
}

}  // namespace planbridge::cli
