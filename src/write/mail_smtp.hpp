// Sending a message with libcurl's SMTP (planbridge mail --smtp, docs/mail.md). smtp:// must
// upgrade with STARTTLS unless insecure_plain; smtps:// is TLS from the start; certificates are
// always verified. The login comes from the environment (PLANBRIDGE_SMTP_USER and
// PLANBRIDGE_SMTP_PASSWORD) or a netrc file, never from the command line. Each recipient gets a
// transaction of their own over the one connection, so that the report can say exactly who was
// sent to and who was not.
#pragma once
#include <optional>
#include <string>

#include "support/error.hpp"

namespace planbridge {

struct SmtpSettings {
    std::string url;              // smtp://host[:port] or smtps://host[:port]
    bool insecure_plain = false;  // smtp:// without TLS
    std::string ca_file;          // certificates to trust besides the system's ('' for none)
    std::optional<std::string> netrc;  // the login from this netrc file ('' for ~/.netrc)
    std::string user, password;   // from the environment; '' for none
    long timeout_seconds = 600;  // a whole transaction: 10 MB of attachments on a slow line
};

// Throws PlanError(usage) for a URL that is not smtp:// or smtps://, or that holds a password.
void check_smtp_url(const std::string& url);
// The url without any user name in it, for messages ('smtp://relay.council.gov.uk:587').
std::string shown_url(const std::string& url);

struct SmtpOutcome {
    bool sent = false;
    ErrorKind failure = ErrorKind::not_sent;  // when not sent: not_sent (refused), smtp_login, smtp_tls, smtp_connection
    std::string detail;  // the server's reply ('250 2.0.0 Ok: queued', '550 5.1.1 no such user') or what failed
    bool stops_all() const { return !sent && failure != ErrorKind::not_sent; }  // no use trying the next recipient
};

class SmtpSender {
public:
    explicit SmtpSender(SmtpSettings s);
    ~SmtpSender();
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;

    // One transaction: MAIL FROM from, RCPT TO recipient, DATA message (CRLF line ends).
    SmtpOutcome send(const std::string& from, const std::string& recipient, const std::string& message);

private:
    struct Impl;
    Impl* impl_;
};

}  // namespace planbridge
