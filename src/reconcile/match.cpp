#include "reconcile/match.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <string>
#include <unordered_map>

#include "reconcile/match_index.hpp"
#include "support/strings.hpp"
#include "support/two_halves.hpp"

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

using namespace match_detail;

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

class Matcher {
public:
    Matcher(const Version& o, const MatchHashes& oh, const Version& n, const MatchHashes& nh, const MatchOptions& options)
        : old_(o), new_(n), old_hashes_(oh), new_hashes_(nh), options_(options), neighbours_(o, n, old_partner_) {
        old_partner_.assign(o.size(), -1);
        new_partner_.assign(n.size(), -1);
        pair_of_new_.resize(n.size());
    }

    Alignment run() {
        pair_same_keys();
        refs_used_ = uses_references(old_) && uses_references(new_);
        // What is known of the actions left unpaired, on two threads when there are many.
        auto reading_new = std::async(new_.size() >= kWorthASecondThread ? std::launch::async : std::launch::deferred,
                                      [&] { return unpaired(new_, new_hashes_, new_partner_); });
        olds_ = unpaired(old_, old_hashes_, old_partner_);
        news_ = reading_new.get();
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
    // Looks up a text hash among (hash, index) pairs.
    struct ByHash {
        bool operator()(const std::pair<uint64_t, int>& a, uint64_t h) const { return a.first < h; }
        bool operator()(uint64_t h, const std::pair<uint64_t, int>& a) const { return h < a.first; }
    };

    const Version& old_;
    const Version& new_;
    const MatchHashes& old_hashes_;
    const MatchHashes& new_hashes_;
    MatchOptions options_;
    Vocabulary vocabulary_;
    std::vector<int> old_partner_, new_partner_;
    std::vector<ActionPair> pair_of_new_;  // by new index: valid where new_partner_ says paired
    Unpaired olds_, news_;                 // those the same key leaves unpaired
    std::vector<uint64_t> new_texts_;      // the new actions' text hashes, sorted (which texts recur)
    bool refs_used_ = false;               // both versions give most actions a reference
    Neighbours neighbours_;

    void pair(int i, int j, MatchMethod method, double score, double text, const PairEvidence& evidence) {
        old_partner_[static_cast<size_t>(i)] = j;
        new_partner_[static_cast<size_t>(j)] = i;
        pair_of_new_[static_cast<size_t>(j)] = {i, j, method, score, text, evidence};
    }

    // Unchanged identity: keys are unique within a plan.
    void pair_same_keys() {
        // Looked up on two threads (reading only), then paired here in the new plan's order.
        std::vector<int> same_key(new_.size(), -1);
        in_two_halves(new_.size(), kWorthASecondThread * 10, [&](size_t begin, size_t end) {
            for (size_t j = begin; j < end; ++j) same_key[j] = old_hashes_.key_slots[key_slot(old_hashes_.key_slots, old_, new_.key(j))];
            return 0;
        });
        for (uint64_t h : new_hashes_.text)
            if (h != MatchHashes::kBlank) new_texts_.push_back(h);
        std::sort(new_texts_.begin(), new_texts_.end());
        PairEvidence same;
        same.same_key = true;
        same.ref = RefEvidence::same;
        for (size_t j = 0; j < new_.size(); ++j) {
            int i = same_key[j];
            if (i < 0 || old_partner_[static_cast<size_t>(i)] >= 0) continue;
            // A text used twice in a section ('Discuss at team manager training day' at 3.2 and
            // 3.3) gives the same key to two actions once a drop above shifts the numbers: such a
            // pair is made here only if lead, deadline and progress agree, else the same-text
            // pass weighs it against the others.
            if (text_shared(new_hashes_.text[j]) && !same_fields(i, static_cast<int>(j))) continue;
            pair(i, static_cast<int>(j), MatchMethod::same_key, 1, 1, same);
        }
    }

    bool text_shared(uint64_t h) const {
        auto olds_with = std::equal_range(old_hashes_.by_text.begin(), old_hashes_.by_text.end(), h, ByHash{});
        auto news_with = std::equal_range(new_texts_.begin(), new_texts_.end(), h);
        return olds_with.second - olds_with.first > 1 || news_with.second - news_with.first > 1;
    }

    bool same_fields(int i, int j) const {
        ActionView o = old_[static_cast<size_t>(i)], n = new_[static_cast<size_t>(j)];
        return same_folded(o[Field::owner], n[Field::owner]) && o.due_end == n.due_end && same_folded(o[Field::due], n[Field::due]) &&
               same_collapsed(o[Field::progress], n[Field::progress]);
    }

    // The same words, renumbered or moved. Among several old actions with that text, the one
    // the reference, section, lead, deadline, progress and place say, best first — not the
    // first come; and none when the evidence says no (acceptable).
    void pair_same_texts() {
        const auto& by_text = old_hashes_.by_text;  // each hash's old actions in plan order
        std::vector<Candidate> found;
        for (size_t jk = 0; jk < news_.index.size(); ++jk) {
            int j = news_.index[jk];
            uint64_t h = new_hashes_.text[static_cast<size_t>(j)];
            if (h == MatchHashes::kBlank) continue;
            auto first = std::lower_bound(by_text.begin(), by_text.end(), std::make_pair(h, -1));
            auto last = std::upper_bound(first, by_text.end(), std::make_pair(h, std::numeric_limits<int>::max()));
            nearest_window(first, last, h, j);
            size_t mine = found.size();
            for (auto it = first; it != last; ++it) {
                int ik = olds_.k_of[static_cast<size_t>(it->second)];
                if (ik < 0) continue;  // paired by key
                const Details& o = olds_.details[static_cast<size_t>(ik)];
                const Details& n = news_.details[jk];
                found.push_back({same_text_rank(o, n, it->second, j), 1, distance(it->second, j), it->second, j});
            }
            keep_best(found, mine);
        }
        // Within a section, the old and new actions sharing a text pair in order, the alignment
        // the fields agree with most (after a drop above, old 3.54 and 3.55 are new 3.53 and 3.54,
        // though old 3.54 and new 3.54 share a reference); then across sections, best first.
        auto across = std::stable_partition(found.begin(), found.end(), [&](const Candidate& c) {
            return old_hashes_.section[static_cast<size_t>(c.old_index)] == new_hashes_.section[static_cast<size_t>(c.new_index)];
        });
        std::vector<Candidate> rest(across, found.end());
        found.erase(across, found.end());
        std::vector<Candidate> in_order = aligned_in_sections(found, rest);
        pair_same_text_candidates(in_order);
        pair_same_text_candidates(rest);
    }

    // The candidates of each (section, text) group that an order-keeping alignment of most
    // weight takes; the others go to rest (all of a group too big to align).
    std::vector<Candidate> aligned_in_sections(std::vector<Candidate>& found, std::vector<Candidate>& rest) const {
        auto group_of = [&](const Candidate& c) { return mix(new_hashes_, static_cast<size_t>(c.new_index)); };
        std::sort(found.begin(), found.end(), [&](const Candidate& x, const Candidate& y) {
            uint64_t gx = group_of(x), gy = group_of(y);
            return gx != gy ? gx < gy : x.old_index != y.old_index ? x.old_index < y.old_index : x.new_index < y.new_index;
        });
        std::vector<Candidate> chosen;
        for (size_t from = 0; from < found.size();) {
            size_t to = from;
            while (to < found.size() && group_of(found[to]) == group_of(found[from])) ++to;
            align_group(found.begin() + static_cast<std::ptrdiff_t>(from), found.begin() + static_cast<std::ptrdiff_t>(to), chosen, rest);
            from = to;
        }
        return chosen;
    }

    // How a same-text candidate ranks: the evidence for it less the evidence against. The same
    // reference counts only where a neighbour kept its place too: in a stretch renumbered by a
    // drop above, old 3.54 and new 3.54 are different actions.
    double same_text_rank(const Details& o, const Details& n, int i, int j) const {
        double rank = score_of(o, n, 1);
        if (!o.id.empty() && o.id == n.id && !kept_in_place(i - 1, j - 1) && !kept_in_place(i + 1, j + 1)) rank -= kIdWeight;
        if (o.progress && o.progress == n.progress) rank += kProgressWeight;
        for (bool differs : {o.owner && n.owner && o.owner != n.owner, o.progress && n.progress && o.progress != n.progress}) rank -= differs ? kDisagreeing : 0;
        if (o.due_end && n.due_end && o.due_end != n.due_end) rank -= kDisagreeing;
        return rank;
    }

    bool kept_in_place(int i, int j) const {
        return i >= 0 && j >= 0 && static_cast<size_t>(i) < old_partner_.size() && old_partner_[static_cast<size_t>(i)] == j;
    }

    static uint64_t mix(const MatchHashes& h, size_t i) { return h.text[i] * 0x9E3779B97F4A7C15ull ^ h.section[i]; }

    // Weighted longest common subsequence over one group's old and new actions (each in plan
    // order). A candidate weighs what it ranks above kAlignedBase: the same text and section
    // alone gain nothing (a field disagreeing costs), so the alignment never shifts true pairs
    // to fit in a dropped action paired with an added one.
    static void align_group(std::vector<Candidate>::const_iterator first, std::vector<Candidate>::const_iterator last, std::vector<Candidate>& chosen,
                            std::vector<Candidate>& rest) {
        std::vector<int> olds, news;
        for (auto c = first; c != last; ++c) olds.push_back(c->old_index), news.push_back(c->new_index);
        for (auto* v : {&olds, &news}) std::sort(v->begin(), v->end()), v->erase(std::unique(v->begin(), v->end()), v->end());
        size_t m = olds.size(), n = news.size();
        if (m * n > kMaxAlignedGroup) {
            rest.insert(rest.end(), first, last);
            return;
        }
        std::vector<const Candidate*> at(m * n, nullptr);
        for (auto c = first; c != last; ++c) {
            size_t a = static_cast<size_t>(std::lower_bound(olds.begin(), olds.end(), c->old_index) - olds.begin());
            size_t b = static_cast<size_t>(std::lower_bound(news.begin(), news.end(), c->new_index) - news.begin());
            at[a * n + b] = &*c;
        }
        std::vector<double> best((m + 1) * (n + 1), 0);  // best[(a)(n+1)+b]: of the first a olds and b news
        for (size_t a = 1; a <= m; ++a)
            for (size_t b = 1; b <= n; ++b) {
                double v = std::max(best[(a - 1) * (n + 1) + b], best[a * (n + 1) + b - 1]);
                if (const Candidate* c = at[(a - 1) * n + b - 1]; c && c->score > kAlignedBase)
                    v = std::max(v, best[(a - 1) * (n + 1) + b - 1] + c->score - kAlignedBase);
                best[a * (n + 1) + b] = v;
            }
        std::vector<bool> taken(m * n, false);
        for (size_t a = m, b = n; a > 0 && b > 0;) {
            const Candidate* c = at[(a - 1) * n + b - 1];
            if (c && c->score > kAlignedBase && best[a * (n + 1) + b] == best[(a - 1) * (n + 1) + b - 1] + c->score - kAlignedBase)
                chosen.push_back(*c), taken[(a - 1) * n + b - 1] = true, --a, --b;
            else if (best[a * (n + 1) + b] == best[(a - 1) * (n + 1) + b]) --a;
            else --b;
        }
        for (size_t k = 0; k < m * n; ++k)
            if (at[k] && !taken[k]) rest.push_back(*at[k]);
    }

    void pair_same_text_candidates(std::vector<Candidate>& found) {
        sort_best_first(found);
        for (const Candidate& c : found) {
            if (old_partner_[static_cast<size_t>(c.old_index)] >= 0 || new_partner_[static_cast<size_t>(c.new_index)] >= 0) continue;
            PairEvidence e = evidence_of(c.old_index, c.new_index, true);
            e.text_shared = text_shared(new_hashes_.text[static_cast<size_t>(c.new_index)]);
            if (acceptable(e)) pair(c.old_index, c.new_index, MatchMethod::same_text, 1, 1, e);
        }
    }

    // A text many old actions share ('Discuss at team manager training day' two hundred times):
    // only those nearest new action j's place are candidates, so the pass stays near-linear.
    void nearest_window(std::vector<std::pair<uint64_t, int>>::const_iterator& first,
                        std::vector<std::pair<uint64_t, int>>::const_iterator& last, uint64_t h, int j) const {
        if (last - first <= static_cast<std::ptrdiff_t>(2 * kSameTextWindow)) return;
        auto at = static_cast<int>(relative(j, new_.size()) * static_cast<double>(std::max<size_t>(1, old_.size()) - 1));
        auto mid = std::lower_bound(first, last, std::make_pair(h, at));
        auto from = mid - first > static_cast<std::ptrdiff_t>(kSameTextWindow) ? mid - static_cast<std::ptrdiff_t>(kSameTextWindow) : first;
        auto to = last - mid > static_cast<std::ptrdiff_t>(kSameTextWindow) ? mid + static_cast<std::ptrdiff_t>(kSameTextWindow) : last;
        first = from, last = to;
    }

    // What speaks for and against pairing old i with new j beyond their text.
    PairEvidence evidence_of(int i, int j, bool identical) const {
        const Details& o = olds_.details[static_cast<size_t>(olds_.k_of[static_cast<size_t>(i)])];
        const Details& n = news_.details[static_cast<size_t>(news_.k_of[static_cast<size_t>(j)])];
        PairEvidence e;
        e.text_identical = identical;
        e.same_section = o.section == n.section || same_section(*old_[static_cast<size_t>(i)].section, *new_[static_cast<size_t>(j)].section);
        e.owner = agreement(o.owner, n.owner);
        e.progress = agreement(o.progress, n.progress);
        e.due = o.due_end && n.due_end ? (*o.due_end == *n.due_end ? Agreement::same : Agreement::differs) : agreement(o.due_text, n.due_text);
        bool refs = refs_used_ && !o.id.empty() && !n.id.empty();
        if (refs && o.id == n.id) {
            e.ref = RefEvidence::same;
            return e;
        }
        e.in_step = neighbours_.in_step(i, j, refs ? o.id : std::string_view(), refs ? n.id : std::string_view());
        e.ref = !refs ? RefEvidence::none : e.in_step ? RefEvidence::in_step : RefEvidence::out_of_step;
        return e;
    }

    static Agreement agreement(uint64_t a, uint64_t b) { return a == 0 || b == 0 ? Agreement::unknown : a == b ? Agreement::same : Agreement::differs; }

    // Of one new action's candidates (found from index mine on), only its kCandidatesKept best:
    // a text recurring in every workstream would otherwise give each of its actions dozens.
    static void keep_best(std::vector<Candidate>& found, size_t mine) {
        if (found.size() - mine <= kCandidatesKept) return;
        auto from = found.begin() + static_cast<std::ptrdiff_t>(mine);
        std::nth_element(from, from + kCandidatesKept - 1, found.end(), better);
        found.resize(mine + kCandidatesKept);
    }

    // Best first; the order is total, so the pairs do not depend on which thread found which candidate.
    static bool better(const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.distance != b.distance) return a.distance < b.distance;
        if (a.new_index != b.new_index) return a.new_index < b.new_index;
        return a.old_index < b.old_index;
    }

    static void sort_best_first(std::vector<Candidate>& found) { std::sort(found.begin(), found.end(), better); }

    double distance(int i, int j) const { return std::fabs(relative(i, old_partner_.size()) - relative(j, new_partner_.size())); }

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
        bool many = olds_.index.size() >= kWorthASecondThread;
        auto reading_new = std::async(many ? std::launch::async : std::launch::deferred,
                                      [&] { return still_unpaired(news_, new_, new_partner_); });
        Unpaired olds = still_unpaired(olds_, old_, old_partner_);
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
        // Best pairs first; each action takes its best partner still free, if the evidence allows.
        sort_best_first(found);
        for (const Candidate& c : found) {
            if (old_partner_[static_cast<size_t>(c.old_index)] >= 0 || new_partner_[static_cast<size_t>(c.new_index)] >= 0) continue;
            PairEvidence e = evidence_of(c.old_index, c.new_index, false);
            if (acceptable(e)) pair(c.old_index, c.new_index, MatchMethod::similar, c.score, c.text, e);
        }
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
                found.push_back({score, text, distance(i, j), i, j});
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
