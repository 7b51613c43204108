// How much room a text takes in a workbook cell, so that nothing printed is clipped: neither
// libxlsxwriter nor LibreOffice sizes rows to wrapped text. Widths are those of Calibri 11
// (Excel's default font), measured from Carlito, its metric-compatible twin that LibreOffice
// uses in its place; text is wrapped word by word as Excel and LibreOffice wrap it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace planbridge {

// A column of width w (Excel's unit: widths of '0' in the default font) as pixels at 96 dpi,
// and the part of it text may use (the rest is the cell's padding).
double column_pixels(double width);
double text_room_pixels(double width);

// The width of a text in Calibri 11, in pixels (bold a little wider).
double text_pixels(std::string_view text, bool bold = false);

// The lines a text wraps to in a column of that width: words moved whole to the next line,
// a word longer than a line broken where it fills one, and each newline a new line.
size_t lines_in(std::string_view text, double width, bool bold = false);

// The most lines a row can show (Excel's tallest row is 409 points).
size_t max_lines_in_a_row();
double row_height(size_t lines);  // points

// The text, or as much of it as fits max_lines of that column, cut at a word and ended '…'.
// fitted.cut says whether anything was left out (the full text then goes in a comment).
struct Fitted {
    std::string text;
    bool cut = false;
};
Fitted fit_to_lines(std::string_view text, double width, size_t max_lines, bool bold = false);

// As much of a text as fits in a width of points at a font size, cut at a word and ended '…':
// for page headers and footers, whose sections must not print over each other.
std::string fit_to_points(std::string_view text, double points, double font_size);

// The narrowest column width (Excel's unit) in which no word of the text is broken.
double width_for_longest_word(std::string_view text, bool bold = false);

}  // namespace planbridge
