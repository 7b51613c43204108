#include "read/grid/expansion_budget.hpp"

#include <sys/stat.h>

#include <algorithm>

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

std::string with_commas(int64_t n) { return group_thousands(std::to_string(n)); }

}  // namespace

ExpansionBudget::ExpansionBudget(std::string file, uint64_t input_bytes)
    : file_(std::move(file)),
      input_bytes_(input_bytes),
      limit_(std::clamp(input_bytes > kCap / kPerInputByte ? kCap : input_bytes * kPerInputByte, kFloor, kCap)) {}

ExpansionBudget ExpansionBudget::for_path(const std::string& path, std::string file) {
    struct stat st;
    uint64_t size = ::stat(path.c_str(), &st) == 0 && st.st_size > 0 ? static_cast<uint64_t>(st.st_size) : 0;
    return ExpansionBudget(std::move(file), size);
}

void ExpansionBudget::exceeded(const std::string& place) const {
    throw PlanError(ErrorKind::too_large, file_, place,
                    "too large to be a plan: its cells would take over " + size_in_words(limit_) + " once read, from a file of " +
                        size_in_words(input_bytes_) + " (cells spanning huge areas? one long text in every cell?)");
}

void ExpansionBudget::cell_text_too_long(const std::string& place) const {
    throw PlanError(ErrorKind::too_large, file_, place,
                    "too large to be a plan: a cell holds over " + size_in_words(kMaxCellText) +
                        " of text (Excel's cells hold at most 32,767 characters)");
}

void ExpansionBudget::row_too_far(int64_t row, const std::string& place) const {
    throw PlanError(ErrorKind::too_large, file_, place,
                    "too large to be a plan: row " + with_commas(row) + " is past the last row a sheet can have (" +
                        with_commas(kMaxRows) + ")");
}

void ExpansionBudget::column_too_far(int64_t column, const std::string& place) const {
    throw PlanError(ErrorKind::too_large, file_, place,
                    "too large to be a plan: column " + with_commas(column) + " is past the last column a sheet can have (" +
                        with_commas(kMaxColumns) + ", XFD)");
}

}  // namespace planbridge
