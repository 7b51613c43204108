#include "model/date.hpp"

#include <cmath>
#include <cstdio>

namespace planbridge {

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Date::days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year)) return 29;
    return days[(month - 1) % 12];
}

bool Date::valid(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::to_days() const {
    int y = year - (month <= 2 ? 1 : 0);
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = static_cast<unsigned>(y - era * 400);
    unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
    unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = static_cast<unsigned>(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = static_cast<long>(yoe) + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

std::string Date::iso() const {
    if (year < 0 || year > 9999) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        return buf;
    }
    std::string s = "0000-00-00";  // by hand: this runs for every date cell of a big sheet
    for (int i = 3, y = year; i >= 0; --i, y /= 10) s[static_cast<size_t>(i)] = static_cast<char>('0' + y % 10);
    s[5] = static_cast<char>('0' + month / 10 % 10);
    s[6] = static_cast<char>('0' + month % 10);
    s[8] = static_cast<char>('0' + day / 10 % 10);
    s[9] = static_cast<char>('0' + day % 10);
    return s;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](size_t pos, size_t len) {
        int v = 0;
        for (size_t i = pos; i < pos + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (!valid(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

std::optional<Date> date_from_excel_serial(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) return std::nullopt;  // 9999-12-31
    // Round to the nearest second first, so 0.99999999 of a day does not fall into the previous day.
    long whole = static_cast<long>(std::floor(serial + 0.5 / 86400.0));
    if (date1904) return Date{1904, 1, 1}.plus_days(whole);
    if (whole < 1 || whole == 60) return std::nullopt;
    if (whole < 60) return Date{1899, 12, 31}.plus_days(whole);
    return Date{1899, 12, 30}.plus_days(whole);
}

namespace {
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kLongMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
}  // namespace

std::string long_date(const Date& d) { return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year); }
std::string month_year(const Date& d) { return std::string(kLongMonths[d.month - 1]) + " " + std::to_string(d.year); }

}  // namespace planbridge
