// The email built with GMime 3 (write/mail_message.hpp).
#include "write/mail_message.hpp"

#include <gmime/gmime.h>

#include <cstdio>
#include <mutex>

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Owns one reference to a GObject.
template <class T>
class Owned {
public:
    explicit Owned(T* p) : p_(p) {
        if (!p_) throw PlanError(ErrorKind::internal, "", "mail", "GMime could not make a part of the message");
    }
    ~Owned() { g_object_unref(p_); }
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
    T* get() const { return p_; }

private:
    T* p_;
};

std::string control_name(unsigned char c) {
    if (c == '\n') return "a line feed";
    if (c == '\r') return "a carriage return";
    if (c == '\t') return "a tab";
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02X", c);
    return std::string("control character 0x") + hex;
}

bool is_atext(char c) {
    static constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kSpecials.find(c) != std::string_view::npos;
}

// local@domain with a dot-atom local part and a host name (labels of letters, digits and '-').
std::string address_problem(std::string_view a) {
    size_t at = a.rfind('@');
    if (at == std::string_view::npos) return "has no '@'";
    std::string_view local = a.substr(0, at), domain = a.substr(at + 1);
    if (local.empty() || local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return "has no proper name before the '@'";
    for (char c : local)
        if (c != '.' && !is_atext(c)) return "has '" + std::string(1, c) + "' before the '@'";
    if (domain.empty() || domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string_view::npos)
        return "has no proper domain after the '@'";
    for (char c : domain)
        if (!(c == '.' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return "has '" + std::string(1, c) + "' in its domain";
    return "";
}

GMimeParserOptions* strict_address_options() {
    GMimeParserOptions* o = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_STRICT);
    g_mime_parser_options_set_allow_addresses_without_domain(o, FALSE);
    return o;
}

}  // namespace

std::string Mailbox::shown() const { return name.empty() ? address : name + " <" + address + ">"; }

void check_header_text(std::string_view text, const std::string& where) {
    if (!is_valid_utf8(text)) throw PlanError(ErrorKind::mail_header, "", where, "is not UTF-8 text");
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f)
            throw PlanError(ErrorKind::mail_header, "", where,
                            "holds " + control_name(c) + ": refused, as it could add headers to the message (header injection)");
}

Mailbox parse_mailbox(std::string_view text, const std::string& where) {
    check_header_text(text, where);
    init_gmime();
    const std::string written(trim(text));
    auto fail = [&](const std::string& why) {
        return PlanError(ErrorKind::mail_address, "", where, "'" + written + "' " + why + " (write 'name@domain' or 'Name <name@domain>')");
    };
    if (written.empty()) throw fail("is not an email address");
    GMimeParserOptions* options = strict_address_options();
    InternetAddressList* list = internet_address_list_parse(options, written.c_str());
    g_mime_parser_options_free(options);
    if (!list) throw fail("is not an email address");
    Owned<InternetAddressList> owned(list);
    if (internet_address_list_length(list) != 1) throw fail("is not one email address");
    InternetAddress* ia = internet_address_list_get_address(list, 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(ia)) throw fail("is a group, not an email address");
    Mailbox m;
    const char* name = internet_address_get_name(ia);
    m.name = name ? name : "";
    m.address = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
    for (unsigned char c : m.address)
        if (c >= 0x80) throw fail("has letters outside ASCII in its address (write an international domain in its xn-- form)");
    if (std::string why = address_problem(m.address); !why.empty()) throw fail(why);
    return m;
}

std::string content_type_of(std::string_view file_name) {
    std::string name = to_lower_ascii(file_name);
    auto ends = [&](std::string_view ext) { return name.size() >= ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0; };
    if (ends(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (ends(".xlsm")) return "application/vnd.ms-excel.sheet.macroEnabled.12";
    if (ends(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (ends(".pdf")) return "application/pdf";
    if (ends(".csv")) return "text/csv";
    if (ends(".json")) return "application/json";
    if (ends(".html") || ends(".htm")) return "text/html";
    if (ends(".txt")) return "text/plain";
    return "application/octet-stream";
}

namespace {

void check_headers(const MailMessage& m) {
    check_header_text(m.subject, "--subject");
    auto check_box = [](const Mailbox& b, const std::string& where) {
        check_header_text(b.name, where);
        check_header_text(b.address, where);
    };
    check_box(m.from, "--from");
    for (const Mailbox& b : m.to) check_box(b, "--to");
    for (const Mailbox& b : m.cc) check_box(b, "--cc");
    for (const Attachment& a : m.attachments) check_header_text(a.name, "--attach " + a.name);
}

// A part holding bytes as they are, in the given transfer encoding.
GMimePart* part_with(const std::string& type, const std::string& bytes, GMimeContentEncoding encoding) {
    size_t slash = type.find('/');
    GMimePart* part = g_mime_part_new_with_type(type.substr(0, slash).c_str(), type.substr(slash + 1).c_str());
    Owned<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    Owned<GMimeDataWrapper> content(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    g_mime_part_set_content_encoding(part, encoding);
    return part;
}

GMimePart* text_part(const std::string& subtype, const std::string& text) {
    GMimePart* part = part_with("text/" + subtype, text, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
    return part;
}

void add_mailboxes(GMimeMessage* message, GMimeAddressType type, const std::vector<Mailbox>& boxes) {
    for (const Mailbox& b : boxes) g_mime_message_add_mailbox(message, type, b.name.empty() ? nullptr : b.name.c_str(), b.address.c_str());
}

GMimeMultipart* body_and_attachments(const MailMessage& m) {
    GMimeMultipart* mixed = g_mime_multipart_new_with_subtype("mixed");
    Owned<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    Owned<GMimePart> plain(text_part("plain", m.text)), html(text_part("html", m.html));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(plain.get()));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(html.get()));
    g_mime_multipart_add(mixed, GMIME_OBJECT(alternative.get()));
    for (const Attachment& a : m.attachments) {
        Owned<GMimePart> part(part_with(content_type_of(a.name), a.bytes, GMIME_CONTENT_ENCODING_BASE64));
        g_mime_object_set_disposition(GMIME_OBJECT(part.get()), GMIME_DISPOSITION_ATTACHMENT);
        g_mime_part_set_filename(part.get(), a.name.c_str());
        g_mime_multipart_add(mixed, GMIME_OBJECT(part.get()));
    }
    return mixed;
}

std::string written(GMimeMessage* message) {
    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    g_mime_format_options_set_param_encoding_method(options, GMIME_PARAM_ENCODING_METHOD_RFC2231);
    Owned<GMimeStream> out(g_mime_stream_mem_new());
    ssize_t n = g_mime_object_write_to_stream(GMIME_OBJECT(message), options, out.get());
    g_mime_format_options_free(options);
    if (n < 0) throw PlanError(ErrorKind::internal, "", "mail", "GMime could not write the message");
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return std::string(reinterpret_cast<const char*>(bytes->data), bytes->len);
}

}  // namespace

std::string mime_bytes(const MailMessage& m) {
    check_headers(m);
    init_gmime();
    Owned<GMimeMessage> message(g_mime_message_new(TRUE));
    add_mailboxes(message.get(), GMIME_ADDRESS_TYPE_FROM, {m.from});
    add_mailboxes(message.get(), GMIME_ADDRESS_TYPE_TO, m.to);
    add_mailboxes(message.get(), GMIME_ADDRESS_TYPE_CC, m.cc);
    g_mime_message_set_subject(message.get(), m.subject.c_str(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(m.date ? m.date : std::time(nullptr));
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    const std::string domain = m.from.address.substr(m.from.address.rfind('@') + 1);
    char* id = g_mime_utils_generate_message_id(domain.c_str());
    g_mime_message_set_message_id(message.get(), id);
    g_free(id);
    Owned<GMimeMultipart> body(body_and_attachments(m));
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(body.get()));
    return written(message.get());
}

}  // namespace planbridge
