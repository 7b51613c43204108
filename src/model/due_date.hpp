// A due date as plans write it: the original text, the period it names, and what kind of phrase it was.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.hpp"

namespace planbridge {

enum class DueKind {
    none,            // empty cell
    date,            // one day: '31/03/2018', an Excel date
    month,           // 'October 2017', 'End Aug 2017', 'by end of March 2018'
    week,            // 'w/c 5 March 2018'
    season,          // 'Spring 2018' (Met Office seasons)
    term,            // 'Autumn term 2018' (English school terms)
    quarter,         // 'Q3 2018/19' (financial year) or 'Q3 2018'
    year,            // '2018', '2018/19'
    range,           // 'Jun 2018 – Feb 2019'
    ongoing,         // 'Ongoing', 'Continuous'
    immediate,       // 'Immediate effect'
    tbc,             // 'TBC', 'To be confirmed'
    completed,       // 'Completed' written where the date should be
    dependent,       // 'Depended upon above', 'See above'
    unparsed,        // text with no date planbridge recognises
};

struct DueDate {
    std::string text;           // exactly as the plan wrote it
    std::optional<Date> start;  // first day of the named period
    std::optional<Date> end;    // last day of the named period: the deadline
    DueKind kind = DueKind::none;

    bool operator==(const DueDate&) const = default;
};

std::string_view to_string(DueKind);
std::optional<DueKind> due_kind_from_name(std::string_view);

// How to read phrases that leave something out.
struct DateConventions {
    // A phrase with no year ('Sept') takes the year that puts it nearest this date.
    std::optional<Date> reference;
    // 'Q3 2018' with no '/19': true reads it as a financial-year quarter (Apr-Mar years).
    bool bare_quarter_is_financial = false;
    // Phrases that are not dates but say something ('ongoing' → ongoing), lower case, from the profile.
    std::vector<std::pair<std::string, DueKind>> words;
};

// Parses the phrases real plans use (see docs/model.md, "Due dates").
DueDate parse_due(std::string_view text, const DateConventions& conventions = {});

// Finds one date in free text ('Progress to date (Sept 2017)') and returns the end of the period.
std::optional<Date> find_period_end(std::string_view text, const DateConventions& conventions = {});

}  // namespace planbridge
