#include "cli/common_options.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/help.hpp"
#include "profile/heading_map.hpp"
#include "support/error.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

void add_reading_options(po::options_description& desc, ReadingOptions& out) {
    desc.add_options()
        ("as-of", po::value(&out.as_of)->value_name("DATE"), "the date the plan reports on (2017-09-30, 30/09/2017, 'Sept 2017'); "
                                          "default: from the file ('Progress to date (Sept 2017)'), else none")
        ("profile", po::value(&out.profile)->value_name("FILE.xml"), "an import profile (XML) adding this council's headings, status words or colours")
        ("map", po::value(&out.map)->value_name("HEADING=FIELD,...")->composing(),
         "what the plan's headings mean, above any profile: 'What?=action,Who?=owner,RAG=status' (fields: id, action, owner, due, "
         "status, progress, measure, resources, recommendations, extra)");
}

ResolvedReading resolve(const ReadingOptions& in) {
    ResolvedReading r{default_profile(), std::nullopt};
    if (!in.profile.empty()) r.profile = load_profile_file(in.profile, default_profile());
    for (const std::string& m : in.map) add_heading_map(r.profile, parse_heading_map(m));
    if (!in.as_of.empty()) r.as_of = parse_as_of(in.as_of, "--as-of", r.profile);
    return r;
}

Date parse_as_of(const std::string& text, const std::string& option, const Profile& profile) {
    if (auto iso = Date::parse_iso(text)) return *iso;
    DueDate d = parse_due(text, profile.dates);
    if (!d.end) throw PlanError(ErrorKind::usage, "", option, "'" + text + "' is not a date (try 2017-09-30)");
    return *d.end;
}

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// ' (did you mean --format?)' for '--frmat', when one of the verb's options is that close.
std::string nearest_option_hint(const std::string& given, const po::options_description& desc) {
    std::string name = given.substr(given.find_first_not_of('-') == std::string::npos ? given.size() : given.find_first_not_of('-'));
    name = name.substr(0, name.find('='));
    std::string best;
    size_t best_distance = name.size() / 3 + 1;  // a third of the letters wrong at most
    for (const auto& option : desc.options()) {
        const std::string& candidate = option->long_name();
        if (candidate.empty() || candidate == "file") continue;
        size_t d = edit_distance(name, candidate);
        if (d < best_distance || (candidate.rfind(name, 0) == 0 && name.size() >= 2 && best.empty())) best = candidate, best_distance = d;
    }
    return best.empty() ? "" : " (did you mean --" + best + "?)";
}

}  // namespace

po::variables_map parse_args(const std::vector<std::string>& args, const po::options_description& desc,
                             const po::positional_options_description& pos) {
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::unknown_option& e) {
        throw PlanError(ErrorKind::usage, "", "", std::string(e.what()) + nearest_option_hint(e.get_option_name(), desc));
    } catch (const po::error& e) {
        throw PlanError(ErrorKind::usage, "", "", e.what());
    }
    return vm;
}

bool parse_or_help(std::string_view verb, const std::vector<std::string>& args, const VerbOptions& options) {
    po::options_description all;
    all.add(options.visible).add(options.hidden);
    if (!parse_args(args, all, options.positional).count("help")) return false;
    std::cout << verb_help(*find_verb(verb));
    return true;
}

int with_trouble_as(int status, int (*verb)(const std::vector<std::string>&), const std::vector<std::string>& args) {
    try {
        return verb(args);
    } catch (const PlanError& e) {
        std::cerr << "planbridge: " << e.what() << "\n";
    } catch (const std::bad_alloc&) {
        std::cerr << "planbridge: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "planbridge: internal error: " << e.what() << "\n";
    }
    return status;
}

}  // namespace planbridge::cli
