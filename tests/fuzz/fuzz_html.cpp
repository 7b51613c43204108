// Fuzz target: an HTML page's bytes, read by the HTML reader (libxml2's HTML parser, tables,
// spans, CSS colours) and built into a plan.
#include "fuzz_input.hpp"
#include "read/html/html_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string path = planbridge::fuzz::write_scratch("input.html", planbridge::fuzz::as_text(data, size));
    planbridge::fuzz::build_quietly([&] { return planbridge::html::read_html(path, "fuzz input"); });
    return 0;
}
