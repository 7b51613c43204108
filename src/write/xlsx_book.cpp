#include "write/xlsx_book.hpp"

#include <algorithm>
#include <utility>

#include "support/error.hpp"

namespace planbridge {

namespace {

constexpr double kA4Points[2] = {595, 842};  // width portrait, landscape
constexpr double kSideMargin = 0.7 * 72;      // libxlsxwriter's (and Excel's) default, each side
constexpr size_t kCommentLimit = 32000;       // bytes; Excel's limit for a cell's text is 32,767 characters

// Footer text for libxlsxwriter: '&' starts a code there, so the plan's own are doubled.
std::string footer_safe(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '&' ? "&&" : std::string(1, c);
    return out;
}

// At most n bytes of s, not splitting a character.
std::string_view utf8_prefix(std::string_view s, size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
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

size_t Workbook::put_fitted(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, std::string_view text, lxw_format* f, double width,
                            const std::string& sheet, bool bold) {
    Fitted fitted = fit_to_lines(text, width, max_lines_in_a_row(), bold);
    put(ws, r, c, fitted.text, f, sheet);
    if (fitted.cut) {
        lxw_comment_options o{};
        o.width = 480;
        o.height = 320;
        check(worksheet_write_comment_opt(ws, r, c, std::string(utf8_prefix(text, kCommentLimit)).c_str(), &o), sheet);
    }
    return lines_in(fitted.text, width, bold);
}

void Workbook::set_properties(const lxw_doc_properties& properties) {
    check(workbook_set_properties(wb_, const_cast<lxw_doc_properties*>(&properties)), "");
}

void Workbook::protect_every_sheet() {
    lxw_worksheet* ws = nullptr;
    LXW_FOREACH_WORKSHEET(ws, wb_) protect_sheet(ws);
}

void Workbook::close() { check(workbook_close(std::exchange(wb_, nullptr)), ""); }

Formats::Formats(Workbook& wb, const Layout& layout, bool editable_cells) {
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
    cover_title = wb.format();
    format_set_bold(cover_title);
    format_set_font_size(cover_title, 20);
    format_set_text_wrap(cover_title);
    format_set_align(cover_title, LXW_ALIGN_VERTICAL_TOP);
    heading = wb.format();
    format_set_bold(heading);
    format_set_font_size(heading, 13);
    paragraph = wb.format();
    format_set_text_wrap(paragraph);
    format_set_align(paragraph, LXW_ALIGN_VERTICAL_TOP);
    note = wb.format();
    format_set_text_wrap(note);
    format_set_italic(note);
    format_set_align(note, LXW_ALIGN_VERTICAL_TOP);
    link = wb.format();
    format_set_underline(link, LXW_UNDERLINE_SINGLE);
    format_set_font_color(link, 0x0563C1);
    format_set_align(link, LXW_ALIGN_VERTICAL_TOP);
    // A status cell: its word in bold on its colour; unlocked in a lead's copy.
    auto status_cell = [&](const StatusStyle& s, bool unlocked) {
        lxw_format* f = table_cell(wb);
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_bg_color(f, lxw_colour(s.fill));
        format_set_font_color(f, lxw_colour(s.text));
        if (unlocked) format_set_unlocked(f);
        return f;
    };
    for (const StatusStyle& s : layout.statuses) status[s.status] = status_cell(s, false);
    if (!editable_cells) return;
    auto open = [&](void (*style)(lxw_format*)) {
        lxw_format* f = table_cell(wb);
        style(f);
        format_set_unlocked(f);
        format_set_bg_color(f, 0xFFFDE7);  // a pale yellow: the cells to fill in
        return f;
    };
    text_open = open([](lxw_format*) {});
    overdue_open = open([](lxw_format* f) {
        format_set_bold(f);
        format_set_font_color(f, 0x9C0006);
    });
    for (const StatusStyle& s : layout.statuses) status_open[s.status] = status_cell(s, true);
}

void protect_sheet(lxw_worksheet* ws) {
    lxw_protection o{};
    o.autofilter = LXW_TRUE;
    o.format_columns = LXW_TRUE;
    o.format_rows = LXW_TRUE;
    worksheet_protect(ws, nullptr, &o);
}

double footer_room_points(bool landscape) {
    constexpr double page_number_room = 60, gap = 24;  // 'Page 99 of 99' at 9 points, and a clear space
    return kA4Points[landscape ? 1 : 0] - 2 * kSideMargin - page_number_room - gap;
}

void set_up_printing(Workbook& wb, lxw_worksheet* ws, const PageSetup& setup, const std::string& sheet) {
    if (setup.landscape) worksheet_set_landscape(ws);
    else worksheet_set_portrait(ws);
    worksheet_set_paper(ws, 9);  // A4
    worksheet_fit_to_pages(ws, 1, setup.one_page ? 1 : 0);
    if (setup.repeated_row) wb.check(worksheet_repeat_rows(ws, *setup.repeated_row, *setup.repeated_row), sheet);
    // The font code after the size ends it: '&9' then a title starting '2019' would read as &92019.
    const std::string size = "&" + std::to_string(static_cast<int>(kFooterFontSize)) + "&\"-,Regular\"";
    std::string left = fit_to_points(setup.footer, footer_room_points(setup.landscape), kFooterFontSize);
    std::string footer = (left.empty() ? "" : "&L" + size + footer_safe(left)) + "&R" + size + "Page &P of &N";
    wb.check(worksheet_set_footer(ws, footer.c_str()), sheet);
}

void write_key_sheet(Workbook& wb, const Formats& f, const Layout& layout, const std::string& footer) {
    const std::string& name = layout.sheets.key;
    lxw_worksheet* ws = wb.sheet(name);
    wb.put(ws, 0, 0, std::string("Key"), f.title, name);
    wb.check(worksheet_set_column(ws, 0, 0, 16, nullptr), name);
    constexpr double meaning_width = 70;
    wb.check(worksheet_set_column(ws, 1, 1, meaning_width, nullptr), name);
    wb.put(ws, 2, 0, std::string("Status"), f.header, name);
    wb.put(ws, 2, 1, std::string("Meaning"), f.header, name);
    lxw_row_t r = 2;
    for (const StatusStyle& s : layout.statuses) {
        ++r;
        size_t lines = std::max(lines_in(s.word, 16, true), lines_in(s.meaning, meaning_width));
        wb.check(worksheet_set_row(ws, r, row_height(lines), nullptr), name);
        wb.put_fitted(ws, r, 0, s.word, f.status.at(s.status), 16, name, true);
        wb.put_fitted(ws, r, 1, s.meaning, f.text, meaning_width, name);
    }
    set_up_printing(wb, ws, {false, true, std::nullopt, footer}, name);
}

lxw_color_t lxw_colour(Rgb c) { return (static_cast<lxw_color_t>(c.r) << 16) | (static_cast<lxw_color_t>(c.g) << 8) | c.b; }



}  // namespace planbridge
