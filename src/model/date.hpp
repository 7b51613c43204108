// A calendar date (proleptic Gregorian) with day arithmetic. No time zone, no time of day.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// Four bytes (plans hold two per action, a 50,000-action diff two plans).
struct Date {
    int16_t year = 1970;  // 1..9999 when valid()
    int8_t month = 1;     // 1..12
    int8_t day = 1;       // 1..31

    constexpr Date() = default;
    constexpr Date(int y, int m, int d) : year(static_cast<int16_t>(y)), month(static_cast<int8_t>(m)), day(static_cast<int8_t>(d)) {}

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

static_assert(sizeof(Date) == 4);

// How reports write a date for people.
std::string long_date(const Date& d);   // '31 Oct 2017'
std::string month_year(const Date& d);  // 'October 2017'

// Excel serial day numbers. In the 1900 system serial 60 is the non-existent 1900-02-29
// (Lotus bug); serials below 1 have no date. In the 1904 system serial 0 is 1904-01-01.
std::optional<Date> date_from_excel_serial(double serial, bool date1904);

}  // namespace planbridge
