#include "reconcile/version.hpp"

#include <algorithm>
#include <cstring>

#include "model/action_key.hpp"
#include "support/strings.hpp"

namespace planbridge {

std::string_view Version::Arena::store(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > kBlock / 4) {  // a long text gets a block of its own (before the current one)
        auto own = std::unique_ptr<char[]>(new char[text.size()]);
        std::memcpy(own.get(), text.data(), text.size());
        std::string_view out(own.get(), text.size());
        blocks_.insert(blocks_.end() - (blocks_.empty() ? 0 : 1), std::move(own));
        return out;
    }
    if (used_ + text.size() > kBlock) {
        blocks_.push_back(std::unique_ptr<char[]>(new char[kBlock]));  // not zeroed: every byte used is written first
        used_ = 0;
    }
    char* at = blocks_.back().get() + used_;
    std::memcpy(at, text.data(), text.size());
    used_ += text.size();
    return {at, text.size()};
}

void Version::add(const Action& a) { add(a, folded_hash(a.action)); }

void Version::add(const Action& a, uint64_t text_hash) {
    Record r;
    r.text_hash = text_hash;
    r.text[0] = arena_.store(a.key);
    for (const FieldInfo& f : kFields)
        if (kept_as_text(f))
            r.text[static_cast<size_t>(kTextSlot[field_index(f.field)])] = arena_.store(f.kind == FieldKind::due ? a.due.text : *text_of(a, f.field));
    r.section = sections_.id(a.section);
    r.has_due_end = a.due.end.has_value();
    if (a.due.end) r.due_end = *a.due.end;
    r.status = a.status;
    records_.push_back(r);
}

void Version::take(Action&& action, uint64_t text_hash, int grid) {
    add(action, text_hash);
    records_.back().grid = grid;
}

void Version::clear() {
    records_.clear();
    arena_ = Arena();
    sections_ = SectionPaths();
}

void Version::forget_grid(int grid) {
    records_.erase(std::remove_if(records_.begin(), records_.end(), [grid](const Record& r) { return r.grid == grid; }), records_.end());
}

size_t Version::finish(const std::vector<std::pair<int, std::string>>& section_prefixes) {
    put_in_grid_order(records_);
    sections_.prefix(records_, section_prefixes);
    assign_keys();
    return records_.size();
}

void Version::assign_keys() {
    ActionKeyMaker keys(records_.size());
    // An action that came with its key (read back from a board workbook's records) keeps it: a
    // key is the action's identity across versions, even once its text has been edited. (Its
    // made key is still counted, so the copies after it are numbered as in the plan.)
    for (Record& r : records_) {
        std::string key = keys.next({sections_.hash(r.section), r.text[static_cast<size_t>(kTextSlot[field_index(Field::id)])], r.text_hash});
        if (r.text[0].empty()) r.text[0] = arena_.store(key);
    }
}

Version Version::of(const Plan& plan) {
    Version v;
    v.title = plan.title;
    v.source_file = plan.source_file;
    v.as_of = plan.as_of;
    v.reserve(plan.actions.size());
    for (const Action& a : plan.actions) v.add(a);
    return v;
}

ActionView Version::operator[](size_t i) const {
    const Record& r = records_[i];
    ActionView v;
    v.key = r.text[0];
    v.texts = r.text;
    if (r.has_due_end) v.due_end = r.due_end;
    v.status = r.status;
    v.section = &sections_.path(r.section);
    return v;
}

bool same_section(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    for (const std::string& s : shorter)
        if (std::none_of(longer.begin(), longer.end(), [&](const std::string& l) { return same_folded(s, l); })) return false;
    return true;
}

}  // namespace planbridge
