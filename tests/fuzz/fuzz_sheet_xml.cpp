// Fuzz target: xl/worksheets/sheet1.xml of a small workbook (fuzz_input.cpp), read whole and
// again streamed (the sheet built on a worker thread while it is read).
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = planbridge::fuzz::workbook_parts();
    planbridge::fuzz::replace_part(parts, "xl/worksheets/sheet1.xml", planbridge::fuzz::as_text(data, size));
    std::string path = planbridge::fuzz::write_package("sheet.xlsx", parts);
    planbridge::fuzz::import_quietly(path);
    planbridge::fuzz::import_quietly(path, /*stream=*/true);
    return 0;
}
