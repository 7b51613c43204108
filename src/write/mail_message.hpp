// An email as planbridge sends it (planbridge mail, docs/mail.md): built with GMime 3, never by
// hand — multipart/mixed holding multipart/alternative (plain text, then HTML, both UTF-8,
// quoted-printable) and each attachment base64 with its content type; names and subject encoded
// as RFC 2047 and RFC 2231 require; Message-ID and Date; lines ending CRLF.
// Everything that goes into a header is checked first: a newline or other control character
// (header injection) and a malformed address are refused, each with its own exit code.
#pragma once
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

struct Mailbox {
    std::string name;     // the display name, '' for none
    std::string address;  // local@domain
    std::string shown() const;  // 'Jo Davies <jo@council.gov.uk>' or the address
};

// Throws PlanError(mail_header) naming 'where' ('--subject', 'contacts.csv: row 4') when the text
// holds a newline or another control character, or is not UTF-8.
void check_header_text(std::string_view text, const std::string& where);
// One mailbox, 'jo@council.gov.uk' or 'Jo Davies <jo@council.gov.uk>'. Throws PlanError
// (mail_header) as above, or (mail_address) when it is not exactly one well-formed address.
Mailbox parse_mailbox(std::string_view text, const std::string& where);

struct Attachment {
    std::string name;   // the file name the recipient sees (no folder)
    std::string bytes;
};
// The content type a file name's extension calls for (.xlsx: the spreadsheetml type).
std::string content_type_of(std::string_view file_name);

struct MailMessage {
    Mailbox from;
    std::vector<Mailbox> to, cc;
    std::string subject;
    std::string text, html;  // the two bodies, UTF-8
    std::vector<Attachment> attachments;
    std::time_t date = 0;  // 0: now
};

// The whole message as sent (CRLF line ends). Checks every header text first (check_header_text).
std::string mime_bytes(const MailMessage& m);

}  // namespace planbridge
