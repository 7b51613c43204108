// The XML templates planbridge reads (import profiles, export layouts): parsed with no network
// and no DOCTYPE, validated against their schema from templates/schema/ (compiled in), and a
// few helpers to walk them. Any problem is PlanError(template_invalid) naming the file and line.
#pragma once
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace planbridge {

using XmlDocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

// Parses text (name labels errors) and validates it against the embedded schema xsd_name.
XmlDocPtr load_template_xml(std::string_view text, const std::string& name, std::string_view xsd_name);

// An attribute's value, or fallback when it is absent.
std::string xml_attr(xmlNodePtr n, const char* name, const char* fallback = "");
// An element's text, trimmed.
std::string xml_text(xmlNodePtr n);
// True for an element of that name.
bool xml_is(xmlNodePtr n, const char* name);

template <typename F>
void each_xml_child(xmlNodePtr parent, const char* name, F f) {
    for (xmlNodePtr c = parent->children; c; c = c->next)
        if (xml_is(c, name)) f(c);
}

}  // namespace planbridge
