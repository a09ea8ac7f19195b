// Wrong-PIN lock-out at its exact boundaries (time is passed in, in Unix ms).
#include "domain/PinGuard.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000; // 2026-11-23T08:00:00+07:00
constexpr std::int64_t kLock = 5 * 60 * 1000;
} // namespace

TEST(PinGuard, CountsDownThenLocksOnTheFifthWrongPin) {
    PinGuard g;
    EXPECT_EQ(g.attemptsLeft("p1", kT0), 5u);
    for (std::uint32_t i = 1; i <= 4; ++i) {
        auto w = g.wrongPin("p1", kT0 + i);
        EXPECT_FALSE(w.lockedOut) << "wrong PIN " << i;
        EXPECT_EQ(w.attemptsLeft, 5 - i);
        EXPECT_TRUE(g.check("p1", kT0 + i).ok());
    }
    auto fifth = g.wrongPin("p1", kT0 + 5);
    EXPECT_TRUE(fifth.lockedOut);
    EXPECT_EQ(fifth.attemptsLeft, 0u);
    EXPECT_EQ(fifth.retryAfterMs, kLock);
    EXPECT_EQ(g.attemptsLeft("p1", kT0 + 5), 0u);
    EXPECT_EQ(g.totalWrong(), 5u);
}

TEST(PinGuard, LockEndsExactlyAfterTheLockoutDuration) {
    PinGuard g;
    for (int i = 0; i < 5; ++i) (void)g.wrongPin("p1", kT0);
    const auto lockedAtStart = g.check("p1", kT0);
    ASSERT_FALSE(lockedAtStart.ok());
    EXPECT_EQ(lockedAtStart.error().retryAfterMs, kLock);

    const auto lastMs = g.check("p1", kT0 + kLock - 1);
    ASSERT_FALSE(lastMs.ok()) << "one ms before the end the lock must still hold";
    EXPECT_EQ(lastMs.error().retryAfterMs, 1);

    EXPECT_TRUE(g.check("p1", kT0 + kLock).ok()) << "at the exact end the lock is over";
    EXPECT_EQ(g.attemptsLeft("p1", kT0 + kLock), 5u) << "a fresh set of attempts after the lock";
    auto w = g.wrongPin("p1", kT0 + kLock);
    EXPECT_FALSE(w.lockedOut);
    EXPECT_EQ(w.attemptsLeft, 4u);
}

TEST(PinGuard, WrongPinWhileLockedNeitherCountsNorExtends) {
    // Bad input tried: a caller that skips check() and reports a wrong PIN during the lock.
    PinGuard g;
    for (int i = 0; i < 5; ++i) (void)g.wrongPin("p1", kT0);
    auto during = g.wrongPin("p1", kT0 + 1000);
    EXPECT_FALSE(during.lockedOut);
    EXPECT_EQ(during.retryAfterMs, kLock - 1000);
    EXPECT_EQ(g.totalWrong(), 5u);
    EXPECT_TRUE(g.check("p1", kT0 + kLock).ok()) << "the lock was not extended";
}

TEST(PinGuard, CorrectPinResetsTheCount) {
    PinGuard g;
    for (int i = 0; i < 4; ++i) (void)g.wrongPin("p1", kT0);
    g.correctPin("p1");
    EXPECT_EQ(g.attemptsLeft("p1", kT0), 5u);
    for (int i = 0; i < 4; ++i) EXPECT_FALSE(g.wrongPin("p1", kT0).lockedOut) << "only consecutive wrong PINs count";
    EXPECT_EQ(g.totalWrong(), 8u) << "the meeting total keeps every wrong PIN";
}

TEST(PinGuard, PeopleAreCountedSeparately) {
    PinGuard g;
    for (int i = 0; i < 5; ++i) (void)g.wrongPin("p1", kT0);
    EXPECT_FALSE(g.check("p1", kT0).ok());
    EXPECT_TRUE(g.check("p2", kT0).ok());
    EXPECT_EQ(g.attemptsLeft("p2", kT0), 5u);
}

TEST(PinGuard, LimitsAreParameters) {
    PinGuard g(2, 1000);
    EXPECT_FALSE(g.wrongPin("p1", 0).lockedOut);
    auto second = g.wrongPin("p1", 10);
    EXPECT_TRUE(second.lockedOut);
    EXPECT_EQ(second.retryAfterMs, 1000);
    EXPECT_FALSE(g.check("p1", 1009).ok());
    EXPECT_TRUE(g.check("p1", 1010).ok());
}

TEST(PinGuard, ZeroLimitStillAllowsOneAttempt) {
    // Bad input tried: maxConsecutiveWrong = 0, which would otherwise lock before any try.
    PinGuard g(0, 1000);
    EXPECT_TRUE(g.check("p1", 0).ok());
    EXPECT_TRUE(g.wrongPin("p1", 0).lockedOut);
}
