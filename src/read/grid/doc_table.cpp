#include "read/grid/doc_table.hpp"

#include <algorithm>

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr int kMaxColumns = 1000;  // Word's limit is 63; more is a broken or hostile file

GridCell make_cell(const DocCell& c) {
    GridCell g;
    g.text = c.text;
    g.fill = c.fill;
    if (c.fill) g.fill_source = FillSource::direct;
    return g;
}

// Where a table's cells are placed, each one counted against the document's budget.
struct Placer {
    ExpansionBudget& budget;
    std::string place_name;  // 'table 3'

    void place(GridRow& row, int col, const GridCell& cell) const {
        if (col >= kMaxColumns) return;
        size_t want = std::max(row.cells.size(), static_cast<size_t>(col) + 1);
        budget.charge(want - row.cells.size(), cell.text.size(), place_name);
        row.cells.resize(want);
        row.cells[static_cast<size_t>(col)] = cell;
    }
};

// Columns of the table's layout grid: its widest row.
int table_width(const DocTable& table) {
    int width = 0;
    for (const DocRow& r : table.rows) {
        int w = r.grid_before;
        for (const DocCell& c : r.cells) w += c.span;
        width = std::max(width, std::min(w, kMaxColumns));
    }
    return width;
}

// Appends table number 'number' (1-based in the document); its rows keep their own numbers.
void append_table(Grid& grid, const DocTable& table, int number, ExpansionBudget& budget) {
    const int width = table_width(table);
    const Placer placer{budget, "table " + std::to_string(number)};
    auto place = [&placer](GridRow& row, int col, const GridCell& cell) { placer.place(row, col, cell); };
    // origin_at[c]: grid row index of the cell that starts at column c in the previous row, for
    // vertical merges to find their origin by grid column.
    std::vector<int> origin_at;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const DocRow& wr = table.rows[r];
        int index = static_cast<int>(grid.rows.size());
        GridRow row{static_cast<int>(r) + 1, false, {}, number, false, width};
        std::vector<int> starts_here;
        int col = wr.grid_before;
        for (const DocCell& wc : wr.cells) {
            if (wc.hmerge_next && col > 0 && !row.cells.empty()) {  // legacy horizontal merge
                GridCell left = row.cells.back();
                place(row, col, left);
                col += wc.span;
                continue;
            }
            const GridRow* above = grid.rows.empty() || r == 0 ? nullptr : &grid.rows.back();
            int origin_index = col < static_cast<int>(origin_at.size()) ? origin_at[static_cast<size_t>(col)] : -1;
            if (wc.vmerge == VMerge::next && above && origin_index >= 0) {
                GridRow& origin_row = grid.rows[static_cast<size_t>(origin_index)];
                GridCell& origin = origin_row.cells[static_cast<size_t>(col)];
                origin.origin_row = origin_index;  // the origin now covers rows below it too
                origin.origin_col = col;
                GridCell copy = origin;
                if (!is_blank(wc.text)) copy.text += "\n" + wc.text;  // text in a continuation cell: kept
                for (int k = 0; k < wc.span; ++k) place(row, col + k, copy);
                starts_here.resize(static_cast<size_t>(col) + 1, -1);
                starts_here[static_cast<size_t>(col)] = origin_index;
            } else {
                GridCell cell = make_cell(wc);
                if (wc.span > 1 && !wc.spread) {  // overflow: the text in its own column, the rest empty
                    place(row, col, cell);
                    for (int k = 1; k < wc.span; ++k) place(row, col + k, GridCell{});
                    starts_here.resize(static_cast<size_t>(col) + 1, -1);
                    starts_here[static_cast<size_t>(col)] = index;
                    col += wc.span;
                    continue;
                }
                if (wc.span > 1) {
                    cell.origin_row = index;
                    cell.origin_col = col;
                    cell.span_cols = wc.span;
                }
                for (int k = 0; k < wc.span; ++k) place(row, col + k, cell);
                starts_here.resize(static_cast<size_t>(col) + 1, -1);
                starts_here[static_cast<size_t>(col)] = index;
            }
            col += wc.span;
        }
        origin_at = std::move(starts_here);
        grid.rows.push_back(std::move(row));
    }
}

// One cell spread across the row: a banner to the plan builder.
void append_paragraph(Grid& grid, const std::string& text, bool heading) {
    int index = static_cast<int>(grid.rows.size());
    GridCell cell;
    cell.text = text;
    cell.origin_row = index;
    cell.origin_col = 0;
    cell.span_cols = 2;  // spread: a banner, not a cell of some column
    GridRow row{0, false, {cell, cell}, 0, heading};
    grid.rows.push_back(std::move(row));
}

// Paragraphs longer than this between tables are body text, not headings.
constexpr size_t kMaxHeadingParagraph = 150;

// The paragraph is the last non-empty one before a table (a commitment's title, a caption).
bool next_is_table(const std::vector<DocItem>& body, size_t i) {
    for (size_t k = i + 1; k < body.size(); ++k) {
        if (body[k].is_table) return true;
        if (!is_blank(body[k].paragraph.text)) return false;
    }
    return false;
}

}  // namespace

DocumentGrid document_grid(const std::vector<DocItem>& body, ExpansionBudget& budget) {
    DocumentGrid out;
    out.grid.index = 1;
    for (size_t i = 0; i < body.size(); ++i) {
        const DocItem& item = body[i];
        if (item.is_table) {
            append_table(out.grid, item.table, ++out.tables, budget);
            continue;
        }
        std::string text = collapse_space(item.paragraph.text);
        if (text.empty()) continue;
        if (!item.paragraph.heading && text.size() > kMaxHeadingParagraph) {
            ++out.long_paragraphs;
            continue;
        }
        append_paragraph(out.grid, text, item.paragraph.heading || next_is_table(body, i));
    }
    return out;
}

void add_document_grid(Document& doc, const std::vector<DocItem>& body, ExpansionBudget& budget) {
    DocumentGrid g = document_grid(body, budget);
    doc.notes.push_back(std::to_string(g.tables) + " table(s) in the document");
    if (g.long_paragraphs > 0) doc.notes.push_back(std::to_string(g.long_paragraphs) + " long paragraph(s) of body text between tables left out");
    if (g.tables == 0) throw PlanError(ErrorKind::no_plan, doc.file, "", "the document has no tables (a plan is read from a table)");
    doc.grids.push_back(std::move(g.grid));
}

}  // namespace planbridge
