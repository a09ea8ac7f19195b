#include "domain/Task.h"

#include <algorithm>
#include <set>

namespace ecabinet::domain {

namespace {

using Reason = TaskRefusal::Reason;

TaskRefusal refusal(Reason r, std::string text) { return {r, std::move(text)}; }

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Which role may do an action (Comment: any party).
bool roleMay(TaskAction action, TaskRole role) {
    switch (action) {
    case TaskAction::Acknowledge:
    case TaskAction::Start:
    case TaskAction::Report:
    case TaskAction::RequestExtension: return role == TaskRole::Lead;
    case TaskAction::Assign:
    case TaskAction::Accept:
    case TaskAction::Return:
    case TaskAction::GrantExtension:
    case TaskAction::RefuseExtension: return role == TaskRole::Issuer;
    case TaskAction::Comment: return role != TaskRole::None;
    }
    return false;
}

bool workOpen(TaskState s) {
    return s == TaskState::Assigned || s == TaskState::Acknowledged || s == TaskState::InProgress ||
           s == TaskState::Returned;
}

// Which states an action may start from.
bool stateAllows(TaskAction action, TaskState s) {
    switch (action) {
    case TaskAction::Assign: return false; // the task exists already
    case TaskAction::Acknowledge: return s == TaskState::Assigned;
    case TaskAction::Start: return s == TaskState::Acknowledged;
    case TaskAction::Report: return s == TaskState::InProgress || s == TaskState::Returned;
    case TaskAction::Accept:
    case TaskAction::Return: return s == TaskState::Reported;
    case TaskAction::RequestExtension:
    case TaskAction::GrantExtension:
    case TaskAction::RefuseExtension: return workOpen(s);
    case TaskAction::Comment: return s != TaskState::Done;
    }
    return false;
}

std::string what(TaskAction a) { return std::string(taskActionName(a)); }

} // namespace

std::string_view taskStateName(TaskState s) {
    switch (s) {
    case TaskState::Assigned: return "assigned";
    case TaskState::Acknowledged: return "acknowledged";
    case TaskState::InProgress: return "in_progress";
    case TaskState::Reported: return "reported";
    case TaskState::Returned: return "returned";
    case TaskState::Done: return "done";
    }
    return "?";
}

std::optional<TaskState> parseTaskState(std::string_view name) {
    for (auto s : kAllTaskStates)
        if (taskStateName(s) == name) return s;
    return std::nullopt;
}

std::string_view taskActionName(TaskAction a) {
    switch (a) {
    case TaskAction::Assign: return "assign";
    case TaskAction::Acknowledge: return "acknowledge";
    case TaskAction::Start: return "start";
    case TaskAction::Report: return "report";
    case TaskAction::Accept: return "accept";
    case TaskAction::Return: return "return";
    case TaskAction::RequestExtension: return "request_extension";
    case TaskAction::GrantExtension: return "grant_extension";
    case TaskAction::RefuseExtension: return "refuse_extension";
    case TaskAction::Comment: return "comment";
    }
    return "?";
}

std::optional<TaskAction> parseTaskAction(std::string_view name) {
    for (auto a : kAllTaskActions)
        if (taskActionName(a) == name) return a;
    return std::nullopt;
}

std::string_view taskRoleName(TaskRole r) {
    switch (r) {
    case TaskRole::Issuer: return "issuer";
    case TaskRole::Lead: return "lead";
    case TaskRole::Coordinating: return "coordinating";
    case TaskRole::None: return "none";
    }
    return "?";
}

Status<TaskRefusal> checkTransition(TaskState state, bool extensionPending, TaskAction action, TaskRole role) {
    const std::string act = what(action);
    if (role == TaskRole::None)
        return fail(refusal(Reason::NotInvolved, "your unit has no part in this task"));
    if (!roleMay(action, role)) {
        std::string who = action == TaskAction::Assign ? "the issuer"
                          : roleMay(action, TaskRole::Lead) ? "the lead unit"
                                                            : "the issuing unit";
        return fail(refusal(Reason::RoleNotAllowed, "only " + who + " may " + act + "; your unit is " +
                                                        std::string(taskRoleName(role)) + " on this task"));
    }
    if (state == TaskState::Done)
        return fail(refusal(Reason::TaskDone, "the task is done and closed; cannot " + act));
    if (!stateAllows(action, state))
        return fail(refusal(Reason::WrongState, "cannot " + act + " a task that is " +
                                                    std::string(taskStateName(state))));
    if (action == TaskAction::RequestExtension && extensionPending)
        return fail(refusal(Reason::ExtensionPending, "an extension request is already waiting for the issuer"));
    if (action == TaskAction::RefuseExtension && !extensionPending)
        return fail(refusal(Reason::NoExtensionRequested, "there is no extension request to refuse"));
    return {};
}

TaskState stateAfter(TaskState s, TaskAction a) {
    switch (a) {
    case TaskAction::Acknowledge: return TaskState::Acknowledged;
    case TaskAction::Start: return TaskState::InProgress;
    case TaskAction::Report: return TaskState::Reported;
    case TaskAction::Accept: return TaskState::Done;
    case TaskAction::Return: return TaskState::Returned;
    default: return s;
    }
}

TaskRole Task::roleOf(std::string_view unit) const {
    if (unit.empty()) return TaskRole::None;
    if (unit == spec_.issuerUnit) return TaskRole::Issuer;
    if (unit == spec_.leadUnit) return TaskRole::Lead;
    for (const auto &c : spec_.coordinatingUnits)
        if (c == unit) return TaskRole::Coordinating;
    return TaskRole::None;
}

Result<Task, TaskRefusal> Task::assign(TaskSpec spec, const Actor &by, std::int64_t nowMs) {
    auto bad = [](std::string t) { return fail(refusal(Reason::InvalidSpec, std::move(t))); };
    if (spec.id.empty()) return bad("the task has no id");
    if (spec.issuerUnit.empty()) return bad("the task has no issuing unit");
    if (spec.leadUnit.empty()) return bad("the task has no lead unit");
    if (spec.leadUnit == spec.issuerUnit) return bad("the lead unit cannot be the issuing unit");
    std::set<std::string> seen;
    for (const auto &c : spec.coordinatingUnits) {
        if (c.empty()) return bad("a coordinating unit has no id");
        if (c == spec.leadUnit) return bad("the lead unit " + c + " cannot also coordinate");
        if (c == spec.issuerUnit) return bad("the issuing unit " + c + " cannot coordinate its own task");
        if (!seen.insert(c).second) return bad("coordinating unit " + c + " is listed twice");
    }
    if (!spec.deadline.valid())
        return fail(refusal(Reason::InvalidDeadline, "the deadline is not a real date and time"));
    if (spec.deadline.dueAtMs() < nowMs)
        return fail(refusal(Reason::DeadlineInPast, "the deadline " + formatDeadline(spec.deadline) + " has passed"));

    Task t;
    t.spec_ = std::move(spec);
    if (t.roleOf(by.unitId) != TaskRole::Issuer)
        return fail(refusal(Reason::RoleNotAllowed, "only the issuing unit may assign its task"));
    t.history_.push_back({t.spec_.deadline, nowMs, by, ""});
    TaskLogRecord rec;
    rec.taskId = t.spec_.id;
    rec.action = TaskAction::Assign;
    rec.actor = by;
    rec.role = TaskRole::Issuer;
    rec.atMs = nowMs;
    rec.newDeadline = t.spec_.deadline;
    t.log_.push_back(rec);
    return t;
}

Result<TaskLogRecord, TaskRefusal> Task::apply(const TaskCommand &cmd, std::int64_t nowMs) {
    const TaskRole role = roleOf(cmd.actor.unitId);
    if (auto st = checkTransition(state_, pending_.has_value(), cmd.action, role); !st) return fail(st.error());

    const TaskAction a = cmd.action;
    const bool needsText = a == TaskAction::Return || a == TaskAction::RefuseExtension ||
                           a == TaskAction::RequestExtension || a == TaskAction::Report ||
                           a == TaskAction::Comment;
    if (needsText && blank(cmd.text)) {
        const char *t = a == TaskAction::Report    ? "a report needs a summary"
                        : a == TaskAction::Comment ? "a comment cannot be empty"
                                                   : "give a reason";
        return fail(refusal(Reason::TextRequired, t));
    }
    const bool moves = a == TaskAction::RequestExtension || a == TaskAction::GrantExtension;
    if (moves) {
        if (!cmd.deadline) return fail(refusal(Reason::DeadlineRequired, "an extension needs the new deadline"));
        if (!cmd.deadline->valid())
            return fail(refusal(Reason::InvalidDeadline, "the new deadline is not a real date and time"));
        if (cmd.deadline->dueAtMs() <= deadline().dueAtMs())
            return fail(refusal(Reason::DeadlineNotLater, "the new deadline " + formatDeadline(*cmd.deadline) +
                                                              " is not later than " + formatDeadline(deadline())));
        if (cmd.deadline->dueAtMs() < nowMs)
            return fail(refusal(Reason::DeadlineInPast, "the new deadline " + formatDeadline(*cmd.deadline) +
                                                            " has already passed"));
    }
    if (nowMs < log_.back().atMs)
        return fail(refusal(Reason::ClockWentBack, "the action is dated before the task's last record"));

    TaskLogRecord rec;
    rec.taskId = spec_.id;
    rec.action = a;
    rec.actor = cmd.actor;
    rec.role = role;
    rec.from = state_;
    rec.to = stateAfter(state_, a);
    rec.atMs = nowMs;
    rec.text = cmd.text;

    switch (a) {
    case TaskAction::Report:
        lastReportAtMs_ = nowMs;
        rec.withdrewExtensionRequest = pending_.has_value();
        pending_.reset();
        break;
    case TaskAction::Accept: doneAtMs_ = nowMs; break;
    case TaskAction::RequestExtension:
        rec.previousDeadline = deadline();
        rec.newDeadline = cmd.deadline;
        pending_ = ExtensionRequest{*cmd.deadline, cmd.text, cmd.actor, nowMs};
        break;
    case TaskAction::GrantExtension:
        rec.previousDeadline = deadline();
        rec.newDeadline = cmd.deadline;
        history_.push_back({*cmd.deadline, nowMs, cmd.actor, cmd.text});
        pending_.reset();
        break;
    case TaskAction::RefuseExtension: pending_.reset(); break;
    default: break;
    }
    state_ = rec.to;
    log_.push_back(rec);
    return rec;
}

Result<Task, TaskRefusal> Task::restore(TaskSpec spec, const std::vector<TaskLogRecord> &log) {
    auto invalid = [](std::size_t i, std::string t) {
        return fail(refusal(Reason::InvalidRecord, "task log record " + std::to_string(i + 1) + ": " + std::move(t)));
    };
    if (log.empty() || log.front().action != TaskAction::Assign)
        return invalid(0, "the log must start with the assignment");
    if (log.front().newDeadline != spec.deadline) return invalid(0, "the assigned deadline differs from the task's");
    // A stored task may be restored after its deadline passed: assign at the original time.
    auto task = assign(std::move(spec), log.front().actor, log.front().atMs);
    if (!task) return invalid(0, task.error().text);
    if (task->log_.front() != log.front()) return invalid(0, "the assignment does not match the task");
    for (std::size_t i = 1; i < log.size(); ++i) {
        const auto &r = log[i];
        TaskCommand cmd{r.action, r.actor, r.text, std::nullopt};
        if (r.action == TaskAction::RequestExtension || r.action == TaskAction::GrantExtension)
            cmd.deadline = r.newDeadline;
        auto got = task->apply(cmd, r.atMs);
        if (!got) return invalid(i, got.error().text);
        if (*got != r) return invalid(i, "the stored record differs from its replay");
    }
    return task;
}

} // namespace ecabinet::domain
