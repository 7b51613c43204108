// A plan diff → CSV, one row per action of either version (UTF-8 with BOM and CRLF, as Excel expects).
#pragma once
#include <string>

#include "model/plan.hpp"
#include "reconcile/diff.hpp"

namespace planbridge {

std::string write_diff_csv(const PlanDiff& diff, const Version& old_plan, const Version& new_plan);

}  // namespace planbridge
