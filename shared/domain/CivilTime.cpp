#include "domain/CivilTime.h"

#include <cstdio>

namespace ecabinet::domain {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

std::int64_t floorMod(std::int64_t a, std::int64_t b) { return a - floorDiv(a, b) * b; }

int twoDigits(std::string_view s, std::size_t pos) {
    if (pos + 2 > s.size()) return -1;
    char a = s[pos], b = s[pos + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
}

} // namespace

std::string formatOffset(UtcOffset offset) {
    const std::int32_t m = offset.minutes < 0 ? -offset.minutes : offset.minutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset.minutes < 0 ? '-' : '+',
                  static_cast<int>(m / 60), static_cast<int>(m % 60));
    return buf;
}

Result<UtcOffset, std::string> parseOffset(std::string_view text) {
    if (text == "Z") return UtcOffset{0};
    const std::string bad = "bad UTC offset '" + std::string(text) + "' (e.g. +07:00)";
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':') return fail(bad);
    const int h = twoDigits(text, 1), m = twoDigits(text, 4);
    if (h < 0 || m < 0 || m > 59) return fail(bad);
    UtcOffset o{(text[0] == '-' ? -1 : 1) * (h * 60 + m)};
    if (!o.valid()) return fail("UTC offset '" + std::string(text) + "' is beyond ±14:00");
    return o;
}

bool isLeapYear(std::int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::uint32_t daysInMonth(std::int32_t year, std::uint32_t month) {
    static constexpr std::uint32_t days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool LocalDate::valid() const {
    return year >= 1 && year <= 9999 && day >= 1 && day <= daysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain), on 64-bit integers.
std::int64_t daysSinceEpoch(const LocalDate &d) {
    const std::int64_t y = std::int64_t{d.year} - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t m = d.month;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

LocalDate dateFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return {static_cast<std::int32_t>(y), static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(d)};
}

LocalDate addDays(const LocalDate &date, std::int64_t days) {
    return dateFromDays(daysSinceEpoch(date) + days);
}

std::int64_t daysBetween(const LocalDate &from, const LocalDate &to) {
    return daysSinceEpoch(to) - daysSinceEpoch(from);
}

LocalDate localDateAt(std::int64_t utcMs, UtcOffset offset) {
    return dateFromDays(floorDiv(utcMs + offset.ms(), kMsPerDay));
}

std::int64_t localTimeOfDayMs(std::int64_t utcMs, UtcOffset offset) {
    return floorMod(utcMs + offset.ms(), kMsPerDay);
}

std::int64_t startOfLocalDayMs(const LocalDate &date, UtcOffset offset) {
    return daysSinceEpoch(date) * kMsPerDay - offset.ms();
}

std::int64_t endOfLocalDayMs(const LocalDate &date, UtcOffset offset) {
    return startOfLocalDayMs(date, offset) + kMsPerDay - 1;
}

Result<LocalDate, std::string> parseDate(std::string_view text) {
    const std::string quoted = "'" + std::string(text) + "'";
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return fail("bad date " + quoted + " (expected YYYY-MM-DD)");
    const int c = twoDigits(text, 0), yy = twoDigits(text, 2);
    const int m = twoDigits(text, 5), d = twoDigits(text, 8);
    if (c < 0 || yy < 0 || m < 0 || d < 0) return fail("bad date " + quoted + " (expected YYYY-MM-DD)");
    LocalDate date{c * 100 + yy, static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(d)};
    if (!date.valid()) return fail("no such day " + quoted);
    return date;
}

std::string formatDate(const LocalDate &date) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year), date.month, date.day);
    return buf;
}

} // namespace ecabinet::domain
