// ISO 8601 times with offset -> Unix ms, and the UTF-8 check.
#include "domain/MeetingSpec.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;

TEST(IsoTimestamp, KnownInstants) {
    // Expected values computed with GNU date, e.g. date -d '2026-11-23T08:00:00+07:00' +%s%3N
    const std::pair<const char *, std::int64_t> cases[] = {
        {"2026-11-23T08:00:00+07:00", 1'795'395'600'000},
        {"2026-11-23T01:00:00Z", 1'795'395'600'000},
        {"2024-02-29T23:59:59.999-05:30", 1'709'270'999'999},
        {"1970-01-01T00:00:00Z", 0},
        {"1969-12-31T23:59:59Z", -1000},
        {"2000-03-01T00:00:00.5+00:00", 951'868'800'500},
        {"2026-01-01T00:00:00.123456789Z", 1'767'225'600'123},
    };
    for (auto [text, ms] : cases) {
        auto got = parseIsoTimestamp(text);
        ASSERT_TRUE(got.ok()) << text << ": " << got.error();
        EXPECT_EQ(*got, ms) << text;
    }
}

TEST(IsoTimestamp, RefusesWhatIsNotAnInstant) {
    // Bad input tried: each of these.
    for (const char *bad : {"", "2026-11-23", "2026-11-23T08:00:00", "2026-11-23 08:00:00+07:00",
                            "2026-11-23t08:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
                            "2025-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                            "2026-11-23T24:00:00Z", "2026-11-23T08:60:00Z", "2026-11-23T08:00:60Z",
                            "2026-11-23T08:00:00+0700", "2026-11-23T08:00:00+07", "2026-11-23T08:00:00+24:00",
                            "2026-11-23T08:00:00.Z", "2026-11-23T08:00:00Zjunk", "26-11-23T08:00:00Z",
                            "2026-11-23T08:00:00+07:00 "}) {
        EXPECT_FALSE(parseIsoTimestamp(bad).ok()) << "'" << bad << "'";
    }
}

TEST(IsoTimestamp, LeapDayIn2000IsValid) {
    EXPECT_TRUE(parseIsoTimestamp("2000-02-29T00:00:00Z").ok());
}

TEST(Utf8, ValidAndInvalidSequences) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("Nguyễn Văn A"));
    EXPECT_TRUE(isValidUtf8("\xf0\x9f\x98\x80")); // U+1F600
    // Bad input tried: lone continuation, truncated sequence, overlong '/', UTF-16 surrogate,
    // past U+10FFFF, 0xff.
    for (const char *bad : {"\x80", "\xe1\xba", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\xff"})
        EXPECT_FALSE(isValidUtf8(bad)) << bad;
}
