#include "model/action_key.hpp"

#include <algorithm>
#include <utility>

#include "support/strings.hpp"

namespace planbridge {

std::vector<std::string> action_keys(const std::vector<KeyInput>& actions) {
    std::vector<std::pair<uint64_t, uint32_t>> hashes;  // hash, action index
    hashes.reserve(actions.size());
    for (size_t i = 0; i < actions.size(); ++i) {
        Fnv1a f;
        f.add(actions[i].section_hash);
        f.add(actions[i].id);
        f.add(actions[i].text_hash);
        hashes.emplace_back(f.h & 0xffffffffffffull, static_cast<uint32_t>(i));
    }
    std::vector<int> copy_number(actions.size(), 1);
    std::sort(hashes.begin(), hashes.end());
    for (size_t i = 1; i < hashes.size(); ++i)
        if (hashes[i].first == hashes[i - 1].first) copy_number[hashes[i].second] = copy_number[hashes[i - 1].second] + 1;
    std::vector<std::string> keys(actions.size());
    for (const auto& [h, i] : hashes) {
        static const char digits[] = "0123456789abcdef";
        std::string key(13, 'a');
        for (int d = 0; d < 12; ++d) key[static_cast<size_t>(12 - d)] = digits[(h >> (4 * d)) & 0xf];
        if (copy_number[i] > 1) key += "-" + std::to_string(copy_number[i]);
        keys[i] = std::move(key);
    }
    return keys;
}

}  // namespace planbridge
