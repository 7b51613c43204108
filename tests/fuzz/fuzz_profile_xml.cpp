// Fuzz target: a council profile (--profile): read and validated, and when it is accepted,
// used to read a small workbook (its headings, status words and colour classes drive the reading).
#include "fuzz_input.hpp"
#include "profile/profile.hpp"
#include "support/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::optional<planbridge::Profile> profile;
    try {
        profile = planbridge::load_profile_text(planbridge::fuzz::as_text(data, size), "fuzz profile", planbridge::default_profile());
    } catch (const planbridge::PlanError&) {
        return 0;
    }
    static const std::string workbook = planbridge::fuzz::write_package("profiled.xlsx", planbridge::fuzz::workbook_parts());
    planbridge::fuzz::import_quietly(workbook, false, &*profile);
    return 0;
}
