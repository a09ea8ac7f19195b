// The task state machine: every state × action × role (with and without a pending extension
// request), written out as a table, checked both on checkTransition and on a real Task driven
// into that state; then arguments, the log, deadline history and restore.
#include "domain/Task.h"

#include <gtest/gtest.h>

#include <map>

using namespace ecabinet::domain;
using Reason = TaskRefusal::Reason;
using S = TaskState;
using A = TaskAction;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000; // 2026-11-23 08:00 +07:00
constexpr std::int64_t kHour = 3'600'000;

const Actor kIssuer{"TU", "vp.nguyen"};
const Actor kLead{"SoTC", "tc.tran"};
const Actor kCoord{"SoKHDT", "kh.le"};
const Actor kOutsider{"SoYT", "yt.pham"};

const Deadline kDeadline = Deadline::endOf({2026, 12, 31});
const Deadline kLater = Deadline::endOf({2027, 1, 15});

TaskSpec spec() {
    TaskSpec s;
    s.id = "task-1";
    s.directiveId = "dir-45";
    s.title = "Báo cáo tiến độ giải ngân vốn đầu tư công";
    s.issuerUnit = "TU";
    s.leadUnit = "SoTC";
    s.coordinatingUnits = {"SoKHDT", "KBNN"};
    s.responsibleLeader = "tc.giamdoc";
    s.deadline = kDeadline;
    return s;
}

Task newTask() {
    auto t = Task::assign(spec(), kIssuer, kT0);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().text);
    return std::move(t).value();
}

const Actor &actorFor(TaskRole r) {
    switch (r) {
    case TaskRole::Issuer: return kIssuer;
    case TaskRole::Lead: return kLead;
    case TaskRole::Coordinating: return kCoord;
    case TaskRole::None: return kOutsider;
    }
    return kOutsider;
}

// A command with valid arguments for the action.
TaskCommand commandFor(A a, TaskRole r) {
    TaskCommand c{a, actorFor(r), "lý do / nội dung", std::nullopt};
    if (a == A::RequestExtension || a == A::GrantExtension) c.deadline = kLater;
    return c;
}

void must(Task &t, A a, TaskRole r, std::int64_t at) {
    auto got = t.apply(commandFor(a, r), at);
    ASSERT_TRUE(got.ok()) << taskActionName(a) << ": " << got.error().text;
}

// A task in `state` (reached by the shortest path), with a pending request if asked.
Task taskIn(S state, bool pending) {
    Task t = newTask();
    std::int64_t at = kT0;
    auto step = [&](A a, TaskRole r) { must(t, a, r, at += kHour); };
    if (state != S::Assigned) step(A::Acknowledge, TaskRole::Lead);
    if (state != S::Assigned && state != S::Acknowledged) step(A::Start, TaskRole::Lead);
    if (state == S::Reported || state == S::Returned || state == S::Done) step(A::Report, TaskRole::Lead);
    if (state == S::Returned) step(A::Return, TaskRole::Issuer);
    if (state == S::Done) step(A::Accept, TaskRole::Issuer);
    if (pending) step(A::RequestExtension, TaskRole::Lead);
    EXPECT_EQ(t.state(), state);
    EXPECT_EQ(t.pendingExtension().has_value(), pending);
    return t;
}

// The table. One string per (action, state): a cell per role, in the order
// Issuer, Lead, Coordinating, None.
//   '+' allowed   'n' NotInvolved   'r' RoleNotAllowed   'd' TaskDone   'w' WrongState
//   'p' ExtensionPending   'x' NoExtensionRequested
// Rows: Assigned, Acknowledged, InProgress, Reported, Returned, Done.
using Rows = std::array<const char *, 6>;
const std::map<A, Rows> kNoRequestPending = {
    {A::Assign,           {"wrrn", "wrrn", "wrrn", "wrrn", "wrrn", "drrn"}},
    {A::Acknowledge,      {"r+rn", "rwrn", "rwrn", "rwrn", "rwrn", "rdrn"}},
    {A::Start,            {"rwrn", "r+rn", "rwrn", "rwrn", "rwrn", "rdrn"}},
    {A::Report,           {"rwrn", "rwrn", "r+rn", "rwrn", "r+rn", "rdrn"}},
    {A::Accept,           {"wrrn", "wrrn", "wrrn", "+rrn", "wrrn", "drrn"}},
    {A::Return,           {"wrrn", "wrrn", "wrrn", "+rrn", "wrrn", "drrn"}},
    {A::RequestExtension, {"r+rn", "r+rn", "r+rn", "rwrn", "r+rn", "rdrn"}},
    {A::GrantExtension,   {"+rrn", "+rrn", "+rrn", "wrrn", "+rrn", "drrn"}},
    {A::RefuseExtension,  {"xrrn", "xrrn", "xrrn", "wrrn", "xrrn", "drrn"}},
    {A::Comment,          {"+++n", "+++n", "+++n", "+++n", "+++n", "dddn"}},
};
// With a request pending (only possible while work is open; Reported and Done rows unused).
const std::map<A, Rows> kRequestPending = {
    {A::Assign,           {"wrrn", "wrrn", "wrrn", "", "wrrn", ""}},
    {A::Acknowledge,      {"r+rn", "rwrn", "rwrn", "", "rwrn", ""}},
    {A::Start,            {"rwrn", "r+rn", "rwrn", "", "rwrn", ""}},
    {A::Report,           {"rwrn", "rwrn", "r+rn", "", "r+rn", ""}},
    {A::Accept,           {"wrrn", "wrrn", "wrrn", "", "wrrn", ""}},
    {A::Return,           {"wrrn", "wrrn", "wrrn", "", "wrrn", ""}},
    {A::RequestExtension, {"rprn", "rprn", "rprn", "", "rprn", ""}},
    {A::GrantExtension,   {"+rrn", "+rrn", "+rrn", "", "+rrn", ""}},
    {A::RefuseExtension,  {"+rrn", "+rrn", "+rrn", "", "+rrn", ""}},
    {A::Comment,          {"+++n", "+++n", "+++n", "", "+++n", ""}},
};

// Where an allowed action leads, written out independently of stateAfter().
S expectedTarget(S from, A a) {
    switch (a) {
    case A::Acknowledge: return S::Acknowledged;
    case A::Start: return S::InProgress;
    case A::Report: return S::Reported;
    case A::Accept: return S::Done;
    case A::Return: return S::Returned;
    default: return from;
    }
}

std::optional<Reason> reasonFor(char cell) {
    switch (cell) {
    case '+': return std::nullopt;
    case 'n': return Reason::NotInvolved;
    case 'r': return Reason::RoleNotAllowed;
    case 'd': return Reason::TaskDone;
    case 'w': return Reason::WrongState;
    case 'p': return Reason::ExtensionPending;
    case 'x': return Reason::NoExtensionRequested;
    }
    ADD_FAILURE() << "bad cell " << cell;
    return Reason::InvalidSpec;
}

int runTable(const std::map<A, Rows> &table, bool pending, int *allowedCount) {
    int cells = 0;
    EXPECT_EQ(table.size(), kAllTaskActions.size());
    for (A action : kAllTaskActions) {
        const Rows &rows = table.at(action);
        for (std::size_t si = 0; si < kAllTaskStates.size(); ++si) {
            const S state = kAllTaskStates[si];
            if (pending && (state == S::Reported || state == S::Done)) continue;
            const std::string row = rows[si];
            EXPECT_EQ(row.size(), kAllTaskRoles.size());
            for (std::size_t ri = 0; ri < kAllTaskRoles.size() && ri < row.size(); ++ri) {
                const TaskRole role = kAllTaskRoles[ri];
                SCOPED_TRACE(std::string(taskActionName(action)) + " in " + std::string(taskStateName(state)) +
                             (pending ? " (request pending)" : "") + " by " + std::string(taskRoleName(role)));
                ++cells;
                const auto want = reasonFor(row[ri]);

                auto checked = checkTransition(state, pending, action, role);
                EXPECT_EQ(checked.ok(), !want);
                if (!checked.ok() && want) {
                    EXPECT_EQ(checked.error().reason, *want);
                    EXPECT_FALSE(checked.error().text.empty());
                }

                Task t = taskIn(state, pending);
                const auto logBefore = t.log().size();
                const auto at = t.log().back().atMs + kHour;
                auto got = t.apply(commandFor(action, role), at);
                if (!want) {
                    ++*allowedCount;
                    if (!got.ok()) {
                        ADD_FAILURE() << "refused: " << got.error().text;
                        continue;
                    }
                    EXPECT_EQ(got->from, state);
                    EXPECT_EQ(got->to, expectedTarget(state, action));
                    EXPECT_EQ(got->action, action);
                    EXPECT_EQ(got->role, role);
                    EXPECT_EQ(got->actor, actorFor(role));
                    EXPECT_EQ(got->atMs, at);
                    EXPECT_EQ(t.state(), expectedTarget(state, action));
                    EXPECT_EQ(stateAfter(state, action), expectedTarget(state, action));
                    EXPECT_EQ(t.log().size(), logBefore + 1);
                    EXPECT_EQ(t.log().back(), *got);
                } else {
                    if (got.ok()) {
                        ADD_FAILURE() << "accepted";
                        continue;
                    }
                    EXPECT_EQ(got.error().reason, *want) << got.error().text;
                    EXPECT_FALSE(got.error().text.empty());
                    EXPECT_EQ(t.state(), state);
                    EXPECT_EQ(t.log().size(), logBefore);
                    EXPECT_EQ(t.pendingExtension().has_value(), pending);
                }
            }
        }
    }
    return cells;
}

} // namespace

TEST(TaskTable, EveryStateActionAndRoleWithoutPendingRequest) {
    int allowed = 0;
    const int cells = runTable(kNoRequestPending, false, &allowed);
    EXPECT_EQ(cells, 6 * 10 * 4);
    // ack 1, start 1, report 2, accept 1, return 1, request 4, grant 4, comment 15
    EXPECT_EQ(allowed, 1 + 1 + 2 + 1 + 1 + 4 + 4 + 15);
}

TEST(TaskTable, EveryStateActionAndRoleWithPendingRequest) {
    int allowed = 0;
    const int cells = runTable(kRequestPending, true, &allowed);
    EXPECT_EQ(cells, 4 * 10 * 4);
    // ack 1, start 1, report 2, grant 4, refuse 4, comment 12
    EXPECT_EQ(allowed, 1 + 1 + 2 + 4 + 4 + 12);
}

TEST(TaskTable, ReachableOnlyStatesHaveNoPendingRequestOnceReported) {
    // Reporting withdraws a pending request, so Reported / Done never carry one.
    Task t = taskIn(S::InProgress, true);
    auto rec = t.apply(commandFor(A::Report, TaskRole::Lead), kT0 + 10 * kHour);
    ASSERT_TRUE(rec.ok());
    EXPECT_TRUE(rec->withdrewExtensionRequest);
    EXPECT_FALSE(t.pendingExtension().has_value());
    EXPECT_EQ(t.deadline(), kDeadline); // the request was never granted
}

TEST(Task, NamesRoundTripAndAreDistinct) {
    std::set<std::string_view> names;
    for (auto s : kAllTaskStates) {
        EXPECT_EQ(parseTaskState(taskStateName(s)), s);
        names.insert(taskStateName(s));
    }
    EXPECT_EQ(names.size(), kAllTaskStates.size());
    EXPECT_EQ(taskStateName(S::InProgress), "in_progress");
    names.clear();
    for (auto a : kAllTaskActions) {
        EXPECT_EQ(parseTaskAction(taskActionName(a)), a);
        names.insert(taskActionName(a));
    }
    EXPECT_EQ(names.size(), kAllTaskActions.size());
    EXPECT_FALSE(parseTaskState("In_Progress"));
    EXPECT_FALSE(parseTaskAction("extend"));
    EXPECT_EQ(taskRoleName(TaskRole::Coordinating), "coordinating");
}

TEST(Task, AssignWritesTheFirstRecord) {
    Task t = newTask();
    EXPECT_EQ(t.state(), S::Assigned);
    ASSERT_EQ(t.log().size(), 1u);
    const auto &r = t.log().front();
    EXPECT_EQ(r.action, A::Assign);
    EXPECT_EQ(r.actor, kIssuer);
    EXPECT_EQ(r.role, TaskRole::Issuer);
    EXPECT_EQ(r.atMs, kT0);
    EXPECT_EQ(r.newDeadline, kDeadline);
    ASSERT_EQ(t.deadlineHistory().size(), 1u);
    EXPECT_FALSE(t.extended());
    EXPECT_EQ(t.roleOf("TU"), TaskRole::Issuer);
    EXPECT_EQ(t.roleOf("SoTC"), TaskRole::Lead);
    EXPECT_EQ(t.roleOf("KBNN"), TaskRole::Coordinating);
    EXPECT_EQ(t.roleOf("SoYT"), TaskRole::None);
    EXPECT_EQ(t.roleOf(""), TaskRole::None);
}

TEST(Task, AssignRefusesMalformedTasks) {
    auto refused = [](TaskSpec s, Reason why, const Actor &by = kIssuer, std::int64_t at = kT0) {
        auto t = Task::assign(std::move(s), by, at);
        ASSERT_FALSE(t.ok());
        EXPECT_EQ(t.error().reason, why) << t.error().text;
        EXPECT_FALSE(t.error().text.empty());
    };
    TaskSpec s = spec();
    s.id.clear();
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.leadUnit.clear();
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.issuerUnit.clear();
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.leadUnit = "TU";
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.coordinatingUnits.push_back("SoTC");
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.coordinatingUnits.push_back("TU");
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.coordinatingUnits.push_back("KBNN");
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.coordinatingUnits.push_back("");
    refused(s, Reason::InvalidSpec);
    s = spec();
    s.deadline = Deadline::endOf({2026, 2, 29});
    refused(s, Reason::InvalidDeadline);
    s = spec();
    s.deadline = Deadline::at({2026, 12, 31}, 24, 0);
    refused(s, Reason::InvalidDeadline);
    s = spec();
    s.deadline = Deadline::endOf({2026, 11, 22}); // yesterday in Hanoi
    refused(s, Reason::DeadlineInPast);
    refused(spec(), Reason::RoleNotAllowed, kLead);
    refused(spec(), Reason::RoleNotAllowed, kOutsider);
    // a deadline of today is fine
    s = spec();
    s.deadline = Deadline::endOf({2026, 11, 23});
    EXPECT_TRUE(Task::assign(s, kIssuer, kT0).ok());
}

TEST(Task, TextsAreRequiredWhereTheRulesSaySo) {
    struct Case { S state; bool pending; A action; TaskRole role; bool needsText; };
    const Case cases[] = {
        {S::Reported, false, A::Return, TaskRole::Issuer, true},
        {S::InProgress, true, A::RefuseExtension, TaskRole::Issuer, true},
        {S::InProgress, false, A::RequestExtension, TaskRole::Lead, true},
        {S::InProgress, false, A::Report, TaskRole::Lead, true},
        {S::Returned, false, A::Report, TaskRole::Lead, true},
        {S::Assigned, false, A::Comment, TaskRole::Coordinating, true},
        {S::Reported, false, A::Accept, TaskRole::Issuer, false},
        {S::Assigned, false, A::Acknowledge, TaskRole::Lead, false},
        {S::Acknowledged, false, A::Start, TaskRole::Lead, false},
        {S::InProgress, false, A::GrantExtension, TaskRole::Issuer, false},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(std::string(taskActionName(c.action)));
        for (const char *text : {"", "  \t\n"}) {
            Task t = taskIn(c.state, c.pending);
            TaskCommand cmd = commandFor(c.action, c.role);
            cmd.text = text;
            auto got = t.apply(cmd, kT0 + 100 * kHour);
            if (c.needsText) {
                ASSERT_FALSE(got.ok());
                EXPECT_EQ(got.error().reason, Reason::TextRequired);
            } else {
                EXPECT_TRUE(got.ok());
            }
        }
    }
}

TEST(Task, ExtensionArgumentsAreChecked) {
    for (A action : {A::RequestExtension, A::GrantExtension}) {
        SCOPED_TRACE(std::string(taskActionName(action)));
        const TaskRole role = action == A::GrantExtension ? TaskRole::Issuer : TaskRole::Lead;
        auto attempt = [&](std::optional<Deadline> d, std::int64_t at) {
            Task t = taskIn(S::InProgress, false);
            TaskCommand cmd = commandFor(action, role);
            cmd.deadline = d;
            return t.apply(cmd, at);
        };
        const std::int64_t at = kT0 + 5 * kHour;
        auto r = attempt(std::nullopt, at);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().reason, Reason::DeadlineRequired);
        r = attempt(Deadline::endOf({2027, 2, 30}), at);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().reason, Reason::InvalidDeadline);
        r = attempt(Deadline{{2027, 1, 5}, std::nullopt, UtcOffset{15 * 60}}, at);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().reason, Reason::InvalidDeadline);
        r = attempt(kDeadline, at); // the same deadline
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().reason, Reason::DeadlineNotLater);
        r = attempt(Deadline::at({2026, 12, 31}, 17, 0), at); // earlier on the same day
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().reason, Reason::DeadlineNotLater);
        r = attempt(Deadline::endOf({2026, 12, 31}, kUtc), at); // 7 hours later, in UTC
        EXPECT_TRUE(r.ok()) << r.error().text;
        // late: the deadline passed; an extension to a date that also passed is refused
        const std::int64_t inFebruary = startOfLocalDayMs({2027, 2, 1}, kHanoi);
        r = attempt(kLater, inFebruary);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().reason, Reason::DeadlineInPast);
        r = attempt(Deadline::endOf({2027, 2, 1}), inFebruary);
        EXPECT_TRUE(r.ok());
    }
}

TEST(Task, ExtensionsKeepTheDeadlineHistory) {
    Task t = taskIn(S::InProgress, false);
    const auto t1 = kT0 + 10 * kHour;
    TaskCommand ask{A::RequestExtension, kLead, "chờ số liệu của Kho bạc", kLater};
    auto rec = t.apply(ask, t1);
    ASSERT_TRUE(rec.ok());
    EXPECT_EQ(rec->previousDeadline, kDeadline);
    EXPECT_EQ(rec->newDeadline, kLater);
    ASSERT_TRUE(t.pendingExtension());
    EXPECT_EQ(t.pendingExtension()->proposed, kLater);
    EXPECT_EQ(t.pendingExtension()->by, kLead);
    EXPECT_EQ(t.deadline(), kDeadline); // not granted yet

    // the issuer grants less than asked
    const Deadline granted = Deadline::endOf({2027, 1, 10});
    rec = t.apply({A::GrantExtension, kIssuer, "đồng ý gia hạn đến 10/01", granted}, t1 + kHour);
    ASSERT_TRUE(rec.ok());
    EXPECT_EQ(rec->from, S::InProgress);
    EXPECT_EQ(rec->to, S::InProgress);
    EXPECT_EQ(rec->previousDeadline, kDeadline);
    EXPECT_EQ(rec->newDeadline, granted);
    EXPECT_FALSE(t.pendingExtension());
    EXPECT_EQ(t.deadline(), granted);
    EXPECT_TRUE(t.extended());
    ASSERT_EQ(t.deadlineHistory().size(), 2u);
    EXPECT_EQ(t.deadlineHistory()[0].deadline, kDeadline);
    EXPECT_EQ(t.deadlineHistory()[1].deadline, granted);
    EXPECT_EQ(t.deadlineHistory()[1].by, kIssuer);
    EXPECT_EQ(t.deadlineHistory()[1].atMs, t1 + kHour);

    // a refused request leaves the deadline alone
    rec = t.apply({A::RequestExtension, kLead, "thêm nữa", Deadline::endOf({2027, 3, 1})}, t1 + 2 * kHour);
    ASSERT_TRUE(rec.ok());
    rec = t.apply({A::RefuseExtension, kIssuer, "không gia hạn thêm", std::nullopt}, t1 + 3 * kHour);
    ASSERT_TRUE(rec.ok());
    EXPECT_FALSE(t.pendingExtension());
    EXPECT_EQ(t.deadline(), granted);
    EXPECT_EQ(t.deadlineHistory().size(), 2u);

    // the issuer extends on its own initiative, after a returned report
    must(t, A::Report, TaskRole::Lead, t1 + 4 * kHour);
    must(t, A::Return, TaskRole::Issuer, t1 + 5 * kHour);
    rec = t.apply({A::GrantExtension, kIssuer, "", Deadline::endOf({2027, 1, 20})}, t1 + 6 * kHour);
    ASSERT_TRUE(rec.ok());
    EXPECT_EQ(t.state(), S::Returned);
    EXPECT_EQ(t.deadlineHistory().size(), 3u);
}

TEST(Task, AFullLifeWithAReturnedReport) {
    Task t = newTask();
    std::int64_t at = kT0;
    must(t, A::Acknowledge, TaskRole::Lead, at += kHour);
    must(t, A::Start, TaskRole::Lead, at += kHour);
    must(t, A::Comment, TaskRole::Coordinating, at += kHour);
    must(t, A::Report, TaskRole::Lead, at += kHour);
    EXPECT_EQ(t.lastReportAtMs(), at);
    auto ret = t.apply({A::Return, kIssuer, "thiếu số liệu quý IV", std::nullopt}, at += kHour);
    ASSERT_TRUE(ret.ok());
    EXPECT_EQ(ret->text, "thiếu số liệu quý IV");
    EXPECT_EQ(ret->from, S::Reported);
    EXPECT_EQ(ret->to, S::Returned);
    must(t, A::Report, TaskRole::Lead, at += kHour);
    EXPECT_EQ(t.lastReportAtMs(), at);
    must(t, A::Accept, TaskRole::Issuer, at += kHour);
    EXPECT_EQ(t.state(), S::Done);
    EXPECT_EQ(t.doneAtMs(), at);

    std::vector<A> actions;
    for (const auto &r : t.log()) actions.push_back(r.action);
    EXPECT_EQ(actions, (std::vector<A>{A::Assign, A::Acknowledge, A::Start, A::Comment, A::Report, A::Return,
                                       A::Report, A::Accept}));
}

TEST(Task, TheLogIsInTimeOrder) {
    Task t = newTask();
    must(t, A::Acknowledge, TaskRole::Lead, kT0 + kHour);
    auto back = t.apply(commandFor(A::Start, TaskRole::Lead), kT0 + kHour - 1);
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().reason, Reason::ClockWentBack);
    EXPECT_EQ(t.state(), S::Acknowledged);
    EXPECT_TRUE(t.apply(commandFor(A::Start, TaskRole::Lead), kT0 + kHour).ok()); // same ms is fine
}

TEST(Task, RestoreReplaysTheLog) {
    Task t = newTask();
    std::int64_t at = kT0;
    must(t, A::Acknowledge, TaskRole::Lead, at += kHour);
    must(t, A::Start, TaskRole::Lead, at += kHour);
    must(t, A::RequestExtension, TaskRole::Lead, at += kHour);
    must(t, A::GrantExtension, TaskRole::Issuer, at += kHour);
    must(t, A::Report, TaskRole::Lead, at += kHour);

    // restored long after the original deadline: still fine
    auto r = Task::restore(spec(), t.log());
    ASSERT_TRUE(r.ok()) << r.error().text;
    EXPECT_EQ(r->state(), S::Reported);
    EXPECT_EQ(r->deadline(), kLater);
    EXPECT_EQ(r->deadlineHistory(), t.deadlineHistory());
    EXPECT_EQ(r->log(), t.log());
    EXPECT_EQ(r->lastReportAtMs(), t.lastReportAtMs());

    auto broken = [&](auto edit) {
        auto log = t.log();
        edit(log);
        auto got = Task::restore(spec(), log);
        ASSERT_FALSE(got.ok());
        EXPECT_EQ(got.error().reason, Reason::InvalidRecord) << got.error().text;
    };
    broken([](auto &log) { log.clear(); });
    broken([](auto &log) { log.erase(log.begin()); });                  // no assignment
    broken([](auto &log) { log.erase(log.begin() + 1); });              // start before acknowledge
    broken([](auto &log) { log[2].to = S::Reported; });                 // edited target
    broken([](auto &log) { log[4].newDeadline = kDeadline; });           // edited grant
    broken([](auto &log) { log[1].actor = kCoord; });                   // a coordinating unit acknowledged
    broken([](auto &log) { std::swap(log[2].atMs, log[3].atMs); });     // reordered in time
    broken([](auto &log) { log[0].newDeadline = kLater; });             // assignment differs from spec
    broken([](auto &log) { log[5].withdrewExtensionRequest = true; }); // nothing was pending
}
