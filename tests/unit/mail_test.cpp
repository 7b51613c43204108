// planbridge mail's parts (issue 16): addresses and header texts, the templates' validation, the
// data the templates get (exactly the names templates/schema/mail.json lists), contacts.csv,
// and a lead's copy that says whose it is. The message itself is parsed back by Python's email
// package in tests/mail.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "model/plan_record.hpp"
#include "reconcile/contacts.hpp"
#include "support/error.hpp"
#include "support/mail_address.hpp"
#include "test_helpers.hpp"
#include "write/mail_body.hpp"
#include "write/mail_data.hpp"
#include "write/mail_message.hpp"

using namespace planbridge;

namespace {

ErrorKind kind_of_refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const PlanError& e) {
        return e.kind();
    }
    return ErrorKind::internal;  // not refused
}

// The same names, lists and yes/no values at every level.
bool same_shape(const nlohmann::json& got, const nlohmann::json& names, std::string& where) {
    if (names.is_object()) {
        if (!got.is_object() || got.size() != names.size()) return where = "object", false;
        for (const auto& [k, v] : names.items())
            if (!got.contains(k) || !same_shape(got.at(k), v, where)) return where = k + "." + where, false;
        return true;
    }
    if (names.is_array()) {
        if (!got.is_array()) return where = "list", false;
        for (const auto& item : got)
            if (!same_shape(item, names.front(), where)) return false;
        return true;
    }
    if (names.is_boolean()) return got.is_boolean() || (where = "yes/no", false);
    return got.is_string() || (where = "text", false);
}

std::string written(const std::string& name, const std::string& text) {
    auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

}  // namespace

TEST_CASE("an address is one name@domain, with or without a name") {
    Mailbox m = parse_mailbox("Jo Davies <jo.davies@council.gov.uk>", "--to");
    CHECK(m.name == "Jo Davies");
    CHECK(m.address == "jo.davies@council.gov.uk");
    CHECK(parse_mailbox("  board@council.gov.uk ", "--to").address == "board@council.gov.uk");
    CHECK(parse_mailbox("Zoë Brontë <zoe@council.gov.uk>", "--to").name == "Zoë Brontë");
    for (const char* bad : {"", "board", "board@", "@council.gov.uk", "a@@b.uk", "a@b..uk", "a b@council.gov.uk", "a@council_gov.uk",
                            "a@b.uk, c@d.uk", "Board: a@b.uk, c@d.uk;", "zoë@council.gov.uk", "a@b.uk>", "a@b.uk <",
                            "Jo <a@b.uk> <c@d.uk>", "<a@b.uk", "Jo <>"})
        CHECK(kind_of_refusal([&] { parse_mailbox(bad, "--to"); }) == ErrorKind::mail_address);
}

TEST_CASE("a control character in a header text is refused as header injection") {
    for (const char* bad : {"Pack\r\nBcc: spy@evil.example", "Pack\nX: 1", "Pack\rX", "Pack\x07", "Pack\t1", "Pack\x7f"})
        CHECK(kind_of_refusal([&] { check_header_text(bad, "--subject"); }) == ErrorKind::mail_header);
    CHECK(kind_of_refusal([&] { check_header_text("\xff\xfe", "--subject"); }) == ErrorKind::mail_header);
    CHECK_NOTHROW(check_header_text("Board pack — October 2017: £ and ✓", "--subject"));
    CHECK(kind_of_refusal([&] { parse_mailbox("jo@council.gov.uk\r\nBcc: spy@evil.example", "--to"); }) == ErrorKind::mail_header);
    MailMessage m;
    m.from = parse_mailbox("officer@council.gov.uk", "--from");
    m.to = {parse_mailbox("board@council.gov.uk", "--to")};
    m.subject = "Pack\nBcc: spy@evil.example";  // checked again when the message is built
    CHECK(kind_of_refusal([&] { mime_bytes(m); }) == ErrorKind::mail_header);
    m.subject = "Pack";
    m.to.front().name = "Board\r\nBcc: spy@evil.example";
    CHECK(kind_of_refusal([&] { mime_bytes(m); }) == ErrorKind::mail_header);
}

TEST_CASE("attachments get the content type of their extension") {
    CHECK(content_type_of("board.XLSX") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(content_type_of("plan.docx") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    CHECK(content_type_of("changes.csv") == "text/csv");
    CHECK(content_type_of("notes") == "application/octet-stream");
}

TEST_CASE("the compiled-in mail templates are valid, and a bad one is refused with its line") {
    CHECK_NOTHROW(load_mail_templates(MailKind::board));
    CHECK_NOTHROW(load_mail_templates(MailKind::lead));
    auto refusal = [](MailKind k, const std::string& text, bool html) -> std::string {
        try {
            check_mail_template(k, text, html, "t.txt");
        } catch (const PlanError& e) {
            return e.kind() == ErrorKind::template_invalid ? e.what() : "wrong kind";
        }
        return "accepted";
    };
    CHECK(refusal(MailKind::board, "{{title}}\n{{#statuses}}{{word}}{{/statuses}}", false) == "accepted");
    CHECK(refusal(MailKind::board, "a\n\n{{titel}}", false) == "t.txt: line 3: 'titel' is not a name a board mail has (templates/schema/mail.json lists them)");
    CHECK(refusal(MailKind::board, "{{lead}}", false).find("'lead' is not a name a board mail has") != std::string::npos);
    CHECK(refusal(MailKind::lead, "{{^actions}}{{nothing}}{{/actions}}", false).find("'nothing'") != std::string::npos);  // inverted too
    CHECK(refusal(MailKind::board, "{{#statuses}}\n{{word}}", false).find("Unclosed section \"statuses\"") != std::string::npos);
    CHECK(refusal(MailKind::board, "{{> other}}", false).find("cannot include another") != std::string::npos);
    CHECK(refusal(MailKind::board, "<p>{{title}}</p><SCRIPT>x</SCRIPT>", true).find("may not hold a script") != std::string::npos);
}

TEST_CASE("the data each mail gets has exactly the names the schema lists") {
    const Plan plan = import_file(test::source_path("examples/west-berkshire-2017-10.xlsx"), {}).plan;
    const std::vector<AttachedFile> files{{"board.xlsx", 23 * 1024}};
    std::string where;
    nlohmann::json board = board_mail_data(plan, default_layout(), plan.as_of, nullptr, files);
    CHECK(same_shape(board, mail_names(MailKind::board), where));
    INFO(where);
    CHECK(board["total"] == std::to_string(plan.actions.size()));
    CHECK(board["attachments"][0]["size"] == "23 KB");
    Plan copy = plan;
    copy.actions.resize(2);
    copy.lead_copy = LeadCopy{"Jo Davies", Date{2017, 11, 10}};
    nlohmann::json lead = lead_mail_data(copy, default_layout(), files);
    CHECK(same_shape(lead, mail_names(MailKind::lead), where));
    CHECK(lead["return_by"] == "10 Nov 2017");
    CHECK(lead["actions"].size() == 2);
    CHECK(lead_subject(copy).find("please return by 10 Nov 2017") != std::string::npos);
    MailBodies bodies = render_mail(load_mail_templates(MailKind::lead), lead);
    CHECK(bodies.text.rfind("Dear Jo Davies,", 0) == 0);
    CHECK(bodies.html.find("send it back by 10 Nov 2017") != std::string::npos);
}

TEST_CASE("the HTML body escapes the plan's text; the plain one keeps it") {
    Plan plan;
    plan.title = "Plan <b>A</b>";
    Action a;
    a.action = "Review <script>alert(1)</script> & report";
    a.status = Status::off_track;
    plan.actions.push_back(a);
    MailBodies b = render_mail(load_mail_templates(MailKind::board), board_mail_data(plan, default_layout(), std::nullopt, nullptr, {}));
    CHECK(b.html.find("<script>") == std::string::npos);
    CHECK(b.html.find("Review &lt;script&gt;alert(1)&lt;/script&gt; &amp; report") != std::string::npos);
    CHECK(b.html.find("Plan &lt;b&gt;A&lt;/b&gt;") != std::string::npos);
    CHECK(b.text.find("Review <script>alert(1)</script> & report") != std::string::npos);
    CHECK(b.text.find("Off track: 1") != std::string::npos);
}

TEST_CASE("contacts.csv: leads found as split groups them, bad rows named") {
    Contacts c = read_contacts(written("contacts-good.csv",
                                       "\xEF\xBB\xBFLead Officer;E-mail\r\nJo Davies;jo@council.gov.uk\r\n"
                                       "All Teams;\"a@council.gov.uk; b@council.gov.uk\"\r\n;\r\nSam Lee;Samuel Lee <sam@council.gov.uk>\r\n"));
    auto jo = c.addresses_of("J. Davies (Head of Service)");
    REQUIRE(jo.size() == 1);
    CHECK(jo[0].address == "jo@council.gov.uk");
    CHECK(jo[0].name == "Jo Davies");
    CHECK(c.addresses_of("All Teams").size() == 2);
    CHECK(c.addresses_of("Sam Lee").at(0).name == "Samuel Lee");
    CHECK(c.addresses_of("Mac Heath").empty());
    Contacts sep = read_contacts(written("contacts-sep.csv", "sep=;\r\nOwner;Email\r\nJo Davies;jo@council.gov.uk\r\n"));  // Excel's first line
    CHECK(sep.addresses_of("Jo Davies").size() == 1);
    auto refusal = [](const std::string& text) -> std::string {
        try {
            read_contacts(written("contacts-bad.csv", text));
        } catch (const PlanError& e) {
            return std::string(kind_name(e.kind())) + " " + e.what();
        }
        return "accepted";
    };
    CHECK(refusal("Owner,Email\nJo Davies,jo@\n") == "mail-address contacts-bad.csv: row 2: 'jo@' is not an email address (write 'name@domain' or 'Name <name@domain>')");
    CHECK(refusal("Who,Where\nJo,jo@council.gov.uk\n").find("mail-address contacts-bad.csv: row 1: needs a column headed 'Owner'") == 0);
    CHECK(refusal("Owner,Email\nJo,\n").find("row 2: 'Jo' has no email address") != std::string::npos);
    CHECK(refusal("Owner,Email\n\"Jo\nX: 1\",jo@council.gov.uk\n").rfind("mail-header", 0) == 0);
}

TEST_CASE("a lead's copy records whose it is and when it is due back") {
    Plan p;
    p.title = "Plan";
    LeadCopy copy{"Jo Davies", Date{2017, 11, 10}};
    Plan back;
    plan_from_record(plan_record(p, &copy), back);
    REQUIRE(back.lead_copy.has_value());
    CHECK(*back.lead_copy == copy);
    plan_from_record(plan_record(p), back);
    CHECK(!back.lead_copy.has_value());
}
