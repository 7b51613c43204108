#include "support/error.hpp"

namespace planbridge {

int exit_code(ErrorKind k) { return static_cast<int>(k); }

const char* kind_name(ErrorKind k) {
    switch (k) {
        case ErrorKind::usage: return "usage";
        case ErrorKind::io: return "io";
        case ErrorKind::unsupported: return "unsupported";
        case ErrorKind::encrypted: return "encrypted";
        case ErrorKind::corrupt: return "corrupt";
        case ErrorKind::limits: return "limits";
        case ErrorKind::empty: return "empty";
        case ErrorKind::no_plan: return "no-plan";
        case ErrorKind::template_invalid: return "template";
        case ErrorKind::output: return "output";
        case ErrorKind::mail_address: return "mail-address";
        case ErrorKind::mail_header: return "mail-header";
        case ErrorKind::too_big: return "too-big";
        case ErrorKind::smtp_login: return "smtp-login";
        case ErrorKind::not_sent: return "not-sent";
        case ErrorKind::smtp_connection: return "smtp-connection";
        case ErrorKind::smtp_tls: return "smtp-tls";
        case ErrorKind::too_large: return "too-large";
        case ErrorKind::internal: return "internal";
    }
    return "internal";
}

static std::string compose(const std::string& file, const std::string& place, const std::string& message) {
    std::string s;
    if (!file.empty()) s += file + ": ";
    if (!place.empty()) s += place + ": ";
    s += message;
    // One line, always: a newline in a message would break scripts that read the first line.
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    return s;
}

PlanError::PlanError(ErrorKind kind, std::string file, std::string place, std::string message)
    : std::runtime_error(compose(file, place, message)),
      kind_(kind), file_(std::move(file)), place_(std::move(place)), detail_(std::move(message)) {}

}  // namespace planbridge
