// The verbs of the planbridge command line, one file each. Each returns the exit status.
#pragma once
#include <string>
#include <vector>

namespace planbridge::cli {

int run_import(const std::vector<std::string>& args);
int run_inspect(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);

}  // namespace planbridge::cli
