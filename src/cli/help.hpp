// Everything that describes the command line, made from the table of verbs (cli/commands.hpp)
// and each verb's options (cli/verb_options.hpp), so that they cannot disagree: the usage
// text, a verb's --help, the man page (planbridge.1) and the bash completion.
#pragma once
#include <string>

#include "cli/commands.hpp"

namespace planbridge::cli {

std::string usage_text();
std::string verb_help(const Verb& verb);
std::string man_page();         // roff, man(7)
std::string bash_completion();  // a script for bash-completion's completions folder

}  // namespace planbridge::cli
