// What speaks for and against pairing an old action with a new one, beyond their texts, and
// the rules that let the evidence say no (docs/reconcile.md, 'Evidence that can say no').
// Plans repeat sentences ('Discuss at team manager training day') under many references: a
// pair on text alone, when the reference jumps out of step with its neighbours and the lead,
// deadline and progress all disagree, is a false pair, and a false pair is worse than an
// action reported added and another removed.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

enum class Agreement : uint8_t { unknown, same, differs };  // unknown: blank on either side

enum class RefEvidence : uint8_t {
    none,         // the versions do not both use references, or one action has none
    same,         // the same reference
    in_step,      // renumbered, keeping its place among its neighbours (rows and numbering)
    out_of_step,  // renumbered out of step: moved, or another action altogether
};

struct PairEvidence {
    RefEvidence ref = RefEvidence::none;
    bool in_step = true;         // the row keeps its place among its nearest paired neighbours
    bool same_section = true;
    bool same_key = false;       // section, reference and text all unchanged: nothing else asked
    bool text_identical = true;  // else similar
    bool text_shared = false;    // identical text that other actions of either version use too
    Agreement owner = Agreement::unknown, due = Agreement::unknown, progress = Agreement::unknown;

    int agreeing() const;
    int differing() const;
};

// Whether the evidence allows the pair (the text already being alike enough).
bool acceptable(const PairEvidence& e);

// The evidence as an officer reads it, for `diff --explain`: e.g. for 'same lead', against
// 'reference 3.2 → 5.4 out of step with its neighbours'.
struct EvidenceText {
    std::vector<std::string> for_pair, against_pair;
};
EvidenceText describe(const PairEvidence& e, std::string_view old_ref, std::string_view new_ref);

// Orders references as their authors number them: '8b' < '8c' < '8d', '3.9' < '3.10',
// 'A2' < 'B1'. Digits compare as numbers, the rest case-blind; <0, 0 or >0.
int compare_references(std::string_view a, std::string_view b);

}  // namespace planbridge
