#include "reconcile/version.hpp"

#include <cstring>

namespace planbridge {

std::string_view Version::Arena::store(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > kBlock / 4) {  // a long text gets a block of its own (before the current one)
        auto own = std::make_unique<char[]>(text.size());
        std::memcpy(own.get(), text.data(), text.size());
        std::string_view out(own.get(), text.size());
        blocks_.insert(blocks_.end() - (blocks_.empty() ? 0 : 1), std::move(own));
        return out;
    }
    if (used_ + text.size() > kBlock) {
        blocks_.push_back(std::make_unique<char[]>(kBlock));
        used_ = 0;
    }
    char* at = blocks_.back().get() + used_;
    std::memcpy(at, text.data(), text.size());
    used_ += text.size();
    return {at, text.size()};
}

uint32_t Version::section_id(const std::vector<std::string>& path) {
    std::string joined;
    for (const std::string& s : path) (joined += s) += '\x1f';
    auto [it, added] = section_ids_.try_emplace(std::move(joined), static_cast<uint32_t>(sections_.size()));
    if (added) sections_.push_back(std::make_unique<const std::vector<std::string>>(path));
    return it->second;
}

void Version::add(const Action& a) {
    Record r;
    r.text[kKey] = arena_.store(a.key);
    r.text[kId] = arena_.store(a.id);
    r.text[kAction] = arena_.store(a.action);
    r.text[kOwner] = arena_.store(a.owner);
    r.text[kProgress] = arena_.store(a.progress);
    r.text[kDueText] = arena_.store(a.due.text);
    r.section = section_id(a.section);
    r.has_due_end = a.due.end.has_value();
    if (a.due.end) r.due_end = *a.due.end;
    r.status = a.status;
    records_.push_back(r);
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
    v.key = r.text[kKey];
    v.id = r.text[kId];
    v.action = r.text[kAction];
    v.owner = r.text[kOwner];
    v.progress = r.text[kProgress];
    v.due_text = r.text[kDueText];
    if (r.has_due_end) v.due_end = r.due_end;
    v.status = r.status;
    v.section = sections_[r.section].get();
    return v;
}

}  // namespace planbridge
