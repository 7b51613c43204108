#include "support/xml_stream.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

#include "support/error.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::xml {

namespace {
std::string_view sv(const xmlChar* s) {
    if (!s) return {};
    size_t n = 0;  // names are short: a loop beats a call to strlen
    while (s[n]) ++n;
    return std::string_view(reinterpret_cast<const char*>(s), n);
}

// s (NUL-terminated) equals name, without measuring s first.
bool name_is(const xmlChar* s, std::string_view name) {
    if (!s) return name.empty();
    for (size_t i = 0; i < name.size(); ++i)
        if (s[i] != static_cast<unsigned char>(name[i])) return false;
    return s[name.size()] == 0;
}

StreamParser* self(void* ctx) {
    auto* c = static_cast<xmlParserCtxtPtr>(ctx);
    return static_cast<StreamParser*>(c->_private);
}

void on_start_ns(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
                 int nb_attributes, int, const xmlChar** attributes) {
    self(ctx)->start(local, uri, nb_attributes, attributes);
}
void on_end_ns(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri) { self(ctx)->end(local, uri); }
void on_chars(void* ctx, const xmlChar* s, int len) { self(ctx)->text(s, len); }
void on_internal_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) { self(ctx)->refuse_doctype(); }
void on_structured_error(void* ctx, xmlErrorPtr e) { self(ctx)->structured_error(e); }
xmlEntityPtr on_get_entity(void*, const xmlChar* name) { return xmlGetPredefinedEntity(name); }
xmlParserInputPtr on_resolve_entity(void*, const xmlChar*, const xmlChar*) { return nullptr; }
int on_read(void* parser, char* buffer, int size) { return static_cast<StreamParser*>(parser)->read_input(buffer, size); }

// libxml2 reports some failures (a part's bytes not in the encoding it declares) not to the
// parser's handler but to its generic error function, which prints to stderr by default: kept
// here instead, per thread as libxml2 keeps that function, for the message the parse fails with.
thread_local std::string t_generic_error;

void keep_generic_error(void*, const char* format, ...) {
    if (!t_generic_error.empty() || !format) return;
    char text[256];
    va_list args;
    va_start(args, format);
    std::vsnprintf(text, sizeof text, format, args);
    va_end(args);
    t_generic_error = text;
    while (!t_generic_error.empty() && (t_generic_error.back() == '\n' || t_generic_error.back() == ' ')) t_generic_error.pop_back();
}

}  // namespace

void initialise_library() {
    static const bool done = (xmlInitParser(), xmlThrDefSetGenericErrorFunc(nullptr, keep_generic_error), true);
    (void)done;
    catch_generic_errors();
}

void catch_generic_errors() {
    xmlSetGenericErrorFunc(nullptr, keep_generic_error);
    t_generic_error.clear();
}

const std::string& generic_error() { return t_generic_error; }

bool undecodable_bytes() { return t_generic_error.find("conversion failed") != std::string::npos; }

Ns classify_namespace(std::string_view u) {
    if (u.empty()) return Ns::none;
    if (u == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" || u == "http://purl.oclc.org/ooxml/spreadsheetml/main") return Ns::spreadsheet;
    if (u == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" || u == "http://purl.oclc.org/ooxml/wordprocessingml/main") return Ns::word;
    if (u == "http://schemas.openxmlformats.org/package/2006/relationships") return Ns::package_rels;
    if (u == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" || u == "http://purl.oclc.org/ooxml/officeDocument/relationships") return Ns::relationships;
    if (u == "http://schemas.openxmlformats.org/drawingml/2006/main" || u == "http://purl.oclc.org/ooxml/drawingml/main") return Ns::drawing;
    if (u == "http://schemas.openxmlformats.org/markup-compatibility/2006") return Ns::mc;
    return Ns::other;
}

std::optional<std::string_view> Attrs::get(std::string_view local) const {
    for (int i = 0; i < count_; ++i) {
        const xmlChar** a = raw_ + i * 5;
        if (name_is(a[0], local)) return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<size_t>(a[4] - a[3]));
    }
    return std::nullopt;
}

std::optional<std::string_view> Attrs::get(Ns ns, std::string_view local) const {
    for (int i = 0; i < count_; ++i) {
        const xmlChar** a = raw_ + i * 5;
        if (!name_is(a[0], local)) continue;
        if (classify_namespace(sv(a[2])) == ns) return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<size_t>(a[4] - a[3]));
    }
    return std::nullopt;
}

StreamParser::StreamParser(Handler& handler, std::string file, std::string part)
    : handler_(handler), file_(std::move(file)), part_(std::move(part)) {
    xmlSAXHandler& sax = sax_;
    std::memset(&sax, 0, sizeof sax);
    xmlSAXVersion(&sax, 2);
    sax.startElementNs = on_start_ns;
    sax.endElementNs = on_end_ns;
    sax.characters = on_chars;
    sax.cdataBlock = on_chars;
    sax.ignorableWhitespace = on_chars;
    sax.internalSubset = on_internal_subset;
    sax.externalSubset = nullptr;
    sax.getEntity = on_get_entity;
    sax.resolveEntity = on_resolve_entity;
    sax.entityDecl = nullptr;
    sax.serror = on_structured_error;
    sax.error = nullptr;
    sax.warning = nullptr;
    sax.startElement = nullptr;
    sax.endElement = nullptr;
}

void StreamParser::parse(const ChunkReader& next_chunk) {
    if (ctxt_) throw PlanError(ErrorKind::internal, file_, part_, "XML parser used twice");
    next_chunk_ = &next_chunk;
    catch_generic_errors();
    ctxt_ = xmlCreateIOParserCtxt(&sax_, nullptr, on_read, nullptr, this, XML_CHAR_ENCODING_NONE);
    if (!ctxt_) throw PlanError(ErrorKind::internal, file_, part_, "cannot create XML parser");
    ctxt_->_private = this;
    // NOENT only substitutes the five predefined entities here: every DOCTYPE is refused.
    xmlCtxtUseOptions(ctxt_, XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    int rc = xmlParseDocument(ctxt_);
    next_chunk_ = nullptr;
    check(rc);
}

// libxml2 asks for input: the rest of the current chunk, then the next one.
int StreamParser::read_input(char* buffer, int size) {
    if (pending_ || !next_chunk_ || size <= 0) return -1;
    try {
        if (unread_.empty()) unread_ = (*next_chunk_)();
    } catch (...) {
        pending_ = std::current_exception();  // a damaged or oversized entry: reported by parse
        return -1;
    }
    if (unread_.empty()) return 0;  // the end (an empty view may hold no pointer at all)
    size_t n = std::min(unread_.size(), static_cast<size_t>(size));
    std::memcpy(buffer, unread_.data(), n);
    unread_.remove_prefix(n);
    return static_cast<int>(n);
}

StreamParser::~StreamParser() {
    if (ctxt_) {
        if (ctxt_->myDoc) xmlFreeDoc(ctxt_->myDoc);
        xmlFreeParserCtxt(ctxt_);
    }
}

Ns StreamParser::map_ns(const xmlChar* uri) {
    // libxml2 interns namespace URIs, so the same pointer means the same namespace.
    if (uri == last_uri_) return last_ns_;
    last_uri_ = uri;
    last_ns_ = classify_namespace(sv(uri));
    return last_ns_;
}

void StreamParser::stop_with(std::exception_ptr e) {
    if (!pending_) pending_ = e;
    xmlStopParser(ctxt_);
}

void StreamParser::start(const xmlChar* local, const xmlChar* uri, int nb, const xmlChar** attrs) {
    if (pending_) return;
    if (++depth_ > kMaxDepth) {
        stop_with(std::make_exception_ptr(PlanError(ErrorKind::limits, file_, part_, "XML nested deeper than " + std::to_string(kMaxDepth) + " levels")));
        return;
    }
    Ns ns = map_ns(uri);
    if (skip_depth_ > 0) {
        ++skip_depth_;
        return;
    }
    std::string_view name = sv(local);
    if (ns == Ns::mc) {
        // AlternateContent/Fallback are transparent; a Choice is skipped (never both).
        if (name == "Choice") skip_depth_ = 1;
        return;
    }
    try {
        handler_.on_start(ns, name, Attrs(attrs, nb));
    } catch (...) {
        stop_with(std::current_exception());
    }
}

void StreamParser::end(const xmlChar* local, const xmlChar* uri) {
    if (pending_) return;
    --depth_;
    if (skip_depth_ > 0) {
        --skip_depth_;
        return;
    }
    Ns ns = map_ns(uri);
    if (ns == Ns::mc) return;
    try {
        handler_.on_end(ns, sv(local));
    } catch (...) {
        stop_with(std::current_exception());
    }
}

void StreamParser::text(const xmlChar* s, int len) {
    if (pending_ || skip_depth_ > 0) return;
    try {
        handler_.on_text(std::string_view(reinterpret_cast<const char*>(s), static_cast<size_t>(len)));
    } catch (...) {
        stop_with(std::current_exception());
    }
}

void StreamParser::refuse_doctype() {
    stop_with(std::make_exception_ptr(PlanError(ErrorKind::limits, file_, part_, "XML with a DOCTYPE is refused (entity expansion risk)")));
}

void StreamParser::structured_error(const xmlError* e) {
    if (!e || e->level < XML_ERR_ERROR || !first_error_.empty()) return;
    first_error_ = e->message ? e->message : "malformed XML";
    while (!first_error_.empty() && (first_error_.back() == '\n' || first_error_.back() == ' ')) first_error_.pop_back();
    first_error_line_ = e->line;
}

void StreamParser::check(int rc) {
    if (pending_) std::rethrow_exception(pending_);
    if (rc != 0 || ctxt_->wellFormed == 0) {
        std::string place = part_;
        if (first_error_line_ > 0) place += ":" + std::to_string(first_error_line_);
        std::string msg = first_error_.empty() ? "malformed XML" : "malformed XML: " + first_error_;
        if (undecodable_bytes())
            msg = "malformed XML: its bytes are not in the encoding it declares (" + generic_error() + ")";
        bool limit = first_error_.find("amplification") != std::string::npos || first_error_.find("depth") != std::string::npos ||
                     first_error_.find("Excessive") != std::string::npos;
        throw PlanError(limit ? ErrorKind::limits : ErrorKind::corrupt, file_, place, msg);
    }
}

size_t StreamParser::bytes_consumed() const {
    long n = ctxt_ ? xmlByteConsumed(ctxt_) : 0;
    return n > 0 ? static_cast<size_t>(n) : 0;
}

void parse_part(ZipArchive& zip, std::string_view part, Handler& handler) {
    StreamParser parser(handler, zip.display_name(), std::string(part));
    std::unique_ptr<ZipEntry> entry = zip.open(part);
    parser.parse([&] { return entry->next(); });
}

void parse_buffer(std::string_view data, Handler& handler, const std::string& file, const std::string& part) {
    StreamParser parser(handler, file, part);
    parser.parse([&data] { return std::exchange(data, {}); });
}

}  // namespace planbridge::xml
