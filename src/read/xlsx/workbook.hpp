// xl/workbook.xml, its relationships, and xl/sharedStrings.xml.
#pragma once
#include <string>
#include <vector>

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
// Shared strings: rich-text runs joined, phonetic runs (rPh) skipped, _xHHHH_ decoded.
std::vector<std::string> read_shared_strings(ZipArchive& zip, const std::string& part);

}  // namespace planbridge::xlsx
