// One version of a plan as reconcile reads it: for each action, the fields that are compared
// and shown, their text kept in the blocks of one arena. A 50,000-action plan takes ~12 MB
// this way where whole Actions take ~35 MB, and a diff holds two of them (docs/reconcile.md).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/fields.hpp"
#include "model/plan.hpp"
#include "model/section_paths.hpp"
#include "read/action_sink.hpp"

namespace planbridge {

// The fields of the model's table that reconcile compares and holds as text (a due date's text
// as written, beside its last day), each in a slot of its own; slot 0 is the key.
constexpr bool kept_as_text(const FieldInfo& f) { return f.compared && (f.kind == FieldKind::text || f.kind == FieldKind::due); }
inline constexpr std::array<int, kFieldCount> kTextSlot = [] {
    std::array<int, kFieldCount> slot{};
    int next = 1;
    for (size_t i = 0; i < kFields.size(); ++i) slot[i] = kept_as_text(kFields[i]) ? next++ : -1;
    slot[field_index(Field::extra)] = -1;
    return slot;
}();
inline constexpr size_t kTextSlots = [] {
    size_t n = 1;
    for (const FieldInfo& f : kFields) n += kept_as_text(f);
    return n;
}();

// An action as reconcile sees it: views into its Version, valid while the Version lives.
struct ActionView {
    std::string_view key;
    std::array<std::string_view, kTextSlots> texts;  // by kTextSlot
    std::optional<Date> due_end;
    Status status = Status::unknown;
    const std::vector<std::string>* section = nullptr;  // enclosing headings, never null

    // A field's text: v[Field::action]; the due date's text as written. Empty for a field not kept.
    std::string_view operator[](Field f) const {
        int slot = kTextSlot[field_index(f)];
        return slot < 0 ? std::string_view() : texts[static_cast<size_t>(slot)];
    }
};

// The same place in the plan, even when one layout names it more finely than the other: every
// heading of the shorter path is in the longer one ('A: …' and 'A: … › We will …' are one place;
// a Word plan adds the commitment, a workbook of several sheets the sheet's name).
bool same_section(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Made from a Plan (Version::of), or given to import_file as its sink so that the reader hands
// each action over as it is made and the whole Plan never exists (what diff does).
class Version : public ActionSink {
public:
    std::string title, source_file;
    std::optional<Date> as_of;

    Version() = default;
    Version(Version&&) = default;
    Version& operator=(Version&&) = default;
    Version(const Version&) = delete;  // views point into it
    Version& operator=(const Version&) = delete;

    static Version of(const Plan& plan);
    void add(const Action& a);  // its text hash worked out here

    // ActionSink: as a reader makes the actions (keys are worked out in finish).
    void expect(size_t actions) override { reserve(actions); }
    void take(Action&& action, uint64_t text_hash, int grid) override;
    void clear() override;
    void forget_grid(int grid) override;  // its text stays in the arena until the version goes
    size_t finish(const std::vector<std::pair<int, std::string>>& section_prefixes) override;
    void reserve(size_t actions) { records_.reserve(actions); }
    size_t size() const { return records_.size(); }
    ActionView operator[](size_t i) const;
    std::string_view key(size_t i) const { return records_[i].text[0]; }
    uint64_t text_hash(size_t i) const { return records_[i].text_hash; }  // folded_hash(action)
    // FoldedPathHash of the action's section path (worked out once for each section).
    uint64_t section_hash(size_t i) const { return sections_.hash(records_[i].section); }

private:
    struct Record {
        std::array<std::string_view, kTextSlots> text;  // the key, then by kTextSlot
        uint32_t section = 0;
        Date due_end;
        bool has_due_end = false;
        Status status = Status::unknown;
        int grid = 0;            // taken: the grid it came from
        uint64_t text_hash = 0;  // folded_hash of the action text: for its key, and for matching
    };
    // Text in blocks that never move, so views into them stay valid as more is added.
    class Arena {
    public:
        std::string_view store(std::string_view text);

    private:
        static constexpr size_t kBlock = 256 * 1024;
        std::vector<std::unique_ptr<char[]>> blocks_;
        size_t used_ = kBlock;  // in the last block: full before the first
    };

    void add(const Action& a, uint64_t text_hash);
    void assign_keys();

    std::vector<Record> records_;
    Arena arena_;
    SectionPaths sections_;
};

}  // namespace planbridge
