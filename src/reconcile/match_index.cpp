#include "reconcile/match_index.hpp"

#include "support/strings.hpp"
#include "support/words.hpp"

namespace planbridge::match_detail {

namespace {

uint64_t hash_unless_blank(std::string_view text) { return is_blank(text) ? 0 : folded_hash(text) | 1; }

Details details_of(const ActionView& a, uint64_t section) {
    Details d;
    d.owner = hash_unless_blank(a[Field::owner]);
    d.progress = hash_unless_blank(a[Field::progress]);
    d.due_text = hash_unless_blank(a[Field::due]);
    d.section = section;
    d.id = fold_for_match(a[Field::id]);
    d.due_end = a.due_end;
    return d;
}

}  // namespace

Unpaired unpaired(const Version& version, const MatchHashes& hashes, const std::vector<int>& partner) {
    Unpaired u;
    u.k_of.assign(partner.size(), -1);
    for (size_t i = 0; i < partner.size(); ++i) {
        if (partner[i] >= 0) continue;
        u.k_of[i] = static_cast<int>(u.index.size());
        u.index.push_back(static_cast<int>(i));
        u.details.push_back(details_of(version[i], hashes.section[i]));
    }
    return u;
}

Unpaired still_unpaired(const Unpaired& u, const Version& version, const std::vector<int>& partner) {
    Unpaired left;
    for (size_t k = 0; k < u.index.size(); ++k) {
        auto i = static_cast<size_t>(u.index[k]);
        if (partner[i] >= 0) continue;
        left.index.push_back(u.index[k]);
        left.details.push_back(u.details[k]);
        left.words.push_back(content_words(version[i][Field::action]));
    }
    return left;
}

void number_words(Unpaired& u, Vocabulary& vocabulary) {
    for (size_t k = 0; k < u.details.size(); ++k) {
        std::vector<uint32_t>& ids = u.details[k].words;
        for (const std::string& w : u.words[k]) ids.push_back(vocabulary.id(w));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    u.words.clear();
}

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

}  // namespace planbridge::match_detail

namespace planbridge::match_detail {

bool uses_references(const Version& version) {
    size_t with = 0;
    for (size_t i = 0; i < version.size(); ++i) with += !is_blank(version[i][Field::id]);
    return with * 2 > version.size();
}

bool Neighbours::in_step(int i, int j, std::string_view old_ref, std::string_view new_ref) const {
    return side_in_step(i, j, -1, old_ref, new_ref) && side_in_step(i, j, +1, old_ref, new_ref);
}

bool Neighbours::side_in_step(int i, int j, int step, std::string_view old_ref, std::string_view new_ref) const {
    int found = 0;
    auto size = static_cast<int>(old_partner_.size());
    for (int k = i + step, looked = 0; k >= 0 && k < size && looked < kNeighbourScan; k += step, ++looked) {
        int p = old_partner_[static_cast<size_t>(k)];
        if (p < 0) continue;
        bool in_order = step < 0 ? p < j : p > j;
        if (in_order && numbered_alike(k, p, step, old_ref, new_ref)) return true;
        if (++found == 2) return false;  // two neighbours say otherwise (one may itself have moved)
    }
    return found == 0;
}

bool Neighbours::numbered_alike(int k, int p, int step, std::string_view old_ref, std::string_view new_ref) const {
    if (old_ref.empty() || new_ref.empty()) return true;
    std::string ko = fold_for_match(old_[static_cast<size_t>(k)][Field::id]), kn = fold_for_match(new_[static_cast<size_t>(p)][Field::id]);
    if (ko.empty() || kn.empty()) return true;
    // Only a neighbour numbered in order before says the numbering should stay in order.
    bool was_in_order = step < 0 ? compare_references(ko, old_ref) < 0 : compare_references(old_ref, ko) < 0;
    if (!was_in_order) return true;
    return step < 0 ? compare_references(kn, new_ref) < 0 : compare_references(new_ref, kn) < 0;
}

}  // namespace planbridge::match_detail
