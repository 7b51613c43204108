// xl/styles.xml: what a cell's style index means for planbridge: its fill colour (resolved
// through the indexed palette, theme and tint), whether its number is a date, and boldness.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "read/ooxml/theme.hpp"
#include "support/colour.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::xlsx {

struct Styles {
    struct Xf {
        std::optional<Rgb> fill;
        bool is_date = false;
        bool bold = false;
        // A fixed-point number format ('0.00', '#,##0.0'): the digits Excel shows after the
        // point (a reference typed 1.10 is stored as 1.1), and whether it groups thousands.
        // -1: any other format, where the number is shown as stored.
        int decimals = -1;
        bool thousands = false;
    };
    std::vector<Xf> xfs;                      // by cellXfs index (a cell's s attribute)
    std::vector<std::optional<Rgb>> dxf_fills;  // by dxf index (conditional formatting)

    const Xf& xf(int index) const;
};

Styles read_styles(ZipArchive& zip, const std::string& part, const ooxml::Theme& theme);
Styles default_styles();

// Number format → is it a date? Built-in ids and custom codes (ECMA-376 §18.8.30).
bool is_date_format(int num_fmt_id, const std::string& code);
// A fixed-point number format's decimals and grouping (built-in ids 1–4 and codes such as
// '0.00', '#,##0.0'); decimals -1 for any other format. Only the first section counts.
struct FixedPoint {
    int decimals = -1;
    bool thousands = false;
};
FixedPoint fixed_point_format(int num_fmt_id, const std::string& code);
// A stored number as that format shows it: 1.1 with two decimals is '1.10'.
std::string format_fixed_point(double value, const FixedPoint& format);
// The default 64-colour indexed palette.
const std::array<Rgb, 64>& default_palette();

}  // namespace planbridge::xlsx
