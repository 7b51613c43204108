#include "write/xlsx_book.hpp"

#include <algorithm>
#include <utility>

#include "support/error.hpp"

namespace planbridge {

namespace {
constexpr double kLineHeight = 15;  // points, Calibri 11
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

size_t code_points(std::string_view s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A bordered, wrapped, top-aligned cell: the base of every table cell.
lxw_format* table_cell(Workbook& wb) {
    lxw_format* f = wb.format();
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, 0xBFBFBF);
    return f;
}
}  // namespace

Workbook::Workbook(const std::string& file, std::string shown) : shown_(std::move(shown)) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go to disk as they are written: a big plan is never held twice
    options.use_zip64 = LXW_TRUE;
    wb_ = workbook_new_opt(file.c_str(), &options);
    if (!wb_) throw PlanError(ErrorKind::output, shown_, "", "cannot create the workbook");
}

Workbook::~Workbook() {
    if (wb_) workbook_close(wb_);
}

lxw_worksheet* Workbook::sheet(const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (!ws) throw PlanError(ErrorKind::output, shown_, name, "cannot add the sheet");
    return ws;
}

lxw_format* Workbook::format() {
    lxw_format* f = workbook_add_format(wb_);
    if (!f) throw PlanError(ErrorKind::output, shown_, "", "cannot add a cell format");
    return f;
}

lxw_chart* Workbook::chart(uint8_t type) {
    lxw_chart* c = workbook_add_chart(wb_, type);
    if (!c) throw PlanError(ErrorKind::output, shown_, "", "cannot add a chart");
    return c;
}

void Workbook::check(lxw_error e, const std::string& sheet) const {
    if (e != LXW_NO_ERROR) throw PlanError(ErrorKind::output, shown_, sheet, lxw_strerror(e));
}

void Workbook::put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& text, lxw_format* f, const std::string& sheet) {
    check(text.empty() ? worksheet_write_blank(ws, r, c, f) : worksheet_write_string(ws, r, c, text.c_str(), f), sheet);
}

void Workbook::put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, double number, lxw_format* f, const std::string& sheet) {
    check(worksheet_write_number(ws, r, c, number, f), sheet);
}

void Workbook::close() { check(workbook_close(std::exchange(wb_, nullptr)), ""); }

Formats::Formats(Workbook& wb, const Layout& layout) {
    title = wb.format();
    format_set_bold(title);
    format_set_font_size(title, 14);
    subtitle = wb.format();
    format_set_italic(subtitle);
    header = table_cell(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0x1F3864);
    format_set_font_color(header, LXW_COLOR_WHITE);
    banner = table_cell(wb);
    format_set_bold(banner);
    format_set_bg_color(banner, 0xD9E1F2);
    text = table_cell(wb);
    number = table_cell(wb);
    format_set_align(number, LXW_ALIGN_CENTER);
    bold = wb.format();
    format_set_bold(bold);
    // Overdue: dark red on light red, in bold (the Summary lists them in words too).
    overdue = table_cell(wb);
    format_set_bold(overdue);
    format_set_font_color(overdue, 0x9C0006);
    format_set_bg_color(overdue, 0xFFC7CE);
    // A changed cell (the Changes sheet): light yellow, in bold.
    highlight = table_cell(wb);
    format_set_bold(highlight);
    format_set_bg_color(highlight, 0xFFF2CC);
    for (const StatusStyle& s : layout.statuses) {
        lxw_format* f = table_cell(wb);
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_bg_color(f, lxw_colour(s.fill));
        format_set_font_color(f, lxw_colour(s.text));
        status[s.status] = f;
    }
}

void write_key_sheet(Workbook& wb, const Formats& f, const Layout& layout) {
    const std::string& name = layout.sheets.key;
    lxw_worksheet* ws = wb.sheet(name);
    wb.put(ws, 0, 0, std::string("Key"), f.title, name);
    wb.check(worksheet_set_column(ws, 0, 0, 16, nullptr), name);
    wb.check(worksheet_set_column(ws, 1, 1, 80, nullptr), name);
    wb.put(ws, 2, 0, std::string("Status"), f.header, name);
    wb.put(ws, 2, 1, std::string("Meaning"), f.header, name);
    lxw_row_t r = 2;
    for (const StatusStyle& s : layout.statuses) {
        ++r;
        wb.put(ws, r, 0, s.word, f.status.at(s.status), name);
        wb.put(ws, r, 1, s.meaning, f.text, name);
    }
}

lxw_color_t lxw_colour(Rgb c) { return (static_cast<lxw_color_t>(c.r) << 16) | (static_cast<lxw_color_t>(c.g) << 8) | c.b; }

std::string long_date(const Date& d) { return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year); }

size_t lines_in(std::string_view text, double width) {
    auto per_line = static_cast<size_t>(std::max(1.0, width - 1));
    size_t lines = 0;
    for (size_t start = 0;;) {
        size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        lines += std::max<size_t>(1, (code_points(line) + per_line - 1) / per_line);
        if (end == std::string_view::npos) return lines;
        start = end + 1;
    }
}

double row_height(size_t lines) { return std::min(409.0, kLineHeight * static_cast<double>(std::max<size_t>(1, lines))); }

}  // namespace planbridge
