// One error type for everything that stops a command, each kind with its own exit code
// (docs/exit-codes.md). The message is one line: "FILE: PLACE: what is wrong".
#pragma once
#include <stdexcept>
#include <string>

namespace planbridge {

enum class ErrorKind {
    usage = 2,             // bad command line
    io = 3,                // file missing or unreadable
    unsupported = 4,       // a format planbridge does not read (yet)
    encrypted = 5,         // password-protected document
    corrupt = 6,           // not a zip, truncated zip, malformed XML or CSV
    limits = 7,            // hostile or oversized input: zip bomb, entity expansion, nesting
    empty = 8,             // a workbook with no sheets or no cells
    no_plan = 9,           // no recognisable plan table
    template_invalid = 10, // a profile or layout that fails its schema
    output = 11,           // cannot write the output
    mail_address = 12,     // mail: a malformed address, or a contacts file that cannot be used
    mail_header = 13,      // mail: a newline or control character in a subject, name or address
    too_big = 14,          // mail: the attachments are over --max-size
    smtp_login = 15,       // mail: the server refused the login
    not_sent = 16,         // mail: a recipient was refused (or has no address); the others were sent to
    smtp_connection = 17,  // mail: no connection, or it dropped half-way, or timed out
    smtp_tls = 18,         // mail: TLS failed (certificate, or no STARTTLS where it is required)
    too_large = 19,        // a file that would become far more than a plan once read (read/grid/expansion_budget)
    internal = 70,         // a bug in planbridge
};

int exit_code(ErrorKind);
const char* kind_name(ErrorKind);

class PlanError : public std::runtime_error {
public:
    PlanError(ErrorKind kind, std::string file, std::string place, std::string message);
    ErrorKind kind() const { return kind_; }
    const std::string& file() const { return file_; }
    const std::string& place() const { return place_; }
    const std::string& detail() const { return detail_; }

private:
    ErrorKind kind_;
    std::string file_, place_, detail_;
};

}  // namespace planbridge
