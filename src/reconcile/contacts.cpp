// contacts.csv (reconcile/contacts.hpp).
#include "reconcile/contacts.hpp"

#include <algorithm>

#include "read/csv/csv_reader.hpp"
#include "reconcile/leads.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "support/text_encoding.hpp"

namespace planbridge {

namespace {

constexpr size_t kMaxContacts = 100000;

int column_of(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
    for (size_t c = 0; c < header.size(); ++c) {
        const std::string h = fold_for_match(header[c]);
        for (std::string_view n : names)
            if (h == n) return static_cast<int>(c);
    }
    return -1;
}

std::vector<std::string> split_addresses(const std::string& cell) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= cell.size()) {
        size_t end = cell.find(';', start);
        if (end == std::string::npos) end = cell.size();
        std::string_view one = trim(std::string_view(cell).substr(start, end - start));
        if (!one.empty()) out.emplace_back(one);
        start = end + 1;
    }
    return out;
}

}  // namespace

std::vector<Mailbox> Contacts::addresses_of(const std::string& lead) const {
    const std::string key = lead_key(lead);
    std::vector<Mailbox> out;
    for (const Contact& c : rows)
        if (c.key == key)
            for (const Mailbox& m : c.mailboxes)
                if (std::none_of(out.begin(), out.end(), [&](const Mailbox& o) { return o.address == m.address; })) out.push_back(m);
    return out;
}

Contacts read_contacts(const std::string& path) {
    Contacts out;
    out.file = file_name_of(path);
    const std::string text = decode_text(read_file(path, out.file)).utf8;
    const csv::Dialect dialect = csv::detect_dialect(text);
    auto records = csv::parse_records(text, dialect.delimiter, kMaxContacts);
    if (dialect.sep_line && !records.empty()) records.erase(records.begin());  // Excel's 'sep=;' line
    if (records.empty()) throw PlanError(ErrorKind::mail_address, out.file, "", "is empty: it needs a header row, then a lead and an email address per row");
    const int owner = column_of(records[0], {"owner", "lead", "name", "lead officer", "responsible officer"});
    const int email = column_of(records[0], {"email", "e mail", "email address", "e mail address", "address", "mail"});
    if (owner < 0 || email < 0)
        throw PlanError(ErrorKind::mail_address, out.file, "row 1",
                        "needs a column headed 'Owner' (or 'Lead', 'Name') and one headed 'Email' (or 'Address')");
    for (size_t r = 1; r < records.size(); ++r) {
        const auto& rec = records[r];
        auto cell = [&](int c) { return static_cast<size_t>(c) < rec.size() ? std::string(trim(rec[static_cast<size_t>(c)])) : std::string(); };
        Contact c{cell(owner), "", {}, r + 1};
        const std::string where = "row " + std::to_string(c.row);
        if (c.owner.empty() && cell(email).empty()) continue;
        if (c.owner.empty()) throw PlanError(ErrorKind::mail_address, out.file, where, "has an address but no lead");
        check_header_text(c.owner, out.file + ": " + where);
        c.key = lead_key(c.owner);
        for (const std::string& a : split_addresses(cell(email))) {
            Mailbox m = parse_mailbox(a, out.file + ": " + where);
            if (m.name.empty()) m.name = c.owner;
            c.mailboxes.push_back(std::move(m));
        }
        if (c.mailboxes.empty()) throw PlanError(ErrorKind::mail_address, out.file, where, "'" + c.owner + "' has no email address");
        out.rows.push_back(std::move(c));
    }
    return out;
}

}  // namespace planbridge
