// The verbs of the planbridge command line, one file each. Each returns the exit status.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::cli {

int run_import(const std::vector<std::string>& args);
int run_inspect(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);

// The table of verbs: planbridge's usage text and its dispatch both come from it.
struct Verb {
    std::string_view name;
    std::string_view synopsis;  // what follows the name: 'FILE...', 'OLD NEW'
    std::string_view summary;
    int (*run)(const std::vector<std::string>& args);
};
inline constexpr Verb kVerbs[] = {
    {"import", "FILE...", "read plans (.xlsx, .docx, .htm, .csv, .doc, .xls) and write them as JSON or CSV", run_import},
    {"inspect", "FILE", "show what was found in a file and why (headers, columns, statuses)", run_inspect},
    {"diff", "OLD NEW", "what changed between two versions of a plan (exit 0 none, 1 changes, 2 trouble)", run_diff},
    {"export", "PLAN -o F.xlsx", "the RAG-coloured workbook for the improvement board", run_export},
};

}  // namespace planbridge::cli
