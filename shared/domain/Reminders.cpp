#include "domain/Reminders.h"

#include <algorithm>
#include <tuple>

namespace ecabinet::domain {

std::string_view reminderKindName(ReminderKind k) {
    switch (k) {
    case ReminderKind::DeadlineSoon: return "deadline_soon";
    case ReminderKind::Overdue: return "overdue";
    case ReminderKind::Unread: return "unread";
    }
    return "?";
}

std::int64_t deadlineSoonFromMs(const Deadline &deadline, const ReminderRule &rule) {
    const LocalDate day = addDays(deadline.date, -std::int64_t{rule.daysBeforeDeadline});
    const std::int64_t from =
        startOfLocalDayMs(day, deadline.zone) + std::int64_t{rule.sendAtMinuteOfDay} * kMsPerMinute;
    return std::min(from, deadline.dueAtMs());
}

std::int64_t unreadFromMs(const Dispatch &d, const ReminderRule &rule) {
    const LocalDate day = addDays(localDateAt(d.publishedAtMs, d.issuerZone), std::int64_t{rule.unreadAfterDays});
    return startOfLocalDayMs(day, d.issuerZone) + std::int64_t{rule.sendAtMinuteOfDay} * kMsPerMinute;
}

std::vector<Reminder> dueReminders(const std::vector<TaskToRemind> &tasks, const std::vector<Dispatch> &sent,
                                   const Receipts &receipts, const std::set<ReminderKey> &alreadySent,
                                   std::int64_t nowMs, const ReminderRule &rule) {
    std::vector<Reminder> out;
    std::set<ReminderKey> added; // the same key twice in the input (a task listed twice) yields one
    auto add = [&](Reminder r) {
        if (nowMs < r.dueFromMs || alreadySent.contains(r.key)) return;
        if (!added.insert(r.key).second) return;
        out.push_back(std::move(r));
    };
    for (const auto &t : tasks) {
        if (!owesReport(t.timing.state)) continue;
        const std::int64_t due = t.timing.deadline.dueAtMs();
        if (nowMs <= due) {
            add({{ReminderKind::DeadlineSoon, t.taskId, t.leadUnit, due}, t.directiveId,
                 deadlineSoonFromMs(t.timing.deadline, rule)});
        } else if (rule.remindOverdue) {
            add({{ReminderKind::Overdue, t.taskId, t.leadUnit, due}, t.directiveId, due + 1});
        }
    }
    for (const auto &d : sent) {
        const std::int64_t from = unreadFromMs(d, rule);
        for (const auto &u : d.recipients)
            if (!receipts.contains({d.directiveId, u}))
                add({{ReminderKind::Unread, d.directiveId, u, 0}, d.directiveId, from});
    }
    std::sort(out.begin(), out.end(), [](const Reminder &a, const Reminder &b) {
        return std::tie(a.dueFromMs, a.key) < std::tie(b.dueFromMs, b.key);
    });
    return out;
}

} // namespace ecabinet::domain
