// A calendar date (proleptic Gregorian) with day arithmetic. No time zone, no time of day.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    auto operator<=>(const Date&) const = default;

    static bool valid(int year, int month, int day);
    static int days_in_month(int year, int month);
    static Date month_end(int year, int month) { return {year, month, days_in_month(year, month)}; }
    static Date from_days(long days);  // days since 1970-01-01
    long to_days() const;
    Date plus_days(long n) const { return from_days(to_days() + n); }
    std::string iso() const;                                // YYYY-MM-DD
    static std::optional<Date> parse_iso(std::string_view); // YYYY-MM-DD only
};

// Excel serial day numbers. In the 1900 system serial 60 is the non-existent 1900-02-29
// (Lotus bug); serials below 1 have no date. In the 1904 system serial 0 is 1904-01-01.
std::optional<Date> date_from_excel_serial(double serial, bool date1904);

}  // namespace planbridge
