// Fuzz target: xl/sharedStrings.xml of a small workbook whose cells use strings 0-14.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = planbridge::fuzz::workbook_parts();
    planbridge::fuzz::replace_part(parts, "xl/sharedStrings.xml", planbridge::fuzz::as_text(data, size));
    planbridge::fuzz::import_quietly(planbridge::fuzz::write_package("strings.xlsx", parts));
    return 0;
}
