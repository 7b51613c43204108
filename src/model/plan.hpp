// The plan model every reader produces and every writer consumes (docs/model.md).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/date.hpp"
#include "model/due_date.hpp"
#include "model/status.hpp"
#include "support/shared_text.hpp"

namespace planbridge {

// Where something came from: file, the sheet or table inside it, and the 1-based row there.
// file and sheet are shared by all the actions of one sheet (a 50,000-action plan would
// otherwise hold 50,000 copies of its file name).
struct Origin {
    SharedText file;
    SharedText sheet;  // sheet name (xlsx), 'table N' (docx/html), '' for csv
    int table = 0;      // 1-based table block within the sheet; 0 when not known
    int row = 0;        // 1-based row as the user sees it (Excel row number, CSV line record)

    bool operator==(const Origin&) const = default;
};

// A problem that did not stop the import, with its place.
struct Warning {
    Origin place;
    std::string message;

    bool operator==(const Warning&) const = default;
};

// A column the model has no field for, kept by its heading.
using ExtraFields = std::vector<std::pair<std::string, std::string>>;

struct Action {
    // Stable identity across monthly versions. Derived from content on first import
    // (see docs/model.md); carried forward by reconcile and by exported workbooks.
    std::string key;
    std::string id;                            // reference as printed: '1a', '1.01', '' if none
    std::vector<std::string> section;          // enclosing headings, outermost first
    std::vector<std::string> recommendations;  // recommendation numbers it answers
    std::string action;
    std::string owner;
    DueDate due;
    Status status = Status::unknown;
    StatusSource status_from = StatusSource::none;
    std::string progress;
    std::string measure;
    std::string resources;
    ExtraFields extra;
    Origin origin;

    bool operator==(const Action&) const = default;
};

struct Recommendation {
    std::string number;  // '6'
    std::string text;    // as the plan states it, '' when only the number is known

    bool operator==(const Recommendation&) const = default;
};

// A lead's own copy made by planbridge split: whose copy it is and when it is due back. The copy
// records it, so a copy read back (planbridge mail --leads) knows both.
struct LeadCopy {
    std::string lead;
    std::optional<Date> return_by;

    bool operator==(const LeadCopy&) const = default;
};

struct Plan {
    std::string title;
    std::string organisation;
    std::optional<Date> as_of;
    std::vector<Recommendation> recommendations;
    std::vector<Action> actions;          // document order
    std::vector<std::string> extra_columns;  // headings of kept columns, in source order
    std::vector<Warning> warnings;
    std::string source_file;    // the name of the file read (never its folder)
    std::string source_format;  // 'xlsx', 'csv', ...
    // A board workbook planbridge exported, read back (a lead's returned copy): the file that
    // workbook was exported from. '' otherwise.
    std::string exported_from;
    std::optional<LeadCopy> lead_copy;  // read back from a lead's copy; unset otherwise

    bool operator==(const Plan&) const = default;
};

}  // namespace planbridge
