// Where planbridge mail's messages go — an .eml file, an SMTP server, or only a description
// (--dry-run) — and the report of who was sent to: a line per recipient on standard output, and
// at the end, when any was not, one line on standard error and the exit status of the failure.
#pragma once
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "support/error.hpp"
#include "write/mail_message.hpp"
#include "write/mail_smtp.hpp"

namespace planbridge::cli {

struct Outlet {
    std::optional<SmtpSettings> smtp;
    bool dry_run = false;
};

class Deliverer {
public:
    explicit Deliverer(Outlet outlet);
    ~Deliverer();

    // Writes the message to eml_path (when not '') whole or not at all, then sends it to each
    // of its To and Cc addresses; with --dry-run, describes it instead.
    void deliver(const MailMessage& m, const std::string& eml_path, std::ostream& out);
    // A recipient that cannot be sent to at all (a lead with no address).
    void cannot_send(const std::string& who, const std::string& why, std::ostream& out);
    // 0 when everyone was sent to (or nothing was to be sent); else throws PlanError naming the
    // server (or 'mail') with who was and was not sent to, of the first failure's kind.
    int finish(std::ostream& out);

private:
    Outlet outlet_;
    std::unique_ptr<SmtpSender> sender_;
    std::vector<std::string> sent_, not_sent_;
    std::optional<ErrorKind> failure_;  // the first failure that stopped sending, else not_sent
    std::string stopped_because_;       // why the rest were not tried
    void send_to_each(const MailMessage& m, const std::string& bytes, std::ostream& out);
};

// The message as --dry-run shows it: envelope, attachments, size, and the plain text body.
void describe_message(const MailMessage& m, size_t bytes, const std::string& via, std::ostream& out);

}  // namespace planbridge::cli
