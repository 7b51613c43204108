#include "read/grid/block_scan.hpp"

#include <algorithm>

#include "support/strings.hpp"

namespace planbridge {

namespace {

bool row_is_blank(const GridRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](const GridCell& c) { return is_blank(c.text); });
}

bool mentions_key(const std::string& t) {
    std::string f = " " + fold_for_match(t) + " ";
    return f.find(" key ") != std::string::npos || f.find(" legend ") != std::string::npos;
}

// A header of status and at most two other named columns: what a RAG key's header looks like.
bool key_shaped(const HeaderMatch& h) {
    int named = 0;
    for (const ColumnMapping& c : h.columns)
        if (c.heading.rfind("Column ", 0) != 0) ++named;
    return named <= 3 && h.column_of(Field::status) >= 0;
}

// A RAG key ('Key to RAG Rating': a swatch beside each status's meaning) looks like a small
// table with status and action-like headings, but it describes statuses, not actions.
bool is_key_table(const Grid& g, const Block& b, const std::vector<int>& rows_above) {
    if (!key_shaped(b.header) || b.rows.size() > 10) return false;
    if (mentions_key(g.name)) return true;
    for (int r : rows_above)
        if (r < b.header_index && r >= b.header_index - 2)
            for (const GridCell& c : g.rows[static_cast<size_t>(r)].cells)
                if (mentions_key(c.text)) return true;
    return false;
}

// The header row of a RAG key above the plan ('RAG Shading | Action Status' under 'Key to RAG
// Rating'): its rows stay above the plan's first header, where the key is learnt from.
bool is_key_header(const Grid& g, const HeaderMatch& h, int index) {
    if (!key_shaped(h)) return false;
    for (const ColumnMapping& c : h.columns) {
        std::string f = " " + fold_for_match(c.heading) + " ";
        if (mentions_key(c.heading) || f.find(" shading ") != std::string::npos || f.find(" colour ") != std::string::npos)
            return true;
    }
    if (mentions_key(g.name)) return true;
    for (int r = std::max(0, index - 2); r < index; ++r)
        for (const GridCell& c : g.rows[static_cast<size_t>(r)].cells)
            if (c.text.size() < 200 && mentions_key(c.text)) return true;
    return false;
}

// The texts a row holds in its own cells, in order: how a sub-header row is recognised again.
std::string own_texts(const GridRow& row, int index) {
    std::string s;
    for (int c : row_cells(row, index).own) s += fold_for_match(row.cells[static_cast<size_t>(c)].text) + "|";
    return s;
}

// A row under a header whose own cells all sit under merged group headings ('RAG' over
// 'Sept 2018 | Oct 2018') is the header's second row.
bool is_sub_header(const GridRow& top, int top_index, const GridRow& row, int index) {
    RowCells rc = row_cells(row, index);
    if (rc.own.empty()) return false;
    for (int c : rc.own) {
        if (static_cast<size_t>(c) >= top.cells.size()) return false;
        const GridCell& group = top.cells[static_cast<size_t>(c)];
        if (group.span_cols < 2 || group.origin_row != top_index) return false;
    }
    for (int c : rc.carried)  // the other cells continue the header row's single headings down
        if (row.cells[static_cast<size_t>(c)].origin_row != top_index) return false;
    return true;
}

// Folds a second header row into the header: columns under a group get 'Group – Sub' headings;
// the group's field goes to its rightmost sub-column (the latest period), the others are extra.
void merge_sub_header(Block& b, const GridRow& top, const GridRow& sub) {
    for (const ColumnMapping& m : std::vector<ColumnMapping>(b.header.columns)) {
        if (static_cast<size_t>(m.col) >= top.cells.size()) continue;
        const GridCell& group = top.cells[static_cast<size_t>(m.col)];
        if (group.span_cols < 2 || group.origin_col != m.col) continue;
        std::string group_heading = collapse_space(group.text);
        int last = m.col + group.span_cols - 1;
        for (ColumnMapping& sc : b.header.columns) {
            if (sc.col < m.col || sc.col > last) continue;
            std::string subtext = static_cast<size_t>(sc.col) < sub.cells.size() ? collapse_space(sub.cells[static_cast<size_t>(sc.col)].text) : "";
            sc.heading = subtext.empty() ? group_heading : group_heading + " – " + subtext;
            sc.group = group_heading;
            sc.field = sc.col == last ? m.field : Field::extra;
            sc.reason = sc.col == last ? m.reason + "; the latest column under '" + group_heading + "'"
                                       : "an earlier column under '" + group_heading + "'; kept as extra";
        }
    }
}

}  // namespace

void Scanner::step(int i) {
    const GridRow& row = g_.rows[static_cast<size_t>(i)];
    seen_width_ = std::max(seen_width_, static_cast<int>(row.cells.size()));
    if (row_is_blank(row)) return;
    has_cells = true;
    if (expect_sub_after_ >= 0 && second_header_row(i)) return;
    if (auto header = match_header(row, known_width_ >= 0 ? known_width_ : seen_width_, profile_)) {
        if (!(blocks.empty() && is_key_header(g_, *header, i))) {
            add_header(i, std::move(*header));
            return;
        }
        key_header_seen_ = true;
    }
    if (blocks.empty()) before_header.push_back(i);
    else blocks.back().rows.push_back(i);
}

bool Scanner::key_table() const {
    if (blocks.empty()) return key_header_seen_;
    return blocks.size() == 1 && is_key_table(g_, blocks.front(), before_header);
}

bool Scanner::second_header_row(int i) {
    const GridRow& row = g_.rows[static_cast<size_t>(i)];
    int top = expect_sub_after_;
    expect_sub_after_ = -1;
    Block& b = blocks.back();
    const GridRow& top_row = g_.rows[static_cast<size_t>(top)];
    if (b.header_index == top && is_sub_header(top_row, top, row, i)) {
        merge_sub_header(b, top_row, row);
        b.sub_signature = own_texts(row, i);
        return true;
    }
    if (b.header_index != top && !b.sub_signature.empty() && own_texts(row, i) == b.sub_signature) {
        b.repeated.push_back(i);  // the second row of a repeated two-row header
        return true;
    }
    return false;
}

void Scanner::add_header(int i, HeaderMatch header) {
    expect_sub_after_ = i;
    int table = g_.rows[static_cast<size_t>(i)].table;
    if (!blocks.empty() && header.signature() == blocks.back().top_signature) {
        blocks.back().repeated.push_back(i);
        if (table > 0) blocks.back().header_tables.push_back(table);
        return;
    }
    Block b;
    b.grid = &g_;
    b.table = static_cast<int>(blocks.size()) + 1;
    b.header_index = i;
    b.top_signature = header.signature();
    b.header = std::move(header);
    if (table > 0) b.header_tables.push_back(table);
    blocks.push_back(std::move(b));
}

}  // namespace planbridge
