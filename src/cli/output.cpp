#include "cli/output.hpp"

#include <iostream>

#include "support/atomic_file.hpp"
#include "support/error.hpp"

namespace planbridge::cli {

namespace {
// 'a, b or c'
std::string listed(const std::vector<std::string_view>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) (s += i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") += names[i];
    return s;
}
}  // namespace

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
