// Email addresses and header texts (support/mail_address.hpp).
#include "support/mail_address.hpp"

#include <gmime/gmime.h>

#include <cstdio>
#include <mutex>

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

namespace {

std::string control_name(unsigned char c) {
    if (c == '\n') return "a line feed";
    if (c == '\r') return "a carriage return";
    if (c == '\t') return "a tab";
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02X", c);
    return std::string("control character 0x") + hex;
}

bool is_atext(char c) {
    static constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kSpecials.find(c) != std::string_view::npos;
}

// local@domain with a dot-atom local part and a host name (labels of letters, digits and '-').
std::string address_problem(std::string_view a) {
    size_t at = a.rfind('@');
    if (at == std::string_view::npos) return "has no '@'";
    std::string_view local = a.substr(0, at), domain = a.substr(at + 1);
    if (local.empty() || local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return "has no proper name before the '@'";
    for (char c : local)
        if (c != '.' && !is_atext(c)) return "has '" + std::string(1, c) + "' before the '@'";
    if (domain.empty() || domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string_view::npos)
        return "has no proper domain after the '@'";
    for (char c : domain)
        if (!(c == '.' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return "has '" + std::string(1, c) + "' in its domain";
    return "";
}

GMimeParserOptions* strict_address_options() {
    GMimeParserOptions* o = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_STRICT);
    g_mime_parser_options_set_allow_addresses_without_domain(o, FALSE);
    return o;
}

}  // namespace

std::string Mailbox::shown() const { return name.empty() ? address : name + " <" + address + ">"; }

void check_header_text(std::string_view text, const std::string& where) {
    if (!is_valid_utf8(text)) throw PlanError(ErrorKind::mail_header, "", where, "is not UTF-8 text");
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f)
            throw PlanError(ErrorKind::mail_header, "", where,
                            "holds " + control_name(c) + ": refused, as it could add headers to the message (header injection)");
}

Mailbox parse_mailbox(std::string_view text, const std::string& where) {
    check_header_text(text, where);
    init_gmime();
    const std::string written(trim(text));
    auto fail = [&](const std::string& why) {
        return PlanError(ErrorKind::mail_address, "", where, "'" + written + "' " + why + " (write 'name@domain' or 'Name <name@domain>')");
    };
    if (written.empty()) throw fail("is not an email address");
    // '<' and '>' once each, the address between them at the end, or neither. Also keeps GMime
    // 3.2.13 from text it leaks on ('a@b.uk>', 'a@b.uk <': an address followed by a bracket).
    const size_t open = written.find('<'), close = written.find('>');
    if ((open == std::string::npos) != (close == std::string::npos) ||
        (open != std::string::npos && (close != written.size() - 1 || open > close || written.find('<', open + 1) != std::string::npos)))
        throw fail("has its '<' and '>' out of place");
    GMimeParserOptions* options = strict_address_options();
    InternetAddressList* list = internet_address_list_parse(options, written.c_str());
    g_mime_parser_options_free(options);
    if (!list) throw fail("is not an email address");
    struct Unref {
        InternetAddressList* l;
        ~Unref() { g_object_unref(l); }
    } unref{list};
    if (internet_address_list_length(list) != 1) throw fail("is not one email address");
    InternetAddress* ia = internet_address_list_get_address(list, 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(ia)) throw fail("is a group, not an email address");
    Mailbox m;
    const char* name = internet_address_get_name(ia);
    m.name = name ? name : "";
    m.address = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
    for (unsigned char c : m.address)
        if (c >= 0x80) throw fail("has letters outside ASCII in its address (write an international domain in its xn-- form)");
    if (std::string why = address_problem(m.address); !why.empty()) throw fail(why);
    return m;
}

}  // namespace planbridge
