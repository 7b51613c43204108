// Fuzz target: a CSV/TSV file's bytes, read by the CSV reader whatever they look like (decoding,
// dialect, records) and built into a plan.
#include "fuzz_input.hpp"
#include "read/csv/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    planbridge::fuzz::build_quietly([&] { return planbridge::csv::read_csv_bytes(planbridge::fuzz::as_text(data, size), "fuzz input"); });
    return 0;
}
