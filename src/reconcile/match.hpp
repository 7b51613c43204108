// Which action of the old plan is which action of the new one: an alignment, as data
// (docs/reconcile.md). One-to-one; an action with no good partner is added or removed, never
// paired by force. Cost grows near-linearly with plan size: candidates come from shared rare
// words, never from comparing every pair.
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "reconcile/evidence.hpp"
#include "reconcile/version.hpp"

namespace planbridge {

enum class MatchMethod {
    same_key,   // the same key: section, reference and action text all unchanged
    same_text,  // the same action text (folded), renumbered or moved as the other evidence allows
    similar,    // text alike enough, helped by the same reference, section, owner or deadline
};
std::string_view to_string(MatchMethod);

struct ActionPair {
    int old_index = -1;  // in old_plan.actions
    int new_index = -1;  // in new_plan.actions
    MatchMethod method = MatchMethod::same_key;
    double score = 1;            // 0..1: how sure the pairing is
    double text_similarity = 1;  // 0..1: the action texts' shared content words (Dice)
    PairEvidence evidence;       // what spoke for and against it (diff --explain)
};

struct Alignment {
    std::vector<ActionPair> pairs;  // in the new plan's order
    std::vector<int> removed;       // old actions with no partner, in order
    std::vector<int> added;         // new actions with no partner, in order
};

struct MatchOptions {
    double min_text = 0.35;        // least text similarity for a 'similar' pair
    double min_text_short = 0.5;   // … when either text has four content words or fewer
    double min_score = 0.45;       // least combined score
};

Alignment align(const Version& old_version, const Version& new_version, const MatchOptions& options = {});

// What the exact passes compare, one plan at a time (so each can be worked out on the thread
// that read the plan): the folded action text's hash (kBlank when there is no text) and the
// folded section path's hash, by action index.
struct MatchHashes {
    static constexpr uint64_t kBlank = 0;  // real hashes have their low bit set
    std::vector<uint64_t> text, section;
    // For the old version (match_hashes(v, true)): what the new actions are looked up in, made
    // on the old version's reading thread too. Its keys in an open-addressing table (an index
    // per slot, -1 empty, the first action with each key), and its (text hash, index) pairs of
    // non-blank texts, sorted.
    bool indexed = false;
    std::vector<int> key_slots;
    std::vector<std::pair<uint64_t, int>> by_text;
};
MatchHashes match_hashes(const Version& version, bool as_old = false);
Alignment align(const Version& old_version, const MatchHashes& old_hashes, const Version& new_version, const MatchHashes& new_hashes,
                const MatchOptions& options = {});

}  // namespace planbridge
