#include "model/action_key.hpp"

#include <algorithm>
#include <utility>

#include "support/strings.hpp"

namespace planbridge {

// Copies of one hash are numbered in document order: 'a…', 'a…-2', 'a…-3'. Counted in an
// open-addressing table of (hash, copies so far), kept at most half full.
ActionKeyMaker::ActionKeyMaker(size_t expected) {
    size_t size = 16;
    while (size < 2 * expected) size *= 2;
    first_with_.assign(size, 0);
    hashes_.reserve(expected);
    copies_.reserve(expected);
}

namespace {
size_t slot_of(uint64_t h, size_t size) { return static_cast<size_t>(h * 0x9E3779B97F4A7C15ull >> 20) & (size - 1); }
}  // namespace

void ActionKeyMaker::grow() {
    std::vector<uint32_t> bigger(first_with_.size() * 2, 0);
    for (uint32_t first : first_with_) {
        if (first == 0) continue;
        size_t s = slot_of(hashes_[first - 1], bigger.size());
        while (bigger[s] != 0) s = (s + 1) & (bigger.size() - 1);
        bigger[s] = first;
    }
    first_with_ = std::move(bigger);
}

std::string ActionKeyMaker::next(const KeyInput& action) {
    if (2 * (hashes_.size() + 1) > first_with_.size()) grow();
    Fnv1a f;
    f.add(action.section_hash);
    f.add(action.id);
    f.add(action.text_hash);
    uint64_t h = f.h & 0xffffffffffffull;
    size_t i = hashes_.size();
    hashes_.push_back(h);
    copies_.push_back(0);
    size_t size = first_with_.size();
    size_t s = slot_of(h, size);
    while (first_with_[s] != 0 && hashes_[first_with_[s] - 1] != h) s = (s + 1) & (size - 1);
    if (first_with_[s] == 0) first_with_[s] = static_cast<uint32_t>(i + 1);
    int copy = ++copies_[first_with_[s] - 1];
    static const char digits[] = "0123456789abcdef";
    std::string key(13, 'a');
    for (int d = 0; d < 12; ++d) key[static_cast<size_t>(12 - d)] = digits[(h >> (4 * d)) & 0xf];
    if (copy > 1) key += "-" + std::to_string(copy);
    return key;
}

std::vector<std::string> action_keys(const std::vector<KeyInput>& actions) {
    ActionKeyMaker maker(actions.size());
    std::vector<std::string> keys;
    keys.reserve(actions.size());
    for (const KeyInput& a : actions) keys.push_back(maker.next(a));
    return keys;
}

}  // namespace planbridge
