// What the importer found and why: the material of `planbridge inspect`.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "model/plan.hpp"
#include "read/grid/header_detection.hpp"

namespace planbridge {

// A row the importer read as something other than an action. table: the Word/HTML table the
// row is in (0 for sheets), which may differ from the report's own table.
struct RowNote {
    int table = 0;
    int row = 0;
    std::string text;

    bool operator==(const RowNote&) const = default;
};

struct StatusTrace {
    int table = 0;  // as RowNote::table
    int row = 0;
    std::string id;
    Status status = Status::unknown;
    StatusSource source = StatusSource::none;
    std::string detail;  // 'fill FFC7CE (red)', 'text "On track"'
};

struct TableReport {
    std::string sheet;
    int table = 0;
    int header_row = 0;
    std::vector<ColumnMapping> columns;
    std::vector<int> repeated_header_rows;
    std::vector<RowNote> banners;  // heading text (sections)
    std::vector<RowNote> context;  // label rows ('Related Ofsted recommendation: 6) …') given to the actions below
    std::vector<RowNote> skipped;  // why
    std::vector<StatusTrace> statuses;
    int actions = 0;
};

struct ImportReport {
    std::string file;
    std::string format;
    std::vector<std::string> notes;
    std::vector<std::string> grids_without_plan;
    std::vector<TableReport> tables;
    std::string as_of_from;  // where as_of came from
    std::vector<std::string> colour_key;  // the plan's own RAG key: 'FF0000 → off_track ("…")'
};

struct ImportResult {
    Plan plan;
    ImportReport report;
};

}  // namespace planbridge
