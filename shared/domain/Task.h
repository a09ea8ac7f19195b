// A follow-up task of a directive: who must do what by when, and every step of it checked
// against the actor's rights and logged. Pure: time is passed in; the registry stores the
// returned log records (the log is the task's history; restore() rebuilds a task from it).
//
// States: Assigned → Acknowledged → InProgress → Reported → Done, and Returned (the issuer
// rejected the report with a reason; the lead unit works on and must report again).
//
// Rules we decided (tested in TaskTest; the full state × action × role table is there):
//  - Rights belong to units; the user who acted is recorded. A unit's role on a task is
//    Issuer (the unit that issued the directive), Lead, Coordinating, or None.
//      Lead only:    Acknowledge, Start, Report, RequestExtension.
//      Issuer only:  Accept, Return, GrantExtension, RefuseExtension.
//      Any party:    Comment (issuer, lead and coordinating units). Coordinating units may
//                    comment but do nothing else. A unit with no role is NotInvolved.
//      Nobody:       Assign on an existing task (a task is created once, by Task::assign).
//  - Checks run in this order, and the first failure is the answer: NotInvolved, then
//    RoleNotAllowed, then the state (TaskDone for a done task, else WrongState,
//    ExtensionPending, NoExtensionRequested), then the command's arguments, then the clock.
//    So a unit never learns more about a task than its role allows.
//  - Start is its own step (Acknowledged → InProgress); a report needs work to have started:
//    Report from InProgress or Returned only.
//  - "Extended" is not a workflow state: a task extended while in progress is still in
//    progress. An extension replaces the deadline and appends it to the deadline history
//    (the first entry is the original deadline); the task is "extended" when the history has
//    more than one entry. Making it a state would lose where the work stands.
//  - Extensions are possible while work is open: Assigned, Acknowledged, InProgress, Returned.
//    Not while Reported (the issuer evaluates first; returning the report reopens it) and not
//    when Done. The issuer may extend on its own initiative or answer a request; the date it
//    grants need not be the one asked for. One request may be pending at a time; reporting
//    withdraws a pending request (the record says so). A new deadline must be valid, later
//    than the current one, and not already past. Deadlines compare as instants; the registry
//    gives new deadlines the issuer's zone, like the first one.
//  - Texts: Return, RefuseExtension, RequestExtension (the reason), Report (its summary) and
//    Comment need a non-blank text; Accept, Acknowledge, Start and GrantExtension take an
//    optional one.
//  - A done task is closed: every action, comments too, is refused with TaskDone.
//  - The log is in time order: an action dated before the last record is refused
//    (ClockWentBack); equal times are accepted.
//  - A task is assigned with a deadline that is not yet past; the lead unit is not the issuer
//    and not a coordinating unit; coordinating units are distinct.
#pragma once

#include "common/Result.h"
#include "domain/Deadline.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecabinet::domain {

enum class TaskState { Assigned, Acknowledged, InProgress, Reported, Returned, Done };
inline constexpr std::array<TaskState, 6> kAllTaskStates = {
    TaskState::Assigned, TaskState::Acknowledged, TaskState::InProgress,
    TaskState::Reported, TaskState::Returned,     TaskState::Done};
// "assigned", "acknowledged", "in_progress", "reported", "returned", "done" (stored as such).
std::string_view taskStateName(TaskState state);
std::optional<TaskState> parseTaskState(std::string_view name);

enum class TaskAction {
    Assign, Acknowledge, Start, Report, Accept, Return,
    RequestExtension, GrantExtension, RefuseExtension, Comment,
};
inline constexpr std::array<TaskAction, 10> kAllTaskActions = {
    TaskAction::Assign,           TaskAction::Acknowledge,    TaskAction::Start,
    TaskAction::Report,           TaskAction::Accept,         TaskAction::Return,
    TaskAction::RequestExtension, TaskAction::GrantExtension, TaskAction::RefuseExtension,
    TaskAction::Comment};
// "assign", "acknowledge", "start", "report", "accept", "return", "request_extension",
// "grant_extension", "refuse_extension", "comment".
std::string_view taskActionName(TaskAction action);
std::optional<TaskAction> parseTaskAction(std::string_view name);

enum class TaskRole { Issuer, Lead, Coordinating, None };
inline constexpr std::array<TaskRole, 4> kAllTaskRoles = {TaskRole::Issuer, TaskRole::Lead,
                                                          TaskRole::Coordinating, TaskRole::None};
std::string_view taskRoleName(TaskRole role); // "issuer", "lead", "coordinating", "none"

struct TaskRefusal {
    enum class Reason {
        NotInvolved,          // the unit has no role on this task
        RoleNotAllowed,       // the unit's role may never do this
        TaskDone,             // the task is closed
        WrongState,           // not possible in the current state
        ExtensionPending,     // a request is already waiting for the issuer
        NoExtensionRequested, // refusing a request that does not exist
        TextRequired,         // reason / report summary / comment is blank
        DeadlineRequired,     // extension without a date
        InvalidDeadline,      // no such date or time, or zone beyond ±14:00
        DeadlineNotLater,     // an extension must move the deadline later
        DeadlineInPast,       // the new deadline has already passed
        ClockWentBack,        // dated before the last record of the task
        InvalidSpec,          // assign(): the task itself is malformed
        InvalidRecord,        // restore(): the stored log does not replay
    };
    Reason reason = Reason::InvalidSpec;
    std::string text;
};

struct TaskSpec {
    std::string id;
    std::string directiveId;
    std::string title;
    std::string issuerUnit;
    std::string leadUnit;
    std::vector<std::string> coordinatingUnits;
    std::string responsibleLeader; // a person of the lead unit (informative; rights are by unit)
    Deadline deadline;
    std::uint32_t reportEveryDays = 0; // report cadence; 0 = one final report
};

struct Actor {
    std::string unitId;
    std::string userId;
    bool operator==(const Actor &) const = default;
};

struct TaskCommand {
    TaskAction action = TaskAction::Comment;
    Actor actor;
    std::string text;                 // reason, report summary, comment, evaluation
    std::optional<Deadline> deadline; // RequestExtension (proposed) / GrantExtension (granted)
};

// One accepted action. For extension records `newDeadline` is the date asked for or granted
// and `previousDeadline` the deadline in force before.
struct TaskLogRecord {
    std::string taskId;
    TaskAction action = TaskAction::Assign;
    Actor actor;
    TaskRole role = TaskRole::None;
    TaskState from = TaskState::Assigned;
    TaskState to = TaskState::Assigned;
    std::int64_t atMs = 0;
    std::string text;
    std::optional<Deadline> previousDeadline;
    std::optional<Deadline> newDeadline;
    bool withdrewExtensionRequest = false; // a Report that withdrew a pending request
    bool operator==(const TaskLogRecord &) const = default;
};

struct DeadlineChange {
    Deadline deadline;
    std::int64_t atMs = 0;  // when it was set (assignment or grant)
    Actor by;
    std::string reason;
    bool operator==(const DeadlineChange &) const = default;
};

struct ExtensionRequest {
    Deadline proposed;
    std::string reason;
    Actor by;
    std::int64_t atMs = 0;
    bool operator==(const ExtensionRequest &) const = default;
};

// The rights table alone: may `role` do `action` in `state`, given whether an extension
// request is pending? (Arguments and the clock are Task::apply's business.)
Status<TaskRefusal> checkTransition(TaskState state, bool extensionPending, TaskAction action,
                                    TaskRole role);
// The state after an accepted action (unchanged for extensions and comments).
TaskState stateAfter(TaskState state, TaskAction action);

class Task {
public:
    // Creates the task; `by` must be the issuer unit. The log's first record is the Assign.
    static Result<Task, TaskRefusal> assign(TaskSpec spec, const Actor &by, std::int64_t nowMs);
    // Replays a stored log (as returned by assign/apply, in order); InvalidRecord if it does
    // not replay to the same records.
    static Result<Task, TaskRefusal> restore(TaskSpec spec, const std::vector<TaskLogRecord> &log);

    Result<TaskLogRecord, TaskRefusal> apply(const TaskCommand &command, std::int64_t nowMs);

    TaskRole roleOf(std::string_view unitId) const;

    const TaskSpec &spec() const { return spec_; }
    TaskState state() const { return state_; }
    const Deadline &deadline() const { return history_.back().deadline; } // in force
    const std::vector<DeadlineChange> &deadlineHistory() const { return history_; }
    bool extended() const { return history_.size() > 1; }
    const std::optional<ExtensionRequest> &pendingExtension() const { return pending_; }
    std::optional<std::int64_t> lastReportAtMs() const { return lastReportAtMs_; }
    std::optional<std::int64_t> doneAtMs() const { return doneAtMs_; }
    const std::vector<TaskLogRecord> &log() const { return log_; }

private:
    Task() = default;

    TaskSpec spec_;
    TaskState state_ = TaskState::Assigned;
    std::vector<DeadlineChange> history_; // never empty once assigned
    std::optional<ExtensionRequest> pending_;
    std::optional<std::int64_t> lastReportAtMs_, doneAtMs_;
    std::vector<TaskLogRecord> log_;
};

} // namespace ecabinet::domain
