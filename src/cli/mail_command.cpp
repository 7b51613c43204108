// planbridge mail: the board pack to the board, or each lead their copy (issue 16, docs/mail.md).
//   planbridge mail --from A --to A... [--cc A...] [--subject S] --attach F... [--summary-from PLAN [--since OLD]]
//                   (--eml FILE | --smtp URL | --dry-run)
//   planbridge mail --leads DIR --contacts contacts.csv --from A [--cc A...] (--eml DIR | --smtp URL | --dry-run)
// The message is built by write/mail_message (GMime), its bodies from templates/mail
// (write/mail_body, write/mail_data); cli/mail_delivery writes, sends and reports.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/input.hpp"
#include "cli/mail_delivery.hpp"
#include "cli/output.hpp"
#include "reconcile/contacts.hpp"
#include "reconcile/leads.hpp"
#include "reconcile/match.hpp"
#include "support/atomic_file.hpp"
#include "support/strings.hpp"
#include "write/mail_body.hpp"
#include "write/mail_data.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace planbridge::cli {

namespace {

struct MailArgs {
    std::string from, subject, summary_from, since, layout_file, templates, leads, contacts, eml, smtp, ca_file, max_size = "10MB";
    std::vector<std::string> to, cc, attach;
    std::string netrc;  // '' with netrc_given: ~/.netrc
    bool netrc_given = false, insecure_plain = false, dry_run = false;
    ReadingOptions reading;
};

void mail_options(VerbOptions& o, MailArgs& a) {
    o.visible.add_options()
        ("help,h", "show this help")
        ("from", po::value(&a.from)->value_name("ADDR"), "the sender, 'Name <name@council.gov.uk>' (default: $PLANBRIDGE_MAIL_FROM)")
        ("to", po::value(&a.to)->value_name("ADDR")->multitoken()->composing(), "who receives it (as many as wanted)")
        ("cc", po::value(&a.cc)->value_name("ADDR")->multitoken()->composing(), "copied to (with --leads: each lead's mail)")
        ("subject", po::value(&a.subject)->value_name("TEXT"), "the subject (default: the plan's title and the month)")
        ("attach", po::value(&a.attach)->value_name("FILE")->multitoken()->composing(), "a file to attach, the board workbook (as many as wanted)")
        ("summary-from", po::value(&a.summary_from)->value_name("PLAN"), "the plan the body sums up (default: the first attachment)")
        ("since", po::value(&a.since)->value_name("OLD"), "last month's version: the body says what changed")
        ("leads", po::value(&a.leads)->value_name("DIR"), "mail each lead the copy split made for them in DIR")
        ("contacts", po::value(&a.contacts)->value_name("FILE.csv"), "with --leads: each lead's email address (columns Owner, Email)")
        ("eml", po::value(&a.eml)->value_name("FILE|DIR"), "write the message as FILE.eml (with --leads, one per lead in DIR)")
        ("smtp", po::value(&a.smtp)->value_name("URL"), "send it: smtp://relay:587 (STARTTLS required) or smtps://relay:465")
        ("insecure-plain", po::bool_switch(&a.insecure_plain), "with smtp://, send without TLS (a relay on this machine only)")
        ("ca-file", po::value(&a.ca_file)->value_name("FILE.pem"), "trust this certificate authority too (a council's own)")
        ("netrc", po::value(&a.netrc)->value_name("FILE")->implicit_value("")->notifier([&a](const std::string&) { a.netrc_given = true; }), "the login from ~/.netrc (--netrc) or another (--netrc=FILE)")
        ("max-size", po::value(&a.max_size)->value_name("SIZE"), "the most the attachments may be together (default 10MB)")
        ("dry-run", po::bool_switch(&a.dry_run), "show each message's envelope and text, writing and sending nothing")
        ("templates", po::value(&a.templates)->value_name("DIR"), "the council's own board/lead .txt and .html templates (templates/mail)")
        ("layout", po::value(&a.layout_file)->value_name("FILE.xml"), "status words and colours (default: templates/layouts/board.xml)");
    add_reading_options(o.visible, a.reading);
}

size_t parse_size(const std::string& text) {
    size_t used = 0;
    double n = 0;
    try {
        n = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    std::string unit = to_lower_ascii(trim(std::string_view(text).substr(used)));
    double scale = unit.empty() || unit == "b" ? 1 : unit == "k" || unit == "kb" ? 1024 : unit == "m" || unit == "mb" ? 1024.0 * 1024 : unit == "g" || unit == "gb" ? 1024.0 * 1024 * 1024 : 0;
    if (used == 0 || n <= 0 || scale == 0) throw PlanError(ErrorKind::usage, "", "--max-size", "'" + text + "' is not a size (write 10MB, 500KB)");
    return static_cast<size_t>(n * scale);
}

std::vector<Mailbox> mailboxes(const std::vector<std::string>& written, const std::string& option) {
    std::vector<Mailbox> out;
    for (const std::string& w : written) out.push_back(parse_mailbox(w, option));
    return out;
}

Mailbox sender(const MailArgs& a) {
    std::string from = a.from;
    if (from.empty())
        if (const char* env = std::getenv("PLANBRIDGE_MAIL_FROM")) from = env;
    if (from.empty()) throw PlanError(ErrorKind::usage, "", "--from", "a message needs a sender: give --from ADDR (or set PLANBRIDGE_MAIL_FROM)");
    return parse_mailbox(from, a.from.empty() ? "PLANBRIDGE_MAIL_FROM" : "--from");
}

std::vector<Attachment> attachments(const std::vector<std::string>& files, size_t max_size) {
    std::vector<Attachment> out;
    size_t total = 0;
    for (const std::string& f : files) {
        if (fs::is_directory(f)) throw PlanError(ErrorKind::io, f, "--attach", "is a folder, not a file to attach");
        Attachment a{file_name_of(f), read_file(f, f)};
        check_header_text(a.name, "--attach " + f);
        total += a.bytes.size();
        if (total > max_size)
            throw PlanError(ErrorKind::too_big, f, "--attach",
                            "the attachments come to " + size_in_words(total) + ", over --max-size " + size_in_words(max_size) +
                                " (most relays refuse big messages: share a link to it instead, or raise --max-size)");
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<AttachedFile> attached_files(const std::vector<Attachment>& as) {
    std::vector<AttachedFile> out;
    for (const Attachment& a : as) out.push_back({a.name, a.bytes.size()});
    return out;
}

Outlet outlet_of(const MailArgs& a) {
    if (a.eml.empty() && a.smtp.empty() && !a.dry_run)
        throw PlanError(ErrorKind::usage, "", "", "say where the mail goes: --eml FILE, --smtp URL, or --dry-run to look first");
    Outlet o;
    o.dry_run = a.dry_run;
    if (a.smtp.empty()) {
        if (a.insecure_plain || !a.ca_file.empty() || a.netrc_given) throw PlanError(ErrorKind::usage, "", "--smtp", "--insecure-plain, --ca-file and --netrc need --smtp URL");
        return o;
    }
    check_smtp_url(a.smtp);
    SmtpSettings s;
    s.url = a.smtp;
    s.insecure_plain = a.insecure_plain;
    if (a.insecure_plain && a.smtp.rfind("smtps:", 0) == 0) throw PlanError(ErrorKind::usage, "", "--insecure-plain", "smtps:// is always TLS");
    s.ca_file = a.ca_file;
    if (a.netrc_given) s.netrc = a.netrc;
    if (const char* u = std::getenv("PLANBRIDGE_SMTP_USER")) s.user = u;
    if (const char* p = std::getenv("PLANBRIDGE_SMTP_PASSWORD")) s.password = p;
    if (!s.password.empty() && s.user.empty()) throw PlanError(ErrorKind::usage, "", "PLANBRIDGE_SMTP_PASSWORD", "is set but PLANBRIDGE_SMTP_USER is not");
    o.smtp = s;
    return o;
}

Layout layout_of(const MailArgs& a) { return a.layout_file.empty() ? default_layout() : load_layout_file(a.layout_file); }

// The board's mail: the body sums up the plan (and what changed since OLD).
int mail_board(const MailArgs& a) {
    if (a.to.empty()) throw PlanError(ErrorKind::usage, "", "--to", "who is it for? give --to ADDR (as many as wanted)");
    MailMessage m;
    m.from = sender(a);
    m.to = mailboxes(a.to, "--to");
    m.cc = mailboxes(a.cc, "--cc");
    if (!a.subject.empty()) check_header_text(a.subject, "--subject");
    m.attachments = attachments(a.attach, parse_size(a.max_size));
    const std::string summed = a.summary_from.empty() ? (a.attach.empty() ? std::string() : a.attach.front()) : a.summary_from;
    if (summed.empty()) throw PlanError(ErrorKind::usage, "", "--summary-from", "what is the mail about? give --attach FILE or --summary-from PLAN");
    const MailTemplates templates = load_mail_templates(MailKind::board, a.templates);
    const Layout layout = layout_of(a);
    Outlet outlet = outlet_of(a);
    ResolvedReading r = resolve(a.reading);
    ImportOptions options = r.import_options();
    options.explain = false;
    Plan plan = read_input(summed, options).plan;
    std::optional<Date> as_of = r.as_of ? r.as_of : plan.as_of;
    std::optional<Version> old_version, new_version;
    std::optional<PlanDiff> diff;
    std::optional<ChangeSet> changes;
    if (!a.since.empty()) {
        ImportOptions old_options = options;
        old_options.as_of = std::nullopt;
        old_version = Version::of(read_input(a.since, old_options).plan);
        new_version = Version::of(plan);
        if (!new_version->as_of) new_version->as_of = as_of;
        diff = diff_plans(*old_version, *new_version, align(*old_version, *new_version));
        changes.emplace(ChangeSet{*old_version, *new_version, *diff});
    }
    m.subject = a.subject.empty() ? board_subject(plan, as_of) : a.subject;
    MailBodies bodies = render_mail(templates, board_mail_data(plan, layout, as_of, changes ? &*changes : nullptr, attached_files(m.attachments)));
    m.text = std::move(bodies.text);
    m.html = std::move(bodies.html);
    m.date = made_time();
    Deliverer d(outlet);
    d.deliver(m, a.eml, std::cout);
    return d.finish(std::cout);
}

std::vector<fs::path> copies_in(const std::string& dir) {
    if (!fs::is_directory(dir)) throw PlanError(ErrorKind::io, dir, "--leads", "is not a folder (give the folder split wrote the copies to)");
    std::vector<fs::path> out;
    for (const fs::directory_entry& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".xlsx" && e.path().filename().string().rfind("~$", 0) != 0) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    if (out.empty()) throw PlanError(ErrorKind::io, dir, "--leads", "holds no .xlsx copies (planbridge split PLAN -o DIR writes them)");
    return out;
}

// Each lead the copy split made for them, to the address contacts gives.
int mail_leads(const MailArgs& a) {
    if (a.contacts.empty()) throw PlanError(ErrorKind::usage, "", "--contacts", "--leads needs --contacts FILE.csv: each lead's email address");
    if (!a.to.empty() || !a.attach.empty() || !a.summary_from.empty() || !a.since.empty())
        throw PlanError(ErrorKind::usage, "", "--leads", "each lead's mail goes to the lead with their copy: --to, --attach, --summary-from and --since are for the board's");
    const Mailbox from = sender(a);
    const std::vector<Mailbox> cc = mailboxes(a.cc, "--cc");
    if (!a.subject.empty()) check_header_text(a.subject, "--subject");
    const Contacts contacts = read_contacts(a.contacts);
    const MailTemplates templates = load_mail_templates(MailKind::lead, a.templates);
    const Layout layout = layout_of(a);
    const size_t max_size = parse_size(a.max_size);
    const std::vector<fs::path> copies = copies_in(a.leads);
    if (!a.eml.empty() && !a.dry_run && !fs::is_directory(a.eml) && !fs::create_directory(a.eml))
        throw PlanError(ErrorKind::output, a.eml, "--eml", "cannot make the folder for the messages");
    Deliverer d(outlet_of(a));
    const ResolvedReading r = resolve(a.reading);  // the options point at its profile
    ImportOptions options = r.import_options();
    options.explain = false;
    for (const fs::path& copy : copies) {
        Plan plan = read_input(copy.string(), options).plan;
        if (!plan.lead_copy) {
            d.cannot_send(copy.filename().string(), "not a lead's copy made by planbridge split", std::cout);
            continue;
        }
        MailMessage m;
        m.from = from;
        m.to = contacts.addresses_of(plan.lead_copy->lead);
        if (m.to.empty()) {
            d.cannot_send(plan.lead_copy->lead, "no address in " + contacts.file + " (" + copy.filename().string() + " not sent)", std::cout);
            continue;
        }
        m.cc = cc;
        m.subject = a.subject.empty() ? lead_subject(plan) : a.subject;
        m.attachments = attachments({copy.string()}, max_size);
        MailBodies bodies = render_mail(templates, lead_mail_data(plan, layout, attached_files(m.attachments)));
        m.text = std::move(bodies.text);
        m.html = std::move(bodies.html);
        m.date = made_time();
        d.deliver(m, a.eml.empty() ? std::string() : (fs::path(a.eml) / copy.stem()).string() + ".eml", std::cout);
    }
    return d.finish(std::cout);
}

}  // namespace

void describe_mail(VerbOptions& o) { describe_with(o, mail_options); }

int run_mail(const std::vector<std::string>& args) {
    MailArgs a;
    if (parse_verb("mail", args, a, mail_options)) return 0;
    return a.leads.empty() ? mail_board(a) : mail_leads(a);
}

}  // namespace planbridge::cli
