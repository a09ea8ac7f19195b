// Time judgements on tasks for the unit's desk and the dashboard: overdue (derived, never
// stored), the traffic light, and the on-time rate. Pure: `now` is passed in.
//
// Rules we decided (tested in TaskTimingTest):
//  - The deadline in force is the last one granted (Task::deadline()); it is an instant:
//    the end of the issuer's local day (23:59:59.999), or the given time (Deadline.h).
//  - Overdue = now > deadline and the lead unit still owes the report: the state is
//    Assigned, Acknowledged, InProgress or Returned. At exactly the deadline it is not yet
//    overdue.
//  - A Reported task awaits the issuer: the report stopped the clock, so it is not overdue
//    however long the evaluation takes. If the report came after the deadline the task "was
//    reported late" (reportedLate). A Returned task owes a new report: the clock runs again
//    against the deadline in force (the issuer extends it if returning left too little time).
//  - Done is never overdue. A done task was on time when its accepted report (the last one)
//    came at or before the deadline in force at that moment; the time the issuer took to
//    accept does not count against the unit.
//  - Traffic light: Red = overdue; Yellow = the lead unit owes a report and the deadline's date
//    is at most N calendar days after today's date, both in the issuer's zone (N = 0: yellow
//    on the day itself; default N = 3); Green = everything else (on track, reported, done).
//  - On-time rate = done on time ÷ done, kept as an exact fraction; no done task = no rate
//    (not 0 %, not 100 %). The percentage shown is rounded half up.
#pragma once

#include "domain/Task.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ecabinet::domain {

// What time judgements need of a task; from a Task or straight from a store row.
struct TaskTiming {
    TaskState state = TaskState::Assigned;
    Deadline deadline;                          // in force
    std::optional<std::int64_t> lastReportAtMs; // the latest report, if any

    static TaskTiming of(const Task &task);
    bool operator==(const TaskTiming &) const = default;
};

bool owesReport(TaskState state); // Assigned, Acknowledged, InProgress, Returned
bool isOverdue(const TaskTiming &task, std::int64_t nowMs);
bool reportedLate(const TaskTiming &task);  // Reported or Done, last report after the deadline
bool doneOnTime(const TaskTiming &task);    // Done, last report at or before the deadline

// Calendar days from today (in the deadline's zone) to the deadline's date; negative once the
// date is past. 0 on the day itself.
std::int64_t daysLeft(const TaskTiming &task, std::int64_t nowMs);

enum class TrafficLight { Green, Yellow, Red };
std::string_view trafficLightName(TrafficLight light); // "green", "yellow", "red"

struct TrafficLightRule {
    std::uint32_t yellowWithinDays = 3;
};

TrafficLight trafficLight(const TaskTiming &task, std::int64_t nowMs, const TrafficLightRule &rule = {});

struct OnTimeRate {
    std::uint32_t onTime = 0;
    std::uint32_t done = 0;
    // nullopt when nothing is done; else round-half-up of 100 × onTime ÷ done.
    std::optional<std::uint32_t> percent() const;
    bool operator==(const OnTimeRate &) const = default;
};

// The dashboard's task row for one directive, unit or period.
struct TaskCounts {
    std::uint32_t total = 0;
    std::uint32_t assigned = 0, acknowledged = 0, inProgress = 0, reported = 0, returned = 0, done = 0;
    std::uint32_t overdue = 0;
    std::uint32_t red = 0, yellow = 0, green = 0;
    std::uint32_t reportedLate = 0; // among reported and done
    OnTimeRate onTime;
    bool operator==(const TaskCounts &) const = default;
};

TaskCounts countTasks(const std::vector<TaskTiming> &tasks, std::int64_t nowMs,
                      const TrafficLightRule &rule = {});

} // namespace ecabinet::domain
