#include "read/xlsx/styles.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "support/strings.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::xlsx {

namespace {

struct ColourRef {
    enum Kind { none, rgb, indexed, theme, automatic } kind = none;
    Rgb value;
    int index = 0;
    double tint = 0;
};

struct RawFill {
    std::string pattern;  // '' = attribute absent
    ColourRef fg, bg;
    bool gradient = false;
};

struct RawXf {
    int num_fmt = 0, fill = 0, font = 0;
};

ColourRef parse_colour(const xml::Attrs& a) {
    ColourRef c;
    if (auto v = a.get("rgb")) {
        if (auto rgb = parse_hex_colour(*v)) c.kind = ColourRef::rgb, c.value = *rgb;
    } else if (auto v = a.get("theme")) {
        c.kind = ColourRef::theme, c.index = std::atoi(std::string(*v).c_str());
    } else if (auto v = a.get("indexed")) {
        c.kind = ColourRef::indexed, c.index = std::atoi(std::string(*v).c_str());
    } else if (a.get("auto")) {
        c.kind = ColourRef::automatic;
    }
    if (auto t = a.get("tint")) c.tint = std::strtod(std::string(*t).c_str(), nullptr);
    return c;
}

class StylesHandler : public xml::Handler {
public:
    std::vector<RawFill> fills, dxf_fills;
    std::vector<bool> font_bold;
    std::vector<RawXf> xfs;
    std::unordered_map<int, std::string> num_fmts;
    std::vector<Rgb> custom_palette;

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs& a) override {
        if (ns != xml::Ns::spreadsheet) return;
        if (n == "dxfs") in_dxfs_ = true;
        else if (n == "dxf") dxf_fills.emplace_back(), dxf_has_fill_ = false;
        else if (n == "fills") in_fills_ = true;
        else if (n == "fonts") in_fonts_ = true;
        else if (n == "cellXfs") in_cell_xfs_ = true;
        else if (n == "indexedColors") in_indexed_ = true;
        else if (n == "fill" && in_fills_ && !in_dxfs_) fills.emplace_back();
        else if (n == "font" && in_fonts_ && !in_dxfs_) font_bold.push_back(false);
        else if (n == "b" && in_fonts_ && !in_dxfs_ && !font_bold.empty()) {
            auto v = a.get_or("val", "1");
            font_bold.back() = !(v == "0" || v == "false");
        } else if (n == "patternFill") {
            if (RawFill* f = current_fill()) f->pattern = std::string(a.get_or("patternType", ""));
        } else if (n == "gradientFill") {
            if (RawFill* f = current_fill()) f->gradient = true, first_stop_ = true;
        } else if (n == "fgColor" || n == "bgColor" || (n == "color" && first_stop_)) {
            if (RawFill* f = current_fill()) {
                ColourRef c = parse_colour(a);
                if (n == "bgColor") f->bg = c;
                else f->fg = c;
                if (n == "color") first_stop_ = false;
            }
        } else if (n == "xf" && in_cell_xfs_) {
            RawXf x;
            x.num_fmt = std::atoi(std::string(a.get_or("numFmtId", "0")).c_str());
            x.fill = std::atoi(std::string(a.get_or("fillId", "0")).c_str());
            x.font = std::atoi(std::string(a.get_or("fontId", "0")).c_str());
            xfs.push_back(x);
        } else if (n == "numFmt" && !in_dxfs_) {
            num_fmts[std::atoi(std::string(a.get_or("numFmtId", "0")).c_str())] = std::string(a.get_or("formatCode", ""));
        } else if (n == "rgbColor" && in_indexed_) {
            custom_palette.push_back(parse_hex_colour(a.get_or("rgb", "")).value_or(Rgb{}));
        }
    }

    void on_end(xml::Ns ns, std::string_view n) override {
        if (ns != xml::Ns::spreadsheet) return;
        if (n == "dxfs") in_dxfs_ = false;
        else if (n == "fills") in_fills_ = false;
        else if (n == "fonts") in_fonts_ = false;
        else if (n == "cellXfs") in_cell_xfs_ = false;
        else if (n == "indexedColors") in_indexed_ = false;
        else if (n == "gradientFill") first_stop_ = false;
    }

private:
    RawFill* current_fill() {
        if (in_dxfs_) return dxf_fills.empty() ? nullptr : &dxf_fills.back();
        if (in_fills_) return fills.empty() ? nullptr : &fills.back();
        return nullptr;
    }
    bool in_dxfs_ = false, in_fills_ = false, in_fonts_ = false, in_cell_xfs_ = false, in_indexed_ = false;
    bool dxf_has_fill_ = false, first_stop_ = false;
};

class Resolver {
public:
    Resolver(const ooxml::Theme& theme, const std::vector<Rgb>& custom) : theme_(theme) {
        palette_ = default_palette();
        for (size_t i = 0; i < custom.size() && i < palette_.size(); ++i) palette_[i] = custom[i];
    }

    std::optional<Rgb> colour(const ColourRef& c) const {
        std::optional<Rgb> base;
        switch (c.kind) {
            case ColourRef::rgb: base = c.value; break;
            case ColourRef::theme: base = theme_.spreadsheet_index(c.index); break;
            case ColourRef::indexed:
                // 64 and 65 are the system foreground/background: no colour of the cell's own.
                if (c.index >= 0 && c.index < 64) base = palette_[static_cast<size_t>(c.index)];
                break;
            default: break;
        }
        if (base && c.tint != 0) base = apply_tint(*base, c.tint);
        return base;
    }

    std::optional<Rgb> cell_fill(const RawFill& f) const {
        if (f.gradient) return colour(f.fg);
        const std::string& p = f.pattern;
        if (p.empty() || p == "none" || p == "gray125" || p == "gray0625") return std::nullopt;
        if (p == "solid") return colour(f.fg);
        // Other patterns show ink over background: take an even blend of both.
        auto fg = colour(f.fg), bg = colour(f.bg);
        if (fg && bg) return blend(*fg, *bg, 0.5);
        return fg ? fg : bg;
    }

    // In a dxf a missing patternType means solid and the colour is bgColor (Excel writes it so).
    std::optional<Rgb> dxf_fill(const RawFill& f) const {
        if (f.pattern == "none") return std::nullopt;
        if (f.pattern.empty() || f.pattern == "solid") {
            if (auto bg = colour(f.bg)) return bg;
            return colour(f.fg);
        }
        return cell_fill(f);
    }

private:
    const ooxml::Theme& theme_;
    std::array<Rgb, 64> palette_;
};

// Drops quoted literals, escapes, padding and bracketed sections other than elapsed time.
std::string strip_format_literals(const std::string& code) {
    std::string out;
    std::string section = code.substr(0, code.find(';'));
    for (size_t i = 0; i < section.size(); ++i) {
        char c = section[i];
        if (c == '"') {
            size_t end = section.find('"', i + 1);
            i = end == std::string::npos ? section.size() : end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            size_t end = section.find(']', i);
            std::string inner = section.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
            if (inner == "h" || inner == "hh" || inner == "m" || inner == "mm" || inner == "s" || inner == "ss") out += inner;
            i = end == std::string::npos ? section.size() : end;
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

}  // namespace

const std::array<Rgb, 64>& default_palette() {
    static const std::array<Rgb, 64> palette = [] {
        const char* hex[64] = {
            "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
            "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
            "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
            "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
            "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
            "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
            "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
            "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333"};
        std::array<Rgb, 64> p;
        for (size_t i = 0; i < 64; ++i) p[i] = *parse_hex_colour(hex[i]);
        return p;
    }();
    return palette;
}

bool is_date_format(int id, const std::string& code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return true;
    if (code.empty()) return false;
    std::string s = strip_format_literals(code);
    if (s == "general") return false;
    for (char c : s)
        if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') return true;
    return s.find("am/pm") != std::string::npos || s.find("a/p") != std::string::npos;
}

FixedPoint fixed_point_format(int id, const std::string& code) {
    switch (id) {
        case 1: return {0, false};
        case 2: return {2, false};
        case 3: return {0, true};
        case 4: return {2, true};
        default: break;
    }
    if (code.empty()) return {};
    std::string first = code.substr(0, code.find(';'));
    // Only '0', '#', ',' and one '.': anything else (text, colours, %, E, dates) is left as stored.
    FixedPoint f;
    size_t point = first.find('.');
    for (size_t i = 0; i < first.size(); ++i) {
        char c = first[i];
        if (c == ',') f.thousands = true;
        else if (c != '0' && c != '#' && !(c == '.' && i == point)) return {};
    }
    if (first.find('0') == std::string::npos) return {};
    f.decimals = point == std::string::npos ? 0 : static_cast<int>(first.size() - point - 1);
    return f;
}

std::string format_fixed_point(double value, const FixedPoint& format) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", std::min(format.decimals, 15), value);
    return format.thousands ? group_thousands(buf) : std::string(buf);
}

const Styles::Xf& Styles::xf(int index) const {
    static const Xf none{};
    if (index < 0 || static_cast<size_t>(index) >= xfs.size()) return none;
    return xfs[static_cast<size_t>(index)];
}

Styles default_styles() { return Styles{}; }

Styles read_styles(ZipArchive& zip, const std::string& part, const ooxml::Theme& theme) {
    StylesHandler h;
    xml::parse_part(zip, part, h);
    Resolver resolve(theme, h.custom_palette);
    Styles s;
    std::vector<std::optional<Rgb>> fills;
    for (const RawFill& f : h.fills) fills.push_back(resolve.cell_fill(f));
    for (const RawFill& f : h.dxf_fills) s.dxf_fills.push_back(resolve.dxf_fill(f));
    for (const RawXf& x : h.xfs) {
        Styles::Xf out;
        if (x.fill >= 0 && static_cast<size_t>(x.fill) < fills.size()) out.fill = fills[static_cast<size_t>(x.fill)];
        if (x.font >= 0 && static_cast<size_t>(x.font) < h.font_bold.size()) out.bold = h.font_bold[static_cast<size_t>(x.font)];
        auto it = h.num_fmts.find(x.num_fmt);
        const std::string code = it == h.num_fmts.end() ? std::string() : it->second;
        out.is_date = is_date_format(x.num_fmt, code);
        FixedPoint fixed = fixed_point_format(x.num_fmt, code);
        out.decimals = fixed.decimals;
        out.thousands = fixed.thousands;
        s.xfs.push_back(out);
    }
    return s;
}

}  // namespace planbridge::xlsx
