// What a tablet's document cache forgets, and when a tablet wipes itself (CacheEviction.h).
#include "domain/CacheEviction.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;

namespace {
constexpr std::int64_t kDay = 24LL * 3600 * 1000;
constexpr std::int64_t kNow = 1'800'000'000'000;
CachedBlob blob(const std::string &sha, std::uint64_t size, std::int64_t daysAgo, bool current = false) {
    return {sha, size, kNow - daysAgo * kDay, current};
}
} // namespace

TEST(CacheEviction, NoPolicyKeepsEverything) {
    EXPECT_TRUE(chooseEvictions({blob("a", 10, 400), blob("b", 10, 1)}, {}, kNow).empty());
}

TEST(CacheEviction, OldMeetingsGoFirstButTheCurrentPackNever) {
    const CachePolicy policy{0, 30 * kDay};
    const auto out = chooseEvictions({blob("new", 10, 2), blob("old", 10, 31), blob("older", 10, 90),
                                      blob("oldButCurrent", 10, 365, true), blob("edge", 10, 30)},
                                     policy, kNow);
    EXPECT_EQ(out, (std::vector<std::string>{"older", "old"})); // exactly 30 days is not "older than"
}

TEST(CacheEviction, SizeLimitEvictsLeastRecentlyUsedUntilItFits) {
    const CachePolicy policy{100, 0};
    const auto out = chooseEvictions({blob("a", 40, 1), blob("b", 40, 5), blob("c", 40, 3), blob("d", 40, 9, true)},
                                     policy, kNow);
    // 160 bytes; d is current; oldest of the rest first: b (5 days) -> 120, c (3 days) -> 80.
    EXPECT_EQ(out, (std::vector<std::string>{"b", "c"}));
}

TEST(CacheEviction, CurrentPackLargerThanTheLimitStaysWhole) {
    const auto out = chooseEvictions({blob("a", 500, 1, true), blob("b", 500, 1, true), blob("x", 1, 0)},
                                     {100, 0}, kNow);
    EXPECT_EQ(out, (std::vector<std::string>{"x"})); // everything else it may drop, nothing of the pack
}

TEST(CacheEviction, AgeAndSizeTogetherAndTiesAreDeterministic) {
    const CachePolicy policy{50, 10 * kDay};
    const auto out = chooseEvictions({blob("stale", 5, 20), blob("m", 30, 2), blob("l", 40, 2), blob("k", 30, 2)},
                                     policy, kNow);
    // stale by age; then 100 > 50: same age -> larger first (l), then by name (k).
    EXPECT_EQ(out, (std::vector<std::string>{"stale", "l", "k"}));
}

TEST(SelfWipe, OnlyAfterMoreThanTheLimitWithoutContact) {
    EXPECT_FALSE(offlineTooLong(kNow - 7 * kDay, kNow, 7 * kDay));
    EXPECT_TRUE(offlineTooLong(kNow - 7 * kDay - 1, kNow, 7 * kDay));
    EXPECT_FALSE(offlineTooLong(kNow - 365 * kDay, kNow, 0)) << "0 = never";
    EXPECT_FALSE(offlineTooLong(0, kNow, 7 * kDay)) << "never reached a hub: nothing to wipe";
    EXPECT_FALSE(offlineTooLong(kNow + kDay, kNow, 7 * kDay)) << "a clock set back is not 'offline long'";
}
