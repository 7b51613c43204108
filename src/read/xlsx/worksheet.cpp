#include "read/xlsx/worksheet.hpp"

#include <algorithm>
#include <memory>

#include "read/grid/row_sink.hpp"
#include "read/ooxml/package.hpp"
#include "read/xlsx/conditional_format.hpp"
#include "read/xlsx/sheet_cells.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::xlsx {

namespace {

constexpr long kMaxMergeArea = 100000;   // larger merges are layout, not data; skipped with a warning
constexpr size_t kStreamBatchRows = 512;  // rows handed to the plan builder at a time when streaming

int to_int(std::string_view s) { return leading_int(s); }

// Streams the sheet XML straight into grid rows: each cell becomes a GridCell when its element
// ends, so a sheet is never held twice. Streaming, it collects raw batches for a worker instead.
class SheetHandler : public xml::Handler {
public:
    SheetHandler(const SheetContext& ctx, std::vector<Warning>& warnings, RowSink* stream = nullptr,
                 std::shared_ptr<std::vector<Warning>> worker_warnings = nullptr, size_t max_rows_hint = 0)
        : ctx_(ctx), warnings_(warnings), stream_(stream), worker_warnings_(std::move(worker_warnings)), max_rows_hint_(max_rows_hint) {}

    std::vector<GridRow> rows;
    std::vector<CellRange> merges;
    std::vector<CfBlock> cf_blocks;

    // Every element of a big sheet goes through the two switches below: names of two or three
    // letters are told apart by their letters (a string compare of unknown length calls memcmp).
    static bool is_row(std::string_view n) { return n[0] == 'r' && n[1] == 'o' && n[2] == 'w'; }

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs& a) override {
        if (ns != xml::Ns::spreadsheet) return;
        switch (n.size()) {
            case 1:
                if (n[0] == 'c') start_cell(a);
                else if (n[0] == 'v') begin_text(in_cell_ && cell_.type != 'i');
                else if (n[0] == 't') begin_text(in_is_ && rph_depth_ == 0);
                break;
            case 2:
                if (n[0] == 'i' && n[1] == 's') in_is_ = true;
                break;
            case 3:
                if (is_row(n)) start_row(a);
                else if (n == "rPh") ++rph_depth_;
                break;
            case 6:
                if (n == "cfRule") start_cf_rule(a);
                break;
            case 7:
                if (n == "formula") begin_text(!cf_blocks.empty() && in_cf_);
                break;
            case 9:
                if (n == "mergeCell") add_merge(a.get_or("ref", ""));
                else if (n == "dimension" && stream_) expect_rows(a.get_or("ref", ""));
                break;
            case 21:
                if (n == "conditionalFormatting") start_cf_block(a);
                break;
            default: break;
        }
    }

    void on_end(xml::Ns ns, std::string_view n) override {
        if (ns != xml::Ns::spreadsheet) return;
        switch (n.size()) {
            case 1:
                if (n[0] == 'c') end_cell();
                else if (n[0] == 'v' || n[0] == 't') end_text();
                break;
            case 2:
                if (n[0] == 'i' && n[1] == 's') in_is_ = false;
                break;
            case 3:
                if (is_row(n)) {
                    if (stream_ && batch_.rows.size() >= kStreamBatchRows) hand_over();
                } else if (n == "rPh") {
                    --rph_depth_;
                }
                break;
            case 7:
                if (n == "formula") {
                    if (capture_ && in_cf_ && !cf_blocks.back().rules.empty()) cf_blocks.back().rules.back().formulas.push_back(text_);
                    end_text();
                }
                break;
            case 21:
                if (n == "conditionalFormatting") in_cf_ = false;
                break;
            default: break;
        }
    }

    void on_text(std::string_view t) override {
        if (!capture_) return;
        if (in_cell_) {
            std::string& into = stream_ ? batch_.bytes : cell_.value;  // straight into the cell: no second copy
            into.append(t);
            size_t length = stream_ ? into.size() - value_offset_ : into.size();
            ctx_.budget.check_cell_text(length, [&] { return ctx_.place(); });
        } else {
            text_.append(t);
            ctx_.budget.check_cell_text(text_.size(), [&] { return ctx_.place(); });
        }
    }

    void watch(const xml::StreamParser& parser, uint64_t part_size) {
        parser_ = &parser;
        part_size_ = part_size;
    }

    // Streaming: rows came in order, so the builder saw them as a whole read would.
    bool rows_in_order() const { return in_order_; }
    void hand_over() {
        if (batch_.rows.empty()) return;
        if (!expected_ && parser_) estimate_rows();
        // The worker turns the bytes into cells. ctx_ outlives it (the caller's sink is gone before
        // its context); the warnings are shared with each job, because a reading given up half-way
        // (a merge found at the end, a parse error) returns while the worker may still be busy.
        stream_->push([batch = std::move(batch_), &ctx = ctx_, warnings = worker_warnings_] { return batch.to_rows(ctx, *warnings); });
        batch_ = {};
        batch_.rows.reserve(kStreamBatchRows);
    }

private:
    const SheetContext& ctx_;
    std::vector<Warning>& warnings_;
    RowSink* stream_;
    std::shared_ptr<std::vector<Warning>> worker_warnings_;
    size_t max_rows_hint_;
    const xml::StreamParser* parser_ = nullptr;  // streaming: how far it has read, for estimate_rows
    uint64_t part_size_ = 0;
    bool expected_ = false;
    RawBatch batch_;
    size_t value_offset_ = 0;  // streaming: where the current cell's value starts in batch_.bytes
    bool in_order_ = true;
    int last_row_ = 0;
    size_t last_width_ = 8;
    RawCell cell_{};
    bool in_cell_ = false, in_is_ = false, in_cf_ = false, capture_ = false;
    int rph_depth_ = 0;
    int next_row_ = 1, next_col_ = 0;
    std::string text_;

    void end_cell() {
        in_cell_ = false;
        if (stream_) {
            size_t length = batch_.bytes.size() - value_offset_;
            if (cell_.type == 'n' && length == 0 && cell_.style == 0) return;  // nothing in it
            batch_.cells.push_back({cell_.col, cell_.style, cell_.type, value_offset_, length});
            return;
        }
        if (cell_.type == 'n' && cell_.value.empty() && cell_.style == 0) return;
        GridRow& row = rows.back();
        grow_row(row, cell_.col, ctx_);
        GridCell& slot = row.cells[static_cast<size_t>(cell_.col)];
        slot = make_cell(cell_.style, cell_.type, std::move(cell_.value), ctx_, warnings_, row.number);
        ctx_.budget.charge_text(slot.text.size(), [&] { return ctx_.place(); });
    }

    void begin_text(bool want) {
        capture_ = want;
        text_.clear();
    }
    void end_text() { capture_ = false; }

    void start_row(const xml::Attrs& a) {
        int r = 0;
        if (auto v = a.get("r")) r = to_int(*v);
        if (r <= 0) r = next_row_;
        ctx_.budget.check_row(r, [&] { return ctx_.place(); });
        next_row_ = r + 1;
        next_col_ = 0;
        if (r <= last_row_) in_order_ = false;
        last_row_ = r;
        auto hidden_attr = a.get_or("hidden", "0");
        bool hidden = hidden_attr == "1" || hidden_attr == "true";
        if (stream_) {
            batch_.rows.push_back({r, hidden, batch_.cells.size()});
            return;
        }
        if (!rows.empty()) last_width_ = rows.back().cells.size();
        rows.push_back({r, hidden, {}});
        rows.back().cells.reserve(last_width_);  // rows are usually alike
    }

    void start_cell(const xml::Attrs& a) {
        if (stream_ ? batch_.rows.empty() : rows.empty()) {  // a cell outside any row
            if (stream_) batch_.rows.push_back({next_row_++, false, batch_.cells.size()});
            else rows.push_back({next_row_++, false, {}});
        }
        value_offset_ = batch_.bytes.size();
        cell_.col = next_col_;
        cell_.style = 0;
        cell_.type = 'n';
        cell_.value.clear();
        for (int i = 0; i < a.size(); ++i) {  // r, s, t in one pass: this runs for every cell
            const char* name = a.local_name(i);
            if (name[0] == 0 || name[1] != 0) continue;
            std::string_view v = a.value(i);
            if (name[0] == 'r') {
                int col = 0, row = 0;
                if (parse_cell_ref(v, col, row)) {
                    cell_.col = col;
                    ctx_.budget.check_row(row, [&] { return ctx_.place(); });
                }
            } else if (name[0] == 's') {
                cell_.style = to_int(v);
            } else if (name[0] == 't') {
                cell_.type = cell_type(v, cell_.type);
            }
        }
        ctx_.budget.check_column(cell_.col + 1, [&] { return ctx_.place(); });
        next_col_ = cell_.col + 1;
        in_cell_ = true;
    }

    // The sheet's used range, before its rows: a hint for the builder (untrusted, so capped by
    // what the part's size could hold).
    void expect_rows(std::string_view ref) {
        CellRange r;
        if (!parse_range(ref, r) || r.row2 >= kMaxRows) return;
        stream_->expect_rows(std::min(static_cast<size_t>(r.row2 - r.row1 + 1), max_rows_hint_));
        expected_ = true;
    }

    // No dimension (openpyxl's write-only mode writes none): the first batch's bytes per row,
    // over the part's declared size, tell roughly how many rows are coming — so the builder
    // reserves once instead of doubling its action list (which briefly holds both copies).
    void estimate_rows() {
        expected_ = true;
        size_t consumed = parser_->bytes_consumed();
        if (consumed == 0 || part_size_ <= consumed) return;
        double per_row = static_cast<double>(consumed) / static_cast<double>(batch_.rows.back().number);
        auto rows = static_cast<size_t>(static_cast<double>(part_size_) / per_row * 1.1);
        stream_->expect_rows(std::min({rows, max_rows_hint_, static_cast<size_t>(kMaxRows)}));
    }

    void add_merge(std::string_view ref) {
        CellRange r;
        if (parse_range(ref, r)) merges.push_back(r);
    }

    void start_cf_block(const xml::Attrs& a) {
        CfBlock block;
        std::string_view sq = a.get_or("sqref", "");
        size_t start = 0;
        while (start < sq.size()) {
            size_t end = sq.find(' ', start);
            if (end == std::string_view::npos) end = sq.size();
            CellRange r;
            if (parse_range(sq.substr(start, end - start), r)) block.ranges.push_back(r);
            start = end + 1;
        }
        cf_blocks.push_back(std::move(block));
        in_cf_ = true;
    }

    void start_cf_rule(const xml::Attrs& a) {
        if (!in_cf_ || cf_blocks.empty()) return;
        CfRule rule;
        rule.type = std::string(a.get_or("type", ""));
        rule.op = std::string(a.get_or("operator", ""));
        rule.text = std::string(a.get_or("text", ""));
        if (auto d = a.get("dxfId")) rule.dxf = to_int(*d);
        rule.priority = to_int(a.get_or("priority", "0"));
        auto stop = a.get_or("stopIfTrue", "0");
        rule.stop = stop == "1" || stop == "true";
        cf_blocks.back().rules.push_back(std::move(rule));
    }
};

bool by_number(const GridRow& a, const GridRow& b) { return a.number < b.number; }

// row_index_of[n - 1] = index in grid.rows of sheet row n, or -1.
std::vector<int> index_rows(const Grid& grid) {
    std::vector<int> index(grid.rows.empty() ? 0 : static_cast<size_t>(grid.rows.back().number), -1);
    for (size_t i = 0; i < grid.rows.size(); ++i) index[static_cast<size_t>(grid.rows[i].number - 1)] = static_cast<int>(i);
    return index;
}

// Gives every slot of each merged range the origin's text and fill, creating rows the XML
// left out. Overlapping merges after the first are ignored.
void apply_merges(Grid& grid, std::vector<CellRange>& merges, std::vector<int>& row_index_of,
                  const SheetContext& ctx, std::vector<Warning>& warnings) {
    std::vector<CellRange> kept;
    for (const CellRange& m : merges) {
        long area = static_cast<long>(m.row2 - m.row1 + 1) * (m.col2 - m.col1 + 1);
        if (area <= 1) continue;
        if (area > kMaxMergeArea) {
            warnings.push_back({{ctx.file, ctx.sheet_name, 0, m.row1 + 1}, "merged range too large to spread; only its first cell kept"});
            continue;
        }
        kept.push_back(m);
    }
    if (kept.empty()) return;
    // Rows inside merges that the XML omitted.
    bool added = false;
    for (const CellRange& m : kept) {
        for (int r = m.row1; r <= m.row2; ++r) {
            if (static_cast<size_t>(r) >= row_index_of.size()) row_index_of.resize(static_cast<size_t>(r) + 1, -1);
            if (row_index_of[static_cast<size_t>(r)] < 0) {
                grid.rows.push_back({r + 1, false, {}});
                row_index_of[static_cast<size_t>(r)] = 0;
                added = true;
            }
        }
    }
    if (added) {
        std::sort(grid.rows.begin(), grid.rows.end(), by_number);
        row_index_of = index_rows(grid);
    }
    for (const CellRange& m : kept) {
        int origin_idx = row_index_of[static_cast<size_t>(m.row1)];
        GridRow& origin_row = grid.rows[static_cast<size_t>(origin_idx)];
        if (static_cast<int>(origin_row.cells.size()) <= m.col2) origin_row.cells.resize(static_cast<size_t>(m.col2) + 1);
        GridCell& origin_ref = origin_row.cells[static_cast<size_t>(m.col1)];
        if (origin_ref.merged()) continue;  // overlaps an earlier merge
        GridCell origin = origin_ref;
        origin.origin_row = origin_idx;
        origin.origin_col = m.col1;
        origin.span_cols = m.col2 - m.col1 + 1;
        auto area = static_cast<uint64_t>(m.row2 - m.row1 + 1) * static_cast<uint64_t>(origin.span_cols);
        ctx.budget.charge(area, area * origin.text.size(), ctx.place());  // every slot gets a copy
        for (int r = m.row1; r <= m.row2; ++r) {
            GridRow& row = grid.rows[static_cast<size_t>(row_index_of[static_cast<size_t>(r)])];
            if (static_cast<int>(row.cells.size()) <= m.col2) row.cells.resize(static_cast<size_t>(m.col2) + 1);
            for (int c = m.col1; c <= m.col2; ++c) row.cells[static_cast<size_t>(c)] = origin;
        }
    }
}

}  // namespace

bool parse_range(std::string_view ref, CellRange& out) {
    size_t colon = ref.find(':');
    int c1, r1, c2, r2;
    if (!parse_cell_ref(ref.substr(0, colon), c1, r1)) return false;
    if (colon == std::string_view::npos) {
        c2 = c1, r2 = r1;
    } else if (!parse_cell_ref(ref.substr(colon + 1), c2, r2)) {
        return false;
    }
    if (r1 > kMaxRows || r2 > kMaxRows || c1 >= kMaxColumns || c2 >= kMaxColumns) return false;  // not a range of a sheet
    if (r1 == 0) r1 = 1;
    if (r2 == 0) r2 = kMaxRows;
    out = {std::min(r1, r2) - 1, std::min(c1, c2), std::max(r1, r2) - 1, std::max(c1, c2)};
    return true;
}

std::optional<GridParts> stream_worksheet(ZipArchive& zip, const std::string& part, const SheetContext& ctx, std::vector<Warning>& warnings,
                                          RowSink& sink) {
    std::vector<Warning> found;  // kept only if the streamed reading stands
    auto found_by_worker = std::make_shared<std::vector<Warning>>();
    // A row takes at least ~30 bytes of XML: a dimension promising more rows is not believed.
    uint64_t part_size = zip.declared_size(part);
    SheetHandler h(ctx, found, &sink, found_by_worker, static_cast<size_t>(part_size / 30));
    xml::StreamParser parser(h, zip.display_name(), part);
    h.watch(parser, part_size);
    std::unique_ptr<ZipEntry> entry = zip.open(part);
    parser.parse([&] { return entry->next(); });
    if (!h.merges.empty() || !h.cf_blocks.empty() || !h.rows_in_order()) return std::nullopt;
    h.hand_over();
    GridParts parts = sink.finish();
    warnings.insert(warnings.end(), found.begin(), found.end());
    warnings.insert(warnings.end(), found_by_worker->begin(), found_by_worker->end());  // the worker is done (finish)
    return parts;
}

Grid read_worksheet(ZipArchive& zip, const std::string& part, const SheetContext& ctx, std::vector<Warning>& warnings) {
    SheetHandler h(ctx, warnings);
    xml::parse_part(zip, part, h);

    Grid grid;
    grid.name = ctx.sheet_name;
    grid.index = ctx.index;
    grid.rows = std::move(h.rows);
    // Rows come in order from every writer seen; sort (stably) in case one does not, and drop
    // duplicate row elements, keeping the first.
    if (!std::is_sorted(grid.rows.begin(), grid.rows.end(), by_number)) std::stable_sort(grid.rows.begin(), grid.rows.end(), by_number);
    grid.rows.erase(std::unique(grid.rows.begin(), grid.rows.end(), [](const GridRow& a, const GridRow& b) { return a.number == b.number; }),
                    grid.rows.end());
    std::vector<int> row_index_of = index_rows(grid);
    apply_merges(grid, h.merges, row_index_of, ctx, warnings);
    int unevaluated = apply_conditional_formats(grid, h.cf_blocks, ctx.styles, row_index_of);
    if (unevaluated > 0)
        warnings.push_back({{ctx.file, ctx.sheet_name, 0, 0},
                            std::to_string(unevaluated) + " conditional-formatting rule(s) too complex to evaluate; their colours are ignored"});
    return grid;
}

}  // namespace planbridge::xlsx
