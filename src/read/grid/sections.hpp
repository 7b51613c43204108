// Sections and banner rows: the headings over a table's actions. A banner row ('1. PRACTICE',
// 'Theme 2: Leadership', a cell merged across the table) opens a section at its level; a label
// row naming a commitment opens one under it. Each action's section is the path of headings
// open above it. Shared by every format (read/grid/action_rows.cpp).
#pragma once
#include <string>
#include <vector>

#include "read/grid/grid.hpp"
#include "read/grid/header_detection.hpp"

namespace planbridge {

// Level of a banner heading: 1 for top-level ('1. PRACTICE', 'A: Improving …', 'Theme 2: …',
// all capitals), 2 for a sub-heading.
int banner_level(const std::string& text);

// A row with one cell of its own (rc.own.size() == 1) is a banner when that cell spans
// columns, or stands alone in a label column (reference, recommendation, unmapped) without
// looking like a bare reference.
bool is_banner_row(const HeaderMatch& header, const GridRow& row, const RowCells& rc);

class SectionStack {
public:
    // A banner heading: closes the open sections at its level or deeper. Returns its level.
    int push_banner(const std::string& text);
    // A commitment named by a label row: one level under the heading above it, replacing the
    // commitment before it.
    void push_label(const std::string& text);
    // The headings open now, outermost first: an action's section.
    const std::vector<std::string>& path() const { return path_; }
    // The commitment a label row named, when it is the innermost heading; '' otherwise.
    std::string innermost_label() const;

private:
    struct Section {
        int level;
        std::string text;
        bool from_label;
    };
    std::vector<Section> open_;
    std::vector<std::string> path_;
    void update_path();
};

}  // namespace planbridge
