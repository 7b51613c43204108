// Safe, streaming XML for the parts inside Office packages: libxml2's SAX2 parser with no
// DTDs (a DOCTYPE is refused, so entity bombs and external entities cannot happen), no network,
// bounded nesting, and mc:AlternateContent resolved to its Fallback. Namespaces are mapped to one
// enum so Transitional and Strict OOXML read the same.
#pragma once
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <libxml/parser.h>

namespace planbridge {
class ZipArchive;
}

namespace planbridge::xml {

enum class Ns : uint8_t { none, spreadsheet, word, relationships, package_rels, drawing, mc, other };
// Transitional and Strict URIs of one vocabulary map to the same value.
Ns classify_namespace(std::string_view uri);

class Attrs {
public:
    Attrs(const xmlChar** raw, int count) : raw_(raw), count_(count) {}
    // Value of the attribute with this local name, in any namespace or in the given one.
    std::optional<std::string_view> get(std::string_view local) const;
    std::optional<std::string_view> get(Ns ns, std::string_view local) const;
    std::string_view get_or(std::string_view local, std::string_view fallback) const {
        auto v = get(local);
        return v ? *v : fallback;
    }
    // One pass over all of them (hot elements): i-th local name (NUL-terminated) and value.
    int size() const { return count_; }
    const char* local_name(int i) const { return reinterpret_cast<const char*>(raw_[i * 5]); }
    std::string_view value(int i) const {
        const xmlChar* const* a = raw_ + i * 5;
        return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<size_t>(a[4] - a[3]));
    }

private:
    const xmlChar** raw_;  // libxml2 SAX2 layout: localname, prefix, URI, value, end (5 per attribute)
    int count_;
};

class Handler {
public:
    virtual ~Handler() = default;
    virtual void on_start(Ns, std::string_view /*local*/, const Attrs&) {}
    virtual void on_end(Ns, std::string_view /*local*/) {}
    virtual void on_text(std::string_view) {}
};

class StreamParser {
public:
    // file and part name only label errors.
    StreamParser(Handler& handler, std::string file, std::string part);
    ~StreamParser();
    StreamParser(const StreamParser&) = delete;
    StreamParser& operator=(const StreamParser&) = delete;
    // Parses the whole document, asking next_chunk for more as it goes (an empty chunk is the
    // end). The parser pulls its input rather than being pushed it: libxml2's push mode looks
    // ahead for each element's end before parsing it, reading every byte twice.
    using ChunkReader = std::function<std::string_view()>;
    void parse(const ChunkReader& next_chunk);
    // Bytes of the document the parser has read so far.
    size_t bytes_consumed() const;

    // libxml2 callbacks reach these through the context's user data.
    void start(const xmlChar* local, const xmlChar* uri, int nb_attributes, const xmlChar** attributes);
    void end(const xmlChar* local, const xmlChar* uri);
    void text(const xmlChar* s, int len);
    void refuse_doctype();
    void structured_error(const xmlError* e);
    int read_input(char* buffer, int size);

private:
    Ns map_ns(const xmlChar* uri);
    void check(int rc);
    void stop_with(std::exception_ptr);

    Handler& handler_;
    std::string file_, part_;
    xmlSAXHandler sax_;
    xmlParserCtxtPtr ctxt_ = nullptr;
    const ChunkReader* next_chunk_ = nullptr;
    std::string_view unread_;  // what is left of the last chunk
    std::exception_ptr pending_;
    std::string first_error_;
    int first_error_line_ = 0;
    int depth_ = 0;
    int skip_depth_ = 0;  // >0 while inside an mc:Choice being skipped
    const xmlChar* last_uri_ = nullptr;
    Ns last_ns_ = Ns::none;
};

constexpr int kMaxDepth = 200;

// libxml2 sets up its global state lazily, and not safely from two threads at once: call this
// on the main thread before any reader starts threads (import_file does).
void initialise_library();
// libxml2's generic errors (which it would print to stderr) are kept for this thread from here
// on, the last kept one forgotten; generic_error() is the first kept since. StreamParser::parse
// calls it; so does any other parse (HTML) on any thread.
void catch_generic_errors();
const std::string& generic_error();
// Whether that error says the bytes were not in the encoding the part or page declares (libxml2
// then stops decoding: the rest is lost).
bool undecodable_bytes();

void parse_part(ZipArchive& zip, std::string_view part, Handler& handler);
void parse_buffer(std::string_view data, Handler& handler, const std::string& file, const std::string& part);

}  // namespace planbridge::xml
