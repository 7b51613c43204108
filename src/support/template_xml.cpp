#include "support/template_xml.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "profile/embedded.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

struct FirstError {
    std::string message;
    int line = 0;
};

void collect_error(void* ctx, xmlErrorPtr e) {
    auto* first = static_cast<FirstError*>(ctx);
    if (!e || !first->message.empty()) return;
    first->message = e->message ? e->message : "invalid";
    while (!first->message.empty() && first->message.back() == '\n') first->message.pop_back();
    first->line = e->line;
}

[[noreturn]] void fail(const std::string& name, const FirstError& err) {
    throw PlanError(ErrorKind::template_invalid, name, err.line > 0 ? "line " + std::to_string(err.line) : "",
                    err.message.empty() ? "invalid template" : err.message);
}

XmlDocPtr parse_xml(std::string_view text, const std::string& name) {
    FirstError err;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) throw PlanError(ErrorKind::internal, name, "", "cannot create XML parser");
    xmlSetStructuredErrorFunc(&err, collect_error);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, text.data(), static_cast<int>(text.size()), name.c_str(), nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlFreeParserCtxt(ctxt);
    if (!doc) fail(name, err);
    if (doc->intSubset) {
        xmlFreeDoc(doc);
        throw PlanError(ErrorKind::template_invalid, name, "", "a template may not have a DOCTYPE");
    }
    return XmlDocPtr(doc, &xmlFreeDoc);
}

void validate(xmlDocPtr doc, const std::string& name, std::string_view xsd_name) {
    std::string_view xsd = embedded_file(xsd_name);
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
    xmlSchemaPtr schema = xmlSchemaParse(pctx);
    xmlSchemaFreeParserCtxt(pctx);
    if (!schema) throw PlanError(ErrorKind::internal, std::string(xsd_name), "", "built-in schema does not parse");
    xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(schema);
    FirstError err;
    xmlSchemaSetValidStructuredErrors(vctx, collect_error, &err);
    int rc = xmlSchemaValidateDoc(vctx, doc);
    xmlSchemaFreeValidCtxt(vctx);
    xmlSchemaFree(schema);
    if (rc != 0) fail(name, err);
}

}  // namespace

XmlDocPtr load_template_xml(std::string_view text, const std::string& name, std::string_view xsd_name) {
    XmlDocPtr doc = parse_xml(text, name);
    validate(doc.get(), name, xsd_name);
    return doc;
}

std::string xml_attr(xmlNodePtr n, const char* name, const char* fallback) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : fallback;
    xmlFree(v);
    return s;
}

std::string xml_text(xmlNodePtr n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return std::string(trim(s));
}

bool xml_is(xmlNodePtr n, const char* name) {
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

}  // namespace planbridge
