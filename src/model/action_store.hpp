// A plan's actions kept compactly: each action's fields written one after another as bytes in
// large blocks, made back into an Action one at a time when read. An Action is 392 bytes before
// its text; stored, an action takes its text plus a few bytes a field. import keeps what it
// reads this way (a sheet of a million rows would otherwise need over 400 MB of Actions), and
// its writers read them back in order (PlanActions).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/plan.hpp"
#include "model/section_paths.hpp"

namespace planbridge {

class ActionStore {
public:
    ActionStore() = default;
    ActionStore(ActionStore&&) = default;
    ActionStore& operator=(ActionStore&&) = default;

    void reserve(size_t actions) { entries_.reserve(actions); }
    // grid: the sheet or table it came from (actions of one grid come in order, grids in any
    // order). text_hash: folded_hash of its action text, for its key.
    void add(const Action& a, uint64_t text_hash, int grid);
    void clear();
    void remove_grid(int grid);  // its bytes stay until the store goes
    // After the last action: grids in document order, the sections of the grids named here
    // started with their names, and the keys worked out (a key the action came with is kept).
    size_t finish(const std::vector<std::pair<int, std::string>>& section_prefixes);

    size_t size() const { return entries_.size(); }
    // Action i made afresh into 'out' (its strings' memory reused).
    void get(size_t i, Action& out) const;

private:
    struct Entry {
        uint64_t at = 0;         // block << 32 | offset of its record
        uint64_t text_hash = 0;  // folded_hash of the action text (for the key)
        uint32_t section = 0;    // in sections_
        int32_t grid = 0;
        uint64_t key_at = kNoKey;  // where its key is, once made; kNoKey: the record's own
    };
    static constexpr uint64_t kNoKey = ~uint64_t{0};

    uint64_t store(std::string_view bytes);
    std::string_view bytes_at(uint64_t at) const;
    uint32_t place_id(const Origin& o);
    void assign_keys();

    static constexpr size_t kBlock = 1 << 20;
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::vector<size_t> block_sizes_;  // bytes used in each block
    std::vector<Entry> entries_;
    std::string record_;  // the record being written (reused)
    SectionPaths sections_;
    std::vector<std::pair<SharedText, SharedText>> places_;  // origin file and sheet
};

// A plan as the writers take it: its own fields, and its actions — in plan.actions, or in a
// store when the reader handed them there (the plan then holds none).
struct PlanActions {
    const Plan* plan = nullptr;
    const ActionStore* store = nullptr;

    size_t size() const { return store ? store->size() : plan->actions.size(); }
    // Calls f(const Action&) for each action in order.
    template <class F>
    void each(F&& f) const {
        if (!store) {
            for (const Action& a : plan->actions) f(a);
            return;
        }
        Action a;
        for (size_t i = 0; i < store->size(); ++i) {
            store->get(i, a);
            f(static_cast<const Action&>(a));
        }
    }
};

std::vector<PlanActions> actions_of(const std::vector<Plan>& plans);  // each plan's own

}  // namespace planbridge
