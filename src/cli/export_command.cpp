// planbridge export PLAN -o board.xlsx [--since OLD] [--as-of DATE] [--layout FILE] [--profile FILE]
//   Writes the plan as the RAG-coloured board workbook (write/board_xlsx.hpp); with --since,
//   what changed since that version too (write/board_changes.hpp).
#include <iostream>

#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/common_options.hpp"
#include "cli/output.hpp"
#include "support/error.hpp"
#include "reconcile/match.hpp"
#include "write/board_changes.hpp"
#include "write/board_xlsx.hpp"
#include "write/layout.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

namespace {

struct ExportArgs {
    std::vector<std::string> files;
    std::string output, layout_file, since;
    ReadingOptions reading;
};

void export_options(VerbOptions& o, ExportArgs& a) {
    o.visible.add_options()
        ("help,h", "show this help")
        ("output,o", po::value(&a.output)->value_name("FILE.xlsx"), "the workbook to write (written whole or not at all)")
        ("since", po::value(&a.since)->value_name("OLD"), "last month's version (any file import reads): adds what changed")
        ("layout", po::value(&a.layout_file)->value_name("FILE.xml"), "colours, status words and columns (default: templates/layouts/board.xml)");
    add_reading_options(o.visible, a.reading);
    o.hidden.add_options()("file", po::value(&a.files), "the plan: any file import reads");
    o.positional.add("file", 1);
}

}  // namespace

void describe_export(VerbOptions& o) { describe_with(o, export_options); }

int run_export(const std::vector<std::string>& args) {
    ExportArgs a;
    if (parse_verb("export", args, a, export_options)) return 0;
    const std::vector<std::string>& files = a.files;
    const std::string &output = a.output, &layout_file = a.layout_file, &since = a.since;
    const ReadingOptions& reading = a.reading;
    if (files.size() != 1) throw PlanError(ErrorKind::usage, "", "", "export needs one PLAN file (see planbridge export --help)");
    if (to_standard_output(output)) throw PlanError(ErrorKind::usage, "", "-o", "export needs -o FILE.xlsx: a workbook is not written to standard output");
    kExportFormats.choose("", output);  // board.pdf: refused

    ResolvedReading r = resolve(reading);
    Layout layout = layout_file.empty() ? default_layout() : load_layout_file(layout_file);
    ImportOptions options = r.import_options();
    options.explain = false;
    Plan plan = read_input(files[0], options).plan;
    BoardOptions board;
    board.layout = &layout;
    board.made = made_time();
    board.as_of = r.as_of ? r.as_of : plan.as_of;
    if (since.empty()) {
        write_board_xlsx(plan, board, output);
        return 0;
    }
    ImportOptions old_options = options;
    old_options.as_of = std::nullopt;  // --as-of dates this month's version, not last month's
    Plan old_plan = read_input(since, old_options).plan;
    Version old_version = Version::of(old_plan), new_version = Version::of(plan);
    if (!new_version.as_of) new_version.as_of = board.as_of;
    PlanDiff diff = diff_plans(old_version, new_version, align(old_version, new_version));
    ChangeSet changes{old_version, new_version, diff};
    board.changes = &changes;
    write_board_xlsx(plan, board, output);
    return 0;
}

}  // namespace planbridge::cli
