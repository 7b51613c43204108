// Where planbridge mail's messages go, and the report (cli/mail_delivery.hpp).
#include "cli/mail_delivery.hpp"

#include <algorithm>

#include "support/atomic_file.hpp"
#include "support/strings.hpp"
#include "write/mail_data.hpp"

namespace planbridge::cli {

namespace {

bool same_address(const Mailbox& a, const Mailbox& b) { return to_lower_ascii(a.address) == to_lower_ascii(b.address); }

std::string listed(const std::vector<Mailbox>& boxes) {
    std::vector<std::string> s;
    for (const Mailbox& b : boxes) s.push_back(b.shown());
    return joined(s, ", ");
}

}  // namespace

void describe_message(const MailMessage& m, size_t bytes, const std::string& via, std::ostream& out) {
    out << "From:     " << m.from.shown() << "\nTo:       " << listed(m.to) << "\n";
    if (!m.cc.empty()) out << "Cc:       " << listed(m.cc) << "\n";
    out << "Subject:  " << m.subject << "\n";
    for (const Attachment& a : m.attachments) out << "Attached: " << a.name << " (" << size_in_words(a.bytes.size()) << ", " << content_type_of(a.name) << ")\n";
    out << "Size:     " << size_in_words(bytes) << " as sent\nVia:      " << via << "\n\n" << m.text;
    if (!m.text.empty() && m.text.back() != '\n') out << "\n";
    out << "\n";
}

Deliverer::Deliverer(Outlet outlet) : outlet_(std::move(outlet)) {
    if (outlet_.smtp && !outlet_.dry_run) sender_ = std::make_unique<SmtpSender>(*outlet_.smtp);
}

Deliverer::~Deliverer() = default;

void Deliverer::deliver(const MailMessage& m, const std::string& eml_path, std::ostream& out) {
    const std::string bytes = mime_bytes(m);
    if (outlet_.dry_run) {
        std::string via = outlet_.smtp ? shown_url(outlet_.smtp->url) : std::string();
        if (!eml_path.empty()) via += (via.empty() ? "" : " and ") + file_name_of(eml_path);
        describe_message(m, bytes.size(), (via.empty() ? "nowhere" : via) + " — nothing written or sent (--dry-run)", out);
        return;
    }
    if (!eml_path.empty()) {
        write_file_atomic(eml_path, bytes);
        out << "wrote    " << eml_path << " (" << size_in_words(bytes.size()) << ", to " << listed(m.to) << ")\n";
    }
    if (sender_) send_to_each(m, bytes, out);
}

void Deliverer::send_to_each(const MailMessage& m, const std::string& bytes, std::ostream& out) {
    std::vector<Mailbox> recipients;
    for (const std::vector<Mailbox>* list : {&m.to, &m.cc})
        for (const Mailbox& b : *list)  // one copy each, though named in both To and Cc
            if (std::none_of(recipients.begin(), recipients.end(), [&](const Mailbox& r) { return same_address(r, b); })) recipients.push_back(b);
    for (const Mailbox& r : recipients) {
        if (failure_ && *failure_ != ErrorKind::not_sent) {
            not_sent_.push_back(r.address);
            out << "not sent " << r.address << ": not tried (" << stopped_because_ << ")\n";
            continue;
        }
        SmtpOutcome o = sender_->send(m.from.address, r.address, bytes);
        if (o.sent) {
            sent_.push_back(r.address);
            out << "sent     " << r.address << (o.detail.empty() ? "" : " (" + o.detail + ")") << "\n";
            continue;
        }
        not_sent_.push_back(r.address);
        out << "not sent " << r.address << ": " << o.detail << "\n";
        if (o.stops_all()) {
            failure_ = o.failure;
            stopped_because_ = o.detail;
        } else if (!failure_) {
            failure_ = ErrorKind::not_sent;
        }
    }
    out.flush();
}

void Deliverer::cannot_send(const std::string& who, const std::string& why, std::ostream& out) {
    not_sent_.push_back(who);
    out << "not sent " << who << ": " << why << "\n";
    if (!failure_) failure_ = ErrorKind::not_sent;
}

int Deliverer::finish(std::ostream& out) {
    out.flush();
    if (not_sent_.empty()) return 0;
    const size_t all = sent_.size() + not_sent_.size();
    std::string where = sender_ ? shown_url(outlet_.smtp->url) : std::string("mail");
    std::string said = "sent to " + std::to_string(sent_.size()) + " of " + std::to_string(all) + "; not sent to " + joined(not_sent_, ", ");
    if (failure_ && *failure_ != ErrorKind::not_sent) said += " (" + stopped_because_ + ")";
    throw PlanError(failure_.value_or(ErrorKind::not_sent), where, "", said);
}

}  // namespace planbridge::cli
