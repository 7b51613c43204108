#include "reconcile/evidence.hpp"

#include <algorithm>

namespace planbridge {

int PairEvidence::agreeing() const {
    return (owner == Agreement::same) + (due == Agreement::same) + (progress == Agreement::same);
}

int PairEvidence::differing() const {
    return (owner == Agreement::differs) + (due == Agreement::differs) + (progress == Agreement::differs);
}

bool acceptable(const PairEvidence& e) {
    if (e.same_key) return true;
    int agree = e.agreeing(), known = agree + e.differing();
    if (e.ref == RefEvidence::out_of_step) {
        // A move, or another action that says the same: the lead, deadline and progress must
        // bear it out, the more so the less the text alone tells.
        if (!e.text_identical) return e.differing() == 0 && agree >= 1;
        if (e.text_shared) return known >= 1 && agree >= std::min(2, known);
        return agree >= std::min(1, known);
    }
    // Text alone is not enough when the lead, deadline and progress all disagree.
    bool more_than_text = e.ref == RefEvidence::same || e.ref == RefEvidence::in_step ||
                          (e.ref == RefEvidence::none && e.in_step && e.same_section);
    return more_than_text || e.differing() < 3;
}

namespace {

void add_field(EvidenceText& t, Agreement a, const char* same, const char* differs) {
    if (a == Agreement::same) t.for_pair.emplace_back(same);
    if (a == Agreement::differs) t.against_pair.emplace_back(differs);
}

std::string renumbering(std::string_view old_ref, std::string_view new_ref, const char* how) {
    return "reference " + std::string(old_ref) + " → " + std::string(new_ref) + ", " + how;
}

}  // namespace

EvidenceText describe(const PairEvidence& e, std::string_view old_ref, std::string_view new_ref) {
    EvidenceText t;
    if (e.same_key) {
        t.for_pair.emplace_back("the same section, reference and text");
        return t;
    }
    t.for_pair.emplace_back(e.text_identical ? "the same text" : "similar text");
    if (e.text_shared) t.against_pair.emplace_back("other actions use the same text");
    switch (e.ref) {
        case RefEvidence::same: t.for_pair.emplace_back("the same reference"); break;
        case RefEvidence::in_step: t.for_pair.push_back(renumbering(old_ref, new_ref, "in step with its neighbours")); break;
        case RefEvidence::out_of_step: t.against_pair.push_back(renumbering(old_ref, new_ref, "out of step with its neighbours")); break;
        case RefEvidence::none:
            if (e.in_step) t.for_pair.emplace_back("its place among its neighbours");
            else t.against_pair.emplace_back("out of place among its neighbours");
            break;
    }
    if (e.same_section) t.for_pair.emplace_back("the same section");
    else t.against_pair.emplace_back("another section");
    add_field(t, e.owner, "the same lead", "another lead");
    add_field(t, e.due, "the same deadline", "another deadline");
    add_field(t, e.progress, "the same progress", "new progress");
    return t;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char c) { return !is_digit(c) && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The next run of digits or of letters from position i (separators skipped).
std::string_view next_run(std::string_view s, size_t& i) {
    while (i < s.size() && is_separator(s[i])) ++i;
    size_t start = i;
    bool digits = i < s.size() && is_digit(s[i]);
    while (i < s.size() && !is_separator(s[i]) && is_digit(s[i]) == digits) ++i;
    return s.substr(start, i - start);
}

int compare_numbers(std::string_view a, std::string_view b) {
    while (a.size() > 1 && a[0] == '0') a.remove_prefix(1);
    while (b.size() > 1 && b[0] == '0') b.remove_prefix(1);
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : a == b ? 0 : 1;
}

int compare_words(std::string_view a, std::string_view b) {
    for (size_t k = 0; k < a.size() && k < b.size(); ++k)
        if (lower(a[k]) != lower(b[k])) return lower(a[k]) < lower(b[k]) ? -1 : 1;
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

}  // namespace

int compare_references(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    while (true) {
        std::string_view x = next_run(a, i), y = next_run(b, j);
        if (x.empty() || y.empty()) return x.empty() == y.empty() ? 0 : x.empty() ? -1 : 1;
        bool xd = is_digit(x[0]), yd = is_digit(y[0]);
        if (xd != yd) return xd ? -1 : 1;  // '8.1' before '8a'
        int c = xd ? compare_numbers(x, y) : compare_words(x, y);
        if (c != 0) return c;
    }
}

}  // namespace planbridge
