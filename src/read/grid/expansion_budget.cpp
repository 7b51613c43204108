#include "read/grid/expansion_budget.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

#include "support/error.hpp"

namespace planbridge {

namespace {

std::string megabytes(uint64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, bytes < (10u << 20) ? "%.1f MB" : "%.0f MB", static_cast<double>(bytes) / (1 << 20));
    return buf;
}

std::string with_commas(int64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

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
                    "too large to be a plan: its cells would take over " + megabytes(limit_) + " once read, from a file of " +
                        megabytes(input_bytes_) + " (cells spanning huge areas? one long text in every cell?)");
}

void ExpansionBudget::cell_text_too_long(const std::string& place) const {
    throw PlanError(ErrorKind::too_large, file_, place,
                    "too large to be a plan: a cell holds over " + megabytes(kMaxCellText) +
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
