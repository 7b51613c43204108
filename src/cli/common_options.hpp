// Options shared by the reading verbs (--as-of, --profile) and their handling.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "cli/verb_options.hpp"
#include "model/date.hpp"
#include "profile/profile.hpp"
#include "read/reader.hpp"

namespace planbridge::cli {

struct ReadingOptions {
    std::string as_of;
    std::string profile;
    std::vector<std::string> map;  // --map 'What?=action,Who?=owner', as often as wanted
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

// Parses a verb's arguments; true when they asked for --help, which is then printed (the
// verb's help: cli/help.hpp) and the verb has nothing more to do. Throws PlanError(usage).
bool parse_or_help(std::string_view verb, const std::vector<std::string>& args, const VerbOptions& options);

// A verb's options are a function binding them to its Args: parse into a (true: --help was
// asked for and printed), or describe them (for help, man page, completion) bound to spare Args.
template <class Args>
bool parse_verb(std::string_view verb, const std::vector<std::string>& args, Args& a, void (*options)(VerbOptions&, Args&)) {
    VerbOptions o;
    options(o, a);
    return parse_or_help(verb, args, o);
}
template <class Args>
void describe_with(VerbOptions& o, void (*options)(VerbOptions&, Args&)) {
    static Args spare;
    options(o, spare);
}

// Parses argv-style arguments for one verb; throws PlanError(usage) with boost's message.
boost::program_options::variables_map parse_args(const std::vector<std::string>& args,
                                                 const boost::program_options::options_description& desc,
                                                 const boost::program_options::positional_options_description& pos);

// Runs a verb whose every trouble is one exit status (diff and merge: 2, as diff(1) does),
// printing the one-line message that names the file and what is wrong.
int with_trouble_as(int status, int (*verb)(const std::vector<std::string>&), const std::vector<std::string>& args);

}  // namespace planbridge::cli
