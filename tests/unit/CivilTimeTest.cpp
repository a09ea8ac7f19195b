// Calendar arithmetic and fixed UTC offsets: checked against a day-by-day walk of the
// calendar (an independent oracle), known instants, and the midnight boundaries of Hanoi.
#include "domain/CivilTime.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000; // 2026-11-23T08:00:00+07:00 = 01:00Z

// The next calendar day by the rules of the calendar alone.
LocalDate nextDay(LocalDate d) {
    static constexpr std::uint32_t len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    const std::uint32_t n = d.month == 2 && leap ? 29 : len[d.month - 1];
    if (++d.day > n) {
        d.day = 1;
        if (++d.month > 12) {
            d.month = 1;
            ++d.year;
        }
    }
    return d;
}
} // namespace

TEST(CivilTime, DaysAgreeWithAWalkOfTheCalendar) {
    // 1600-01-01 is 135140 days before 1970-01-01.
    LocalDate d{1600, 1, 1};
    std::int64_t n = -135140;
    for (; d.year < 2500; d = nextDay(d), ++n) {
        ASSERT_EQ(daysSinceEpoch(d), n) << formatDate(d);
        ASSERT_EQ(dateFromDays(n), d) << n;
        ASSERT_TRUE(d.valid());
    }
}

TEST(CivilTime, KnownDays) {
    EXPECT_EQ(daysSinceEpoch({1970, 1, 1}), 0);
    EXPECT_EQ(daysSinceEpoch({1969, 12, 31}), -1);
    EXPECT_EQ(daysSinceEpoch({2000, 3, 1}), 11017);
    EXPECT_EQ(dateFromDays(20415), (LocalDate{2025, 11, 23}));
    EXPECT_EQ(addDays({2028, 2, 28}, 1), (LocalDate{2028, 2, 29}));
    EXPECT_EQ(addDays({2028, 2, 29}, 1), (LocalDate{2028, 3, 1}));
    EXPECT_EQ(addDays({2027, 2, 28}, 1), (LocalDate{2027, 3, 1}));
    EXPECT_EQ(addDays({2027, 1, 1}, -1), (LocalDate{2026, 12, 31}));
    EXPECT_EQ(daysBetween({2026, 12, 31}, {2027, 1, 1}), 1);
    EXPECT_EQ(daysBetween({2028, 3, 1}, {2028, 2, 1}), -29);
}

TEST(CivilTime, ValidDatesAndLeapYears) {
    EXPECT_TRUE(isLeapYear(2000));
    EXPECT_FALSE(isLeapYear(1900));
    EXPECT_TRUE(isLeapYear(2028));
    EXPECT_FALSE(isLeapYear(2026));
    EXPECT_TRUE((LocalDate{2028, 2, 29}.valid()));
    EXPECT_FALSE((LocalDate{2026, 2, 29}.valid()));
    EXPECT_FALSE((LocalDate{2026, 4, 31}.valid()));
    EXPECT_FALSE((LocalDate{2026, 13, 1}.valid()));
    EXPECT_FALSE((LocalDate{2026, 0, 1}.valid()));
    EXPECT_FALSE((LocalDate{2026, 1, 0}.valid()));
    EXPECT_FALSE((LocalDate{0, 1, 1}.valid()));
    EXPECT_FALSE((LocalDate{10000, 1, 1}.valid()));
    EXPECT_EQ(daysInMonth(2026, 13), 0u);
    EXPECT_LT((LocalDate{2026, 12, 31}), (LocalDate{2027, 1, 1}));
    EXPECT_LT((LocalDate{2026, 2, 28}), (LocalDate{2026, 3, 1}));
}

TEST(CivilTime, LocalDatesOfAnInstant) {
    EXPECT_EQ(localDateAt(kT0, kHanoi), (LocalDate{2026, 11, 23}));
    EXPECT_EQ(localTimeOfDayMs(kT0, kHanoi), 8 * 3'600'000);
    EXPECT_EQ(localTimeOfDayMs(kT0, kUtc), 1 * 3'600'000);
    // New Year in Hanoi: 2026-12-31T17:00:00Z
    const std::int64_t newYearHanoi = startOfLocalDayMs({2027, 1, 1}, kHanoi);
    EXPECT_EQ(newYearHanoi, startOfLocalDayMs({2026, 12, 31}, kUtc) + 17 * 3'600'000);
    EXPECT_EQ(localDateAt(newYearHanoi, kHanoi), (LocalDate{2027, 1, 1}));
    EXPECT_EQ(localDateAt(newYearHanoi - 1, kHanoi), (LocalDate{2026, 12, 31}));
    EXPECT_EQ(localDateAt(newYearHanoi, kUtc), (LocalDate{2026, 12, 31}));
    EXPECT_EQ(endOfLocalDayMs({2026, 12, 31}, kHanoi), newYearHanoi - 1);
    EXPECT_EQ(localTimeOfDayMs(newYearHanoi - 1, kHanoi), kMsPerDay - 1);
    // west of UTC, and before 1970 (floor division)
    const UtcOffset newYork = UtcOffset::hours(-5);
    EXPECT_EQ(localDateAt(startOfLocalDayMs({2027, 1, 1}, kUtc), newYork), (LocalDate{2026, 12, 31}));
    EXPECT_EQ(localDateAt(-1, kUtc), (LocalDate{1969, 12, 31}));
    EXPECT_EQ(localTimeOfDayMs(-1, kUtc), kMsPerDay - 1);
    EXPECT_EQ(localDateAt(-kMsPerDay, kUtc), (LocalDate{1969, 12, 31}));
    EXPECT_EQ(localDateAt(-kMsPerDay - 1, kUtc), (LocalDate{1969, 12, 30}));
    EXPECT_EQ(startOfLocalDayMs({1970, 1, 1}, kHanoi), -7 * 3'600'000);
    // every local midnight of a leap year round-trips in several zones
    for (const UtcOffset z : {kUtc, kHanoi, newYork, UtcOffset{345}, UtcOffset{-14 * 60}, UtcOffset{14 * 60}}) {
        for (LocalDate d{2028, 1, 1}; d.year == 2028; d = addDays(d, 1)) {
            ASSERT_EQ(localDateAt(startOfLocalDayMs(d, z), z), d);
            ASSERT_EQ(localDateAt(endOfLocalDayMs(d, z), z), d);
            ASSERT_EQ(localDateAt(endOfLocalDayMs(d, z) + 1, z), addDays(d, 1));
        }
    }
}

TEST(CivilTime, ParseAndFormatDates) {
    EXPECT_EQ(*parseDate("2026-11-23"), (LocalDate{2026, 11, 23}));
    EXPECT_EQ(*parseDate("2028-02-29"), (LocalDate{2028, 2, 29}));
    EXPECT_EQ(formatDate({2026, 1, 5}), "2026-01-05");
    EXPECT_EQ(formatDate({987, 1, 5}), "0987-01-05");
    for (const char *bad : {"2026-02-29", "2026-11-31", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-05",
                            "26-11-23", "2026/11/23", "2026-11-23 ", " 2026-11-23", "2026-1a-23", ""}) {
        SCOPED_TRACE(bad);
        auto r = parseDate(bad);
        ASSERT_FALSE(r.ok());
        EXPECT_NE(r.error().find('\''), std::string::npos); // quotes the input
    }
}

TEST(CivilTime, ParseAndFormatOffsets) {
    EXPECT_EQ(*parseOffset("+07:00"), kHanoi);
    EXPECT_EQ(*parseOffset("Z"), kUtc);
    EXPECT_EQ(*parseOffset("-03:30"), UtcOffset{-210});
    EXPECT_EQ(*parseOffset("+14:00"), UtcOffset{840});
    EXPECT_EQ(formatOffset(kHanoi), "+07:00");
    EXPECT_EQ(formatOffset(UtcOffset{-210}), "-03:30");
    EXPECT_EQ(formatOffset(kUtc), "+00:00");
    for (const char *bad : {"+14:01", "-15:00", "+7:00", "07:00", "+07:60", "+0700", "z", ""}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parseOffset(bad).ok());
    }
    EXPECT_TRUE(UtcOffset{840}.valid());
    EXPECT_FALSE(UtcOffset{841}.valid());
    EXPECT_FALSE(UtcOffset{-841}.valid());
}
