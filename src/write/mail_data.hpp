// What planbridge's emails say, as the names their templates use (templates/schema/mail.json;
// write/mail_body renders them): the board's — counts by status in the layout's words and
// colours and the lists a board reads first (write/board_digest, as the Summary sheet has them) —
// and a lead's — their actions and the date their copy is due back.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/plan.hpp"
#include "write/board_changes.hpp"
#include "write/layout.hpp"

namespace planbridge {

struct AttachedFile {
    std::string name;
    size_t bytes = 0;
};

// The board's mail: changes may be null (no --since).
nlohmann::json board_mail_data(const Plan& plan, const Layout& layout, const std::optional<Date>& as_of, const ChangeSet* changes,
                               const std::vector<AttachedFile>& attached);
// A lead's mail, from the copy split made for them (copy.lead_copy set).
nlohmann::json lead_mail_data(const Plan& copy, const Layout& layout, const std::vector<AttachedFile>& attached);

// 'West Berkshire improvement plan: report for October 2017'.
std::string board_subject(const Plan& plan, const std::optional<Date>& as_of);
// 'West Berkshire improvement plan: your actions, please return by 10 Nov 2017'.
std::string lead_subject(const Plan& copy);

}  // namespace planbridge
