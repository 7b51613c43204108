// The email built with GMime 3 (write/mail_message.hpp).
#include "write/mail_message.hpp"

#include <gmime/gmime.h>

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

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

}  // namespace

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
    check_header_text(m.subject, "the subject");
    auto check_box = [](const Mailbox& b, const std::string& where) {
        check_header_text(b.name, where);
        check_header_text(b.address, where);
    };
    check_box(m.from, "From");
    for (const Mailbox& b : m.to) check_box(b, "To");
    for (const Mailbox& b : m.cc) check_box(b, "Cc");
    for (const Attachment& a : m.attachments) check_header_text(a.name, "an attachment's name");
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
