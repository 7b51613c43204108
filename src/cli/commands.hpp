// The verbs of the planbridge command line, one file each. Each returns the exit status.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "cli/output.hpp"
#include "cli/verb_options.hpp"

namespace planbridge::cli {

int run_import(const std::vector<std::string>& args);
int run_inspect(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_split(const std::vector<std::string>& args);
int run_merge(const std::vector<std::string>& args);
int run_mail(const std::vector<std::string>& args);
// Each verb's options, described into o (bound to storage of its own: for help, man page and
// completion, not for running).
void describe_import(VerbOptions& o);
void describe_inspect(VerbOptions& o);
void describe_diff(VerbOptions& o);
void describe_export(VerbOptions& o);
void describe_split(VerbOptions& o);
void describe_merge(VerbOptions& o);
void describe_mail(VerbOptions& o);

struct Example {
    std::string_view command;
    std::string_view what;
};

// The table of verbs: planbridge's usage text, each verb's --help, the man page, the shell
// completion and the dispatch all come from it.
struct Verb {
    std::string_view name;
    std::string_view synopsis;  // what follows the name: 'FILE...', 'OLD NEW'
    std::string_view summary;
    int (*run)(const std::vector<std::string>& args);
    void (*describe)(VerbOptions& o);
    std::array<Example, 2> examples;
    std::string_view notes;  // printed under the options ('' for none)
    const OutputFormats* formats;  // what --format takes (for completion); null: no --format
};
inline constexpr Verb kVerbs[] = {
    {"import", "FILE...", "read plans (.xlsx, .docx, .htm, .csv, .doc, .xls) and write them as JSON or CSV", run_import, describe_import,
     {{{"planbridge import plan.xlsx -o plan.json", "the plan as JSON: every action with its lead, due date, status and where it was read"},
       {"planbridge import *.docx -o actions.csv", "several plans as one CSV table, a row per action, for Excel"}}},
     "FILE may be - (standard input). The output format follows -o's extension unless --format says otherwise.", &kImportFormats},
    {"inspect", "FILE", "show what was found in a file and why (headers, columns, statuses)", run_inspect, describe_inspect,
     {{{"planbridge inspect plan.xlsx", "which row is the header, what each column was read as, and why each status is what it is"},
       {"planbridge inspect plan.docx --profile ours.xml", "the same with the council's own headings and status words"}}},
     "", nullptr},
    {"diff", "OLD NEW", "what changed between two versions of a plan (exit 0 none, 1 changes, 2 trouble)", run_diff, describe_diff,
     {{{"planbridge diff september.xlsx october.xlsx", "what changed since last month, on the terminal: read-first items, then each change"},
       {"planbridge diff september.xlsx october.docx -o changes.html", "the same as a page for people, in any two formats or layouts"}}},
     "--as-of is the new version's date. Exit status: 0 no changes, 1 changes, 2 trouble.", &kDiffFormats},
    {"export", "PLAN -o F.xlsx", "the RAG-coloured workbook for the improvement board", run_export, describe_export,
     {{{"planbridge export october.xlsx -o board.xlsx", "the board workbook: Summary, Actions in RAG colours, Key"},
       {"planbridge export october.xlsx --since september.xlsx -o board.xlsx", "with a Changes sheet: what changed since last month"}}},
     "", nullptr},
    {"split", "PLAN --by owner -o DIR", "a copy for each lead with only their actions, to fill in and send back", run_split, describe_split,
     {{{"planbridge split october.xlsx --by owner -o copies/ --return-by 2017-11-10", "a workbook per lead in copies/, due back on 10 Nov"},
       {"planbridge split october.xlsx --dry-run", "which actions go to which lead (names written several ways are one lead)"}}},
     "Each copy has only the cells a lead may change unlocked (status, progress, due date), with sheet protection and no "
     "password. An action with several leads goes to each.", nullptr},
    {"merge", "BASE RETURN... -o F", "merge leads' returned copies into the plan; conflicts kept, never silently resolved", run_merge,
     describe_merge,
     {{{"planbridge merge october.xlsx copies/*.xlsx -o merged.xlsx", "each lead's changes taken, conflicts and missing returns reported"},
       {"planbridge merge october.xlsx a.xlsx b.xlsx -o merged.xlsx --prefer a.xlsx --report merge.json", "conflicts go to a.xlsx; the report as JSON"}}},
     "Exit status: 0 merged cleanly, 1 merged with conflicts (the base's value kept), 2 trouble (an unreadable return is left out).",
     &kMergeFormats},
    {"mail", "--to ADDR --attach F (--eml F | --smtp URL | --dry-run)", "email the board pack with a summary, or each lead their copy", run_mail,
     describe_mail,
     {{{"planbridge mail --from me@council.gov.uk --to board@council.gov.uk --attach board.xlsx --since september.xlsx --eml pack.eml",
        "the board pack as a message for your own mail program: counts in colour, what needs attention"},
       {"planbridge mail --leads copies/ --contacts contacts.csv --from me@council.gov.uk --smtp smtp://relay.council.gov.uk:587",
        "each lead their copy from split, with their actions and the return date"}}},
     "The login comes from PLANBRIDGE_SMTP_USER and PLANBRIDGE_SMTP_PASSWORD or --netrc, never the command line. Each recipient is "
     "reported sent or not sent; exit 0 only when all were (docs/mail.md).",
     nullptr},
};

// The verb named 'name', or null.
const Verb* find_verb(std::string_view name);

}  // namespace planbridge::cli
