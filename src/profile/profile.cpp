#include "profile/profile.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>

#include "profile/embedded.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "support/template_xml.hpp"

namespace planbridge {

namespace {

MatchMode match_mode(const std::string& s, MatchMode fallback) {
    if (s == "exact") return MatchMode::exact;
    if (s == "prefix") return MatchMode::prefix;
    if (s == "contains") return MatchMode::contains;
    return fallback;
}

ContextRole context_role_from_name(const std::string& s) {
    if (s == "section") return ContextRole::section;
    if (s == "recommendations") return ContextRole::recommendations;
    if (s == "measure") return ContextRole::measure;
    if (s == "owner") return ContextRole::owner;
    return ContextRole::extra;
}

// Reads the profile's rules; new rules go before base's so a council's own words win ties.
Profile merge(xmlNodePtr root, const Profile& base) {
    Profile p;
    p = base;
    p.names.push_back(xml_attr(root, "name"));
    std::vector<HeadingRule> headings;
    std::vector<StatusWord> words;
    std::vector<ColourClass> colours;
    std::vector<ContextLabel> labels;
    for (xmlNodePtr sec = root->children; sec; sec = sec->next) {
        if (xml_is(sec, "headings")) {
            each_xml_child(sec, "field", [&](xmlNodePtr f) {
                Field field = field_from_name(xml_attr(f, "name")).value_or(Field::extra);  // the schema has checked the name
                each_xml_child(f, "heading", [&](xmlNodePtr h) {
                    headings.push_back({fold_for_match(xml_text(h)), field, match_mode(xml_attr(h, "match"), MatchMode::exact),
                                        std::stoi(xml_attr(h, "priority", "0"))});
                });
            });
        } else if (xml_is(sec, "context-labels")) {
            each_xml_child(sec, "label", [&](xmlNodePtr l) {
                labels.push_back({fold_for_match(xml_text(l)), context_role_from_name(xml_attr(l, "role")),
                                  match_mode(xml_attr(l, "match"), MatchMode::exact)});
            });
        } else if (xml_is(sec, "status-words")) {
            each_xml_child(sec, "status", [&](xmlNodePtr s) {
                Status st = status_from_name(xml_attr(s, "name")).value_or(Status::unknown);
                each_xml_child(s, "word", [&](xmlNodePtr w) {
                    words.push_back({fold_for_match(xml_text(w)), st, match_mode(xml_attr(w, "match"), MatchMode::prefix)});
                });
            });
        } else if (xml_is(sec, "colours")) {
            each_xml_child(sec, "class", [&](xmlNodePtr c) {
                colours.push_back({xml_attr(c, "name"), std::stod(xml_attr(c, "hue-from")), std::stod(xml_attr(c, "hue-to")),
                                   status_from_name(xml_attr(c, "status"))});
            });
            if (auto v = xml_attr(sec, "grey-saturation"); !v.empty()) p.grey_saturation = std::stod(v);
            if (auto v = xml_attr(sec, "white-lightness"); !v.empty()) p.white_lightness = std::stod(v);
            if (auto v = xml_attr(sec, "black-lightness"); !v.empty()) p.black_lightness = std::stod(v);
            if (auto v = xml_attr(sec, "grey-status"); !v.empty()) p.grey_status = status_from_name(v);
        } else if (xml_is(sec, "blank")) {
            p.blank_status = status_from_name(xml_attr(sec, "status")).value_or(Status::unknown);
        } else if (xml_is(sec, "dates")) {
            if (auto v = xml_attr(sec, "bare-quarter"); !v.empty()) p.dates.bare_quarter_is_financial = v == "financial";
            std::vector<std::pair<std::string, DueKind>> due_words;
            each_xml_child(sec, "words", [&](xmlNodePtr ws) {
                DueKind kind = due_kind_from_name(xml_attr(ws, "kind")).value_or(DueKind::unparsed);
                each_xml_child(ws, "word", [&](xmlNodePtr w) { due_words.emplace_back(to_lower_ascii(xml_text(w)), kind); });
            });
            p.dates.words.insert(p.dates.words.begin(), due_words.begin(), due_words.end());
        }
    }
    p.headings.insert(p.headings.begin(), headings.begin(), headings.end());
    p.status_words.insert(p.status_words.begin(), words.begin(), words.end());
    p.context_labels.insert(p.context_labels.begin(), labels.begin(), labels.end());
    // Colour classes replace base's when the profile gives any: hue bands must not overlap.
    if (!colours.empty()) p.colours = colours;
    p.build_indexes();
    return p;
}

size_t word_count(const std::string& phrase) {
    return phrase.empty() ? 0 : 1 + static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' '));
}

}  // namespace

std::optional<ContextRole> Profile::context_role(std::string_view folded) const {
    for (const ContextLabel& l : context_labels) {
        if (folded == l.phrase) return l.role;
        if (l.match == MatchMode::prefix && folded.size() > l.phrase.size() && folded.compare(0, l.phrase.size(), l.phrase) == 0 &&
            folded[l.phrase.size()] == ' ')
            return l.role;
    }
    return std::nullopt;
}

void PhraseIndex::add(StringMap<Hit>& m, const std::string& phrase, Hit h) {
    auto it = m.find(phrase);
    if (it == m.end() || it->second.score < h.score) m[phrase] = h;
}

void Profile::build_indexes() {
    heading_index = {};
    status_word_index = {};
    // Headings: exact 30, prefix 20, contains 10, plus priority. A prefix or contains rule also
    // matches the whole heading exactly.
    for (const HeadingRule& r : headings) {
        PhraseIndex::Hit exact{static_cast<int>(r.field), 30 + r.priority};
        std::string first = r.phrase.substr(0, r.phrase.find(' '));
        if (!first.empty() && first.size() < 64) heading_index.first_word_lengths[static_cast<unsigned char>(first[0])] |= 1ull << first.size();
        heading_index.first_words[first] = true;
        PhraseIndex::add(heading_index.exact, r.phrase, exact);
        if (r.match == MatchMode::exact) continue;
        PhraseIndex::add(heading_index.prefix, r.phrase, {static_cast<int>(r.field), 20 + r.priority});
        heading_index.longest_prefix_words = std::max(heading_index.longest_prefix_words, word_count(r.phrase));
        if (r.match == MatchMode::contains) heading_index.contains.push_back({r.phrase, {static_cast<int>(r.field), 10 + r.priority}});
    }
    // Status words: the longest phrase wins, so the score is the phrase's length.
    for (const StatusWord& w : status_words) {
        PhraseIndex::Hit hit{static_cast<int>(w.status), static_cast<int>(w.phrase.size())};
        PhraseIndex::add(status_word_index.exact, w.phrase, hit);
        if (w.match == MatchMode::exact) continue;
        PhraseIndex::add(status_word_index.prefix, w.phrase, hit);
        status_word_index.longest_prefix_words = std::max(status_word_index.longest_prefix_words, word_count(w.phrase));
    }
}

Profile load_profile_text(std::string_view xml, const std::string& name, const Profile& base) {
    XmlDocPtr doc = load_template_xml(xml, name, "profile.xsd");
    return merge(xmlDocGetRootElement(doc.get()), base);
}

Profile load_profile_file(const std::string& path, const Profile& base) {
    return load_profile_text(read_file(path, path), path, base);
}

const Profile& default_profile() {
    static const Profile p = load_profile_text(embedded_file("default.xml"), "templates/profiles/default.xml", Profile{});
    return p;
}

}  // namespace planbridge
