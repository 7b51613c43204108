#include "cli/input.hpp"

#include "support/stdin_file.hpp"

namespace planbridge::cli {

ImportResult read_input(const std::string& file, ImportOptions options) {
    if (file != "-") return import_file(file, options);
    StdinFile input;
    options.display_name = "standard input";
    return import_file(input.path(), options);
}

}  // namespace planbridge::cli
