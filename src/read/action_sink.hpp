// Where a reader hands its actions when the caller keeps only part of each (a diff keeps what
// it compares: reconcile/version.hpp). Each action is handed over as soon as it is final — all
// but a table's latest, which a continuation row may still amend — so the whole list of
// Actions is never held. Readers know only this interface, nothing of who implements it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/action_store.hpp"
#include "model/plan.hpp"

namespace planbridge {

class ActionSink {
public:
    virtual ~ActionSink() = default;
    // About this many actions are coming (a hint: room can be made once).
    virtual void expect(size_t /*actions*/) {}
    // grid: the sheet or table's index in the document. Actions of one grid come in order,
    // but grids may come out of order (a big sheet is built while it is read, small ones after).
    // text_hash: folded_hash of the action text (for the key).
    virtual void take(Action&& action, uint64_t text_hash, int grid) = 0;
    // Throw away what was taken: the file is being read again.
    virtual void clear() = 0;
    // Throw away what was taken from one grid: a big sheet that began to be built while it
    // was read turned out to need reading whole (merged cells at its end), and is read again.
    virtual void forget_grid(int grid) = 0;
    // After the last action: put the grids in document order, start the sections of the grids
    // named here with their names (a workbook with plan tables on several sheets), and work
    // out the keys. Returns how many actions were taken.
    virtual size_t finish(const std::vector<std::pair<int, std::string>>& section_prefixes) = 0;
};

// Keeps every action, compactly (model/action_store.hpp): what import does with what it reads.
class StoreSink final : public ActionSink {
public:
    explicit StoreSink(ActionStore& store) : store_(store) {}
    void expect(size_t actions) override { store_.reserve(actions); }
    void take(Action&& action, uint64_t text_hash, int grid) override { store_.add(action, text_hash, grid); }
    void clear() override { store_.clear(); }
    void forget_grid(int grid) override { store_.remove_grid(grid); }
    size_t finish(const std::vector<std::pair<int, std::string>>& section_prefixes) override { return store_.finish(section_prefixes); }

private:
    ActionStore& store_;
};

}  // namespace planbridge
