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

int run_export(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string output, layout_file, since;
    ReadingOptions reading;
    po::options_description desc("planbridge export PLAN -o board.xlsx [options]");
    desc.add_options()
        ("help,h", "show this help")
        ("file", po::value(&files), "the plan: any file import reads")
        ("output,o", po::value(&output), "the workbook to write (.xlsx; written whole or not at all)")
        ("since", po::value(&since), "last month's version (any file import reads): adds what changed")
        ("layout", po::value(&layout_file), "colours, status words and columns (default: templates/layouts/board.xml)");
    add_reading_options(desc, reading);
    po::positional_options_description pos;
    pos.add("file", 1);
    if (parse_or_help(args, desc, pos)) return 0;
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
