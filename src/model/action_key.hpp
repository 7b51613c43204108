// An action's key (docs/model.md): a hash of its folded section path, reference and action
// text, with a counter for identical actions ('…-2', '…-3' in document order). Worked out once
// all of a plan's actions are known — by the plan builder, or by whoever took them one by one.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

struct KeyInput {
    uint64_t section_hash;  // FoldedPathHash of the section path
    std::string_view id;
    uint64_t text_hash;     // folded_hash of the action text
};

// One key for each input, in order.
std::vector<std::string> action_keys(const std::vector<KeyInput>& actions);

}  // namespace planbridge
