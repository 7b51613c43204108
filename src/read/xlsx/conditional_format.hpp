// Conditional formatting: the colour a rule paints on a cell is not in the cell's style, so
// the simple rules RAG columns use are evaluated here (cellIs, containsText and friends,
// blanks, and 'expression' rules of the form $E2="Complete").
#pragma once
#include <string>
#include <vector>

#include "read/grid/grid.hpp"
#include "read/xlsx/styles.hpp"
#include "read/xlsx/worksheet.hpp"

namespace planbridge::xlsx {

struct CfRule {
    std::string type;      // cellIs, containsText, notContainsText, beginsWith, endsWith, containsBlanks, …
    std::string op;        // operator for cellIs
    std::string text;      // text attribute for the text rules
    std::vector<std::string> formulas;
    int dxf = -1;
    int priority = 0;
    bool stop = false;
};

struct CfBlock {
    std::vector<CellRange> ranges;
    std::vector<CfRule> rules;
};

// Paints conditional fills onto grid cells. 'row_index_of' maps a 0-based sheet row to the
// grid's row index (-1 when the row is absent). Returns how many rules could not be evaluated.
int apply_conditional_formats(Grid& grid, const std::vector<CfBlock>& blocks, const Styles& styles,
                              const std::vector<int>& row_index_of);

}  // namespace planbridge::xlsx
