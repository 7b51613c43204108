// Email addresses and header texts, checked before anything is written or sent: a newline or
// other control character in a subject, name or address (header injection) and a malformed
// address are refused, each with its own exit code (docs/exit-codes.md). Addresses are parsed
// with GMime 3 in its strict mode, then held to local@domain with a host name for a domain.
#pragma once
#include <string>
#include <string_view>

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

// GMime's one-time set-up, for every user of it.
void init_gmime();

}  // namespace planbridge
