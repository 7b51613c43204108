// The parts of matching (match.cpp) that tell unpaired actions apart: what is known of each,
// the word vocabulary and weights, and the inverted index 'similar' candidates come from.
// Internal to reconcile.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "reconcile/match.hpp"

namespace planbridge::match_detail {

// How much each kind of evidence weighs in a 'similar' pair's score (sums to 1).
constexpr double kTextWeight = 0.7, kIdWeight = 0.1, kSectionWeight = 0.1, kOwnerWeight = 0.05, kDueWeight = 0.05;
constexpr size_t kShortText = 4;      // content words: texts this short need more in common
constexpr size_t kRareWords = 4;      // candidates come from an action's rarest words …
constexpr size_t kMaxPosting = 512;   // … skipping words more common than this (unless nothing else)
constexpr size_t kEnoughCandidates = 8;
constexpr size_t kWorthASecondThread = 1000;  // unpaired old actions: fewer are matched on one thread
// Orders same-text candidates only: an identical progress text is near a fingerprint of a
// monthly return (and a changed one says little: progress changes every month).
constexpr double kProgressWeight = 0.1;
constexpr double kDisagreeing = 0.05;      // … less this for each of lead, deadline, progress that differs
constexpr double kAlignedBase = 0.8;       // … what a candidate must score above to be aligned so
constexpr size_t kMaxAlignedGroup = 4096;
constexpr size_t kCandidatesKept = 4;       // same-text candidates kept for each new action, the best  // old × new actions sharing a text in a section, aligned in order
constexpr size_t kSameTextWindow = 12;    // old actions either side of the new one's place, when many share a text
constexpr int kNeighbourScan = 64;        // rows looked through for a paired neighbour

// What telling apart looks at, worked out only for the actions the first pass (the same key)
// leaves unpaired: most of a big plan pairs there.
struct Details {
    std::vector<uint32_t> words;  // content-word ids, sorted, unique (for the 'similar' pass)
    uint64_t owner = 0;           // folded hashes; 0 when blank
    uint64_t progress = 0;
    uint64_t due_text = 0;        // the deadline as written, for those with no date ('TBC')
    uint64_t section = 0;
    std::string id;  // folded
    std::optional<Date> due_end;
};

class Vocabulary {
public:
    uint32_t id(const std::string& w) { return ids_.try_emplace(w, static_cast<uint32_t>(ids_.size())).first->second; }
    size_t size() const { return ids_.size(); }

private:
    std::unordered_map<std::string, uint32_t> ids_;
};

// The unpaired actions of one side, by position k: their index in the plan and their details;
// k_of maps a plan index back to k (-1: paired by key).
struct Unpaired {
    std::vector<int> index;
    std::vector<Details> details;
    std::vector<std::vector<std::string>> words;  // content words, until numbered
    std::vector<int> k_of;
};

// The actions partner leaves unpaired, without their words.
Unpaired unpaired(const Version& version, const MatchHashes& hashes, const std::vector<int>& partner);
// Those of u still unpaired, with their content words (to be numbered).
Unpaired still_unpaired(const Unpaired& u, const Version& version, const std::vector<int>& partner);
// Gives each content word its id (the old side first, so ids do not depend on timing).
void number_words(Unpaired& u, Vocabulary& vocabulary);

// Dice coefficient of two sorted word sets, each word weighted by how rare it is in the two
// plans: a plan's boilerplate ('… to improve children's experience') counts for little, the
// words that say what the action is about count for much.
double weighted_dice(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, const std::vector<double>& weight);

// True when most of the version's actions carry a reference.
bool uses_references(const Version& version);

// Whether pairing old action i with new j keeps their place among their nearest paired
// neighbours (the two nearest on each side, within kNeighbourScan rows): in the rows' order and,
// for a renumbering (old_ref → new_ref, folded), in the numbering's order too — the neighbours
// shifted alike. A side with no paired neighbour near says nothing against. Reads the partners
// as they are when asked: pairs made so far are the neighbours.
class Neighbours {
public:
    Neighbours(const Version& o, const Version& n, const std::vector<int>& old_partner) : old_(o), new_(n), old_partner_(old_partner) {}
    bool in_step(int i, int j, std::string_view old_ref, std::string_view new_ref) const;

private:
    const Version& old_;
    const Version& new_;
    const std::vector<int>& old_partner_;
    bool side_in_step(int i, int j, int step, std::string_view old_ref, std::string_view new_ref) const;
    bool numbered_alike(int k, int p, int step, std::string_view old_ref, std::string_view new_ref) const;
};

// What the 'similar' pass looks candidates up in: the unpaired old actions by word and by
// reference, and each word's weight.
struct SimilarIndex {
    std::vector<std::vector<int>> postings;  // word id → old actions (by k) using it
    std::unordered_map<std::string_view, std::vector<int>> by_id;
    std::vector<double> weight;      // word id → log(1 + actions / actions using the word)
    std::vector<double> old_weight;  // k → its words' weights, summed

    SimilarIndex(const Unpaired& olds, const Unpaired& news, size_t words) : postings(words), weight(words), old_weight(olds.details.size()) {
        for (size_t k = 0; k < olds.details.size(); ++k) {
            for (uint32_t w : olds.details[k].words) postings[w].push_back(static_cast<int>(k));
            if (!olds.details[k].id.empty()) by_id[olds.details[k].id].push_back(static_cast<int>(k));
        }
        // Weights over the unpaired actions of both plans (those still to be told apart).
        std::vector<uint32_t> used_by(words, 0);
        size_t with_words = 0;
        for (const Unpaired* side : {&olds, &news})
            for (const Details& d : side->details) {
                with_words += !d.words.empty();
                for (uint32_t w : d.words) ++used_by[w];
            }
        double actions = static_cast<double>(std::max<size_t>(1, with_words));
        for (size_t w = 0; w < words; ++w) weight[w] = std::log(1.0 + actions / std::max<uint32_t>(1, used_by[w]));
        for (size_t k = 0; k < olds.details.size(); ++k)
            for (uint32_t w : olds.details[k].words) old_weight[k] += weight[w];
    }
};

// A new action's candidates: the old actions sharing its rarest words, or its reference. One
// finder per thread (it keeps scratch space between new actions).
class CandidateFinder {
public:
    CandidateFinder(const SimilarIndex& index, size_t olds) : index_(index), seen_(olds, -1), shared_rare_(olds) {}

    const std::vector<int>& find(const Details& n, int j) {
        candidates_.clear();
        j_ = j;
        rare_ = n.words;
        const auto& postings = index_.postings;
        std::sort(rare_.begin(), rare_.end(), [&](uint32_t a, uint32_t b) { return postings[a].size() < postings[b].size(); });
        new_weight_ = 0, unlooked_ = 0;
        for (uint32_t w : rare_) new_weight_ += index_.weight[w];
        size_t used = 0, r = 0;
        for (; r < rare_.size(); ++r) {
            uint32_t w = rare_[r];
            if (postings[w].empty()) continue;
            if (postings[w].size() > kMaxPosting && used > 0) break;
            for (int k : postings[w]) consider(k), shared_rare_[static_cast<size_t>(k)] += index_.weight[w];
            if (++used >= kRareWords && candidates_.size() >= kEnoughCandidates) {
                ++r;
                break;
            }
        }
        for (; r < rare_.size(); ++r) unlooked_ += index_.weight[rare_[r]];
        if (!n.id.empty())
            if (auto it = index_.by_id.find(n.id); it != index_.by_id.end())
                for (int k : it->second) consider(k);
        return candidates_;
    }

    // The most the weighted similarity with candidate k could be: every word whose postings
    // were not looked up shared as well.
    double most_similarity(int k) const {
        auto kk = static_cast<size_t>(k);
        return 2.0 * (shared_rare_[kk] + unlooked_) / (index_.old_weight[kk] + new_weight_);
    }

private:
    const SimilarIndex& index_;
    std::vector<int> seen_;             // the new action that last looked at each old one
    std::vector<double> shared_rare_;   // weight shared in the rare words looked up
    std::vector<uint32_t> rare_;
    std::vector<int> candidates_;
    int j_ = -1;
    double new_weight_ = 0, unlooked_ = 0;  // all of n's words; those whose postings were not looked up

    void consider(int k) {
        auto kk = static_cast<size_t>(k);
        if (seen_[kk] == j_) return;
        seen_[kk] = j_;
        shared_rare_[kk] = 0;
        candidates_.push_back(k);
    }
};

}  // namespace planbridge::match_detail
