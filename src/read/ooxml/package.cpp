#include "read/ooxml/package.hpp"

#include "support/strings.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::ooxml {

namespace {

class RelsHandler : public xml::Handler {
public:
    RelsHandler(std::string source, std::vector<Relationship>& out) : source_(std::move(source)), out_(out) {}
    void on_start(xml::Ns, std::string_view name, const xml::Attrs& a) override {
        if (name != "Relationship") return;
        Relationship r;
        r.id = std::string(a.get_or("Id", ""));
        std::string_view type = a.get_or("Type", "");
        r.type = std::string(type.substr(type.rfind('/') == std::string_view::npos ? 0 : type.rfind('/') + 1));
        r.external = a.get_or("TargetMode", "") == "External";
        std::string_view target = a.get_or("Target", "");
        r.target = r.external ? std::string(target) : resolve_target(source_, target);
        out_.push_back(std::move(r));
    }

private:
    std::string source_;
    std::vector<Relationship>& out_;
};

class PropertiesHandler : public xml::Handler {
public:
    explicit PropertiesHandler(Properties& p) : p_(p) {}
    void on_start(xml::Ns, std::string_view name, const xml::Attrs&) override {
        target_ = name == "title" ? &p_.title : name == "Company" ? &p_.company : nullptr;
    }
    void on_end(xml::Ns, std::string_view) override { target_ = nullptr; }
    void on_text(std::string_view t) override {
        if (target_) target_->append(t);
    }

private:
    Properties& p_;
    std::string* target_ = nullptr;
};

}  // namespace

std::string resolve_target(const std::string& source_part, std::string_view target) {
    std::string path;
    if (!target.empty() && target.front() == '/') {
        path = std::string(target.substr(1));
    } else {
        size_t slash = source_part.rfind('/');
        path = (slash == std::string::npos ? "" : source_part.substr(0, slash + 1)) + std::string(target);
    }
    // Normalise '.' and '..' segments.
    std::vector<std::string> segs;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string seg = path.substr(start, end - start);
        if (seg == "..") {
            if (!segs.empty()) segs.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segs.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& s : segs) out += (out.empty() ? "" : "/") + s;
    return out;
}

std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& part) {
    std::string rels_part;
    size_t slash = part.rfind('/');
    if (part.empty()) rels_part = "_rels/.rels";
    else if (slash == std::string::npos) rels_part = "_rels/" + part + ".rels";
    else rels_part = part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
    std::vector<Relationship> out;
    if (!zip.find(rels_part)) return out;
    RelsHandler h(part, out);
    xml::parse_part(zip, rels_part, h);
    return out;
}

const Relationship* find_by_type(const std::vector<Relationship>& rels, std::string_view type) {
    for (const auto& r : rels)
        if (r.type == type) return &r;
    return nullptr;
}

const Relationship* find_by_id(const std::vector<Relationship>& rels, std::string_view id) {
    for (const auto& r : rels)
        if (r.id == id) return &r;
    return nullptr;
}

std::optional<std::string> main_part(ZipArchive& zip) {
    auto rels = read_relationships(zip, "");
    if (const Relationship* r = find_by_type(rels, "officeDocument")) return r->target;
    return std::nullopt;
}

Properties read_properties(ZipArchive& zip) {
    Properties p;
    auto rels = read_relationships(zip, "");
    for (const char* type : {"core-properties", "metadata/core-properties", "extended-properties"}) {
        if (const Relationship* r = find_by_type(rels, type); r && zip.find(r->target)) {
            PropertiesHandler h(p);
            try {
                xml::parse_part(zip, r->target, h);
            } catch (const std::exception&) {
                // Properties are a nicety: a damaged docProps part must not stop the import.
            }
        }
    }
    p.title = std::string(trim(p.title));
    p.company = std::string(trim(p.company));
    return p;
}

std::string decode_xstring(std::string_view s) {
    if (s.find("_x") == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
            unsigned cp = 0;
            bool ok = true;
            for (size_t k = i + 2; k < i + 6; ++k) {
                int v = hex_digit_value(s[k]);
                if (v < 0) {
                    ok = false;
                    break;
                }
                cp = cp * 16 + static_cast<unsigned>(v);
            }
            if (ok) {
                // _x000D_ before a newline is the CR of a CRLF: keep one line break.
                bool cr_of_crlf = cp == 0x0D && i + 7 < s.size() && s[i + 7] == '\n';
                if (cp == 0x0D && !cr_of_crlf) out += '\n';
                else if (cp != 0x0D) append_utf8(out, cp);
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

}  // namespace planbridge::ooxml
