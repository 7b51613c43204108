#include <catch2/catch.hpp>

#include "model/date.hpp"

using planbridge::Date;
using planbridge::date_from_excel_serial;

TEST_CASE("dates round-trip through day numbers", "[date]") {
    for (long d = -800000; d < 800000; d += 997) CHECK(Date::from_days(d).to_days() == d);
    CHECK(Date{1970, 1, 1}.to_days() == 0);
    CHECK(Date{2000, 3, 1}.to_days() - Date{2000, 2, 28}.to_days() == 2);  // 2000 is a leap year
    CHECK(Date{1900, 3, 1}.to_days() - Date{1900, 2, 28}.to_days() == 1);  // 1900 is not
}

TEST_CASE("month ends and ISO text", "[date]") {
    CHECK(Date::month_end(2019, 2).iso() == "2019-02-28");
    CHECK(Date::month_end(2020, 2).iso() == "2020-02-29");
    CHECK(Date::month_end(2018, 5).iso() == "2018-05-31");
    CHECK(Date::parse_iso("2017-09-30") == Date{2017, 9, 30});
    CHECK_FALSE(Date::parse_iso("2017-02-30"));
    CHECK_FALSE(Date::parse_iso("30/09/2017"));
}

TEST_CASE("Excel serials in the 1900 and 1904 systems", "[date]") {
    // Vectors from NOTES-ooxml-tables.md §8.
    CHECK(date_from_excel_serial(59, false) == Date{1900, 2, 28});
    CHECK_FALSE(date_from_excel_serial(60, false));  // the Lotus 1900-02-29
    CHECK(date_from_excel_serial(61, false) == Date{1900, 3, 1});
    CHECK(date_from_excel_serial(45291, false) == Date{2023, 12, 31});
    CHECK(date_from_excel_serial(0, true) == Date{1904, 1, 1});
    CHECK(date_from_excel_serial(1, true) == Date{1904, 1, 2});
    CHECK(date_from_excel_serial(43190.99999999, false) == Date{2018, 4, 1});  // rounds to the second
    CHECK_FALSE(date_from_excel_serial(-1, false));
}
