// Who leads an action, matched loosely (issue 15): a plan writes one lead several ways — 'Jo
// Davies', 'J. Davies (Head of Service)', 'jo davies' — and an action may have several
// ('Jo Davies / Sam Lee', 'HoS and PSW'). The monthly split gives each lead their actions; the
// merge checks a return came from the lead whose rows it edits.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace planbridge {

// The leads an owner cell names, as written, each trimmed: split at '/', ';', '&', ' and ',
// newlines and commas between names.
std::vector<std::string> leads_in(std::string_view owner);

// One key for the ways a lead is written: a person's name is their surname and first initial
// ('Jo Davies', 'J. Davies (Head of Service)' → 'davies j'); a role or team is its folded text
// without brackets ('Head of Service – CIC' → 'head of service cic').
std::string lead_key(std::string_view lead);

struct LeadGroup {
    std::string key;
    std::string name;                   // the fullest way the plan writes it
    std::vector<std::string> written;   // every way the plan writes it
    std::vector<size_t> actions;        // indices into the plan's actions, in order
};

// Each lead of the plan, in order of first appearance; an action with several leads is in each
// of their groups. Actions with no lead are in a group of key '' named '(no lead)'.
std::vector<LeadGroup> group_by_lead(const Plan& plan);

// Each action's lead keys, as group_by_lead reads them ('LSCB and Sam Lee' two leads when the
// plan names each on its own).
std::vector<std::vector<std::string>> lead_keys_of(const Plan& plan);

// A file name for a lead's copy: 'Jo Davies' → 'jo-davies'.
std::string lead_file_stem(const LeadGroup& group);

}  // namespace planbridge
