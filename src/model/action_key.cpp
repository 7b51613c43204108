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
    std::vector<std::pair<uint64_t, int>> seen(size, {0, 0});  // a count of 0: an empty slot
    std::vector<std::string> keys(actions.size());
    for (size_t i = 0; i < actions.size(); ++i) {
        Fnv1a f;
        f.add(actions[i].section_hash);
        f.add(actions[i].id);
        f.add(actions[i].text_hash);
        uint64_t h = f.h & 0xffffffffffffull;
        size_t s = static_cast<size_t>(h * 0x9E3779B97F4A7C15ull >> 20) & (size - 1);
        while (seen[s].second > 0 && seen[s].first != h) s = (s + 1) & (size - 1);
        seen[s].first = h;
        int copy = ++seen[s].second;
        static const char digits[] = "0123456789abcdef";
        std::string key(13, 'a');
        for (int d = 0; d < 12; ++d) key[static_cast<size_t>(12 - d)] = digits[(h >> (4 * d)) & 0xf];
        if (copy > 1) key += "-" + std::to_string(copy);
        keys[i] = std::move(key);
    }
    return keys;
}

}  // namespace planbridge
