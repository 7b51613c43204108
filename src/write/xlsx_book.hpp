// What the board workbook and the diff workbook share: libxlsxwriter with every call that can
// fail checked (a failure names the output and the sheet), the cell formats made from a
// layout, and row heights worked out for wrapped text.
#pragma once
#include <xlsxwriter.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/status.hpp"
#include "write/layout.hpp"

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
    void close();  // writes the workbook out; throws on failure

private:
    lxw_workbook* wb_ = nullptr;
    std::string shown_;
};

// The cell formats, made once for a workbook.
struct Formats {
    lxw_format *title, *subtitle, *header, *banner, *text, *number, *overdue, *bold, *highlight;
    std::map<Status, lxw_format*> status;

    Formats(Workbook& wb, const Layout& layout);
};

// The Key sheet: each status of the layout, its word on its colour, and what it means.
void write_key_sheet(Workbook& wb, const Formats& f, const Layout& layout);

lxw_color_t lxw_colour(Rgb c);
std::string long_date(const Date& d);  // '31 Oct 2017'

// Rows are given heights to fit their wrapped text: neither libxlsxwriter nor LibreOffice works
// them out, and a clipped action is worse than a roomy one. Lines are counted generously (a
// column of width w takes about w - 1 characters a line).
size_t lines_in(std::string_view text, double width);
double row_height(size_t lines);

}  // namespace planbridge
