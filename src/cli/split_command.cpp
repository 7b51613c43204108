// planbridge split PLAN --by owner -o DIR/ [--owner NAME] [--return-by DATE] [--dry-run]
//   One workbook per lead with only their actions (issue 15): the board workbook's look, the
//   cells a lead may change unlocked and the rest protected, the return date and what to do on
//   the cover, and the hidden identity that lets planbridge read the copy back
//   (model/plan.hpp LeadCopy, recorded in the copy for planbridge mail --leads). Leads are matched loosely (reconcile/leads.hpp).
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/input.hpp"
#include "cli/output.hpp"
#include "reconcile/leads.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "write/board_xlsx.hpp"
#include "write/layout.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace planbridge::cli {

namespace {

struct SplitArgs {
    std::string file, by = "owner", owner, output, return_by, layout_file;
    bool dry_run = false;
    ReadingOptions reading;
};

void split_options(VerbOptions& o, SplitArgs& a) {
    o.visible.add_options()
        ("help,h", "show this help")
        ("by", po::value(&a.by)->value_name("owner"), "what to split by: owner (the only one yet), the lead of each action")
        ("owner", po::value(&a.owner)->value_name("NAME"), "only this lead's copy ('Jo Davies' also finds 'J. Davies (Head of Service)')")
        ("output,o", po::value(&a.output)->value_name("DIR"), "the folder for the copies, one LEAD.xlsx each (made if missing)")
        ("return-by", po::value(&a.return_by)->value_name("DATE"), "the date the copies are due back, printed on each cover")
        ("dry-run", po::bool_switch(&a.dry_run), "show how the actions group by lead, and the files, writing nothing")
        ("layout", po::value(&a.layout_file)->value_name("FILE.xml"), "colours, status words and columns (default: templates/layouts/board.xml)");
    add_reading_options(o.visible, a.reading);
    o.hidden.add_options()("file", po::value(&a.file), "the plan: any file import reads");
    o.positional.add("file", 1);
}

// Each group's file name, made unique ('jo-davies.xlsx', 'jo-davies-2.xlsx').
std::vector<std::string> file_names(const std::vector<LeadGroup>& groups) {
    std::vector<std::string> out;
    std::map<std::string, int> used;
    for (const LeadGroup& g : groups) {
        std::string stem = lead_file_stem(g);
        int n = ++used[stem];
        out.push_back(stem + (n > 1 ? "-" + std::to_string(n) : "") + ".xlsx");
    }
    return out;
}

std::vector<LeadGroup> chosen_groups(std::vector<LeadGroup> groups, const std::string& owner, const std::string& file) {
    if (owner.empty()) return groups;
    const std::string key = lead_key(owner);
    for (LeadGroup& g : groups)
        if (g.key == key) return {std::move(g)};
    std::vector<std::string> names;
    for (const LeadGroup& g : groups) names.push_back("'" + g.name + "'");
    if (names.size() > 8) names.resize(8), names.push_back("…");
    throw PlanError(ErrorKind::usage, file, "--owner", "no action's lead is '" + owner + "'; the plan's leads are " + joined(names, ", "));
}

void show(const std::vector<LeadGroup>& groups, const std::vector<std::string>& files, const std::string& dir, size_t actions) {
    std::cout << actions << " actions, " << groups.size() << (groups.size() == 1 ? " lead" : " leads") << (dir.empty() ? "" : " → " + dir) << "\n";
    for (size_t k = 0; k < groups.size(); ++k) {
        const LeadGroup& g = groups[k];
        std::cout << "  " << std::left << std::setw(44) << files[k] << std::right << std::setw(5) << g.actions.size() << "  " << g.name;
        std::vector<std::string> others;
        for (const std::string& w : g.written)
            if (w != g.name) others.push_back("'" + w + "'");
        if (!others.empty()) std::cout << "  (also written " << joined(others, ", ") << ")";
        std::cout << "\n";
    }
}

// The plan with only these actions (its title, date, recommendations and kept columns as they are).
Plan plan_of(const Plan& plan, const LeadGroup& g) {
    Plan out = plan;
    out.actions.clear();
    for (size_t i : g.actions) out.actions.push_back(plan.actions[i]);
    return out;
}

}  // namespace

void describe_split(VerbOptions& o) { describe_with(o, split_options); }

int run_split(const std::vector<std::string>& args) {
    SplitArgs a;
    if (parse_verb("split", args, a, split_options)) return 0;
    if (a.file.empty()) throw PlanError(ErrorKind::usage, "", "", "split needs a PLAN file (see planbridge split --help)");
    if (a.by != "owner") throw PlanError(ErrorKind::usage, "", "--by", "'" + a.by + "': split is by owner (the lead of each action)");
    if (a.output.empty() && !a.dry_run) throw PlanError(ErrorKind::usage, "", "-o", "split needs -o DIR, the folder for the copies (or --dry-run)");
    ResolvedReading r = resolve(a.reading);
    const Layout layout = a.layout_file.empty() ? default_layout() : load_layout_file(a.layout_file);
    std::optional<Date> return_by;
    if (!a.return_by.empty()) return_by = parse_as_of(a.return_by, "--return-by", r.profile);
    ImportOptions options = r.import_options();
    options.explain = false;
    Plan plan = read_input(a.file, options).plan;
    std::vector<LeadGroup> groups = chosen_groups(group_by_lead(plan), a.owner, file_name_of(a.file));
    std::vector<std::string> files = file_names(groups);
    show(groups, files, a.output, plan.actions.size());
    if (a.dry_run) return 0;
    std::error_code ec;
    if (!fs::is_directory(a.output) && !fs::create_directory(a.output, ec))
        throw PlanError(ErrorKind::output, a.output, "", "cannot make the folder" + (ec ? ": " + ec.message() : std::string()));
    for (size_t k = 0; k < groups.size(); ++k) {
        LeadCopy copy{groups[k].name, return_by};
        BoardOptions board;
        board.layout = &layout;
        board.as_of = r.as_of ? r.as_of : plan.as_of;
        board.made = made_time();
        board.lead_copy = &copy;
        write_board_xlsx(plan_of(plan, groups[k]), board, (fs::path(a.output) / files[k]).string());
    }
    return 0;
}

}  // namespace planbridge::cli
