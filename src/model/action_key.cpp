#include "model/action_key.hpp"

#include <algorithm>
#include <utility>

#include "support/strings.hpp"

namespace planbridge {

std::vector<std::string> action_keys(const std::vector<KeyInput>& actions) {
    // Copies of one hash are numbered in document order: 'a…', 'a…-2', 'a…-3'. Counted in an
    // open-addressing table of (hash, copies so far), one pass in order.
    size_t size = 16;
    while (size < 2 * actions.size()) size *= 2;
    std::vector<uint32_t> first_with(size, 0);  // 1 + the first action with the slot's hash; 0: empty
    std::vector<uint64_t> hashes(actions.size());
    std::vector<int> copies(actions.size(), 0);  // at the first action with each hash
    std::vector<std::string> keys(actions.size());
    for (size_t i = 0; i < actions.size(); ++i) {
        Fnv1a f;
        f.add(actions[i].section_hash);
        f.add(actions[i].id);
        f.add(actions[i].text_hash);
        uint64_t h = hashes[i] = f.h & 0xffffffffffffull;
        size_t s = static_cast<size_t>(h * 0x9E3779B97F4A7C15ull >> 20) & (size - 1);
        while (first_with[s] != 0 && hashes[first_with[s] - 1] != h) s = (s + 1) & (size - 1);
        if (first_with[s] == 0) first_with[s] = static_cast<uint32_t>(i + 1);
        int copy = ++copies[first_with[s] - 1];
        static const char digits[] = "0123456789abcdef";
        std::string key(13, 'a');
        for (int d = 0; d < 12; ++d) key[static_cast<size_t>(12 - d)] = digits[(h >> (4 * d)) & 0xf];
        if (copy > 1) key += "-" + std::to_string(copy);
        keys[i] = std::move(key);
    }
    return keys;
}

}  // namespace planbridge
