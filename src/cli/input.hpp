// Where a verb's input comes from: a file, or '-' for standard input (as pandoc and Miller
// read it), named 'standard input' in errors and in what is written.
#pragma once
#include <string>

#include "read/reader.hpp"

namespace planbridge::cli {

ImportResult read_input(const std::string& file, ImportOptions options);

}  // namespace planbridge::cli
