// Fuzz target: word/document.xml of a small Word package (tables, spans, merges, shading,
// tracked changes, fields, nesting).
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = planbridge::fuzz::document_parts();
    planbridge::fuzz::replace_part(parts, "word/document.xml", planbridge::fuzz::as_text(data, size));
    planbridge::fuzz::import_quietly(planbridge::fuzz::write_package("document.docx", parts));
    return 0;
}
