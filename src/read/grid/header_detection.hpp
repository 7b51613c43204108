// Finding a plan's header row and mapping its columns to model fields by heading synonyms
// (from the profile); read/grid/column_roles adds what the columns contain.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "profile/profile.hpp"
#include "read/grid/grid.hpp"

namespace planbridge {

struct ColumnMapping {
    int col = 0;
    std::string heading;  // as printed; generated ('Column F') when blank
    bool printed = false; // the heading is the row's own text, not generated
    Field field = Field::extra;
    std::string reason;   // why, for inspect
    std::string group;    // a heading merged over this and its neighbours, with sub-headings below ('Progress' over 'Q1 … Q4')
};

struct HeaderMatch {
    std::vector<ColumnMapping> columns;  // one per column of the row, left to right
    int fields_found = 0;

    int column_of(Field f) const;  // -1 when absent
    // The printed headings in order, to recognise a repeated header row (however wide the
    // sheet is known to be when each is found).
    std::string signature() const;
};

// How well one heading matches one field: 0 when it does not.
struct HeadingScore {
    Field field = Field::extra;
    int score = 0;
};
HeadingScore score_heading(std::string_view heading, const Profile& profile);

// The row as a header, or nullopt when it does not look like one.
std::optional<HeaderMatch> match_header(const GridRow& row, int width, const Profile& profile);

}  // namespace planbridge
