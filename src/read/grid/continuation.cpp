#include "read/grid/continuation.hpp"

#include <algorithm>

#include "model/fields.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

void append_text(std::string& to, const std::string& more) {
    if (more.empty()) return;
    to += (to.empty() ? "" : "\n") + more;
}

}  // namespace

void merge_continuation(Action& into, const Action& from) {
    each_text_field([&](const FieldInfo& f) {
        if (f.field != Field::id && f.field != Field::action) append_text(*text_of(into, f.field), *text_of(from, f.field));
    });
    if (!from.due.text.empty() && from.due.text != into.due.text) {
        // 'End Sept' + '2017' split over two rows: read the joined text again.
        into.due.text = collapse_space(into.due.text + " " + from.due.text);
    }
    for (const auto& e : from.extra) {
        auto it = std::find_if(into.extra.begin(), into.extra.end(), [&](const auto& x) { return x.first == e.first; });
        if (it == into.extra.end()) into.extra.push_back(e);
        else if (it->second != e.second) append_text(it->second, e.second);
    }
}

void inherit_reference(Action& a, const Action& previous, bool table_has_reference_column) {
    if (!table_has_reference_column || previous.section != a.section) return;
    a.id = previous.id;
    if (a.recommendations.empty()) a.recommendations = previous.recommendations;
}

namespace {

// '1a' → '1', '12b' → '12': an item's number without its letter; '' when the reference has
// no letter after a number.
std::string_view item_number(std::string_view id) {
    if (id.size() < 2) return {};
    char last = id.back();
    bool letter = (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z');
    char before = id[id.size() - 2];
    return letter && before >= '0' && before <= '9' ? id.substr(0, id.size() - 1) : std::string_view();
}

}  // namespace

bool same_item(const Action& a, const Action& previous, bool had_own_id) {
    if (a.section != previous.section) return false;
    if (!had_own_id) return true;
    std::string_view n = item_number(a.id);
    return !n.empty() && n == item_number(previous.id);
}

void fill_merged_blanks(Action& a, const Action& previous) {
    if (a.owner.empty()) a.owner = previous.owner;
    if (a.recommendations.empty()) a.recommendations = previous.recommendations;
}

}  // namespace planbridge
