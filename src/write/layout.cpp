#include "write/layout.hpp"

#include <algorithm>
#include <cmath>

#include "profile/embedded.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/template_xml.hpp"

namespace planbridge {

namespace {

constexpr Status kAllStatuses[] = {Status::off_track, Status::at_high_risk, Status::at_risk, Status::at_low_risk, Status::on_track,
                                   Status::not_started, Status::complete, Status::evidenced, Status::unknown};

// The schema has checked the colour's form.
Rgb colour(xmlNodePtr n, const char* attribute) { return parse_hex_colour(xml_attr(n, attribute)).value_or(Rgb{}); }

StatusStyle read_status(xmlNodePtr n) {
    StatusStyle s;
    s.status = status_from_name(xml_attr(n, "name")).value_or(Status::unknown);
    s.word = xml_attr(n, "word");
    s.fill = colour(n, "fill");
    std::string text = xml_attr(n, "text");
    s.text = text.empty() ? readable_text_on(s.fill) : colour(n, "text");
    s.meaning = xml_attr(n, "meaning");
    s.when_used = xml_attr(n, "shown", "always") == "when-used";
    return s;
}

Layout read_layout(xmlNodePtr root, const Layout* fallback) {
    Layout l;
    l.name = xml_attr(root, "name");
    each_xml_child(root, "description", [&](xmlNodePtr d) { l.description = xml_text(d); });
    each_xml_child(root, "statuses", [&](xmlNodePtr list) { each_xml_child(list, "status", [&](xmlNodePtr s) { l.statuses.push_back(read_status(s)); }); });
    each_xml_child(root, "columns", [&](xmlNodePtr list) {
        each_xml_child(list, "column", [&](xmlNodePtr c) {
            l.columns.push_back({field_from_name(xml_attr(c, "field")).value_or(Field::extra), xml_attr(c, "title"), std::stod(xml_attr(c, "width", "15"))});
        });
    });
    each_xml_child(root, "sheets", [&](xmlNodePtr s) {
        l.sheets = {xml_attr(s, "summary", "Summary"), xml_attr(s, "actions", "Actions"), xml_attr(s, "changes", "Changes"),
                    xml_attr(s, "recommendations", "Recommendations"), xml_attr(s, "key", "Key"),
                    xml_attr(s, "cover", "Cover"), xml_attr(s, "returns", "Returns")};
    });
    // A status the layout leaves out is shown as the built-in layout shows it, and listed only
    // in a plan that has it.
    if (fallback)
        for (Status s : kAllStatuses)
            if (std::none_of(l.statuses.begin(), l.statuses.end(), [&](const StatusStyle& st) { return st.status == s; })) {
                l.statuses.push_back(fallback->style_of(s));
                l.statuses.back().when_used = true;
            }
    return l;
}

double channel(uint8_t c) {
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

}  // namespace

const StatusStyle& Layout::style_of(Status s) const {
    for (const StatusStyle& st : statuses)
        if (st.status == s) return st;
    return statuses.front();  // unreachable for a loaded layout: it has every status
}

Layout Layout::showing(const std::set<Status>& used) const {
    Layout l = *this;
    l.statuses.erase(std::remove_if(l.statuses.begin(), l.statuses.end(), [&](const StatusStyle& s) { return s.when_used && !used.count(s.status); }),
                     l.statuses.end());
    return l;
}

Rgb readable_text_on(Rgb fill) {
    double luminance = 0.2126 * channel(fill.r) + 0.7152 * channel(fill.g) + 0.0722 * channel(fill.b);
    double with_white = 1.05 / (luminance + 0.05), with_black = (luminance + 0.05) / 0.05;
    return with_white > with_black ? Rgb{255, 255, 255} : Rgb{0, 0, 0};
}

Layout load_layout_text(std::string_view xml, const std::string& name) {
    XmlDocPtr doc = load_template_xml(xml, name, "layout.xsd");
    return read_layout(xmlDocGetRootElement(doc.get()), &default_layout());
}

Layout load_layout_file(const std::string& path) { return load_layout_text(read_file(path, path), path); }

const Layout& default_layout() {
    static const Layout l = [] {
        XmlDocPtr doc = load_template_xml(embedded_file("board.xml"), "templates/layouts/board.xml", "layout.xsd");
        return read_layout(xmlDocGetRootElement(doc.get()), nullptr);
    }();
    return l;
}

}  // namespace planbridge
