#include "model/section_paths.hpp"

#include "model/action_key.hpp"
#include "support/strings.hpp"

namespace planbridge {

uint32_t SectionPaths::id(const std::vector<std::string>& path) {
    if (!paths_.empty() && *paths_[last_] == path) return last_;  // most actions share their neighbour's
    std::string joined;
    for (const std::string& s : path) (joined += s) += '\x1f';
    auto [it, added] = ids_.try_emplace(std::move(joined), static_cast<uint32_t>(paths_.size()));
    if (added) {
        paths_.push_back(std::make_unique<const std::vector<std::string>>(path));
        hashes_.push_back(FoldedPathHash()(path));
    }
    return last_ = it->second;
}

}  // namespace planbridge
