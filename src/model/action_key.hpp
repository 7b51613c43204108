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

// Keys one at a time, in document order, for a plan of about 'expected' actions (more is
// allowed: the table grows): nothing per action is held but its hash and a count.
class ActionKeyMaker {
public:
    explicit ActionKeyMaker(size_t expected);
    std::string next(const KeyInput& action);

private:
    void grow();
    std::vector<uint32_t> first_with_;  // 1 + the first action with the slot's hash; 0: empty
    std::vector<uint64_t> hashes_;      // of every action so far
    std::vector<int> copies_;           // at the first action with each hash
};

// One key for each input, in order.
std::vector<std::string> action_keys(const std::vector<KeyInput>& actions);

}  // namespace planbridge
