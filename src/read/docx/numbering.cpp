#include "read/docx/numbering.hpp"

#include "support/strings.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::docx {

namespace {

std::string roman(int n) {
    static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                        {50, "l"},    {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
    std::string out;
    for (const auto& [v, s] : table)
        while (n >= v && out.size() < 32) out += s, n -= v;
    return out;
}

// ST_OnOff: '1', 'true', 'on' (and no value) are on.
bool on_off(std::string_view v) { return v != "0" && v != "false" && v != "off"; }

class NumberingHandler : public xml::Handler {
public:
    Numbering out;

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs& a) override {
        if (ns != xml::Ns::word) return;
        if (n == "abstractNum") {
            abstract_ = leading_int(a.get_or("abstractNumId", "0"));
            num_ = -1;
            out.abstract_levels[abstract_];
        } else if (n == "num") {
            num_ = leading_int(a.get_or("numId", "0"));
            abstract_ = -1;
        } else if (n == "lvl" && abstract_ >= 0) {
            level_ = leading_int(a.get_or("ilvl", "0"), 8);
        } else if (n == "lvlOverride" && num_ >= 0) {
            level_ = leading_int(a.get_or("ilvl", "0"), 8);
        } else if (n == "abstractNumId" && num_ >= 0) {
            out.abstract_of[num_] = leading_int(a.get_or("val", "0"));
        } else if (n == "startOverride" && num_ >= 0 && level_ >= 0 && level_ < 9) {
            out.start_overrides[num_][level_] = leading_int(a.get_or("val", "1"));
        } else if (abstract_ >= 0 && level_ >= 0 && level_ < 9) {
            Numbering::Level& l = out.abstract_levels[abstract_][static_cast<size_t>(level_)];
            if (n == "start") l.start = leading_int(a.get_or("val", "1"));
            else if (n == "numFmt") l.format = std::string(a.get_or("val", "decimal"));
            else if (n == "lvlText") l.text = std::string(a.get_or("val", ""));
            else if (n == "isLgl") l.legal = on_off(a.get_or("val", "1"));
            else if (n == "lvlRestart") l.restart = leading_int(a.get_or("val", "0"), 9);
        }
    }
    void on_end(xml::Ns ns, std::string_view n) override {
        if (ns != xml::Ns::word) return;
        if (n == "lvl" || n == "lvlOverride") level_ = -1;
        else if (n == "abstractNum") abstract_ = -1;
        else if (n == "num") num_ = -1;
    }

private:
    int abstract_ = -1, num_ = -1, level_ = -1;
};

}  // namespace

std::string format_number(int n, const std::string& format) {
    if (format == "bullet") return "•";
    if (format == "none") return "";
    if (n <= 0) return std::to_string(n);
    if (format == "lowerLetter" || format == "upperLetter") {
        std::string s(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>('a' + (n - 1) % 26));  // Word: a … z, aa … zz
        if (format == "upperLetter")
            for (char& c : s) c = static_cast<char>(c - 32);
        return s;
    }
    if (format == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
    if (format == "ordinal") {
        int tens = n % 100, units = n % 10;
        const char* suffix = tens >= 11 && tens <= 13 ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th";
        return std::to_string(n) + suffix;
    }
    if (format == "lowerRoman") return roman(n);
    if (format == "upperRoman") {
        std::string s = roman(n);
        for (char& c : s) c = static_cast<char>(c - 32);
        return s;
    }
    return std::to_string(n);  // decimal and the many formats plans do not use
}

std::string Numbering::next_label(int num_id, int ilvl) {
    if (ilvl < 0 || ilvl > 8) return "";
    auto a = abstract_of.find(num_id);
    if (a == abstract_of.end()) return "";
    auto levels = abstract_levels.find(a->second);
    if (levels == abstract_levels.end()) return "";
    std::array<int, 9>& count = counters_[a->second];
    if (!overrides_applied_[num_id]) {
        overrides_applied_[num_id] = true;
        for (const auto& [lvl, start] : start_overrides[num_id]) count[static_cast<size_t>(lvl)] = start - 1;
    }
    const Level& here = levels->second[static_cast<size_t>(ilvl)];
    int& value = count[static_cast<size_t>(ilvl)];
    value = value == 0 ? here.start : value + 1;
    // Deeper levels restart, unless their lvlRestart says only after a shallower level than this, or never.
    for (size_t deeper = static_cast<size_t>(ilvl) + 1; deeper < 9; ++deeper) {
        int restart = levels->second[deeper].restart;
        if (restart < 0 || (restart > 0 && ilvl <= restart - 1)) count[deeper] = 0;
    }
    if (here.format == "bullet") return "•";
    // lvlText: '%1.%2.' — each %k is level k-1's counter in that level's format.
    std::string label;
    for (size_t i = 0; i < here.text.size(); ++i) {
        char c = here.text[i];
        if (c == '%' && i + 1 < here.text.size() && here.text[i + 1] >= '1' && here.text[i + 1] <= '9') {
            size_t k = static_cast<size_t>(here.text[i + 1] - '1');
            const Level& lk = levels->second[k];
            int value = count[k] == 0 ? lk.start : count[k];
            label += format_number(value, lk.format == "bullet" || here.legal ? "decimal" : lk.format);
            ++i;
        } else {
            label += c;
        }
    }
    return label;
}

Numbering read_numbering(ZipArchive& zip, const std::string& part) {
    NumberingHandler h;
    xml::parse_part(zip, part, h);
    return std::move(h.out);
}

}  // namespace planbridge::docx
