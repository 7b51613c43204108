// Mail bodies from Mustache templates (write/mail_body.hpp), rendered by kainjow::mustache.
#include "write/mail_body.hpp"

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "profile/embedded.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace mstch = kainjow::mustache;

namespace {

std::string kind_name(MailKind k) { return k == MailKind::board ? "board" : "lead"; }

mstch::data to_mustache(const nlohmann::json& j) {
    if (j.is_object()) {
        mstch::data d{mstch::data::type::object};
        for (const auto& [k, v] : j.items()) d.set(k, to_mustache(v));
        return d;
    }
    if (j.is_array()) {
        mstch::data d{mstch::data::type::list};
        for (const auto& v : j) d.push_back(to_mustache(v));
        return d;
    }
    if (j.is_boolean()) return mstch::data{j.get<bool>()};
    if (j.is_string()) return mstch::data{j.get<std::string>()};
    return mstch::data{j.dump()};
}

// A context that remembers each name a template asked for and did not find, and each partial.
class CheckingContext : public mstch::context<std::string> {
public:
    explicit CheckingContext(const mstch::data* d) : mstch::context<std::string>(d) {}
    const mstch::data* get(const std::string& name) const override {
        const mstch::data* found = mstch::context<std::string>::get(name);
        if (!found && unknown.empty()) unknown = name;
        return found;
    }
    const mstch::data* get_partial(const std::string& name) const override {
        if (partial.empty()) partial = name;
        return nullptr;
    }
    mutable std::string unknown, partial;
};

// The names' shapes with every yes/no given as 'yes' and every list holding its one item, or with
// every yes/no 'no' and every list empty: between them every section is entered and skipped.
nlohmann::json sample(const nlohmann::json& shape, bool full) {
    if (shape.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [k, v] : shape.items()) out[k] = sample(v, full);
        return out;
    }
    if (shape.is_array()) return full ? nlohmann::json::array({sample(shape.front(), full)}) : nlohmann::json::array();
    if (shape.is_boolean()) return full;
    return "x";
}

size_t line_at(const std::string& text, size_t offset) {
    size_t line = 1;
    for (size_t k = 0; k < offset && k < text.size(); ++k) line += text[k] == '\n';
    return line;
}

// The line of the first tag naming 'name' ({{name}}, {{#name}}, {{{name}}}, {{> name}} …).
std::string where_tag(const std::string& text, const std::string& name) {
    std::string escaped;
    for (char c : name) {
        if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) escaped += '\\';
        escaped += c;
    }
    std::smatch m;
    if (std::regex_search(text, m, std::regex("\\{\\{[#^/&{>]?\\s*" + escaped + "\\s*\\}"))) return "line " + std::to_string(line_at(text, static_cast<size_t>(m.position(0))));
    return "";
}

void render_checking(MailKind kind, const std::string& text, bool full, const std::string& file) {
    mstch::mustache tmpl{text};
    mstch::data data = to_mustache(sample(mail_names(kind), full));
    CheckingContext ctx(&data);
    tmpl.render(ctx);
    if (!ctx.partial.empty())
        throw PlanError(ErrorKind::template_invalid, file, where_tag(text, ctx.partial), "'{{> " + ctx.partial + "}}': a mail template cannot include another");
    if (!ctx.unknown.empty())
        throw PlanError(ErrorKind::template_invalid, file, where_tag(text, ctx.unknown),
                        "'" + ctx.unknown + "' is not a name a " + kind_name(kind) + " mail has (templates/schema/mail.json lists them)");
    if (!tmpl.is_valid()) throw PlanError(ErrorKind::template_invalid, file, "", tmpl.error_message());
}

MailTemplates compiled_in(MailKind kind) {
    const std::string k = kind_name(kind);
    return {kind, std::string(embedded_file(k + ".txt")), std::string(embedded_file(k + ".html")), "templates/mail/" + k + ".txt",
            "templates/mail/" + k + ".html"};
}

}  // namespace

const nlohmann::json& mail_names(MailKind kind) {
    static const nlohmann::json names = nlohmann::json::parse(embedded_file("mail.json"));
    return names.at(kind_name(kind));
}

void check_mail_template(MailKind kind, const std::string& text, bool html, const std::string& file) {
    if (!is_valid_utf8(text)) throw PlanError(ErrorKind::template_invalid, file, "", "is not UTF-8 text");
    mstch::mustache tmpl{text};
    if (!tmpl.is_valid()) {
        std::string message = tmpl.error_message(), place;
        std::smatch m;
        if (std::regex_search(message, m, std::regex(" at (\\d+)$"))) place = "line " + std::to_string(line_at(text, std::stoul(m[1].str())));
        throw PlanError(ErrorKind::template_invalid, file, place, message);
    }
    render_checking(kind, text, true, file);
    render_checking(kind, text, false, file);
    if (size_t at = to_lower_ascii(text).find("<script"); html && at != std::string::npos)
        throw PlanError(ErrorKind::template_invalid, file, "line " + std::to_string(line_at(text, at)),
                        "an email's HTML may not hold a script (mail programs refuse it)");
}

MailTemplates load_mail_templates(MailKind kind, const std::string& dir) {
    MailTemplates t = compiled_in(kind);
    if (!dir.empty()) {
        namespace fs = std::filesystem;
        if (!fs::is_directory(dir)) throw PlanError(ErrorKind::io, dir, "--templates", "is not a folder");
        const std::string k = kind_name(kind);
        if (fs::path p = fs::path(dir) / (k + ".txt"); fs::exists(p)) t.text = read_file(p.string(), t.text_file = p.string());
        if (fs::path p = fs::path(dir) / (k + ".html"); fs::exists(p)) t.html = read_file(p.string(), t.html_file = p.string());
    }
    check_mail_template(kind, t.text, false, t.text_file);
    check_mail_template(kind, t.html, true, t.html_file);
    return t;
}

// Runs of blank lines as one, and none at the top: a section left out leaves its line behind (kainjow 4.1 keeps a
// standalone false section's line), and a reader sees a gap, not the template's structure.
std::string one_blank_line_at_most(const std::string& text) {
    std::string out;
    size_t newlines = 2;  // and none before the first line (a comment's line)
    for (char c : text) {
        if (c == '\n') {
            if (++newlines > 2) continue;
        } else if (c != '\r' && c != ' ') {
            newlines = 0;
        } else if (newlines >= 2) {
            continue;  // spaces on a blank line
        }
        out += c;
    }
    return out;
}

MailBodies render_mail(const MailTemplates& t, const nlohmann::json& data) {
    const mstch::data d = to_mustache(data);
    mstch::mustache text{t.text}, html{t.html};
    text.set_custom_escape([](const std::string& s) { return s; });
    MailBodies out{one_blank_line_at_most(text.render(d)), html.render(d)};
    if (!text.is_valid() || !html.is_valid())
        throw PlanError(ErrorKind::template_invalid, text.is_valid() ? t.html_file : t.text_file, "",
                        text.is_valid() ? html.error_message() : text.error_message());
    return out;
}

}  // namespace planbridge
