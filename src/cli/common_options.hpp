// Options shared by the reading verbs (--as-of, --profile) and their handling.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "model/date.hpp"
#include "profile/profile.hpp"
#include "read/reader.hpp"

namespace planbridge::cli {

struct ReadingOptions {
    std::string as_of;
    std::string profile;
};

void add_reading_options(boost::program_options::options_description& desc, ReadingOptions& out);

// Resolved options: the profile loaded and merged, the date parsed. Throws PlanError(usage).
struct ResolvedReading {
    Profile profile;
    std::optional<Date> as_of;
    ImportOptions import_options() const {
        ImportOptions o;
        o.profile = &profile;
        o.as_of = as_of;
        return o;
    }
};
ResolvedReading resolve(const ReadingOptions& in);
// A date option's value ('2017-09-30', '30/09/2017', 'Sept 2017' → its last day), read with the
// profile's date words; throws PlanError(usage) naming the option.
Date parse_as_of(const std::string& text, const std::string& option, const Profile& profile);

// Parses a verb's arguments; true when they asked for --help, which is then printed (with
// after_help below it) and the verb has nothing more to do. Throws PlanError(usage).
bool parse_or_help(const std::vector<std::string>& args, const boost::program_options::options_description& desc,
                   const boost::program_options::positional_options_description& pos, std::string_view after_help = "");

// Parses argv-style arguments for one verb; throws PlanError(usage) with boost's message.
boost::program_options::variables_map parse_args(const std::vector<std::string>& args,
                                                 const boost::program_options::options_description& desc,
                                                 const boost::program_options::positional_options_description& pos);

}  // namespace planbridge::cli
