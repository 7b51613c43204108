// Fuzz target: xl/styles.xml of a small workbook whose cells use styles 0-5 and a conditional
// format's dxf 0 (fills, theme tints, number formats, fonts).
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = planbridge::fuzz::workbook_parts();
    planbridge::fuzz::replace_part(parts, "xl/styles.xml", planbridge::fuzz::as_text(data, size));
    planbridge::fuzz::import_quietly(planbridge::fuzz::write_package("styles.xlsx", parts));
    return 0;
}
