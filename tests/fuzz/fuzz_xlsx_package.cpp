// Fuzz target: a whole file as planbridge import meets it: the format sniffed, the zip opened and
// its parts followed (xlsx or docx), the plan built. Seeds are whole workbooks and documents.
// Inputs that are not zips are skipped: an OLE file would be handed to LibreOffice.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 4 || data[0] != 'P' || data[1] != 'K') return 0;
    planbridge::fuzz::import_quietly(planbridge::fuzz::write_scratch("input.xlsx", planbridge::fuzz::as_text(data, size)));
    return 0;
}
