// What one input file may become once read (docs/security.md): every cell a reader makes, empty
// or not, and every byte of text it puts in one are counted as they are made, against a budget
// proportional to the file's size. A small file that would become gigabytes (cells spanning
// thousands of rows, one long shared string in every cell) stops at the budget with a one-line
// error (ErrorKind::too_large, exit 19) instead of taking the machine's memory and minutes.
// Row and column numbers past Excel's last (1,048,576 and 16,384) are refused the same way.
// Shared by every reader; safe to charge from several threads (a big sheet's cells are made on
// a worker).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace planbridge {

class ExpansionBudget {
public:
    static constexpr uint64_t kPerInputByte = 64;      // budget bytes for each byte of the file
    static constexpr uint64_t kFloor = 16ull << 20;    // however small the file
    static constexpr uint64_t kCap = 2ull << 30;       // however large
    static constexpr uint64_t kCellBytes = 64;         // what a cell counts for besides its text (about its size in memory)
    static constexpr int64_t kMaxRows = 1048576;       // Excel's last row
    static constexpr int64_t kMaxColumns = 16384;      // Excel's last column (XFD)
    static constexpr uint64_t kMaxCellText = 1u << 20; // Excel's cells hold 32,767 characters: 1 MB is no cell

    // file: as messages name it; input_bytes: the file's size on disk.
    ExpansionBudget(std::string file, uint64_t input_bytes);
    // The budget of the file at path (its size; a file that cannot be stat'ed gets the floor).
    static ExpansionBudget for_path(const std::string& path, std::string file);

    // Counts 'count' cells made and 'text_bytes' of text put in them; throws PlanError(too_large)
    // naming the place ("sheet 'Plan'", "table 2") once the budget is spent. place: a string,
    // or a function giving one, called only then (these run for every cell).
    template <class Place>
    void charge(uint64_t count, uint64_t text_bytes, const Place& place) {
        uint64_t add = count * kCellBytes + text_bytes;
        if (used_.fetch_add(add, std::memory_order_relaxed) + add > limit_) exceeded(name_of(place));
    }
    template <class Place>
    void charge_text(uint64_t bytes, const Place& place) { charge(0, bytes, place); }

    // Throw PlanError(too_large) for a 1-based row or column number past Excel's limits, and for
    // one cell's text past kMaxCellText (checked as it grows, before the cell is made).
    template <class Place>
    void check_row(int64_t row, const Place& place) const {
        if (row > kMaxRows) row_too_far(row, name_of(place));
    }
    template <class Place>
    void check_column(int64_t column, const Place& place) const {
        if (column > kMaxColumns) column_too_far(column, name_of(place));
    }
    template <class Place>
    void check_cell_text(uint64_t bytes, const Place& place) const {
        if (bytes > kMaxCellText) cell_text_too_long(name_of(place));
    }

    uint64_t used() const { return used_.load(std::memory_order_relaxed); }
    uint64_t limit() const { return limit_; }
    // Back to an earlier used(): a sheet read again whole after a streamed try counts once.
    void rewind(uint64_t used) { used_.store(used, std::memory_order_relaxed); }

private:
    template <class Place>
    static std::string name_of(const Place& place) {
        if constexpr (std::is_invocable_v<const Place&>) return std::string(place());
        else return std::string(place);
    }
    [[noreturn]] void exceeded(const std::string& place) const;
    [[noreturn]] void cell_text_too_long(const std::string& place) const;
    [[noreturn]] void row_too_far(int64_t row, const std::string& place) const;
    [[noreturn]] void column_too_far(int64_t column, const std::string& place) const;
    std::string file_;
    uint64_t input_bytes_;
    uint64_t limit_;
    std::atomic<uint64_t> used_{0};
};

}  // namespace planbridge
