// Which reminders are due at a given time. Pure: the registry passes the tasks, the
// dispatches, the receipts and the keys of reminders already sent, and stores the keys of
// those it sends (UNIQUE on the key), so a reminder is never sent twice.
//
// Rules we decided (tested in RemindersTest):
//  - Kinds: DeadlineSoon (N days before a task's deadline), Overdue (the deadline passed),
//    Unread (a recipient has not opened a directive M days after it was published).
//  - Task reminders go to the lead unit, and only while it owes a report (Assigned,
//    Acknowledged, InProgress, Returned): a reported or done task gets none.
//  - The key is (kind, subject, unit, deadline instant): a task's DeadlineSoon and Overdue
//    reminders are sent once per deadline; an extension gives a new deadline, hence new
//    reminders. Unread reminders are keyed with deadline 0: once per (directive, unit).
//  - Reminders are sent in office hours: DeadlineSoon is due from `sendAtMinuteOfDay` (08:00
//    by default) local time in the issuer's zone on the date N calendar days before the
//    deadline's date (but never later than the deadline itself), until the deadline. Past the
//    deadline it is no longer due: Overdue takes its place (a scheduler that was down does not
//    send a stale "due soon"). Overdue is due from the first millisecond after the deadline.
//    Unread is due from `sendAtMinuteOfDay` local on the date M days after publication.
//  - A task assigned inside the window gets its DeadlineSoon reminder at once.
//  - The result is sorted by (due from, kind, subject, unit): the same input gives the same
//    list.
#pragma once

#include "domain/Receipts.h"
#include "domain/TaskTiming.h"

#include <compare>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ecabinet::domain {

enum class ReminderKind { DeadlineSoon, Overdue, Unread };
std::string_view reminderKindName(ReminderKind kind); // "deadline_soon", "overdue", "unread"

struct ReminderKey {
    ReminderKind kind = ReminderKind::DeadlineSoon;
    std::string subjectId; // task id (DeadlineSoon, Overdue) or directive id (Unread)
    std::string unitId;    // who is reminded
    std::int64_t deadlineMs = 0; // the deadline instant it is about; 0 for Unread
    auto operator<=>(const ReminderKey &) const = default;
};

struct Reminder {
    ReminderKey key;
    std::string directiveId;
    std::int64_t dueFromMs = 0;
    bool operator==(const Reminder &) const = default;
};

struct ReminderRule {
    std::uint32_t daysBeforeDeadline = 3;
    std::uint32_t unreadAfterDays = 2;
    std::int32_t sendAtMinuteOfDay = 8 * 60; // local time in the issuer's zone, 0..1439 (caller checks)
    bool remindOverdue = true;
};

struct TaskToRemind {
    std::string taskId;
    std::string directiveId;
    std::string leadUnit;
    TaskTiming timing;
};

// When a task's DeadlineSoon reminder becomes due (see the rules above).
std::int64_t deadlineSoonFromMs(const Deadline &deadline, const ReminderRule &rule);
// When an Unread reminder for a directive becomes due.
std::int64_t unreadFromMs(const Dispatch &dispatch, const ReminderRule &rule);

std::vector<Reminder> dueReminders(const std::vector<TaskToRemind> &tasks, const std::vector<Dispatch> &sent,
                                   const Receipts &receipts, const std::set<ReminderKey> &alreadySent,
                                   std::int64_t nowMs, const ReminderRule &rule = {});

} // namespace ecabinet::domain
