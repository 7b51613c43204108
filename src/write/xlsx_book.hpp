// What the board workbook and the diff workbook share: libxlsxwriter with every call that can
// fail checked (a failure names the output and the sheet), the cell formats made from a
// layout, and row heights worked out for wrapped text.
#pragma once
#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/status.hpp"
#include "write/layout.hpp"
#include "write/text_fit.hpp"

namespace planbridge {

class Workbook {
public:
    // Writes file (a temporary); errors name 'shown' (what the user asked for).
    Workbook(const std::string& file, std::string shown);
    ~Workbook();  // after a failure, closes what it has (the caller removes the temporary)
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_worksheet* sheet(const std::string& name);
    lxw_format* format();
    lxw_chart* chart(uint8_t type);
    void check(lxw_error e, const std::string& sheet) const;
    void put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& text, lxw_format* f, const std::string& sheet);
    void put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, double number, lxw_format* f, const std::string& sheet);
    // A wrapped cell 'width' wide: the text, cut at a word with '…' where a row cannot show it
    // all, the full text then in the cell's comment. Returns the lines it takes.
    size_t put_fitted(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, std::string_view text, lxw_format* f, double width,
                      const std::string& sheet, bool bold = false);
    void set_properties(const lxw_doc_properties& properties);
    // Every sheet protected (protect_sheet): a lead's copy, where only unlocked cells change.
    void protect_every_sheet();
    void close();  // writes the workbook out; throws on failure

private:
    lxw_workbook* wb_ = nullptr;
    std::string shown_;
};

// The cell formats, made once for a workbook. Those in bold are said so to put_fitted.
struct Formats {
    lxw_format *title, *subtitle, *header, *banner, *text, *number, *overdue, *bold, *highlight;
    lxw_format *cover_title, *heading, *paragraph, *note, *link;  // note: a paragraph in italics
    std::map<Status, lxw_format*> status;
    // A lead's copy (split): the cells a lead may change, unlocked on a protected sheet; null
    // (empty) in any other workbook.
    lxw_format *text_open = nullptr, *overdue_open = nullptr;
    std::map<Status, lxw_format*> status_open;

    Formats(Workbook& wb, const Layout& layout, bool editable_cells = false);
};

// How a sheet prints: A4, one page wide (and one page long when 'one_page'), a table's header
// row on every page, and a footer whose two sections cannot print over each other: the plan
// and its date on the left, cut to fit, and 'Page N of M' on the right.
struct PageSetup {
    bool landscape = true;
    bool one_page = false;
    std::optional<lxw_row_t> repeated_row;
    std::string footer;  // the left section
};
void set_up_printing(Workbook& wb, lxw_worksheet* ws, const PageSetup& setup, const std::string& sheet);
// Sheet protection without a password (nobody is locked out: Review › Unprotect Sheet): only
// unlocked cells can be changed; filtering and resizing stay allowed.
void protect_sheet(lxw_worksheet* ws);
// The points a footer's left section may take on a page so set up (the test reads it back).
double footer_room_points(bool landscape);
constexpr double kFooterFontSize = 9;

// The Key sheet: each status of the layout, its word on its colour, and what it means; on one page.
void write_key_sheet(Workbook& wb, const Formats& f, const Layout& layout, const std::string& footer);

lxw_color_t lxw_colour(Rgb c);

}  // namespace planbridge
