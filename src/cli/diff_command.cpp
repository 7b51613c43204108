// planbridge diff OLD NEW [--format text|json|csv|html] [-o OUT] [--explain] [--all]
//   Pairs the actions of two versions of a plan and says what changed (docs/reconcile.md).
//   Exit status as diff(1): 0 no changes, 1 changes, 2 trouble.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <future>
#include <iostream>
#include <new>

#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/common_options.hpp"
#include "cli/output.hpp"
#include "reconcile/diff.hpp"
#include "reconcile/match.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "write/board_changes.hpp"
#include "write/diff_csv.hpp"
#include "write/diff_html.hpp"
#include "write/diff_json.hpp"
#include "write/diff_text.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

namespace {

constexpr int kNoChanges = 0, kChanges = 1, kTrouble = 2;

struct DiffArgs {
    std::vector<std::string> files;
    std::string format, output, colour = "auto", old_as_of, layout;
    bool explain = false, all = false;
    ReadingOptions reading;
};

bool use_colour(const DiffArgs& a) {
    if (a.colour == "always") return true;
    if (a.colour == "never" || !a.output.empty() || std::getenv("NO_COLOR")) return false;
    return isatty(STDOUT_FILENO) == 1;
}

// One version of the plan as reconcile reads it, with what matching needs, made on the thread
// that reads it. The reader hands each action to the version as it is made, so neither whole
// Plan is ever held (two big plans would otherwise be in memory at once).
struct Read {
    Version version;
    MatchHashes hashes;
};

Read read_version(const std::string& path, ImportOptions options, bool as_old) {
    Read r;
    options.sink = &r.version;
    Plan plan = read_input(path, options).plan;  // its title, as_of …: the actions went to the version
    r.version.title = plan.title;
    r.version.source_file = plan.source_file;
    r.version.as_of = plan.as_of;
    r.hashes = match_hashes(r.version, as_old);
    return r;
}

struct Run {
    Read old_version, new_version;
    Alignment alignment;
    PlanDiff diff;
};

// A diff of two big plans holds a few hundred thousand small blocks that take tens of
// milliseconds to free, just before the process exits and the system takes them back at once:
// they are left to the exit (as compilers do), reachable from here, so no leak checker counts them.
Run& left_to_exit() {
    static Run* run = new Run;
    return *run;
}

void diff_options(VerbOptions& o, DiffArgs& a) {
    o.visible.add_options()
        ("help,h", "show this help")
        ("format", po::value(&a.format)->value_name("FORMAT"), (kDiffFormats.described() + ", unless -o's extension names one (xlsx, a workbook, needs -o)").c_str())
        ("layout", po::value(&a.layout)->value_name("FILE.xml"), "xlsx and html: colours and status words (default: templates/layouts/board.xml)")
        ("output,o", po::value(&a.output)->value_name("FILE"), "write here instead of standard output (written whole or not at all)")
        ("explain", po::bool_switch(&a.explain), "show how each pair of actions was matched: its score, and the evidence for and against it")
        ("all", po::bool_switch(&a.all), "text: list unchanged actions too")
        ("colour", po::value(&a.colour)->value_name("WHEN"), "text: auto (default: when writing to a terminal), always or never")
        ("old-as-of", po::value(&a.old_as_of)->value_name("DATE"), "the date the old version reports on (default: from the file)");
    add_reading_options(o.visible, a.reading);
    o.hidden.add_options()("file", po::value(&a.files), "the old and the new version: any file import reads");
    o.positional.add("file", 2);
}

int diff(const std::vector<std::string>& args) {
    DiffArgs a;
    if (parse_verb("diff", args, a, diff_options)) return kNoChanges;
    if (a.files.size() != 2) throw PlanError(ErrorKind::usage, "", "", "diff needs two files, OLD and NEW (see planbridge diff --help)");
    if (a.files[0] == "-" && a.files[1] == "-")
        throw PlanError(ErrorKind::usage, "", "", "'-' (standard input) can be only one of OLD and NEW: give the other as a file");
    a.format = kDiffFormats.choose(a.format, a.output);
    if (a.format == "xlsx" && to_standard_output(a.output))
        throw PlanError(ErrorKind::usage, "", "-o", "--format xlsx needs -o FILE.xlsx: a workbook is not written to standard output");
    if (a.colour != "auto" && a.colour != "always" && a.colour != "never")
        throw PlanError(ErrorKind::usage, "", "--colour", "'" + a.colour + "' is not auto, always or never");

    ResolvedReading r = resolve(a.reading);
    const Layout layout = a.layout.empty() ? default_layout() : load_layout_file(a.layout);  // a bad one stops before reading
    ImportOptions options = r.import_options();
    options.explain = false;
    ImportOptions old_options = options;  // --as-of dates the new version only
    old_options.as_of = a.old_as_of.empty() ? std::nullopt : std::optional<Date>(parse_as_of(a.old_as_of, "--old-as-of", r.profile));
    // The two versions are read at once, on two cores; a failure in the old one is reported first.
    auto reading_old = std::async(std::launch::async, [&] { return read_version(a.files[0], old_options, true); });
    std::exception_ptr new_failed;
    Run& run = left_to_exit();
    try {
        run.new_version = read_version(a.files[1], options, false);
    } catch (...) {
        new_failed = std::current_exception();
    }
    run.old_version = reading_old.get();
    if (new_failed) std::rethrow_exception(new_failed);
    const Version& old_plan = run.old_version.version;
    const Version& new_plan = run.new_version.version;
    run.alignment = align(old_plan, run.old_version.hashes, new_plan, run.new_version.hashes);
    DiffSummary summary;

    auto write = [&](std::ostream& out) {
        if (a.format == "json") {  // the big one: made and written a block at a time
            summary = write_diff_json(old_plan, new_plan, run.alignment, out);
            return;
        }
        const PlanDiff& d = run.diff = diff_plans(old_plan, new_plan, run.alignment);
        summary = d.summary;
        std::string text = a.format == "csv"    ? write_diff_csv(d, old_plan, new_plan)
                           : a.format == "html" ? write_diff_html(d, old_plan, new_plan, layout)
                                                : write_diff_text(d, old_plan, new_plan, {use_colour(a), a.explain, a.all});
        out << text;
    };
    if (a.format == "xlsx") {
        const PlanDiff& d = run.diff = diff_plans(old_plan, new_plan, run.alignment);
        write_diff_xlsx({old_plan, new_plan, d}, layout, a.output, made_time());
        summary = d.summary;
    } else {
        write_output(a.output, write);
    }
    return summary.any_change() ? kChanges : kNoChanges;
}

}  // namespace

void describe_diff(VerbOptions& o) { describe_with(o, diff_options); }

int run_diff(const std::vector<std::string>& args) {
    // Like diff(1), any trouble is 2; the message still names the file and what is wrong.
    return with_trouble_as(kTrouble, diff, args);
}

}  // namespace planbridge::cli
