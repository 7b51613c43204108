#include "reconcile/match.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <string>
#include <unordered_map>

#include "support/strings.hpp"
#include "support/two_halves.hpp"
#include "support/words.hpp"

namespace planbridge {

std::string_view to_string(MatchMethod m) {
    switch (m) {
        case MatchMethod::same_key: return "same_key";
        case MatchMethod::same_text: return "same_text";
        case MatchMethod::similar: return "similar";
    }
    return "similar";
}

namespace {

// How much each kind of evidence weighs in a 'similar' pair's score (sums to 1).
constexpr double kTextWeight = 0.7, kIdWeight = 0.1, kSectionWeight = 0.1, kOwnerWeight = 0.05, kDueWeight = 0.05;
constexpr size_t kShortText = 4;      // content words: texts this short need more in common
constexpr size_t kRareWords = 4;      // candidates come from an action's rarest words …
constexpr size_t kMaxPosting = 512;   // … skipping words more common than this (unless nothing else)
constexpr size_t kEnoughCandidates = 8;
constexpr size_t kWorthASecondThread = 1000;  // unpaired old actions: fewer are matched on one thread

// What 'similar' matching looks at, worked out only for the actions the exact passes leave
// unpaired (most of a big plan pairs by key or text).
struct Details {
    std::vector<uint32_t> words;  // content-word ids, sorted, unique
    uint64_t owner = 0;
    uint64_t section = 0;
    std::string id;
    std::optional<Date> due_end;
};

class Vocabulary {
public:
    uint32_t id(const std::string& w) { return ids_.try_emplace(w, static_cast<uint32_t>(ids_.size())).first->second; }
    size_t size() const { return ids_.size(); }

private:
    std::unordered_map<std::string, uint32_t> ids_;
};

// All but the word ids, which one vocabulary gives out in order (see number_words).
Details details_of(const ActionView& a, uint64_t section) {
    Details d;
    d.owner = folded_hash(a[Field::owner]);
    d.section = section;
    d.id = fold_for_match(a[Field::id]);
    d.due_end = a.due_end;
    return d;
}

// The unpaired actions of one side, by position k: their index in the plan and their details.
struct Unpaired {
    std::vector<int> index;
    std::vector<Details> details;
    std::vector<std::vector<std::string>> words;  // content words, until numbered
};

Unpaired unpaired(const Version& version, const MatchHashes& hashes, const std::vector<int>& partner) {
    Unpaired u;
    for (size_t i = 0; i < partner.size(); ++i) {
        if (partner[i] >= 0) continue;
        ActionView a = version[i];
        u.index.push_back(static_cast<int>(i));
        u.details.push_back(details_of(a, hashes.section[i]));
        u.words.push_back(content_words(a[Field::action]));
    }
    return u;
}

// Gives each content word its id (the old side first, so ids do not depend on timing).
void number_words(Unpaired& u, Vocabulary& vocabulary) {
    for (size_t k = 0; k < u.details.size(); ++k) {
        std::vector<uint32_t>& ids = u.details[k].words;
        for (const std::string& w : u.words[k]) ids.push_back(vocabulary.id(w));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    u.words.clear();
}

// Dice coefficient of two sorted word sets, each word weighted by how rare it is in the two
// plans: a plan's boilerplate ('… to improve children's experience') counts for little, the
// words that say what the action is about count for much.
double weighted_dice(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, const std::vector<double>& weight) {
    if (a.empty() || b.empty()) return 0;
    double shared = 0, total = 0;
    for (uint32_t w : a) total += weight[w];
    for (uint32_t w : b) total += weight[w];
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) shared += weight[a[i]], ++i, ++j;
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    return total > 0 ? 2.0 * shared / total : 0;
}

// The slot of a version's key table (MatchHashes::key_slots) holding this key, or the empty one
// where it would go. Open addressing in one array: a node per key, as in an unordered_map,
// costs a cache miss for each of a big plan's keys.
size_t key_slot(const std::vector<int>& slots, const Version& v, std::string_view key) {
    size_t mask = slots.size() - 1, s = std::hash<std::string_view>{}(key) & mask;
    while (slots[s] >= 0 && v.key(static_cast<size_t>(slots[s])) != key) s = (s + 1) & mask;
    return s;
}

void index_old_version(const Version& v, MatchHashes& h) {
    size_t size = 16;
    while (size < 2 * v.size()) size *= 2;
    h.key_slots.assign(size, -1);
    for (size_t i = 0; i < v.size(); ++i) {
        size_t s = key_slot(h.key_slots, v, v.key(i));
        if (h.key_slots[s] < 0) h.key_slots[s] = static_cast<int>(i);
    }
    h.by_text.clear();
    for (size_t i = 0; i < h.text.size(); ++i)
        if (h.text[i] != MatchHashes::kBlank) h.by_text.emplace_back(h.text[i], static_cast<int>(i));
    std::sort(h.by_text.begin(), h.by_text.end());
    h.indexed = true;
}

struct Candidate {
    double score;
    double text;
    double distance;  // how far apart the two sit in their plans (0..1): ties go to the nearer
    int old_index;
    int new_index;
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

class Matcher {
public:
    Matcher(const Version& o, const MatchHashes& oh, const Version& n, const MatchHashes& nh, const MatchOptions& options)
        : old_(o), new_(n), old_hashes_(oh), new_hashes_(nh), options_(options) {
        old_partner_.assign(o.size(), -1);
        new_partner_.assign(n.size(), -1);
        pair_of_new_.resize(n.size());
    }

    Alignment run() {
        pair_same_keys();
        pair_same_texts();
        pair_similar();
        Alignment out;
        out.pairs.reserve(new_partner_.size());
        for (size_t j = 0; j < new_partner_.size(); ++j) {  // pairs in the new plan's order
            if (new_partner_[j] < 0) out.added.push_back(static_cast<int>(j));
            else out.pairs.push_back(pair_of_new_[j]);
        }
        for (size_t i = 0; i < old_partner_.size(); ++i)
            if (old_partner_[i] < 0) out.removed.push_back(static_cast<int>(i));
        return out;
    }

private:
    const Version& old_;
    const Version& new_;
    const MatchHashes& old_hashes_;
    const MatchHashes& new_hashes_;
    MatchOptions options_;
    Vocabulary vocabulary_;
    std::vector<int> old_partner_, new_partner_;
    std::vector<ActionPair> pair_of_new_;  // by new index: valid where new_partner_ says paired

    void pair(int i, int j, MatchMethod method, double score, double text) {
        old_partner_[static_cast<size_t>(i)] = j;
        new_partner_[static_cast<size_t>(j)] = i;
        pair_of_new_[static_cast<size_t>(j)] = {i, j, method, score, text};
    }

    // Unchanged identity: keys are unique within a plan.
    void pair_same_keys() {
        // Looked up on two threads (reading only), then paired here in the new plan's order.
        std::vector<int> same_key(new_.size(), -1);
        in_two_halves(new_.size(), kWorthASecondThread * 10, [&](size_t begin, size_t end) {
            for (size_t j = begin; j < end; ++j) same_key[j] = old_hashes_.key_slots[key_slot(old_hashes_.key_slots, old_, new_.key(j))];
            return 0;
        });
        for (size_t j = 0; j < new_.size(); ++j) {
            int i = same_key[j];
            if (i >= 0 && old_partner_[static_cast<size_t>(i)] < 0) pair(i, static_cast<int>(j), MatchMethod::same_key, 1, 1);
        }
    }

    // The same words, renumbered or moved: the first unpaired old action with that text, one in
    // the same section first.
    void pair_same_texts() {
        const auto& by_text = old_hashes_.by_text;  // each hash's old actions in plan order
        using Range = std::pair<uint32_t, uint32_t>;
        std::vector<Range> same_text(new_.size(), Range{0, 0});
        in_two_halves(new_.size(), kWorthASecondThread * 10, [&](size_t begin, size_t end) {
            for (size_t j = begin; j < end; ++j) {
                uint64_t h = new_hashes_.text[j];
                if (new_partner_[j] >= 0 || h == MatchHashes::kBlank) continue;
                auto first = std::lower_bound(by_text.begin(), by_text.end(), std::make_pair(h, -1));
                auto last = first;
                while (last != by_text.end() && last->first == h) ++last;
                same_text[j] = {static_cast<uint32_t>(first - by_text.begin()), static_cast<uint32_t>(last - by_text.begin())};
            }
            return 0;
        });
        auto free = [&](const std::pair<uint64_t, int>& o) { return old_partner_[static_cast<size_t>(o.second)] < 0; };
        for (size_t j = 0; j < new_.size(); ++j) {
            auto first = by_text.begin() + same_text[j].first, last = by_text.begin() + same_text[j].second;
            auto pick = std::find_if(first, last, [&](const std::pair<uint64_t, int>& o) {
                return free(o) && old_hashes_.section[static_cast<size_t>(o.second)] == new_hashes_.section[j];
            });
            if (pick == last) pick = std::find_if(first, last, free);
            if (pick != last) pair(pick->second, static_cast<int>(j), MatchMethod::same_text, 1, 1);
        }
    }

    double score_of(const Details& o, const Details& n, double text) const {
        double s = kTextWeight * text;
        if (!o.id.empty() && o.id == n.id) s += kIdWeight;
        if (o.section == n.section) s += kSectionWeight;
        if (o.owner == n.owner) s += kOwnerWeight;
        if (o.due_end && o.due_end == n.due_end) s += kDueWeight;
        return s;
    }

    void pair_similar() {
        // The two sides' words are found at once, on two threads when there are many.
        bool many = std::count(old_partner_.begin(), old_partner_.end(), -1) >= static_cast<std::ptrdiff_t>(kWorthASecondThread);
        auto reading_new = std::async(many ? std::launch::async : std::launch::deferred,
                                      [&] { return unpaired(new_, new_hashes_, new_partner_); });
        Unpaired olds = unpaired(old_, old_hashes_, old_partner_);
        Unpaired news = reading_new.get();
        number_words(olds, vocabulary_);
        number_words(news, vocabulary_);
        SimilarIndex index(olds, news, vocabulary_.size());
        // Each half of the new actions looks for its candidates on a thread of its own.
        size_t half = many ? news.details.size() / 2 : news.details.size();
        auto second = std::async(half < news.details.size() ? std::launch::async : std::launch::deferred,
                                 [&] { return candidates(index, olds, news, half, news.details.size()); });
        std::vector<Candidate> found = candidates(index, olds, news, 0, half);
        std::vector<Candidate> more = second.get();
        found.insert(found.end(), more.begin(), more.end());
        // Best pairs first; each action takes its best partner still free. The order is total,
        // so the pairs do not depend on which thread found which candidate.
        std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
            if (a.score != b.score) return a.score > b.score;
            if (a.distance != b.distance) return a.distance < b.distance;
            if (a.new_index != b.new_index) return a.new_index < b.new_index;
            return a.old_index < b.old_index;
        });
        for (const Candidate& c : found)
            if (old_partner_[static_cast<size_t>(c.old_index)] < 0 && new_partner_[static_cast<size_t>(c.new_index)] < 0)
                pair(c.old_index, c.new_index, MatchMethod::similar, c.score, c.text);
    }

    // The candidates of new actions jk in [begin, end) good enough to pair.
    std::vector<Candidate> candidates(const SimilarIndex& index, const Unpaired& olds, const Unpaired& news, size_t begin, size_t end) const {
        std::vector<Candidate> found;
        CandidateFinder finder(index, olds.details.size());
        for (size_t jk = begin; jk < end; ++jk) {
            const Details& n = news.details[jk];
            int j = news.index[jk];
            for (int k : finder.find(n, j)) {
                const Details& o = olds.details[static_cast<size_t>(k)];
                bool short_text = std::min(o.words.size(), n.words.size()) <= kShortText;
                double least = short_text ? options_.min_text_short : options_.min_text;
                // Most candidates share one rare word and little else: the most their similarity
                // could be (all the words not looked up shared too) rules them out unmeasured.
                if (finder.most_similarity(k) < least - 1e-9) continue;
                double text = weighted_dice(o.words, n.words, index.weight);
                if (text < least) continue;
                double score = score_of(o, n, text);
                if (score < options_.min_score) continue;
                int i = olds.index[static_cast<size_t>(k)];
                double distance = std::fabs(relative(i, old_partner_.size()) - relative(j, new_partner_.size()));
                found.push_back({score, text, distance, i, j});
            }
        }
        return found;
    }

    static double relative(int index, size_t size) { return size > 1 ? static_cast<double>(index) / static_cast<double>(size - 1) : 0; }
};

}  // namespace

MatchHashes match_hashes(const Version& version, bool as_old) {
    MatchHashes h;
    h.text.reserve(version.size());
    h.section.reserve(version.size());
    for (size_t i = 0; i < version.size(); ++i) {
        h.text.push_back(is_blank(version[i][Field::action]) ? MatchHashes::kBlank : version.text_hash(i) | 1);
        h.section.push_back(version.section_hash(i));
    }
    if (as_old) index_old_version(version, h);
    return h;
}

Alignment align(const Version& old_version, const Version& new_version, const MatchOptions& options) {
    return align(old_version, match_hashes(old_version, true), new_version, match_hashes(new_version), options);
}

Alignment align(const Version& old_version, const MatchHashes& old_hashes, const Version& new_version, const MatchHashes& new_hashes,
                const MatchOptions& options) {
    if (!old_hashes.indexed) {
        MatchHashes indexed = old_hashes;
        index_old_version(old_version, indexed);
        return Matcher(old_version, indexed, new_version, new_hashes, options).run();
    }
    return Matcher(old_version, old_hashes, new_version, new_hashes, options).run();
}

}  // namespace planbridge
