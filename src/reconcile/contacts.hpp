// contacts.csv (planbridge mail --leads): who each lead is by email. A CSV as Excel saves it (any
// encoding, ',' or ';' or tab) with a header row naming a column for the lead ('Owner', 'Lead',
// 'Name') and one for the address ('Email', 'E-mail', 'Address'); an address cell may hold
// several, separated by ';'. Leads are matched as split groups them (reconcile/leads.hpp), so
// 'J. Davies' finds 'Jo Davies'.
#pragma once
#include <string>
#include <vector>

#include "support/mail_address.hpp"

namespace planbridge {

struct Contact {
    std::string owner;             // as the file writes it
    std::string key;               // lead_key(owner)
    std::vector<Mailbox> mailboxes;  // each named by the owner when the cell gives no name
    size_t row = 0;                // 1-based, as a spreadsheet numbers it
};

struct Contacts {
    std::string file;  // its name, for messages
    std::vector<Contact> rows;
    // Every address given for the lead (rows with the same lead together), or none.
    std::vector<Mailbox> addresses_of(const std::string& lead) const;
};

// Throws PlanError(io) when it cannot be read, (mail_address) naming the file and row for a
// missing column or a malformed address, (mail_header) for a control character in one.
Contacts read_contacts(const std::string& path);

}  // namespace planbridge
