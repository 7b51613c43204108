// Fuzz target: the due-date phrase parser ('End Aug 2017', 'Q3 2018/19', 'w/c 5 March'), with
// and without a reference date, and the date finder for free text. Besides not crashing: the
// text is kept exactly, and a period never ends before it starts.
#include "fuzz_input.hpp"
#include "model/due_date.hpp"
#include "profile/profile.hpp"

namespace {

planbridge::DateConventions dated_conventions() {
    planbridge::DateConventions c = planbridge::default_profile().dates;
    c.reference = planbridge::Date{2018, 10, 31};
    c.bare_quarter_is_financial = true;
    return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const planbridge::DateConventions plain = planbridge::default_profile().dates;  // its words: 'ongoing', 'tbc' …
    static const planbridge::DateConventions dated = dated_conventions();
    std::string_view text = planbridge::fuzz::as_text(data, size);
    for (const auto* conventions : {&plain, &dated}) {
        planbridge::DueDate due = planbridge::parse_due(text, *conventions);
        if (due.text != text) planbridge::fuzz::finding("parse_due changed the text");
        if (due.start && due.end && *due.end < *due.start)
            planbridge::fuzz::finding("parse_due: the period ends (" + due.end->iso() + ") before it starts (" + due.start->iso() + ")");
        planbridge::find_period_end(text, *conventions);
    }
    return 0;
}
