#include "read/grid/context_rows.hpp"

#include <algorithm>
#include <string>

#include "read/grid/references.hpp"
#include "support/strings.hpp"
#include "support/words.hpp"

namespace planbridge {

namespace {

constexpr size_t kMaxLabelBytes = 80;  // a label is a few words; longer text is never folded

std::optional<ContextRole> role_of(const std::string& text, const Profile& profile) {
    if (text.size() > kMaxLabelBytes || profile.context_labels.empty()) return std::nullopt;
    return profile.context_role(fold_for_match(text));
}

}  // namespace

std::optional<LabelRow> label_row(const GridRow& row, int index, const Profile& profile) {
    return label_row(row, row_cells(row, index), profile);
}

std::optional<LabelRow> label_row(const GridRow& row, const RowCells& rc, const Profile& profile) {
    if (rc.own.empty() || rc.own.size() > 2) return std::nullopt;
    LabelRow out;
    size_t value_from = 0;
    int first_carried = rc.carried.empty() ? -1 : rc.carried.front();
    if (first_carried >= 0 && first_carried < rc.own.front()) {
        const std::string& text = row.cells[static_cast<size_t>(first_carried)].text;
        auto role = role_of(text, profile);
        if (!role || rc.own.size() != 1) return std::nullopt;
        out = {*role, collapse_space(text), "", true};
    } else {
        const std::string& text = row.cells[static_cast<size_t>(rc.own.front())].text;
        auto role = role_of(text, profile);
        if (!role) return std::nullopt;
        out = {*role, collapse_space(text), "", false};
        value_from = 1;
    }
    for (size_t k = value_from; k < rc.own.size(); ++k) {
        std::string v = tidy_cell_text(row.cells[static_cast<size_t>(rc.own[k])].text);
        out.value += (out.value.empty() ? "" : "\n") + v;
    }
    return out;
}

void ActionContext::add(const LabelRow& row, std::vector<Recommendation>& plan_recommendations) {
    if (row.role == ContextRole::section) return;
    if (used_ && !row.continued) clear();
    narrowed_entry_ = nullptr;  // entries_ may move
    std::string folded = fold_for_match(row.label);
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.folded == folded; });
    if (it == entries_.end()) {
        entries_.push_back({row.role, row.label, folded, "", {}});
        it = entries_.end() - 1;
    } else if (!row.continued) {
        *it = {row.role, row.label, folded, "", {}};
    }
    if (!row.value.empty()) it->value += (it->value.empty() ? "" : "\n") + row.value;
    if (it->role == ContextRole::recommendations) read_numbers(*it, plan_recommendations);
}

// '6) Undertake …' lines, or 'Recommendations 2 and 4': numbers (and texts) of the plan's
// recommendations. A value naming none is kept as an extra field instead.
void ActionContext::read_numbers(Entry& e, std::vector<Recommendation>& plan_recommendations) {
    e.items = numbered_items(e.value);
    for (const auto& [n, text] : e.items) note_recommendation(plan_recommendations, n, text);
    if (e.items.empty()) {
        for (const std::string& n : recommendation_numbers(e.value)) {
            e.items.emplace_back(n, "");
            note_recommendation(plan_recommendations, n, "");
        }
    }
    narrowed_entry_ = nullptr;
}

namespace {

// A commitment restates a recommendation when this share of its words is in it, and clearly
// more than in the others.
constexpr double kRestates = 0.35;
constexpr double kClearlyMore = 1.5;

}  // namespace

// The recommendations the commitment restates, when it plainly restates some; else all of them.
const std::vector<std::string>& ActionContext::numbers_for(const Entry& e, const std::string& commitment) {
    if (narrowed_entry_ == &e && narrowed_for_ == commitment) return narrowed_;
    narrowed_entry_ = &e;
    narrowed_for_ = commitment;
    narrowed_.clear();
    std::vector<double> share;
    for (const auto& item : e.items) share.push_back(commitment.empty() || item.second.empty() ? 0 : shared_word_share(commitment, item.second));
    double best = share.empty() ? 0 : *std::max_element(share.begin(), share.end());
    double others = 0;  // the best share among recommendations that are not picked
    for (double v : share)
        if (v < best / kClearlyMore) others = std::max(others, v);
    bool narrow = e.items.size() > 1 && best >= kRestates && best >= kClearlyMore * others;
    for (size_t i = 0; i < e.items.size(); ++i)
        if (!narrow || share[i] >= best / kClearlyMore) narrowed_.push_back(e.items[i].first);
    return narrowed_;
}

void ActionContext::apply(Action& a, const std::string& commitment) {
    used_ = true;
    for (const Entry& e : entries_) {
        if (e.value.empty()) continue;
        switch (e.role) {
            case ContextRole::recommendations:
                for (const std::string& n : numbers_for(e, commitment))
                    if (std::find(a.recommendations.begin(), a.recommendations.end(), n) == a.recommendations.end())
                        a.recommendations.push_back(n);
                if (!e.items.empty()) break;
                [[fallthrough]];  // no numbers: nothing is lost, the text is kept
            case ContextRole::extra:
                a.extra.emplace_back(e.label, e.value);
                break;
            case ContextRole::measure:
                if (a.measure.empty()) a.measure = e.value;
                else a.extra.emplace_back(e.label, e.value);
                break;
            case ContextRole::owner:
                if (a.owner.empty()) a.owner = e.value;
                else a.extra.emplace_back(e.label, e.value);
                break;
            case ContextRole::section:
                break;
        }
    }
}

}  // namespace planbridge
