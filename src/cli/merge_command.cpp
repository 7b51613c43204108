// planbridge merge BASE RETURN... -o merged.xlsx [--report FILE] [--prefer NAME] [--take-later]
//   Merges leads' returned copies into the master plan (reconcile/merge.hpp) and says what it
//   did (write/merge_report.hpp). Exit status: 0 merged cleanly, 1 merged with conflicts (the
//   base's values kept where returns disagree), 2 trouble (a return that could not be read is
//   named and left out; the others are merged).
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/input.hpp"
#include "cli/output.hpp"
#include "reconcile/merge.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "write/board_xlsx.hpp"
#include "write/csv_writer.hpp"
#include "write/json_writer.hpp"
#include "write/layout.hpp"
#include "write/merge_report.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

namespace {

constexpr int kClean = 0, kConflicts = 1, kTrouble = 2;

struct MergeArgs {
    std::vector<std::string> files;
    std::string output, format, report, prefer, layout_file;
    bool take_later = false;
    ReadingOptions reading;
};

void merge_options(VerbOptions& o, MergeArgs& a) {
    o.visible.add_options()
        ("help,h", "show this help")
        ("output,o", po::value(&a.output)->value_name("FILE"), "the merged plan: .xlsx (the board workbook), .json or .csv")
        ("format", po::value(&a.format)->value_name("FORMAT"), (kMergeFormats.described() + ", unless -o's extension names one").c_str())
        ("report", po::value(&a.report)->value_name("FILE"), "also write the merge report there: .json, .html, or text")
        ("prefer", po::value(&a.prefer)->value_name("NAME"), "a conflict goes to this return (its file name) or lead")
        ("take-later", po::bool_switch(&a.take_later), "a conflict goes to the return given later on the command line")
        ("layout", po::value(&a.layout_file)->value_name("FILE.xml"), "xlsx: colours, status words and columns");
    add_reading_options(o.visible, a.reading);
    o.hidden.add_options()("file", po::value(&a.files), "BASE, then each RETURN");
    o.positional.add("file", -1);
}

int merge(const std::vector<std::string>& args) {
    MergeArgs a;
    if (parse_verb("merge", args, a, merge_options)) return 0;
    if (a.files.size() < 2) throw PlanError(ErrorKind::usage, "", "", "merge needs BASE and at least one RETURN (see planbridge merge --help)");
    if (to_standard_output(a.output)) throw PlanError(ErrorKind::usage, "", "-o", "merge needs -o FILE for the merged plan (.xlsx, .json or .csv)");
    const std::string format = kMergeFormats.choose(a.format, a.output);
    ResolvedReading r = resolve(a.reading);
    const Layout layout = a.layout_file.empty() ? default_layout() : load_layout_file(a.layout_file);
    ImportOptions options = r.import_options();
    options.explain = false;
    Plan base = read_input(a.files[0], options).plan;
    // A return that cannot be read is named and left out; the others are merged.
    std::vector<Plan> plans;
    std::vector<std::string> senders;
    bool trouble = false;
    for (size_t k = 1; k < a.files.size(); ++k) {
        try {
            plans.push_back(read_input(a.files[k], options).plan);
            senders.push_back(file_name_of(a.files[k]));
        } catch (const PlanError& e) {
            std::cerr << "planbridge: " << e.what() << " (left out of the merge)\n";
            trouble = true;
        }
    }
    std::vector<ReturnedCopy> returns;
    for (size_t k = 0; k < plans.size(); ++k) returns.push_back({senders[k], &plans[k]});
    MergeResult m = merge_returns(base, returns, {a.prefer, a.take_later});
    if (format == "xlsx") {
        BoardOptions board;
        board.layout = &layout;
        board.as_of = r.as_of ? r.as_of : base.as_of;
        board.made = made_time();
        board.merge_report = &m.report;
        write_board_xlsx(m.merged, board, a.output);
    } else {
        write_output(a.output, format == "csv" ? write_csv({m.merged}) : write_json({m.merged}));
    }
    const std::string text = merge_report_text(m.report, returns.size());
    auto named = [&](const char* ext) {
        const size_t n = std::string_view(ext).size();
        return a.report.size() > n && a.report.compare(a.report.size() - n, n, ext) == 0;
    };
    if (!a.report.empty())
        write_output(a.report, named(".json") ? merge_report_json(m.report)
                               : named(".html") || named(".htm") ? merge_report_html(m.report, returns.size(), layout)
                                                                 : text);
    std::cout << text;
    if (trouble || !m.report.refused.empty()) return kTrouble;
    return m.report.clean() ? kClean : kConflicts;
}

}  // namespace

void describe_merge(VerbOptions& o) { describe_with(o, merge_options); }

int run_merge(const std::vector<std::string>& args) {
    // Like diff(1), any trouble is 2; the message still names the file and what is wrong.
    return with_trouble_as(kTrouble, merge, args);
}

}  // namespace planbridge::cli
