#include "domain/TaskTiming.h"

namespace ecabinet::domain {

TaskTiming TaskTiming::of(const Task &task) {
    return {task.state(), task.deadline(), task.lastReportAtMs()};
}

bool owesReport(TaskState s) {
    return s == TaskState::Assigned || s == TaskState::Acknowledged || s == TaskState::InProgress ||
           s == TaskState::Returned;
}

bool isOverdue(const TaskTiming &t, std::int64_t nowMs) {
    return owesReport(t.state) && nowMs > t.deadline.dueAtMs();
}

bool reportedLate(const TaskTiming &t) {
    return (t.state == TaskState::Reported || t.state == TaskState::Done) && t.lastReportAtMs &&
           *t.lastReportAtMs > t.deadline.dueAtMs();
}

bool doneOnTime(const TaskTiming &t) {
    return t.state == TaskState::Done && t.lastReportAtMs && *t.lastReportAtMs <= t.deadline.dueAtMs();
}

std::int64_t daysLeft(const TaskTiming &t, std::int64_t nowMs) {
    return daysBetween(localDateAt(nowMs, t.deadline.zone), t.deadline.date);
}

std::string_view trafficLightName(TrafficLight l) {
    switch (l) {
    case TrafficLight::Green: return "green";
    case TrafficLight::Yellow: return "yellow";
    case TrafficLight::Red: return "red";
    }
    return "?";
}

TrafficLight trafficLight(const TaskTiming &t, std::int64_t nowMs, const TrafficLightRule &rule) {
    if (isOverdue(t, nowMs)) return TrafficLight::Red;
    if (owesReport(t.state) && daysLeft(t, nowMs) <= std::int64_t{rule.yellowWithinDays})
        return TrafficLight::Yellow;
    return TrafficLight::Green;
}

std::optional<std::uint32_t> OnTimeRate::percent() const {
    if (done == 0) return std::nullopt;
    const std::uint64_t num = std::uint64_t{onTime} * 200 + done; // (100·onTime + done/2) / done
    return static_cast<std::uint32_t>(num / (std::uint64_t{done} * 2));
}

TaskCounts countTasks(const std::vector<TaskTiming> &tasks, std::int64_t nowMs, const TrafficLightRule &rule) {
    TaskCounts c;
    for (const auto &t : tasks) {
        ++c.total;
        switch (t.state) {
        case TaskState::Assigned: ++c.assigned; break;
        case TaskState::Acknowledged: ++c.acknowledged; break;
        case TaskState::InProgress: ++c.inProgress; break;
        case TaskState::Reported: ++c.reported; break;
        case TaskState::Returned: ++c.returned; break;
        case TaskState::Done: ++c.done; break;
        }
        if (isOverdue(t, nowMs)) ++c.overdue;
        switch (trafficLight(t, nowMs, rule)) {
        case TrafficLight::Red: ++c.red; break;
        case TrafficLight::Yellow: ++c.yellow; break;
        case TrafficLight::Green: ++c.green; break;
        }
        if (reportedLate(t)) ++c.reportedLate;
        if (t.state == TaskState::Done) {
            ++c.onTime.done;
            if (doneOnTime(t)) ++c.onTime.onTime;
        }
    }
    return c;
}

} // namespace ecabinet::domain
