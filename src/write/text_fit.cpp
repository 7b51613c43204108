#include "write/text_fit.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace planbridge {

namespace {

// Advance widths of the printable ASCII characters (' ' to '~') in font units (2048 an em),
// measured from Carlito Regular and Bold.
constexpr short kRegular[95] = {
    463,  667,  821,  1020, 1038, 1464, 1397, 452,  621,  621,  1020, 1020, 511,  627,  517,  791,  1038, 1038, 1038,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 548,  548,  1020, 1020, 1020, 949,  1831, 1185, 1114, 1092, 1260, 1000,
    941,  1292, 1276, 516,  653,  1064, 861,  1751, 1322, 1356, 1058, 1378, 1112, 941,  998,  1314, 1162, 1822, 1063,
    998,  959,  628,  791,  628,  1020, 1020, 596,  981,  1076, 866,  1076, 1019, 625,  964,  1076, 470,  490,  931,
    470,  1636, 1076, 1080, 1076, 1076, 714,  801,  686,  1076, 925,  1464, 887,  927,  809,  644,  943,  644,  1020};
constexpr short kBold[95] = {
    463,  667,  898,  1020, 1038, 1493, 1443, 478,  638,  638,  1020, 1020, 528,  627,  547,  880,  1038, 1038, 1038,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 565,  565,  1020, 1020, 1020, 949,  1840, 1241, 1148, 1084, 1291, 999,
    940,  1305, 1292, 546,  678,  1120, 866,  1790, 1349, 1385, 1090, 1405, 1153, 968,  1014, 1337, 1211, 1856, 1128,
    1064, 979,  665,  880,  665,  1020, 1020, 615,  1011, 1099, 857,  1099, 1031, 648,  971,  1099, 503,  523,  983,
    503,  1666, 1099, 1101, 1099, 1099, 728,  817,  710,  1099, 969,  1526, 941,  970,  814,  704,  973,  704,  1020};
constexpr double kUnitsPerEm = 2048;
constexpr double kFontPixels = 11.0 * 96 / 72;  // Calibri 11 at 96 dpi
constexpr double kDigitPixels = 7;               // the width of '0' in it, Excel's unit of column width
constexpr double kPaddingPixels = 5;             // added by Excel to every column
constexpr double kLinePoints = 15;               // Excel's row height for one line of Calibri 11
constexpr double kTallestRow = 409;              // points
const std::string kEllipsis = "…";

// The code point starting at s[i], and where the next one starts.
char32_t next_code_point(std::string_view s, size_t& i) {
    auto b = static_cast<unsigned char>(s[i++]);
    if (b < 0x80) return b;
    int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t c = b & (0x3F >> more);
    for (; more > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; --more) c = (c << 6) | (s[i++] & 0x3F);
    return c;
}

// Outside ASCII: the few characters planbridge writes itself, and for any other a wide letter's
// width (a little too much room is better than a clipped word).
double units_of(char32_t c, bool bold) {
    if (c >= 32 && c < 127) return (bold ? kBold : kRegular)[c - 32];
    switch (c) {
        case U'…': return bold ? 1457 : 1414;
        case U'→': case U'—': return 1854;
        case U'–': return 1020;
        case U'‘': case U'’': return 528;
        case U'“': case U'”': return 900;
        case U'▲': case U'▼': case U'•': return 1038;
        case U'\t': return 4 * 463;
        default: return 1160;
    }
}

double units_in(std::string_view text, bool bold) {
    const short* ascii = bold ? kBold : kRegular;  // most of a plan's text: summed straight from the table
    long sum = 0;
    double other = 0;
    for (size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b >= 32 && b < 127) sum += ascii[b - 32], ++i;
        else other += units_of(next_code_point(text, i), bold);
    }
    return static_cast<double>(sum) + other;
}

// Greedy wrapping of one paragraph (no newlines) into lines of 'room' font units.
size_t wrapped_lines(std::string_view para, double room, bool bold) {
    const double space = units_of(' ', bold);
    size_t lines = 1;
    double used = 0;  // on the current line
    size_t i = 0;
    while (i < para.size()) {
        if (para[i] == ' ') {
            ++i;
            continue;
        }
        size_t end = para.find(' ', i);
        if (end == std::string_view::npos) end = para.size();
        std::string_view word = para.substr(i, end - i);
        double w = units_in(word, bold);
        double need = used > 0 ? used + space + w : w;
        if (need <= room) {
            used = need;
        } else if (w <= room) {
            ++lines;
            used = w;
        } else {  // broken where it fills a line
            if (used > 0) ++lines;
            used = 0;
            for (size_t k = 0; k < word.size();) {
                double cw = units_of(next_code_point(word, k), bold);
                if (used + cw > room && used > 0) ++lines, used = 0;
                used += cw;
            }
        }
        i = end;
    }
    return lines;
}

double units_per_pixel() { return kUnitsPerEm / kFontPixels; }

// The words' ends in a text: where it may be cut.
std::vector<size_t> word_ends(std::string_view text) {
    std::vector<size_t> ends;
    for (size_t i = 1; i <= text.size(); ++i)
        if ((i == text.size() || text[i] == ' ' || text[i] == '\n') && text[i - 1] != ' ' && text[i - 1] != '\n') ends.push_back(i);
    return ends;
}

// 'Plan —' reads better cut as 'Plan…' than 'Plan —…'.
std::string without_trailing_marks(std::string_view s) {
    for (bool trimmed = true; trimmed && !s.empty();) {
        trimmed = false;
        for (std::string_view mark : {" ", ",", ";", ":", "-", "—", "–", "→"})
            if (s.size() >= mark.size() && s.substr(s.size() - mark.size()) == mark) {
                s.remove_suffix(mark.size());
                trimmed = true;
            }
    }
    return std::string(s);
}

// The longest prefix, cut at a word's end and followed by '…', that 'fits'.
template <class Fits>
std::string longest_fitting_prefix(std::string_view text, Fits fits) {
    std::vector<size_t> ends = word_ends(text);
    size_t lo = 0, hi = ends.size();  // ends[0, lo) fit
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fits(std::string(text.substr(0, ends[mid])) + kEllipsis)) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return kEllipsis;
    return without_trailing_marks(text.substr(0, ends[lo - 1])) + kEllipsis;
}

}  // namespace

double column_pixels(double width) { return std::floor(width * kDigitPixels + kPaddingPixels); }

// Excel and LibreOffice keep a couple of pixels clear on each side of a cell's text.
double text_room_pixels(double width) { return std::max(kDigitPixels, column_pixels(width) - 8); }

double text_pixels(std::string_view text, bool bold) { return units_in(text, bold) / units_per_pixel(); }

size_t lines_in(std::string_view text, double width, bool bold) {
    const double room = text_room_pixels(width) * units_per_pixel();
    size_t lines = 0;
    for (size_t start = 0;;) {
        size_t end = text.find('\n', start);
        lines += wrapped_lines(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start), room, bold);
        if (end == std::string_view::npos) return lines;
        start = end + 1;
    }
}

size_t max_lines_in_a_row() { return static_cast<size_t>(kTallestRow / kLinePoints); }

double row_height(size_t lines) { return std::min(kTallestRow, kLinePoints * static_cast<double>(std::max<size_t>(1, lines))); }

Fitted fit_to_lines(std::string_view text, double width, size_t max_lines, bool bold) {
    if (lines_in(text, width, bold) <= max_lines) return {std::string(text), false};
    return {longest_fitting_prefix(text, [&](const std::string& t) { return lines_in(t, width, bold) <= max_lines; }), true};
}

std::string fit_to_points(std::string_view text, double points, double font_size) {
    auto width = [&](std::string_view t) { return units_in(t, false) / kUnitsPerEm * font_size; };
    if (width(text) <= points) return std::string(text);
    return longest_fitting_prefix(text, [&](const std::string& t) { return width(t) <= points; });
}

double width_for_longest_word(std::string_view text, bool bold) {
    double widest = 0;
    for (size_t i = 0; i < text.size();) {
        size_t end = text.find_first_of(" \n", i);
        if (end == std::string_view::npos) end = text.size();
        widest = std::max(widest, text_pixels(text.substr(i, end - i), bold));
        i = end + 1;
    }
    // The inverse of text_room_pixels, rounded up to a half.
    return std::ceil((widest + 8 - kPaddingPixels) / kDigitPixels * 2) / 2;
}

}  // namespace planbridge
