#include "cli/output.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge::cli {

namespace {
// 'a, b or c'
std::string listed(const std::vector<std::string_view>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) (s += i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") += names[i];
    return s;
}
// The format a file name's extension names: 'csv' for plan.csv, 'text' for report.txt; the
// extension itself for formats planbridge never writes (pdf, docx …); '' for none or unknown.
std::string format_named_by(const std::string& output) {
    std::string ext = to_lower_ascii(std::filesystem::path(output).extension().string());
    if (ext.empty()) return "";
    ext.erase(0, 1);
    if (ext == "htm") return "html";
    if (ext == "txt") return "text";
    for (const char* known : {"json", "csv", "html", "xlsx", "pdf", "docx", "doc", "xls", "xlsm", "ods", "odt", "md", "xml", "yaml", "yml", "tsv"})
        if (ext == known) return ext;
    return "";
}

}  // namespace

std::string OutputFormats::choose(const std::string& given, const std::string& output) const {
    if (!given.empty()) check(given);
    std::string named = to_standard_output(output) ? "" : format_named_by(output);
    if (named.empty()) return given.empty() ? std::string(default_format()) : given;
    bool written = std::find(names.begin(), names.end(), named) != names.end();
    if (!written)
        throw PlanError(ErrorKind::usage, "", "-o", "'" + output + "' names a ." + named + " file, but this writes " + listed(names) +
                                                        ": name it ." + std::string(given.empty() ? default_format() : given));
    if (!given.empty() && given != named)
        throw PlanError(ErrorKind::usage, "", "-o", "'" + output + "' names a " + named + " file, but --format is " + given +
                                                        ": drop --format, or name the file ." + given);
    return named;
}

std::string OutputFormats::described() const {
    std::vector<std::string_view> rest(names.begin() + 1, names.end());
    return std::string(default_format()) + " (default)" + (rest.empty() ? "" : rest.size() == 1 ? " or " : ", ") + listed(rest);
}

void OutputFormats::check(const std::string& format) const {
    for (std::string_view n : names)
        if (n == format) return;
    throw PlanError(ErrorKind::usage, "", "--format", "'" + format + "' is not " + listed(names));
}

void write_output(const std::string& output, const std::function<void(std::ostream&)>& write) {
    if (!to_standard_output(output)) return write_file_atomic(output, write);
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw PlanError(ErrorKind::output, "standard output", "", "write failed");
}

void write_output(const std::string& output, const std::string& text) {
    if (!to_standard_output(output)) return write_file_atomic(output, text);
    write_output(output, [&](std::ostream& out) { out << text; });
}

}  // namespace planbridge::cli

namespace planbridge::cli {

std::time_t made_time() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return 0;
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    return *end == '\0' && seconds > 0 ? static_cast<std::time_t>(seconds) : 0;
}

}  // namespace planbridge::cli
