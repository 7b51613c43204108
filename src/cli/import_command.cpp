// planbridge import FILE... [--format json|csv] [-o OUT] [--as-of DATE] [--profile F]
//   Reads each file into the plan model and writes it as JSON (default) or CSV.
#include <iostream>
#include <memory>
#include <utility>

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

namespace {

struct ImportArgs {
    std::vector<std::string> files;
    std::string format, output;
    ReadingOptions reading;
};

void import_options(VerbOptions& o, ImportArgs& a) {
    o.visible.add_options()
        ("help,h", "show this help")
        ("format", po::value(&a.format)->value_name("FORMAT"), ("output format: " + kImportFormats.described() + ", unless -o's extension names one").c_str())
        ("output,o", po::value(&a.output)->value_name("FILE"), "write here instead of standard output (written whole or not at all)");
    add_reading_options(o.visible, a.reading);
    o.hidden.add_options()("file", po::value(&a.files), "plan files");
    o.positional.add("file", -1);
}

}  // namespace

void describe_import(VerbOptions& o) { describe_with(o, import_options); }

int run_import(const std::vector<std::string>& args) {
    ImportArgs a;
    if (parse_verb("import", args, a, import_options)) return 0;
    if (a.files.empty()) throw PlanError(ErrorKind::usage, "", "", "import needs at least one FILE (see planbridge import --help)");
    a.format = kImportFormats.choose(a.format, a.output);

    ResolvedReading r = resolve(a.reading);
    // Each plan's actions are kept compactly as they are read (model/action_store.hpp): a sheet
    // of a million rows as Actions would take over 400 MB. Left to the exit, as diff's versions
    // are (diff_command.cpp, left_to_exit): freeing a big plan just before the process ends
    // cost a tenth of an import.
    static auto* held = new std::vector<std::pair<Plan, std::unique_ptr<ActionStore>>>;
    const size_t first = held->size();  // this call's plans (one call a process, but no need to rely on it)
    ImportOptions options = r.import_options();
    options.explain = false;  // the reasons are for inspect
    for (const auto& f : a.files) {
        auto store = std::make_unique<ActionStore>();
        StoreSink sink(*store);
        options.sink = &sink;
        held->emplace_back(read_input(f, options).plan, std::move(store));
    }
    std::vector<PlanActions> plans;
    for (size_t i = first; i < held->size(); ++i) plans.push_back({&(*held)[i].first, (*held)[i].second.get()});
    write_output(a.output, [&](std::ostream& os) { a.format == "csv" ? write_csv(plans, os) : write_json(plans, os); });
    for (const PlanActions& p : plans)
        if (!p.plan->warnings.empty())
            std::cerr << "planbridge: " << p.plan->source_file << ": " << p.plan->warnings.size() << " warning(s); see \"warnings\" in the output or run planbridge inspect\n";
    return 0;
}

}  // namespace planbridge::cli
