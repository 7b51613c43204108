// Reads a CSV/TSV file as Excel writes it into a Document with one grid. Phases, in order:
// decode (BOM / UTF-8 / Windows-1252 / MacRoman / UTF-16) → dialect (`sep=` line, else sniffed
// delimiter) → records (RFC 4180, quoted newlines).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "read/document.hpp"
#include "read/grid/expansion_budget.hpp"

namespace planbridge::csv {

struct Dialect {
    char delimiter = ',';
    bool sep_line = false;  // the file started with Excel's 'sep=X' line
};

// Sniffed from the first records (of the first MB at most).
Dialect detect_dialect(std::string_view text);
// Splits into records of fields; unterminated quotes are reported through 'warnings'. With a
// budget, every field is counted as it is made and a record or field past Excel's last row or
// column is refused (PlanError too_large); without one, a record stops growing at Excel's last
// column (the rest of it is dropped).
std::vector<std::vector<std::string>> parse_records(std::string_view text, char delimiter, size_t max_records,
                                                    std::vector<std::string>* problems = nullptr, ExpansionBudget* budget = nullptr);
Document read_csv(const std::string& path, const std::string& display_name);
Document read_csv_bytes(std::string_view bytes, const std::string& display_name);

}  // namespace planbridge::csv
