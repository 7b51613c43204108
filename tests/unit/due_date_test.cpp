#include <catch2/catch.hpp>

#include "model/due_date.hpp"
#include "test_helpers.hpp"

using namespace planbridge;

namespace {
struct Expect {
    const char* text;
    DueKind kind;
    const char* start;  // "" = null
    const char* end;
};

void check(const Expect& e, const DateConventions& c) {
    INFO(e.text);
    DueDate d = parse_due(e.text, c);
    CHECK(d.text == e.text);
    CHECK(to_string(d.kind) == to_string(e.kind));
    CHECK((d.start ? d.start->iso() : "") == std::string(e.start));
    CHECK((d.end ? d.end->iso() : "") == std::string(e.end));
}
}  // namespace

TEST_CASE("UK due-date phrases from real plans", "[due]") {
    auto c = test::conventions();
    const Expect cases[] = {
        {"31/03/2018", DueKind::date, "2018-03-31", "2018-03-31"},
        {"31.3.18", DueKind::date, "2018-03-31", "2018-03-31"},
        {"05/03/2018", DueKind::date, "2018-03-05", "2018-03-05"},  // day first, always
        {"2018-03-31", DueKind::date, "2018-03-31", "2018-03-31"},
        {"31st March 2018", DueKind::date, "2018-03-31", "2018-03-31"},
        {"31-Mar-18", DueKind::date, "2018-03-31", "2018-03-31"},
        {"October 2017", DueKind::month, "2017-10-01", "2017-10-31"},
        {"October2017", DueKind::month, "2017-10-01", "2017-10-31"},
        {"Oct 2017", DueKind::month, "2017-10-01", "2017-10-31"},
        {"Oct-17", DueKind::month, "2017-10-01", "2017-10-31"},
        {"Sept 2017", DueKind::month, "2017-09-01", "2017-09-30"},
        {"End Aug 2017", DueKind::month, "2017-08-01", "2017-08-31"},
        {"End Sept\n2017", DueKind::month, "2017-09-01", "2017-09-30"},
        {"by end of March 2018", DueKind::month, "2018-03-01", "2018-03-31"},
        {"w/c 5 March 2018", DueKind::week, "2018-03-05", "2018-03-11"},
        {"Spring 2018", DueKind::season, "2018-03-01", "2018-05-31"},
        {"Summer 2018", DueKind::season, "2018-06-01", "2018-08-31"},
        {"Autumn 2018", DueKind::season, "2018-09-01", "2018-11-30"},
        {"Winter 2018", DueKind::season, "2018-12-01", "2019-02-28"},
        {"Autumn term 2018", DueKind::term, "2018-09-01", "2018-12-31"},
        {"Spring Term 2018/19", DueKind::term, "2019-01-01", "2019-03-31"},
        {"Summer term 2019", DueKind::term, "2019-04-01", "2019-07-31"},
        {"Q3 2018/19", DueKind::quarter, "2018-10-01", "2018-12-31"},
        {"Q4 2018/19", DueKind::quarter, "2019-01-01", "2019-03-31"},
        {"Q1 2019", DueKind::quarter, "2019-01-01", "2019-03-31"},
        {"2018/19", DueKind::year, "2018-04-01", "2019-03-31"},
        {"2019", DueKind::year, "2019-01-01", "2019-12-31"},
        {"Jun 2018 – Feb 2019", DueKind::range, "2018-06-01", "2019-02-28"},
        {"Jan 2019 - Mar 2019", DueKind::range, "2019-01-01", "2019-03-31"},
        {"Jun – Feb 2019", DueKind::range, "2018-06-01", "2019-02-28"},
        // Found by fuzzing: the start took the end's year but kept its own end (year 1).
        {"Jun–Feb20Jun", DueKind::month, "2019-06-01", "2019-06-30"},
        {"Immediate effect", DueKind::immediate, "", ""},
        {"Ongoing", DueKind::ongoing, "", ""},
        {"Ongoing (reviewed at each MOSAIC SLT slot)", DueKind::ongoing, "", ""},
        {"TBC", DueKind::tbc, "", ""},
        {"TBC - pending above", DueKind::tbc, "", ""},
        {"Completed", DueKind::completed, "", ""},
        {"Complete", DueKind::completed, "", ""},
        {"Depended upon above", DueKind::dependent, "", ""},
        {"w.e.f Care Director implementation September 2017", DueKind::month, "2017-09-01", "2017-09-30"},
        {"Programme commenced May 2012", DueKind::month, "2012-05-01", "2012-05-31"},
        {"First phase August 2017", DueKind::month, "2017-08-01", "2017-08-31"},
        {"March 31st 2019", DueKind::date, "2019-03-31", "2019-03-31"},
        {"March 31, 2019", DueKind::date, "2019-03-31", "2019-03-31"},
        {"Jan-Mar 2019", DueKind::range, "2019-01-01", "2019-03-31"},
        {"Dec 18", DueKind::month, "2018-12-01", "2018-12-31"},
        {"April 2019 onwards", DueKind::month, "2019-04-01", "2019-04-30"},
        {"In progress", DueKind::unparsed, "", ""},
        {"", DueKind::none, "", ""},
    };
    for (const auto& e : cases) check(e, c);
}

TEST_CASE("a month with no year takes the year nearest the plan's date", "[due]") {
    check({"Sept", DueKind::month, "2017-09-01", "2017-09-30"}, test::conventions(Date{2017, 10, 31}));
    check({"Jan", DueKind::month, "2018-01-01", "2018-01-31"}, test::conventions(Date{2017, 10, 31}));
    // Without a date to go by, the text is kept and no date is invented.
    check({"Sept", DueKind::unparsed, "", ""}, test::conventions());
}

TEST_CASE("a bare quarter can be read as financial by profile", "[due]") {
    auto c = test::conventions();
    c.bare_quarter_is_financial = true;
    check({"Q1 2019", DueKind::quarter, "2019-04-01", "2019-06-30"}, c);
}

TEST_CASE("finding a period in a heading", "[due]") {
    auto c = test::conventions();
    CHECK(find_period_end("Progress to date (Sept 2017)", c) == Date{2017, 9, 30});
    CHECK(find_period_end("Update – 10 July 2012", c) == Date{2012, 7, 10});
    CHECK_FALSE(find_period_end("Progress to date", c));
}
