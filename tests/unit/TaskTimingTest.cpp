// Deadlines and what is derived from them: overdue (never stored), reported late, done on
// time, the dashboard's traffic light and on-time rate. Across zones (Hanoi +07:00 vs UTC), at
// the midnight boundaries, on a leap day, and with extensions moving the deadline.
#include "domain/TaskTiming.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using S = TaskState;

namespace {
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kMinute = 60'000;

// Instant of a local wall-clock time.
std::int64_t at(LocalDate d, int hour, int minute, UtcOffset z = kHanoi) {
    return startOfLocalDayMs(d, z) + hour * kHour + minute * kMinute;
}

TaskTiming timing(S state, Deadline d, std::optional<std::int64_t> reportAt = std::nullopt) {
    return {state, d, reportAt};
}
} // namespace

TEST(Deadline, EndOfDayOrAGivenTimeInTheIssuersZone) {
    const Deadline hanoi = Deadline::endOf({2026, 12, 31});
    EXPECT_EQ(hanoi.dueAtMs(), startOfLocalDayMs({2027, 1, 1}, kUtc) - 7 * kHour - 1); // 16:59:59.999Z
    const Deadline utc = Deadline::endOf({2026, 12, 31}, kUtc);
    EXPECT_EQ(utc.dueAtMs() - hanoi.dueAtMs(), 7 * kHour);
    const Deadline five = Deadline::at({2026, 12, 31}, 17, 0);
    EXPECT_EQ(five.dueAtMs(), at({2026, 12, 31}, 17, 0));
    EXPECT_EQ(five.dueAtMs(), startOfLocalDayMs({2026, 12, 31}, kUtc) + 10 * kHour);
    EXPECT_EQ(Deadline::at({2026, 12, 31}, 0, 0).dueAtMs(), startOfLocalDayMs({2026, 12, 31}, kHanoi));
    EXPECT_TRUE(hanoi.valid());
    EXPECT_FALSE(Deadline::endOf({2027, 2, 29}).valid());
    EXPECT_FALSE(Deadline::at({2027, 2, 1}, 24, 0).valid());
    EXPECT_FALSE((Deadline{{2027, 2, 1}, -1, kHanoi}.valid()));
    EXPECT_FALSE(Deadline::endOf({2027, 2, 1}, UtcOffset{-15 * 60}).valid());
}

TEST(Deadline, ParseAndFormat) {
    auto d = parseDeadline("2026-12-31", kHanoi);
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(*d, Deadline::endOf({2026, 12, 31}));
    d = parseDeadline("2026-12-31 17:05", kUtc);
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(*d, Deadline::at({2026, 12, 31}, 17, 5, kUtc));
    EXPECT_EQ(formatDeadline(*d), "2026-12-31 17:05");
    EXPECT_EQ(formatDeadline(Deadline::endOf({2028, 2, 29})), "2028-02-29");
    EXPECT_EQ(formatDeadline(Deadline::at({2028, 2, 29}, 0, 0)), "2028-02-29 00:00");
    for (const char *bad : {"2026-12-31 24:00", "2026-12-31 17:60", "2026-12-31T17:00", "2026-12-31 7:00",
                            "2026-12-32", "2027-02-29", "2026-12-31 17:0a", "31/12/2026", ""}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parseDeadline(bad, kHanoi).ok());
    }
    EXPECT_FALSE(parseDeadline("2026-12-31", UtcOffset{900}).ok());
}

TEST(Overdue, FromTheFirstMillisecondAfterTheIssuersDay) {
    const Deadline d = Deadline::endOf({2026, 12, 31}); // Hanoi
    const std::int64_t midnight = at({2027, 1, 1}, 0, 0);
    for (S s : {S::Assigned, S::Acknowledged, S::InProgress, S::Returned}) {
        SCOPED_TRACE(std::string(taskStateName(s)));
        EXPECT_FALSE(isOverdue(timing(s, d), midnight - 1));
        EXPECT_TRUE(isOverdue(timing(s, d), midnight));
        EXPECT_FALSE(isOverdue(timing(s, d), at({2026, 12, 31}, 8, 0)));
    }
    // The same date for a UTC issuer is still open when Hanoi's day is over.
    const Deadline u = Deadline::endOf({2026, 12, 31}, kUtc);
    EXPECT_FALSE(isOverdue(timing(S::InProgress, u), midnight));
    EXPECT_FALSE(isOverdue(timing(S::InProgress, u), at({2027, 1, 1}, 6, 59)));  // 23:59Z
    EXPECT_TRUE(isOverdue(timing(S::InProgress, u), at({2027, 1, 1}, 7, 0)));    // 00:00Z
    // Seen from a unit whose clock is in UTC, the Hanoi deadline passes at 17:00 on the 31st.
    EXPECT_TRUE(isOverdue(timing(S::InProgress, d), at({2026, 12, 31}, 17, 0, kUtc)));
    EXPECT_FALSE(isOverdue(timing(S::InProgress, d), at({2026, 12, 31}, 16, 59, kUtc)));
}

TEST(Overdue, AGivenTimeIsExact) {
    const Deadline d = Deadline::at({2026, 12, 15}, 17, 0);
    const std::int64_t due = at({2026, 12, 15}, 17, 0);
    EXPECT_FALSE(isOverdue(timing(S::InProgress, d), due));
    EXPECT_TRUE(isOverdue(timing(S::InProgress, d), due + 1));
    const Deadline midnight = Deadline::at({2026, 12, 15}, 0, 0);
    EXPECT_TRUE(isOverdue(timing(S::InProgress, midnight), at({2026, 12, 15}, 0, 0) + 1));
    EXPECT_FALSE(isOverdue(timing(S::InProgress, midnight), at({2026, 12, 14}, 23, 59)));
}

TEST(Overdue, OnALeapDay) {
    const Deadline d = Deadline::endOf({2028, 2, 29});
    EXPECT_FALSE(isOverdue(timing(S::Acknowledged, d), at({2028, 2, 29}, 23, 59)));
    EXPECT_TRUE(isOverdue(timing(S::Acknowledged, d), at({2028, 3, 1}, 0, 0)));
    EXPECT_EQ(daysLeft(timing(S::Acknowledged, d), at({2028, 2, 27}, 9, 0)), 2);
    EXPECT_EQ(daysLeft(timing(S::Acknowledged, d), at({2028, 3, 1}, 9, 0)), -1);
    EXPECT_EQ(daysLeft(timing(S::Acknowledged, d), at({2028, 1, 30}, 9, 0)), 30);
}

TEST(Overdue, ReportedStopsTheClockDoneNeverOverdue) {
    const Deadline d = Deadline::endOf({2026, 12, 31});
    const std::int64_t onTime = at({2026, 12, 30}, 10, 0);
    const std::int64_t late = at({2027, 1, 3}, 10, 0);
    const std::int64_t muchLater = at({2027, 6, 1}, 0, 0);
    // reported on time, still awaiting evaluation months later: not overdue, not late
    EXPECT_FALSE(isOverdue(timing(S::Reported, d, onTime), muchLater));
    EXPECT_FALSE(reportedLate(timing(S::Reported, d, onTime)));
    // reported late: not overdue any more, but it was late
    EXPECT_FALSE(isOverdue(timing(S::Reported, d, late), muchLater));
    EXPECT_TRUE(reportedLate(timing(S::Reported, d, late)));
    // returned: the clock runs again
    EXPECT_TRUE(isOverdue(timing(S::Returned, d, onTime), muchLater));
    EXPECT_FALSE(reportedLate(timing(S::Returned, d, late)));
    // done
    EXPECT_FALSE(isOverdue(timing(S::Done, d, late), muchLater));
    EXPECT_TRUE(doneOnTime(timing(S::Done, d, onTime)));
    EXPECT_FALSE(doneOnTime(timing(S::Done, d, late)));
    EXPECT_TRUE(reportedLate(timing(S::Done, d, late)));
    EXPECT_TRUE(doneOnTime(timing(S::Done, d, d.dueAtMs())));     // the last millisecond counts
    EXPECT_FALSE(doneOnTime(timing(S::Done, d, d.dueAtMs() + 1)));
    EXPECT_FALSE(doneOnTime(timing(S::Reported, d, onTime)));      // not done yet
}

TEST(Overdue, AnExtensionMovesTheDeadline) {
    TaskSpec spec;
    spec.id = "t1";
    spec.issuerUnit = "TU";
    spec.leadUnit = "SoTC";
    spec.deadline = Deadline::endOf({2026, 12, 31});
    const Actor issuer{"TU", "vp"}, lead{"SoTC", "tc"};
    auto task = Task::assign(spec, issuer, at({2026, 12, 1}, 9, 0));
    ASSERT_TRUE(task.ok());
    ASSERT_TRUE(task->apply({TaskAction::Acknowledge, lead, "", std::nullopt}, at({2026, 12, 2}, 9, 0)).ok());
    const std::int64_t jan2 = at({2027, 1, 2}, 9, 0);
    EXPECT_TRUE(isOverdue(TaskTiming::of(*task), jan2));
    EXPECT_EQ(trafficLight(TaskTiming::of(*task), jan2), TrafficLight::Red);
    // late, but the issuer grants until 15 January
    ASSERT_TRUE(task->apply({TaskAction::GrantExtension, issuer, "", Deadline::endOf({2027, 1, 15})}, jan2).ok());
    EXPECT_FALSE(isOverdue(TaskTiming::of(*task), jan2));
    EXPECT_EQ(trafficLight(TaskTiming::of(*task), jan2), TrafficLight::Green);
    EXPECT_EQ(trafficLight(TaskTiming::of(*task), at({2027, 1, 12}, 9, 0)), TrafficLight::Yellow);
    EXPECT_TRUE(isOverdue(TaskTiming::of(*task), at({2027, 1, 16}, 0, 0)));
    ASSERT_TRUE(task->apply({TaskAction::Start, lead, "", std::nullopt}, at({2027, 1, 3}, 9, 0)).ok());
    ASSERT_TRUE(task->apply({TaskAction::Report, lead, "xong", std::nullopt}, at({2027, 1, 14}, 9, 0)).ok());
    ASSERT_TRUE(task->apply({TaskAction::Accept, issuer, "", std::nullopt}, at({2027, 1, 20}, 9, 0)).ok());
    // on time against the extended deadline, although the original one was missed
    EXPECT_TRUE(doneOnTime(TaskTiming::of(*task)));
}

TEST(TrafficLight, RedYellowGreen) {
    const Deadline d = Deadline::endOf({2026, 12, 31});
    const auto light = [&](S s, std::int64_t now, std::uint32_t n = 3, std::optional<std::int64_t> rep = {}) {
        return trafficLight(timing(s, d, rep), now, TrafficLightRule{n});
    };
    EXPECT_EQ(light(S::InProgress, at({2026, 12, 27}, 23, 59)), TrafficLight::Green); // 4 days left
    EXPECT_EQ(light(S::InProgress, at({2026, 12, 28}, 0, 0)), TrafficLight::Yellow);  // 3 days left
    EXPECT_EQ(light(S::InProgress, at({2026, 12, 31}, 23, 59)), TrafficLight::Yellow);
    EXPECT_EQ(light(S::InProgress, at({2027, 1, 1}, 0, 0)), TrafficLight::Red);
    // N = 0: yellow on the day itself only
    EXPECT_EQ(light(S::Assigned, at({2026, 12, 30}, 23, 59), 0), TrafficLight::Green);
    EXPECT_EQ(light(S::Assigned, at({2026, 12, 31}, 0, 0), 0), TrafficLight::Yellow);
    // the calendar days are the issuer's: 27 Dec 17:00Z is already 28 Dec in Hanoi
    EXPECT_EQ(light(S::InProgress, at({2026, 12, 27}, 17, 0, kUtc)), TrafficLight::Yellow);
    EXPECT_EQ(light(S::InProgress, at({2026, 12, 27}, 16, 59, kUtc)), TrafficLight::Green);
    // reported and done are green, even late
    const std::int64_t late = at({2027, 1, 5}, 9, 0);
    EXPECT_EQ(light(S::Reported, at({2026, 12, 30}, 9, 0), 3, at({2026, 12, 30}, 8, 0)), TrafficLight::Green);
    EXPECT_EQ(light(S::Reported, late, 3, late), TrafficLight::Green);
    EXPECT_EQ(light(S::Done, late, 3, late), TrafficLight::Green);
    EXPECT_EQ(light(S::Returned, late, 3, at({2026, 12, 30}, 8, 0)), TrafficLight::Red);
    EXPECT_EQ(trafficLightName(TrafficLight::Yellow), "yellow");
}

TEST(OnTimeRate, ExactWithHalfUpRounding) {
    EXPECT_EQ((OnTimeRate{0, 0}.percent()), std::nullopt);
    EXPECT_EQ((OnTimeRate{0, 4}.percent()), 0u);
    EXPECT_EQ((OnTimeRate{5, 5}.percent()), 100u);
    EXPECT_EQ((OnTimeRate{2, 3}.percent()), 67u);
    EXPECT_EQ((OnTimeRate{1, 3}.percent()), 33u);
    EXPECT_EQ((OnTimeRate{1, 8}.percent()), 13u); // 12.5
    EXPECT_EQ((OnTimeRate{1, 200}.percent()), 1u); // 0.5
    EXPECT_EQ((OnTimeRate{1, 201}.percent()), 0u); // 0.497
    EXPECT_EQ((OnTimeRate{4'000'000'000u, 4'000'000'001u}.percent()), 100u); // no overflow
}

TEST(TaskCounts, TheDashboardRow) {
    const Deadline d = Deadline::endOf({2026, 12, 31});
    const std::int64_t now = at({2026, 12, 29}, 10, 0);
    const Deadline past = Deadline::endOf({2026, 12, 20});
    const Deadline far = Deadline::endOf({2027, 3, 1});
    const std::int64_t early = at({2026, 12, 10}, 9, 0), late = at({2026, 12, 25}, 9, 0);
    const std::vector<TaskTiming> tasks = {
        timing(S::Assigned, far),            // green
        timing(S::Acknowledged, d),          // yellow
        timing(S::InProgress, past),         // red, overdue
        timing(S::InProgress, d),            // yellow
        timing(S::Reported, past, late),     // green, reported late
        timing(S::Returned, past, early),    // red, overdue
        timing(S::Done, past, early),        // green, on time
        timing(S::Done, past, late),         // green, late
        timing(S::Done, far, late),          // green, on time
    };
    const TaskCounts c = countTasks(tasks, now);
    EXPECT_EQ(c.total, 9u);
    EXPECT_EQ(c.assigned, 1u);
    EXPECT_EQ(c.acknowledged, 1u);
    EXPECT_EQ(c.inProgress, 2u);
    EXPECT_EQ(c.reported, 1u);
    EXPECT_EQ(c.returned, 1u);
    EXPECT_EQ(c.done, 3u);
    EXPECT_EQ(c.overdue, 2u);
    EXPECT_EQ(c.red, 2u);
    EXPECT_EQ(c.yellow, 2u);
    EXPECT_EQ(c.green, 5u);
    EXPECT_EQ(c.reportedLate, 2u);
    EXPECT_EQ(c.onTime, (OnTimeRate{2, 3}));
    EXPECT_EQ(c.onTime.percent(), 67u);
    EXPECT_EQ(countTasks({}, now), TaskCounts{});
    // the far task has 62 days left: yellow only with a window of at least 62 days
    EXPECT_EQ(countTasks(tasks, now, TrafficLightRule{62}).yellow, 3u);
    EXPECT_EQ(countTasks(tasks, now, TrafficLightRule{61}).yellow, 2u);
}
