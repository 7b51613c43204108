#include "reconcile/leads.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "support/strings.hpp"

namespace planbridge {

namespace {

// Text without anything in brackets: 'J. Davies (Head of Service)' → 'J. Davies '.
std::string without_brackets(std::string_view s) {
    std::string out;
    int depth = 0;
    for (char c : s) {
        if (c == '(' || c == '[') ++depth;
        else if ((c == ')' || c == ']') && depth > 0) --depth;
        else if (depth == 0) out += c;
    }
    return out;
}

std::vector<std::string> words_of(std::string_view folded) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < folded.size()) {
        size_t end = folded.find(' ', i);
        if (end == std::string_view::npos) end = folded.size();
        if (end > i) out.emplace_back(folded.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

// Words that make a lead a role or a team, not a person.
bool role_word(const std::string& w) {
    static const char* const kRoles[] = {"head", "manager", "director", "officer", "lead", "team", "service", "services",
                                         "board", "partnership", "nurse", "worker", "coordinator", "co", "ordinator",
                                         "chair", "panel", "commissioner", "principal", "assistant", "all", "hr", "of",
                                         "and", "for", "the", "partner", "business", "designated", "safeguarding", "lscb"};
    return std::any_of(std::begin(kRoles), std::end(kRoles), [&](const char* r) { return w == r; });
}

bool all_letters(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); });
}

}  // namespace

// A person's name as plans write one: two to four capitalised words, none of a role.
bool person_name(std::string_view text);

std::vector<std::string> leads_in(std::string_view owner) {
    // '/', ';', '&' and new lines always part leads; ' and ' and commas only between two
    // people's names ('Jo Davies and Sam Lee', not 'Head of Prevention and Safeguarding').
    std::vector<std::string> out;
    std::string part;
    int depth = 0;
    auto flush = [&] {
        std::string t = collapse_space(trim(part));
        part.clear();
        if (t.empty()) return;
        for (std::string_view sep : {std::string_view(" and "), std::string_view(", ")}) {
            size_t at = t.find(sep);
            if (at != std::string::npos && person_name(t.substr(0, at)) && person_name(t.substr(at + sep.size()))) {
                out.push_back(t.substr(0, at));
                out.push_back(t.substr(at + sep.size()));
                return;
            }
        }
        out.push_back(t);
    };
    for (char c : owner) {
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (depth == 0 && (c == '/' || c == ';' || c == '&' || c == '\n')) flush();
        else part += c;
    }
    flush();
    return out;
}

bool person_name(std::string_view text) {
    std::string bare = collapse_space(without_brackets(text));
    std::vector<std::string> words = words_of(fold_for_match(bare));
    if (words.size() < 2 || words.size() > 4) return false;
    if (std::any_of(words.begin(), words.end(), role_word) || !std::all_of(words.begin(), words.end(), all_letters)) return false;
    return std::isupper(static_cast<unsigned char>(bare.front())) != 0;
}

std::string lead_key(std::string_view lead) {
    std::vector<std::string> words;  // dashes and other marks between words are no words
    for (std::string& w : words_of(fold_for_match(without_brackets(lead))))
        if (std::any_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) words.push_back(std::move(w));
    if (words.empty()) return fold_for_match(lead);
    bool person = words.size() >= 2 && words.size() <= 4 && std::none_of(words.begin(), words.end(), role_word) &&
                  std::all_of(words.begin(), words.end(), all_letters);
    if (!person) return joined(words, " ");
    // 'Jo Davies', 'J Davies', 'J. Davies', 'Dr Jo Davies': the surname and the first initial.
    static const char* const kTitles[] = {"dr", "mr", "mrs", "ms", "miss", "prof", "cllr"};
    size_t first = 0;
    while (first + 1 < words.size() && std::any_of(std::begin(kTitles), std::end(kTitles), [&](const char* t) { return words[first] == t; }))
        ++first;
    return words.back() + " " + words[first].substr(0, 1);
}

namespace {

// 'LSCB and Service Manager Localities' is two leads when the plan names each on its own
// elsewhere; otherwise it is one ('Head of Prevention and Safeguarding').
std::vector<std::string> split_known(const std::vector<std::string>& leads, const std::set<std::string>& known) {
    std::vector<std::string> out;
    for (const std::string& lead : leads) {
        size_t at = lead.find(" and ");
        if (at != std::string::npos && known.count(lead_key(lead.substr(0, at))) && known.count(lead_key(lead.substr(at + 5)))) {
            out.push_back(lead.substr(0, at));
            out.push_back(lead.substr(at + 5));
        } else {
            out.push_back(lead);
        }
    }
    return out;
}

}  // namespace

std::set<std::string> known_leads(const Plan& plan) {
    std::set<std::string> known;
    for (const Action& a : plan.actions)
        for (const std::string& lead : leads_in(a.owner)) known.insert(lead_key(lead));
    return known;
}

std::vector<std::vector<std::string>> lead_keys_of(const Plan& plan) {
    const std::set<std::string> known = known_leads(plan);
    std::vector<std::vector<std::string>> out;
    for (const Action& a : plan.actions) {
        std::vector<std::string> keys;
        for (const std::string& lead : split_known(leads_in(a.owner), known)) keys.push_back(lead_key(lead));
        out.push_back(std::move(keys));
    }
    return out;
}

std::vector<LeadGroup> group_by_lead(const Plan& plan) {
    const std::set<std::string> known = known_leads(plan);
    std::vector<LeadGroup> groups;
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < plan.actions.size(); ++i) {
        std::vector<std::string> leads = split_known(leads_in(plan.actions[i].owner), known);
        if (leads.empty()) leads.push_back("");
        std::vector<std::string> keys_here;
        for (const std::string& lead : leads) {
            std::string key = lead.empty() ? "" : lead_key(lead);
            if (std::find(keys_here.begin(), keys_here.end(), key) != keys_here.end()) continue;  // named twice in one cell
            keys_here.push_back(key);
            auto [it, added] = index.emplace(key, groups.size());
            if (added) groups.push_back({key, lead.empty() ? "(no lead)" : lead, {}, {}});
            LeadGroup& g = groups[it->second];
            if (!lead.empty() && std::find(g.written.begin(), g.written.end(), lead) == g.written.end()) g.written.push_back(lead);
            // The fullest way of writing it names the group: 'Jo Davies' over 'J. Davies'.
            std::string bare = collapse_space(without_brackets(lead));
            if (!lead.empty() && bare.size() > collapse_space(without_brackets(g.name)).size()) g.name = lead;
            g.actions.push_back(i);
        }
    }
    return groups;
}

std::string lead_file_stem(const LeadGroup& group) {
    std::string folded = fold_for_match(without_brackets(group.name));
    std::string out;
    for (char c : folded) {
        bool keep = std::isalnum(static_cast<unsigned char>(c));
        if (keep) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.empty()) out = group.key.empty() ? "no-lead" : "lead";
    return out.substr(0, 60);
}

}  // namespace planbridge
