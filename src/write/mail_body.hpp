// The bodies of planbridge's emails, from Mustache templates (templates/mail/: board.txt and
// board.html for the board, lead.txt and lead.html for each lead) that a council may replace
// with --templates DIR. A template is validated when loaded, as profiles and layouts are: it
// must parse, and may use only the names templates/schema/mail.json lists for its kind (no
// partials); the HTML one may hold no script. A failure is PlanError(template_invalid) naming the
// file and line.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace planbridge {

enum class MailKind { board, lead };

struct MailTemplates {
    MailKind kind = MailKind::board;
    std::string text, html;            // the templates
    std::string text_file, html_file;  // where each came from, for messages
};

// templates/mail/<kind>.txt and .html, compiled in; each replaced by dir/<kind>.txt or .html when
// dir is given and holds it. Throws PlanError(template_invalid), or (io) for an unreadable file.
MailTemplates load_mail_templates(MailKind kind, const std::string& dir = "");
// Validates one template text against its kind's names (file names it in messages).
void check_mail_template(MailKind kind, const std::string& text, bool html, const std::string& file);

struct MailBodies {
    std::string text, html;
};
// data: an object whose names are templates/schema/mail.json's for the kind (write/mail_data).
// The text template's values go in as they are, the HTML one's escaped.
MailBodies render_mail(const MailTemplates& t, const nlohmann::json& data);

// The names a kind's data holds, with their shapes (templates/schema/mail.json).
const nlohmann::json& mail_names(MailKind kind);

}  // namespace planbridge
