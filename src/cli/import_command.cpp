// planbridge import FILE... [--format json|csv] [-o OUT] [--as-of DATE] [--profile F]
//   Reads each file into the plan model and writes it as JSON (default) or CSV.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/common_options.hpp"
#include "cli/output.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "write/csv_writer.hpp"
#include "write/json_writer.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

int run_import(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string format, output;
    ReadingOptions reading;
    po::options_description desc("planbridge import FILE... [options]");
    desc.add_options()
        ("help,h", "show this help")
        ("file", po::value(&files), "plan files: .xlsx, .xlsm, .csv, .docx, .htm/.html, .doc, .xls")
        ("format", po::value(&format), ("output format: " + kImportFormats.described()).c_str())
        ("output,o", po::value(&output), "write here instead of standard output (written whole or not at all)");
    add_reading_options(desc, reading);
    po::positional_options_description pos;
    pos.add("file", -1);
    if (parse_or_help(args, desc, pos)) return 0;
    if (files.empty()) throw PlanError(ErrorKind::usage, "", "", "import needs at least one FILE (see planbridge import --help)");
    format = kImportFormats.choose(format, output);

    ResolvedReading r = resolve(reading);
    std::vector<Plan> plans;
    ImportOptions options = r.import_options();
    options.explain = false;  // the reasons are for inspect
    for (const auto& f : files) plans.push_back(read_input(f, options).plan);
    std::string text = format == "csv" ? write_csv(plans) : write_json(plans);
    write_output(output, text);
    for (const Plan& p : plans)
        if (!p.warnings.empty())
            std::cerr << "planbridge: " << p.source_file << ": " << p.warnings.size() << " warning(s); see \"warnings\" in the output or run planbridge inspect\n";
    return 0;
}

}  // namespace planbridge::cli
