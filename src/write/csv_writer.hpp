// Plans → one CSV table, one row per action (UTF-8 with BOM and CRLF, as Excel expects).
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "model/action_store.hpp"
#include "model/plan.hpp"

namespace planbridge {

std::string write_csv(const std::vector<Plan>& plans);
// Written to the stream as it goes; the actions from a store where a plan has one.
void write_csv(const std::vector<PlanActions>& plans, std::ostream& os);
std::string csv_quote(const std::string& field);

}  // namespace planbridge
