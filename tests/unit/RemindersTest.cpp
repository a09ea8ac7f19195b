// Reminders due at a given time: N days before a deadline (in office hours of the issuer's
// zone), once the deadline passed, and for directives unread M days after publication; never
// twice for the same (kind, subject, unit, deadline).
#include "domain/Reminders.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using S = TaskState;
using K = ReminderKind;

namespace {
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kMinute = 60'000;

std::int64_t at(LocalDate d, int hour, int minute, UtcOffset z = kHanoi) {
    return startOfLocalDayMs(d, z) + hour * kHour + minute * kMinute;
}

const Deadline kDeadline = Deadline::endOf({2026, 12, 31});

TaskToRemind task(std::string id, S state, Deadline d = kDeadline) {
    return {std::move(id), "d1", "SoTC", TaskTiming{state, d, std::nullopt}};
}

std::vector<Reminder> due(const std::vector<TaskToRemind> &tasks, std::int64_t now,
                          const std::set<ReminderKey> &sent = {}, const ReminderRule &rule = {}) {
    return dueReminders(tasks, {}, {}, sent, now, rule);
}
} // namespace

TEST(Reminders, DeadlineSoonFromEightOClockNDaysBefore) {
    const auto t = task("t1", S::InProgress);
    EXPECT_EQ(deadlineSoonFromMs(kDeadline, {}), at({2026, 12, 28}, 8, 0));
    EXPECT_TRUE(due({t}, at({2026, 12, 28}, 7, 59)).empty());
    auto r = due({t}, at({2026, 12, 28}, 8, 0));
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].key, (ReminderKey{K::DeadlineSoon, "t1", "SoTC", kDeadline.dueAtMs()}));
    EXPECT_EQ(r[0].directiveId, "d1");
    EXPECT_EQ(r[0].dueFromMs, at({2026, 12, 28}, 8, 0));
    // still due (not yet sent) up to the deadline's last millisecond
    EXPECT_EQ(due({t}, kDeadline.dueAtMs()).size(), 1u);
    EXPECT_EQ(due({t}, kDeadline.dueAtMs())[0].key.kind, K::DeadlineSoon);
    // the office hour is the issuer's: 08:00 in Hanoi is 01:00Z
    EXPECT_EQ(deadlineSoonFromMs(kDeadline, {}), at({2026, 12, 28}, 1, 0, kUtc));
    const Deadline utc = Deadline::endOf({2026, 12, 31}, kUtc);
    EXPECT_EQ(deadlineSoonFromMs(utc, {}), at({2026, 12, 28}, 8, 0, kUtc));
    // another rule: one day before, at 14:30
    EXPECT_EQ(deadlineSoonFromMs(kDeadline, {1, 2, 14 * 60 + 30, true}), at({2026, 12, 30}, 14, 30));
    // across a leap day
    EXPECT_EQ(deadlineSoonFromMs(Deadline::endOf({2028, 3, 2}), {}), at({2028, 2, 28}, 8, 0));
}

TEST(Reminders, NeverAfterTheDeadlineItself) {
    // N = 0 and a deadline at 07:00: the 08:00 rule would come after the deadline
    const Deadline early = Deadline::at({2026, 12, 31}, 7, 0);
    const ReminderRule rule{0, 2, 8 * 60, true};
    EXPECT_EQ(deadlineSoonFromMs(early, rule), early.dueAtMs());
    auto r = due({task("t1", S::Acknowledged, early)}, early.dueAtMs(), {}, rule);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].key.kind, K::DeadlineSoon);
}

TEST(Reminders, OverdueOncePerDeadlineAndNoStaleDueSoon) {
    const auto t = task("t1", S::Returned);
    const std::int64_t after = kDeadline.dueAtMs() + 1;
    auto r = due({t}, after);
    ASSERT_EQ(r.size(), 1u); // the missed "due soon" is not sent late
    EXPECT_EQ(r[0].key, (ReminderKey{K::Overdue, "t1", "SoTC", kDeadline.dueAtMs()}));
    EXPECT_EQ(r[0].dueFromMs, after);
    EXPECT_TRUE(due({t}, after, {r[0].key}).empty());
    EXPECT_TRUE(due({t}, after + 1000 * kHour, {r[0].key}).empty());
    ReminderRule quiet;
    quiet.remindOverdue = false;
    EXPECT_TRUE(due({t}, after, {}, quiet).empty());
}

TEST(Reminders, OnlyWhileTheLeadUnitOwesAReport) {
    const std::int64_t soon = at({2026, 12, 30}, 9, 0), late = at({2027, 1, 2}, 9, 0);
    for (S s : kAllTaskStates) {
        SCOPED_TRACE(std::string(taskStateName(s)));
        const bool owes = s != S::Reported && s != S::Done;
        EXPECT_EQ(due({task("t", s)}, soon).size(), owes ? 1u : 0u);
        EXPECT_EQ(due({task("t", s)}, late).size(), owes ? 1u : 0u);
    }
}

TEST(Reminders, NeverTwiceButAgainForANewDeadline) {
    const auto t = task("t1", S::InProgress);
    const std::int64_t now = at({2026, 12, 29}, 9, 0);
    auto first = due({t}, now);
    ASSERT_EQ(first.size(), 1u);
    std::set<ReminderKey> sent{first[0].key};
    EXPECT_TRUE(due({t}, now + kHour, sent).empty());
    EXPECT_TRUE(due({t, t}, now).size() == 1u); // listed twice, reminded once
    // extended to 15 January: a new deadline, a new reminder when its window opens
    const auto extended = task("t1", S::InProgress, Deadline::endOf({2027, 1, 15}));
    EXPECT_TRUE(due({extended}, now, sent).empty());
    auto again = due({extended}, at({2027, 1, 12}, 8, 0), sent);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].key.deadlineMs, Deadline::endOf({2027, 1, 15}).dueAtMs());
    EXPECT_FALSE(sent.contains(again[0].key));
}

TEST(Reminders, UnreadAfterMDays) {
    const std::int64_t published = at({2026, 11, 23}, 15, 30);
    const std::vector<Dispatch> sent = {{"d1", {"SoTC", "SoYT", "SoGD"}, published, kHanoi}};
    const Receipts receipts = foldReceipts({{"d1", "SoYT", "yt", published + kHour}});
    EXPECT_EQ(unreadFromMs(sent[0], {}), at({2026, 11, 25}, 8, 0));
    EXPECT_TRUE(dueReminders({}, sent, receipts, {}, at({2026, 11, 25}, 7, 59)).empty());
    auto r = dueReminders({}, sent, receipts, {}, at({2026, 11, 25}, 8, 0));
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].key, (ReminderKey{K::Unread, "d1", "SoGD", 0}));
    EXPECT_EQ(r[1].key, (ReminderKey{K::Unread, "d1", "SoTC", 0}));
    EXPECT_EQ(r[0].directiveId, "d1");
    // sent once, never again
    const std::set<ReminderKey> done{r[0].key, r[1].key};
    EXPECT_TRUE(dueReminders({}, sent, receipts, done, at({2026, 12, 25}, 8, 0)).empty());
    // a unit that reads meanwhile is not reminded
    const Receipts more = foldReceipts({{"d1", "SoYT", "yt", published + kHour}, {"d1", "SoTC", "tc", published}});
    r = dueReminders({}, sent, more, {}, at({2026, 11, 26}, 8, 0));
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].key.unitId, "SoGD");
    // published just before midnight UTC = the next morning in Hanoi: counted from the Hanoi date
    const Dispatch night{"d2", {"SoTC"}, at({2026, 11, 23}, 23, 30, kUtc), kHanoi};
    EXPECT_EQ(unreadFromMs(night, {}), at({2026, 11, 26}, 8, 0));
}

TEST(Reminders, SortedByTimeThenKey) {
    const std::vector<TaskToRemind> tasks = {
        task("t2", S::InProgress, Deadline::endOf({2026, 12, 30})),
        task("t1", S::InProgress, Deadline::endOf({2026, 12, 30})),
        task("t0", S::InProgress, Deadline::endOf({2026, 12, 20})), // overdue
        task("t3", S::InProgress, Deadline::endOf({2027, 3, 1})),   // not yet
    };
    const std::vector<Dispatch> sent = {{"d9", {"SoTC"}, at({2026, 12, 1}, 9, 0), kHanoi}};
    auto r = dueReminders(tasks, sent, {}, {}, at({2026, 12, 28}, 9, 0));
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].key.kind, K::Unread); // due since 3 December
    EXPECT_EQ(r[1].key.kind, K::Overdue);
    EXPECT_EQ(r[1].key.subjectId, "t0");
    EXPECT_EQ(r[2].key.subjectId, "t1");
    EXPECT_EQ(r[3].key.subjectId, "t2");
    for (std::size_t i = 1; i < r.size(); ++i) EXPECT_LE(r[i - 1].dueFromMs, r[i].dueFromMs);
    EXPECT_EQ(reminderKindName(K::DeadlineSoon), "deadline_soon");
}
