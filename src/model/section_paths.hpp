// The section paths of a plan's actions, each held once and numbered (most actions share their
// neighbour's), with its FoldedPathHash; and the two steps every keeper of actions handed over
// one at a time takes when the last has come (reconcile's Version, import's ActionStore).
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace planbridge {

class SectionPaths {
public:
    uint32_t id(const std::vector<std::string>& path);
    // Valid, at the same address, while this lives.
    const std::vector<std::string>& path(uint32_t id) const { return *paths_[id]; }
    uint64_t hash(uint32_t id) const { return hashes_[id]; }

    // Each record of a grid named here (r.grid, r.section) gets a section that starts with the
    // name: a workbook with plan tables on several sheets.
    template <class Records>
    void prefix(Records& records, const std::vector<std::pair<int, std::string>>& grid_names) {
        for (const auto& [grid, name] : grid_names) {
            std::unordered_map<uint32_t, uint32_t> prefixed;  // section id → the id of name + that path
            for (auto& r : records) {
                if (r.grid != grid) continue;
                auto it = prefixed.find(r.section);
                if (it == prefixed.end()) {
                    std::vector<std::string> with_name = path(r.section);
                    with_name.insert(with_name.begin(), name);
                    it = prefixed.emplace(r.section, id(with_name)).first;
                }
                r.section = it->second;
            }
        }
    }

private:
    std::vector<std::unique_ptr<const std::vector<std::string>>> paths_;  // stable addresses
    std::vector<uint64_t> hashes_;
    std::unordered_map<std::string, uint32_t> ids_;  // by the joined path
    uint32_t last_ = 0;
};

// Records (r.grid) in document order: a big sheet built while it was read comes before the
// small ones built after it; each grid's records keep their order.
template <class Records>
void put_in_grid_order(Records& records) {
    auto by_grid = [](const auto& a, const auto& b) { return a.grid < b.grid; };
    if (!std::is_sorted(records.begin(), records.end(), by_grid)) std::stable_sort(records.begin(), records.end(), by_grid);
}

}  // namespace planbridge
