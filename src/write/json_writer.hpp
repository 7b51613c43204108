// Plan → JSON with the model's field names (docs/model.md).
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/action_store.hpp"
#include "model/plan.hpp"

namespace planbridge {

nlohmann::ordered_json plan_to_json(const Plan& plan);
// One plan → its object; several → an array of them. Pretty-printed, UTF-8, ends in a newline:
// the text of plan_to_json's document, written to the stream as it goes.
void write_json(const std::vector<Plan>& plans, std::ostream& os);
void write_json(const std::vector<PlanActions>& plans, std::ostream& os);  // actions from a store
std::string write_json(const std::vector<Plan>& plans);

}  // namespace planbridge
