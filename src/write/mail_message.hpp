// An email as planbridge sends it (planbridge mail, docs/mail.md): built with GMime 3, never by
// hand — multipart/mixed holding multipart/alternative (plain text, then HTML, both UTF-8,
// quoted-printable) and each attachment base64 with its content type; names and subject encoded
// as RFC 2047 and RFC 2231 require; Message-ID and Date; lines ending CRLF.
// Everything that goes into a header is checked first (support/mail_address.hpp).
#pragma once
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "support/mail_address.hpp"

namespace planbridge {

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
