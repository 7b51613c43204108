// Reading back a workbook planbridge exported (issue 5): the plan it was, plus what a lead
// changed in it. Its hidden sheet (model/plan_record.hpp) holds the plan's record and each
// action's; the actions sheet's hidden key column ties each row to its record. A row whose
// visible cells read as the record would is the recorded action exactly (its key, origin, how
// its status was found, its parsed dates); a cell that reads otherwise is the lead's edit and
// wins; a row with no key (added by the lead) is a new action as read. docs/formats/board-xlsx.md.
#pragma once
#include <optional>

#include "read/document.hpp"
#include "read/report.hpp"

namespace planbridge {

// The records in a workbook's record sheet, or nullopt when the sheet is not one of ours.
std::optional<ExportRecords> read_export_records(const Grid& records_sheet);

// Merges the records into a plan read from the actions sheet. Throws PlanError(corrupt) naming
// the file when a record does not parse.
void apply_export_records(Plan& plan, const ExportRecords& records);

}  // namespace planbridge
