#include "cli/help.hpp"

#include <sstream>

#include "support/error.hpp"

namespace po = boost::program_options;

namespace planbridge::cli {

const Verb* find_verb(std::string_view name) {
    for (const Verb& v : kVerbs)
        if (v.name == name) return &v;
    return nullptr;
}

namespace {

struct Described {
    VerbOptions options;
    explicit Described(const Verb& v) { v.describe(options); }
};

// '-o, --output' for Boost's '-o [ --output ]'.
std::string option_names(const po::option_description& o) {
    std::string name = o.format_name();
    size_t open = name.find(" [ ");
    if (open == std::string::npos) return name;
    return name.substr(0, open) + ", " + name.substr(open + 3, name.size() - open - 5);
}

// The words an option's value may be, for completion ('' when any text).
std::string value_words(const Verb& v, const std::string& option) {
    if (option == "format" && v.formats) {
        std::string words;
        for (std::string_view n : v.formats->names) (words += words.empty() ? "" : " ") += n;
        return words;
    }
    if (option == "colour") return "auto always never";
    return "";
}

// man(7) escapes: a backslash and a leading dot or quote would be read as requests.
std::string roff(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

const char* kExitCodes[][2] = {
    {"0", "success (diff: the versions have the same actions with the same fields)"},
    {"1", "diff: something changed"},
    {"2", "a bad command line (diff: any trouble)"},
    {"3", "a file missing, unreadable, or a folder"},
    {"4", "a format planbridge does not read (.ods, .xlsb, PDF, a lock file, a legacy file without LibreOffice)"},
    {"5", "a password-protected workbook or document"},
    {"6", "a damaged file"},
    {"7", "hostile or oversized input"},
    {"8", "an empty file or workbook"},
    {"9", "no plan table found"},
    {"10", "a profile or layout that fails its schema"},
    {"11", "the output cannot be written"},
    {"12", "mail: a malformed address, or a contacts file that cannot be used"},
    {"13", "mail: a newline or control character in a subject, name or address (header injection)"},
    {"14", "mail: the attachments are over --max-size"},
    {"15", "mail: the SMTP server refused the login"},
    {"16", "mail: a recipient refused by the server or with no address; the report says who was sent to"},
    {"17", "mail: no connection to the SMTP server, or it dropped or timed out"},
    {"18", "mail: TLS failed (the server's certificate, or no STARTTLS where it is required)"},
    {"70", "a bug in planbridge"},
};

}  // namespace

std::string usage_text() {
    std::string s = "usage: planbridge VERB [options]\n\nverbs:\n";
    for (const Verb& v : kVerbs) {
        std::string head = "  " + std::string(v.name) + " " + std::string(v.synopsis);
        head += std::string(head.size() < 19 ? 19 - head.size() : 3, ' ');
        s += head + std::string(v.summary) + "\n";
    }
    return s + "\nplanbridge VERB --help shows a verb's options. Exit status: docs/exit-codes.md.\n";
}

std::string verb_help(const Verb& v) {
    Described d(v);
    std::ostringstream out;
    out << "usage: planbridge " << v.name << " " << v.synopsis << " [options]\n\n" << v.summary << "\n\n" << d.options.visible;
    out << "\nexamples:\n";
    for (const Example& e : v.examples) out << "  " << e.command << "\n      " << e.what << "\n";
    if (!v.notes.empty()) out << "\n" << v.notes << "\n";
    return out.str();
}

std::string man_page() {
    std::ostringstream m;
    m << ".TH PLANBRIDGE 1 \"\" \"planbridge\" \"User Commands\"\n.SH NAME\nplanbridge \\- read, compare and export councils' improvement plans\n"
      << ".SH SYNOPSIS\n";
    for (const Verb& v : kVerbs) m << ".B planbridge " << v.name << "\n" << roff(v.synopsis) << " [options]\n.br\n";
    m << ".SH DESCRIPTION\nplanbridge reads improvement plans kept as Word and Excel tables (.xlsx, .docx, HTML, CSV, "
         "and .doc/.xls through LibreOffice) as they are, in any council's layout, into one model; compares two "
         "versions; and writes the RAG\\-coloured workbook for the improvement board.\n";
    for (const Verb& v : kVerbs) {
        Described d(v);
        m << ".SH " << roff(std::string(v.name)) << "\n" << roff(v.summary) << ".\n";
        for (const auto& o : d.options.visible.options()) {
            std::string parameter = o->format_parameter();
            m << ".TP\n.B " << roff(option_names(*o)) << (parameter.empty() ? "" : " \\fI" + roff(parameter) + "\\fR") << "\n"
              << roff(o->description()) << "\n";
        }
        for (const Example& e : v.examples) m << ".PP\n.nf\n" << roff(e.command) << "\n.fi\n" << roff(e.what) << ".\n";
        if (!v.notes.empty()) m << ".PP\n" << roff(v.notes) << "\n";
    }
    m << ".SH EXIT STATUS\n";
    for (const auto& [code, what] : kExitCodes) m << ".TP\n.B " << code << "\n" << roff(what) << "\n";
    m << ".SH SEE ALSO\nThe project's docs/cli.md, docs/exit-codes.md and docs/model.md.\n";
    return m.str();
}

std::string bash_completion() {
    std::ostringstream b;
    b << "# bash completion for planbridge (generated by planbridge --completion bash)\n_planbridge() {\n"
      << "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      << "    if (( COMP_CWORD == 1 )); then\n        COMPREPLY=($(compgen -W \"";
    for (const Verb& v : kVerbs) b << v.name << " ";
    b << "--help --version\" -- \"$cur\"))\n        return\n    fi\n    local options=\"\" words=\"\"\n    case ${COMP_WORDS[1]} in\n";
    for (const Verb& v : kVerbs) {
        Described d(v);
        b << "    " << v.name << ")\n        options=\"";
        std::string cases;
        for (const auto& o : d.options.visible.options()) {
            b << "--" << o->long_name() << " ";
            if (std::string w = value_words(v, o->long_name()); !w.empty()) cases += "        [[ $prev == --" + o->long_name() + " ]] && words=\"" + w + "\"\n";
        }
        b << "\"\n" << cases << "        ;;\n";
    }
    b << "    esac\n    if [[ -n $words ]]; then COMPREPLY=($(compgen -W \"$words\" -- \"$cur\")); return; fi\n"
      << "    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$options\" -- \"$cur\")); return; fi\n"
      << "    COMPREPLY=($(compgen -f -- \"$cur\"))\n}\ncomplete -o filenames -o bashdefault -F _planbridge planbridge\n";
    return b.str();
}

}  // namespace planbridge::cli
