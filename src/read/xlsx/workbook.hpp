// xl/workbook.xml, its relationships, and xl/sharedStrings.xml.
#pragma once
#include <atomic>
#include <exception>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "read/grid/expansion_budget.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::xlsx {

struct SheetEntry {
    std::string name;
    std::string part;   // package path of the worksheet, '' when it is not a worksheet
    std::string state;  // 'visible', 'hidden', 'veryHidden'
    std::string kind;   // relationship type: 'worksheet', 'chartsheet', …
};

struct Workbook {
    std::vector<SheetEntry> sheets;  // in workbook order
    bool date1904 = false;
    std::string shared_strings_part;  // '' when absent
    std::string styles_part;
    std::string theme_part;
};

Workbook read_workbook(ZipArchive& zip, const std::string& workbook_part);
// Shared strings: rich-text runs joined, phonetic runs (rPh) skipped, _xHHHH_ decoded; each one
// counted against the workbook's budget as it is read (and each cell that uses one again).
std::vector<std::string> read_shared_strings(ZipArchive& zip, const std::string& part, ExpansionBudget& budget);

// The shared strings, read on a thread of their own (from a second handle on the zip: libzip's
// handles are not shared between threads) while the first sheet is parsed: cells need them only
// when they become text. get() waits for them and rethrows what reading them threw.
class SharedStrings {
public:
    SharedStrings() = default;  // a workbook without shared strings
    // budget must outlive this (its thread counts against it).
    SharedStrings(const std::string& path, const std::string& display, const std::string& part, ExpansionBudget& budget);
    ~SharedStrings();
    SharedStrings(const SharedStrings&) = delete;
    SharedStrings& operator=(const SharedStrings&) = delete;

    const std::vector<std::string>& get() const;

private:
    mutable std::future<std::vector<std::string>> pending_;
    mutable std::mutex mutex_;
    mutable std::vector<std::string> strings_;
    mutable std::exception_ptr failure_;
    mutable std::atomic<bool> ready_{false};
};

}  // namespace planbridge::xlsx
