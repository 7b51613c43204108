// When no plan table is found: the row most like a header, what planbridge read in it, what it
// lacked, and the --map that would read it (issue 14) — so a user whose layout is new gets a
// way forward in the error itself.
#pragma once
#include <optional>
#include <string>

#include "profile/profile.hpp"
#include "read/grid/grid.hpp"

namespace planbridge {

struct TableDiagnosis {
    int row = 0;        // the candidate header's row number, as the user sees it
    int score = 0;      // how header-like it is: the best candidate across grids is named
    std::string said;   // "the likeliest header is row 1 ('No.', 'Thing', …): 'Month' reads as due, …"
    std::string map;    // "--map 'Thing=action,Person=owner'", or '' when nothing can be suggested
};

// nullopt when no row looks like a header at all.
std::optional<TableDiagnosis> diagnose_no_table(const Grid& grid, const Profile& profile);

}  // namespace planbridge
