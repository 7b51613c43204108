// Plans → one CSV table, one row per action (UTF-8 with BOM and CRLF, as Excel expects).
#pragma once
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace planbridge {

std::string write_csv(const std::vector<Plan>& plans);
std::string csv_quote(const std::string& field);

}  // namespace planbridge
