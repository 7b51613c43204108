// Where a board workbook keeps its records (write/board_xlsx writes them, read/exported_workbook
// reads them back; model/plan_record.hpp says what each record holds). Both sides include this,
// so the layout is written down once:
//   a hidden sheet kRecordSheet:
//     row 1  A: kRecordMarker
//     row 2  A: 'actions sheet'   B: the name of the sheet that holds the actions
//     row 3  A: 'plan'            B…: the plan's record (JSON), in pieces
//     row 4  A: 'columns'         B…: the columns the actions sheet shows (ShownColumns, JSON)
//     row 5… B…: one action's compact record each, its key first
//   and a hidden last column of the actions sheet, under kKeyHeading, holding each row's key.
#pragma once
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/fields.hpp"

namespace planbridge {

constexpr const char* kRecordSheet = "planbridge";
constexpr const char* kRecordMarker = "planbridge export 1";
// Not a heading with 'key' in it: that reads as a RAG key's table.
constexpr const char* kKeyHeading = "planbridge identity";

// The record sheet's rows (0-based) and the labels in their column A.
enum RecordRow : int { kMarkerRow = 0, kActionsSheetRow = 1, kPlanRow = 2, kColumnsRow = 3, kFirstActionRow = 4 };
constexpr const char* kActionsSheetLabel = "actions sheet";
constexpr const char* kPlanLabel = "plan";
constexpr const char* kColumnsLabel = "columns";

// A record longer than this goes into the cells to its right, in pieces (a cell holds 32,767
// characters at most); the pieces never split a UTF-8 sequence. Read back by joining them.
constexpr size_t kRecordPiece = 30000;
std::vector<std::string_view> record_pieces(std::string_view record);

// What the actions sheet shows: only a field it shows can have been edited, and each kept
// column (by its heading in the plan) is printed under a title that may differ.
struct ShownColumns {
    std::vector<std::string> fields;                          // stable field names, in sheet order
    std::vector<std::pair<std::string, std::string>> kept;    // heading, title as printed
    bool shows(Field f) const;
    // Keys of compact_action_record's 'shown' set: field names, and 'extra:' + heading.
    std::set<std::string> shown_keys() const;
    nlohmann::json to_json() const;
    static ShownColumns from_json(const nlohmann::json& j);  // {} when the workbook has no such row
};

}  // namespace planbridge
