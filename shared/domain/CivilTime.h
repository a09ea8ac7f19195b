// Calendar dates and fixed UTC offsets for the directive registry: pure integer arithmetic,
// no clock reads, no time-zone database. Instants are Unix milliseconds (as everywhere else
// in the project); a zone is a fixed offset from UTC, passed in by the caller.
//
// Rules we decided (tested in CivilTimeTest):
//  - A zone is a fixed UTC offset in whole minutes, from -14:00 to +14:00 (the extremes in
//    use). Vietnam has had no daylight saving since 1975, so +07:00 is exact for our users;
//    a caller in a zone with DST passes the offset in force at the instant it cares about.
//  - Dates are proleptic Gregorian, years 1..9999 (what "YYYY-MM-DD" can spell).
//  - The local date of an instant uses floor division, so instants before 1970 and the last
//    millisecond of a day land on the right date.
//  - "End of a local day" is its last millisecond, 23:59:59.999 local.
#pragma once

#include "common/Result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace ecabinet::domain {

inline constexpr std::int64_t kMsPerMinute = 60'000;
inline constexpr std::int64_t kMsPerDay = 86'400'000;

struct UtcOffset {
    std::int32_t minutes = 0; // east of UTC is positive: Hanoi = +420

    static constexpr std::int32_t kMaxMinutes = 14 * 60;
    static constexpr UtcOffset hours(std::int32_t h) { return {h * 60}; }
    constexpr bool valid() const { return minutes >= -kMaxMinutes && minutes <= kMaxMinutes; }
    constexpr std::int64_t ms() const { return std::int64_t{minutes} * kMsPerMinute; }
    auto operator<=>(const UtcOffset &) const = default;
};

inline constexpr UtcOffset kUtc{0};
inline constexpr UtcOffset kHanoi{7 * 60};

// "+07:00", "-03:30", "+00:00".
std::string formatOffset(UtcOffset offset);
// "+07:00", "-03:30", "Z" (= +00:00). Hours 00..14, minutes 00..59, within ±14:00.
Result<UtcOffset, std::string> parseOffset(std::string_view text);

struct LocalDate {
    std::int32_t year = 1970;
    std::uint32_t month = 1; // 1..12
    std::uint32_t day = 1;   // 1..days in month

    bool valid() const;
    auto operator<=>(const LocalDate &) const = default; // year, month, day: calendar order
};

bool isLeapYear(std::int32_t year);
std::uint32_t daysInMonth(std::int32_t year, std::uint32_t month); // 0 for a month out of range

// Days since 1970-01-01 (negative before); and back. The date must be valid.
std::int64_t daysSinceEpoch(const LocalDate &date);
LocalDate dateFromDays(std::int64_t days);
LocalDate addDays(const LocalDate &date, std::int64_t days);
std::int64_t daysBetween(const LocalDate &from, const LocalDate &to); // to - from

// The calendar date at `utcMs` for a clock set to `offset`.
LocalDate localDateAt(std::int64_t utcMs, UtcOffset offset);
// Milliseconds since local midnight at `utcMs` (0 .. kMsPerDay - 1).
std::int64_t localTimeOfDayMs(std::int64_t utcMs, UtcOffset offset);
// The instant of local 00:00:00.000 on `date`, and of local 23:59:59.999.
std::int64_t startOfLocalDayMs(const LocalDate &date, UtcOffset offset);
std::int64_t endOfLocalDayMs(const LocalDate &date, UtcOffset offset);

// "YYYY-MM-DD", exactly (four-digit year, two-digit month and day), a real calendar day.
Result<LocalDate, std::string> parseDate(std::string_view text);
std::string formatDate(const LocalDate &date);

} // namespace ecabinet::domain
