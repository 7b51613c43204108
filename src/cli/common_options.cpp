#include "cli/common_options.hpp"

#include <iostream>

#include "support/error.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

void add_reading_options(po::options_description& desc, ReadingOptions& out) {
    desc.add_options()
        ("as-of", po::value(&out.as_of), "the date the plan reports on (2017-09-30, 30/09/2017, 'Sept 2017'); "
                                          "default: from the file ('Progress to date (Sept 2017)'), else none")
        ("profile", po::value(&out.profile), "an import profile (XML) adding this council's headings, status words or colours");
}

ResolvedReading resolve(const ReadingOptions& in) {
    ResolvedReading r{default_profile(), std::nullopt};
    if (!in.profile.empty()) r.profile = load_profile_file(in.profile, default_profile());
    if (!in.as_of.empty()) r.as_of = parse_as_of(in.as_of, "--as-of", r.profile);
    return r;
}

Date parse_as_of(const std::string& text, const std::string& option, const Profile& profile) {
    if (auto iso = Date::parse_iso(text)) return *iso;
    DueDate d = parse_due(text, profile.dates);
    if (!d.end) throw PlanError(ErrorKind::usage, "", option, "'" + text + "' is not a date (try 2017-09-30)");
    return *d.end;
}

po::variables_map parse_args(const std::vector<std::string>& args, const po::options_description& desc,
                             const po::positional_options_description& pos) {
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw PlanError(ErrorKind::usage, "", "", e.what());
    }
    return vm;
}

bool parse_or_help(const std::vector<std::string>& args, const po::options_description& desc, const po::positional_options_description& pos,
                   std::string_view after_help) {
    if (!parse_args(args, desc, pos).count("help")) return false;
    std::cout << desc << "\n" << after_help;
    return true;
}

}  // namespace planbridge::cli
