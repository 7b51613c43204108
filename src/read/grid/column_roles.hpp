// A column's role from what it holds as well as from its heading (issue 14): each column's
// cells in the first rows of its table are weighed for each field — dates and date phrases
// → due; status words, RAG letters or fills without text → status; dotted numbers → reference;
// short names and job titles repeated down the column → lead; long prose → action, then
// progress — and the heading's evidence and the content's are combined in one score per
// column, which inspect shows with both.
#pragma once
#include <vector>

#include "model/due_date.hpp"
#include "profile/profile.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/header_detection.hpp"

namespace planbridge {

// How much of a column's sample reads as each kind of value, each a share of its values.
struct ContentEvidence {
    int values = 0;  // cells with text, or a fill and no text
    int texts = 0;   // cells with text, copies of a merged cell to the left included
    double due = 0, status = 0, id = 0, owner = 0, prose = 0;
    double words = 0;  // the average words in a value
    double for_field(Field f) const;
};

ContentEvidence content_evidence(int col, const std::vector<const GridRow*>& rows, const Profile& profile, const DateConventions& dates);

// Gives a role to each column the heading left unmapped when its content is plain enough,
// and says for every column the heading's evidence, the content's, and the combined score.
// A heading that names a field keeps it: content decides only where headings say nothing,
// are blank, or are bare question words.
void assign_roles_from_content(HeaderMatch& header, const std::vector<const GridRow*>& rows, const Profile& profile,
                               const DateConventions& dates);

}  // namespace planbridge
