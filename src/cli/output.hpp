// What a verb writes and where: the formats each verb offers, checked in one place, and one way
// to write to standard output or to a file written whole (temporary name, then rename).
#pragma once
#include <ctime>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::cli {

// A verb's output formats, its default first.
struct OutputFormats {
    std::vector<std::string_view> names;
    std::string_view default_format() const { return names.front(); }
    // 'json (default) or csv', for the verb's --help.
    std::string described() const;
    // Throws PlanError(usage) naming --format when it is not one of them.
    void check(const std::string& format) const;
    // The format to write, as pandoc and Miller decide it: --format when given ('' when not),
    // else the one -o's extension names (plan.csv → csv), else the default. An -o whose
    // extension names another format than --format, or one this verb does not write
    // (board.pdf), is a usage error.
    std::string choose(const std::string& given, const std::string& output) const;
};

inline const OutputFormats kImportFormats{{"json", "csv"}};
inline const OutputFormats kDiffFormats{{"text", "json", "csv", "html", "xlsx"}};
inline const OutputFormats kExportFormats{{"xlsx"}};
inline const OutputFormats kMergeFormats{{"xlsx", "json", "csv"}};

// No -o, or '-': standard output.
inline bool to_standard_output(const std::string& output) { return output.empty() || output == "-"; }
// Writes to standard output, or to 'output' whole or not at all. Throws PlanError(output).
void write_output(const std::string& output, const std::function<void(std::ostream&)>& write);
void write_output(const std::string& output, const std::string& text);

// When a workbook is made, for its cover and properties: SOURCE_DATE_EPOCH when set (seconds
// since 1970, the reproducible-builds convention; the golden tests set it), else 0 (now).
std::time_t made_time();

}  // namespace planbridge::cli
