#include "read/docx/styles.hpp"

#include <optional>
#include <vector>

#include "support/strings.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::docx {

namespace {

struct RawStyle {
    std::string id, name, based_on;
    std::optional<bool> outline;  // w:outlineLvl present
    std::optional<int> list_level;  // from w:numPr: -1 when numId is 0 (numbering switched off)
    int num_id = 0;
};

class StylesHandler : public xml::Handler {
public:
    std::vector<RawStyle> styles;

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs& a) override {
        if (ns != xml::Ns::word) return;
        if (n == "style") {
            in_style_ = a.get_or("type", "paragraph") == "paragraph";
            if (in_style_) styles.push_back({std::string(a.get_or("styleId", "")), "", "", std::nullopt, std::nullopt});
            return;
        }
        if (!in_style_) return;
        RawStyle& s = styles.back();
        if (n == "name") s.name = to_lower_ascii(a.get_or("val", ""));
        else if (n == "basedOn") s.based_on = std::string(a.get_or("val", ""));
        else if (n == "outlineLvl") s.outline = leading_int(a.get_or("val", "9")) < 9;
        else if (n == "ilvl") s.list_level = leading_int(a.get_or("val", "0"));
        else if (n == "numId") {
            s.num_id = leading_int(a.get_or("val", "0"));
            s.list_level = s.num_id == 0 ? -1 : s.list_level.value_or(0);
        }
    }
    void on_end(xml::Ns ns, std::string_view n) override {
        if (ns == xml::Ns::word && n == "style") in_style_ = false;
    }

private:
    bool in_style_ = false;
};

// 'Title' is the document's title (metadata), not a section heading.
bool heading_name(const std::string& name) { return name.rfind("heading ", 0) == 0; }

// 'list bullet 2' → 1: Word's built-in list styles (English names even in localised Word).
int nesting_of(const std::string& name) {
    for (const char* base : {"list bullet ", "list number ", "list continue ", "list "}) {
        std::string b(base);
        if (name.size() == b.size() + 1 && name.rfind(b, 0) == 0 && name.back() >= '2' && name.back() <= '9')
            return name.back() - '1';
    }
    return 0;
}

}  // namespace

ParagraphStyles read_paragraph_styles(ZipArchive& zip, const std::string& part) {
    StylesHandler h;
    xml::parse_part(zip, part, h);
    std::unordered_map<std::string, const RawStyle*> by_id;
    for (const RawStyle& s : h.styles) by_id[s.id] = &s;
    ParagraphStyles out;
    for (const RawStyle& s : h.styles) {
        ParagraphStyle resolved;
        std::optional<bool> outline;
        std::optional<int> level;
        int num_id = 0;
        bool named_heading = false;
        const RawStyle* at = &s;
        for (int depth = 0; at && depth < 20; ++depth) {  // basedOn chain; bounded against cycles
            named_heading = named_heading || heading_name(at->name);
            if (!outline && at->outline) outline = at->outline;
            if (!level && at->list_level) level = at->list_level, num_id = at->num_id;
            auto it = by_id.find(at->based_on);
            at = at->based_on.empty() || it == by_id.end() ? nullptr : it->second;
        }
        resolved.heading = named_heading || outline.value_or(false);
        resolved.list_level = level.value_or(-1);
        resolved.num_id = num_id;
        resolved.nesting = nesting_of(s.name);
        out.set(s.id, resolved);
    }
    return out;
}

}  // namespace planbridge::docx
