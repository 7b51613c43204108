// A verb's options, described once: its --help, the man page and the shell completion all
// come from this (cli/help.cpp), and the verb parses its arguments with it.
#pragma once
#include <boost/program_options.hpp>

namespace planbridge::cli {

struct VerbOptions {
    boost::program_options::options_description visible{"options"};
    boost::program_options::options_description hidden;  // the positional files, named in the usage line
    boost::program_options::positional_options_description positional;
};

}  // namespace planbridge::cli
