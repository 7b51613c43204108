#include "read/xlsx/sheet_cells.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "read/ooxml/package.hpp"

namespace planbridge::xlsx {

namespace {

// A number as a person reads it: 12, 1.5, 0.3 (not 0.30000000000000004).
std::string format_number(const std::string& raw) {
    if (raw.find_first_of(".eE") == std::string::npos) return raw;
    double v = std::strtod(raw.c_str(), nullptr);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

}  // namespace

// Parses 'AB12' into 0-based column and 1-based row; row 0 when absent ('AB'). A column or
// row past Excel's last is given as it is (capped a little past the limit), for the caller to
// refuse; false when it is not a cell reference.
bool parse_cell_ref(std::string_view ref, int& col, int& row) {
    size_t i = 0;
    int c = 0;
    if (i < ref.size() && ref[i] == '$') ++i;
    size_t letters = i;
    while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
        if (c <= kMaxColumns) c = c * 26 + ((ref[i] | 0x20) - 'a' + 1);
        ++i;
    }
    if (i == letters) return false;
    if (i < ref.size() && ref[i] == '$') ++i;
    int r = 0;
    size_t digits = i;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9') {
        if (r <= kMaxRows) r = r * 10 + (ref[i] - '0');
        ++i;
    }
    if (i != ref.size()) return false;
    col = std::min(c, kMaxColumns + 1) - 1;
    row = i == digits ? 0 : std::min(r, kMaxRows + 1);
    return true;
}

// A cell's t attribute as one letter: n number, s shared string, i inline string, b bool,
// e error, f formula string, d ISO date; 'otherwise' for none. Runs for every cell: by length
// and letter, no string compares.
char cell_type(std::string_view t, char otherwise) {
    if (t.size() == 1 && (t[0] == 's' || t[0] == 'b' || t[0] == 'e' || t[0] == 'd')) return t[0];
    if (t.size() == 9 && t[0] == 'i' && t == "inlineStr") return 'i';
    if (t.size() == 3 && t[0] == 's' && t == "str") return 'f';
    return otherwise;
}

GridCell make_cell(int style, char type, std::string value, const SheetContext& ctx, std::vector<Warning>& warnings, int row_number) {
    GridCell cell;
    const Styles::Xf& xf = ctx.styles.xf(style);
    cell.fill = xf.fill;
    if (xf.fill) cell.fill_source = FillSource::direct;
    cell.bold = xf.bold;
    switch (type) {
        case 's': {
            long idx = value.empty() ? -1 : std::strtol(value.c_str(), nullptr, 10);
            const std::vector<std::string>& table = ctx.shared_strings.get();
            if (idx >= 0 && static_cast<size_t>(idx) < table.size()) {
                cell.text = table[static_cast<size_t>(idx)];
            } else if (!value.empty()) {
                warnings.push_back({{ctx.file, ctx.sheet_name, 0, row_number},
                                    "shared string " + value + " does not exist; cell left empty"});
            }
            break;
        }
        case 'i':
        case 'f':
        case 'e':
            if (value.find("_x") == std::string::npos) cell.text = std::move(value);
            else cell.text = ooxml::decode_xstring(value);
            break;
        case 'b': cell.text = value == "1" || value == "true" ? "TRUE" : "FALSE"; break;
        case 'd':
            cell.date = Date::parse_iso(value);
            cell.text = cell.date ? cell.date->iso() : value;
            break;
        default:
            if (value.empty()) break;
            if (xf.is_date) {
                cell.date = date_from_excel_serial(std::strtod(value.c_str(), nullptr), ctx.date1904);
                if (cell.date) {
                    cell.text = cell.date->iso();
                    break;
                }
            }
            if (xf.decimals >= 0) {  // as Excel shows it: a reference 1.10 is stored as 1.1
                char* end = nullptr;
                double v = std::strtod(value.c_str(), &end);
                if (end && *end == '\0') {
                    cell.text = format_fixed_point(v, {xf.decimals, xf.thousands});
                    break;
                }
            }
            cell.text = format_number(value);
    }
    return cell;
}

// Makes row's cells reach column col (0-based), each new one counted.
void grow_row(GridRow& row, int col, const SheetContext& ctx) {
    size_t want = static_cast<size_t>(col) + 1;
    if (row.cells.size() >= want) return;
    ctx.budget.charge(want - row.cells.size(), 0, [&] { return ctx.place(); });
    row.cells.resize(want);
}

std::vector<GridRow> RawBatch::to_rows(const SheetContext& ctx, std::vector<Warning>& warnings) const {
    std::vector<GridRow> out;
    out.reserve(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        size_t end = r + 1 < rows.size() ? rows[r + 1].first_cell : cells.size();
        GridRow row{rows[r].number, rows[r].hidden, {}};
        if (end > rows[r].first_cell) grow_row(row, cells[end - 1].col, ctx);
        for (size_t k = rows[r].first_cell; k < end; ++k) {
            const Cell& c = cells[k];
            grow_row(row, c.col, ctx);
            GridCell& slot = row.cells[static_cast<size_t>(c.col)];
            slot = make_cell(c.style, c.type, bytes.substr(c.offset, c.length), ctx, warnings, row.number);
            ctx.budget.charge_text(slot.text.size(), [&] { return ctx.place(); });
        }
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace planbridge::xlsx
