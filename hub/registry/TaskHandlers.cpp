// Tasks: assignment, the caller's view, and every step through shared/domain/Task (the log
// is replayed with Task::restore, the step applied with Task::apply, the record stored).
#include "registry/RegistryHandlers.h"

#include <set>

namespace ecabinet::hub::registry {

using namespace domain;

namespace {

std::int64_t localDay(const Deadline &d) { return daysSinceEpoch(d.date); }

Deadline parsedDeadline(const std::string &text, std::int32_t zoneMinutes, const std::string &what) {
    auto d = parseDeadline(text, UtcOffset{zoneMinutes});
    if (!d) throw RegistryDbError("stored " + what + " '" + text + "' does not parse: " + d.error());
    return *d;
}

std::optional<Deadline> optDeadline(const QVariant &v, std::int32_t zone) {
    if (v.isNull() || s(v).empty()) return std::nullopt;
    return parsedDeadline(s(v), zone, "deadline");
}

QVariant optText(const std::optional<Deadline> &d) { return d ? QVariant(q(formatDeadline(*d))) : QVariant(QMetaType(QMetaType::QString)); }

struct LoadedTask {
    TaskSpec spec;
    std::vector<TaskLogRecord> log;
    std::int32_t zone = 0;
    std::string directiveNumber;
};

std::optional<LoadedTask> loadTask(Ctx &c, const std::string &id) {
    auto row = c.db.query(QStringLiteral(
                              "SELECT t.directive_id, t.title, t.issuer_unit, t.lead_unit, t.responsible_leader, "
                              "t.original_deadline, t.zone_minutes, t.report_every_days, d.number FROM tasks t "
                              "JOIN directives d ON d.id = t.directive_id WHERE t.id = ?"),
                          {q(id)});
    if (!row.next()) return std::nullopt;
    LoadedTask t;
    t.spec.id = id;
    t.spec.directiveId = s(row.value(0));
    t.spec.title = s(row.value(1));
    t.spec.issuerUnit = s(row.value(2));
    t.spec.leadUnit = s(row.value(3));
    t.spec.responsibleLeader = s(row.value(4));
    t.zone = row.value(6).toInt();
    t.spec.deadline = parsedDeadline(s(row.value(5)), t.zone, "original deadline");
    t.spec.reportEveryDays = row.value(7).toUInt();
    t.directiveNumber = s(row.value(8));
    row.finish();
    auto co = c.db.query(QStringLiteral("SELECT unit_id FROM task_units WHERE task_id = ? AND role = 'coordinating' ORDER BY position"), {q(id)});
    while (co.next()) t.spec.coordinatingUnits.push_back(s(co.value(0)));
    auto log = c.db.query(QStringLiteral("SELECT action, actor_account, actor_unit, role, from_state, to_state, at_ms, text, "
                                         "previous_deadline, new_deadline, withdrew_extension FROM task_log WHERE task_id = ? ORDER BY seq"),
                          {q(id)});
    while (log.next()) {
        TaskLogRecord r;
        r.taskId = id;
        r.action = parseTaskAction(s(log.value(0))).value_or(TaskAction::Comment);
        r.actor = {s(log.value(2)), s(log.value(1))};
        const std::string role = s(log.value(3));
        r.role = role == "issuer" ? TaskRole::Issuer : role == "lead" ? TaskRole::Lead
                 : role == "coordinating" ? TaskRole::Coordinating : TaskRole::None;
        r.from = parseTaskState(s(log.value(4))).value_or(TaskState::Assigned);
        r.to = parseTaskState(s(log.value(5))).value_or(TaskState::Assigned);
        r.atMs = log.value(6).toLongLong();
        r.text = s(log.value(7));
        r.previousDeadline = optDeadline(log.value(8), t.zone);
        r.newDeadline = optDeadline(log.value(9), t.zone);
        r.withdrewExtensionRequest = log.value(10).toInt() != 0;
        t.log.push_back(std::move(r));
    }
    return t;
}

bool mayNotSee(Ctx &c, const std::string &taskId) {
    if (c.caller.dispatch) return false;
    return c.db.scalar(QStringLiteral("SELECT count(*) FROM task_units WHERE task_id = ? AND unit_id = ?"),
                       {q(taskId), q(c.caller.unitId)}).toInt() == 0;
}

void writeLog(Ctx &c, const TaskLogRecord &r, int seq) {
    c.db.exec(QStringLiteral("INSERT INTO task_log(task_id, seq, action, actor_account, actor_unit, role, from_state, to_state, "
                             "at_ms, text, previous_deadline, new_deadline, withdrew_extension) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {q(r.taskId), seq, q(std::string(taskActionName(r.action))), q(r.actor.userId), q(r.actor.unitId),
               q(std::string(taskRoleName(r.role))), q(std::string(taskStateName(r.from))), q(std::string(taskStateName(r.to))),
               i64(r.atMs), q(r.text), optText(r.previousDeadline), optText(r.newDeadline), r.withdrewExtensionRequest ? 1 : 0});
}

wire::TaskActionWire toWire(TaskAction a) { return wireAction(a); }

std::optional<TaskAction> fromWire(wire::TaskActionWire a) {
    switch (a) {
    case wire::TASK_ACTION_ACKNOWLEDGE: return TaskAction::Acknowledge;
    case wire::TASK_ACTION_START: return TaskAction::Start;
    case wire::TASK_ACTION_REPORT: return TaskAction::Report;
    case wire::TASK_ACTION_ACCEPT: return TaskAction::Accept;
    case wire::TASK_ACTION_RETURN: return TaskAction::Return;
    case wire::TASK_ACTION_REQUEST_EXTENSION: return TaskAction::RequestExtension;
    case wire::TASK_ACTION_GRANT_EXTENSION: return TaskAction::GrantExtension;
    case wire::TASK_ACTION_REFUSE_EXTENSION: return TaskAction::RefuseExtension;
    case wire::TASK_ACTION_COMMENT: return TaskAction::Comment;
    default: return std::nullopt;
    }
}

void fillDetail(Ctx &c, const std::string &id, wire::TaskDetail &detail) {
    auto views = loadTaskViews(c, QStringLiteral("t.id = ?"), {q(id)});
    if (views.empty()) throw Refusal(wire::ERROR_NOT_FOUND, "no task " + id);
    *detail.mutable_task() = views.front();
    auto log = c.db.query(QStringLiteral("SELECT seq, action, actor_account, actor_unit, role, from_state, to_state, at_ms, text, "
                                         "previous_deadline, new_deadline FROM task_log WHERE task_id = ? ORDER BY seq"), {q(id)});
    while (log.next()) {
        auto *e = detail.add_log();
        e->set_seq(log.value(0).toUInt());
        e->set_action(toWire(parseTaskAction(s(log.value(1))).value_or(TaskAction::Comment)));
        e->set_actor_account(s(log.value(2)));
        e->set_actor_unit(s(log.value(3)));
        const std::string role = s(log.value(4));
        e->set_role(role == "issuer" ? wire::TASK_ROLE_ISSUER : role == "lead" ? wire::TASK_ROLE_LEAD
                    : role == "coordinating" ? wire::TASK_ROLE_COORDINATING : wire::TASK_ROLE_NONE);
        e->set_from(wireState(parseTaskState(s(log.value(5))).value_or(TaskState::Assigned)));
        e->set_to(wireState(parseTaskState(s(log.value(6))).value_or(TaskState::Assigned)));
        e->set_at_ms(log.value(7).toLongLong());
        e->set_text(s(log.value(8)));
        e->set_previous_deadline(s(log.value(9)));
        e->set_new_deadline(s(log.value(10)));
    }
    auto att = c.db.query(QStringLiteral("SELECT a.seq, a.sha256, a.name, a.content_type, f.size FROM log_attachments a "
                                         "JOIN attachments f ON f.sha256 = a.sha256 WHERE a.task_id = ? ORDER BY a.seq, a.position"), {q(id)});
    while (att.next()) {
        const auto seq = att.value(0).toInt();
        if (seq < 1 || seq > detail.log_size()) continue;
        auto *ref = detail.mutable_log(seq - 1)->add_attachments();
        ref->set_sha256(s(att.value(1)));
        ref->set_name(s(att.value(2)));
        ref->set_content_type(s(att.value(3)));
        ref->set_size(att.value(4).toULongLong());
    }
    auto dl = c.db.query(QStringLiteral("SELECT deadline, set_ms, set_by, reason FROM task_deadlines WHERE task_id = ? ORDER BY seq"), {q(id)});
    while (dl.next()) {
        auto *d = detail.add_deadlines();
        d->set_deadline(s(dl.value(0)));
        d->set_set_at_ms(dl.value(1).toLongLong());
        d->set_set_by(s(dl.value(2)));
        d->set_reason(s(dl.value(3)));
    }
}

} // namespace

std::string insertTask(Ctx &c, const std::string &directiveId, const std::string &number,
                       const std::vector<std::string> &recipients, const wire::TaskDraft &draft, int position) {
    const std::string label = "task " + std::to_string(position);
    auto fail = [&](const std::string &what) { throw Refusal(wire::ERROR_INVALID_DIRECTIVE, label + ": " + what); };
    if (draft.title().find_first_not_of(" \t\r\n") == std::string::npos) fail("the task needs a title");
    const std::set<std::string> rec(recipients.begin(), recipients.end());
    if (!rec.contains(draft.lead_unit())) fail("the lead unit '" + draft.lead_unit() + "' is not a recipient of the directive");
    for (const auto &u : draft.coordinating_units())
        if (!rec.contains(u)) fail("the coordinating unit '" + u + "' is not a recipient of the directive");
    auto deadline = parseDeadline(draft.deadline(), c.config.issuerZone);
    if (!deadline) fail("deadline: " + deadline.error());
    TaskSpec spec;
    spec.id = directiveId + "." + std::to_string(position);
    spec.directiveId = directiveId;
    spec.title = draft.title();
    spec.issuerUnit = c.caller.unitId;
    spec.leadUnit = draft.lead_unit();
    spec.coordinatingUnits.assign(draft.coordinating_units().begin(), draft.coordinating_units().end());
    spec.responsibleLeader = draft.responsible_leader();
    spec.deadline = *deadline;
    spec.reportEveryDays = draft.report_every_days();
    auto task = Task::assign(spec, {c.caller.unitId, c.caller.accountId}, c.now);
    if (!task) fail(task.error().text);
    const std::string dl = formatDeadline(*deadline);
    c.db.exec(QStringLiteral("INSERT INTO tasks(id, directive_id, position, title, issuer_unit, lead_unit, responsible_leader, "
                             "report_every_days, original_deadline, deadline, due_ms, deadline_day, zone_minutes, state, "
                             "last_report_ms, extension_proposed, assigned_ms, log_count) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'assigned', NULL, NULL, ?, 1)"),
              {q(spec.id), q(directiveId), position, q(spec.title), q(spec.issuerUnit), q(spec.leadUnit),
               q(spec.responsibleLeader), spec.reportEveryDays, q(dl), q(dl), i64(deadline->dueAtMs()),
               i64(localDay(*deadline)), deadline->zone.minutes, i64(c.now)});
    c.db.exec(QStringLiteral("INSERT INTO task_units(task_id, unit_id, role, position, directive_id) VALUES(?, ?, 'lead', 0, ?)"),
              {q(spec.id), q(spec.leadUnit), q(directiveId)});
    int p = 0;
    for (const auto &u : spec.coordinatingUnits)
        c.db.exec(QStringLiteral("INSERT INTO task_units(task_id, unit_id, role, position, directive_id) VALUES(?, ?, 'coordinating', ?, ?)"),
                  {q(spec.id), q(u), ++p, q(directiveId)});
    writeLog(c, task->log().front(), 1);
    c.db.exec(QStringLiteral("INSERT INTO task_deadlines(task_id, seq, deadline, due_ms, set_ms, set_by, reason) VALUES(?, 1, ?, ?, ?, ?, '')"),
              {q(spec.id), q(dl), i64(deadline->dueAtMs()), i64(c.now), q(c.caller.accountId)});
    (void)number;
    return spec.id;
}

std::vector<wire::TaskView> loadTaskViews(Ctx &c, const QString &where, const QVariantList &binds, const QString &tail) {
    QString sql = QStringLiteral(
        "SELECT t.id, t.directive_id, d.number, t.title, t.issuer_unit, t.lead_unit, t.responsible_leader, t.deadline, "
        "t.due_ms, t.original_deadline, t.state, t.report_every_days, t.last_report_ms, t.extension_proposed, "
        "t.zone_minutes, t.assigned_ms FROM tasks t JOIN directives d ON d.id = t.directive_id WHERE ") + where;
    QVariantList b = binds;
    if (!c.caller.dispatch) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM task_units v WHERE v.task_id = t.id AND v.unit_id = ?)");
        b << q(c.caller.unitId);
    }
    auto rows = c.db.query(sql + tail, b);
    std::vector<wire::TaskView> out;
    while (rows.next()) {
        wire::TaskView v;
        v.set_id(s(rows.value(0)));
        v.set_directive_id(s(rows.value(1)));
        v.set_directive_number(s(rows.value(2)));
        v.set_title(s(rows.value(3)));
        v.set_issuer_unit(s(rows.value(4)));
        v.set_lead_unit(s(rows.value(5)));
        v.set_responsible_leader(s(rows.value(6)));
        v.set_deadline(s(rows.value(7)));
        v.set_due_at_ms(rows.value(8).toLongLong());
        v.set_original_deadline(s(rows.value(9)));
        v.set_extended(v.deadline() != v.original_deadline());
        const auto state = parseTaskState(s(rows.value(10))).value_or(TaskState::Assigned);
        v.set_state(wireState(state));
        v.set_report_every_days(rows.value(11).toUInt());
        if (!rows.value(12).isNull()) v.set_last_report_at_ms(rows.value(12).toLongLong());
        v.set_extension_pending(!rows.value(13).isNull());
        v.set_extension_proposed(s(rows.value(13)));
        v.set_assigned_at_ms(rows.value(15).toLongLong());
        // Derived now, with the domain's rules (shared/domain/TaskTiming).
        TaskTiming timing{state, parsedDeadline(v.deadline(), rows.value(14).toInt(), "deadline"), std::nullopt};
        if (!rows.value(12).isNull()) timing.lastReportAtMs = rows.value(12).toLongLong();
        v.set_overdue(isOverdue(timing, c.now));
        v.set_light(wireLight(trafficLight(timing, c.now)));
        v.set_days_left(daysLeft(timing, c.now));
        const std::string me = c.caller.unitId;
        v.set_your_role(me == v.issuer_unit() ? wire::TASK_ROLE_ISSUER : me == v.lead_unit() ? wire::TASK_ROLE_LEAD : wire::TASK_ROLE_NONE);
        out.push_back(std::move(v));
    }
    rows.finish();
    for (auto &v : out) {
        auto co = c.db.query(QStringLiteral("SELECT unit_id FROM task_units WHERE task_id = ? AND role = 'coordinating' ORDER BY position"), {q(v.id())});
        while (co.next()) {
            v.add_coordinating_units(s(co.value(0)));
            if (s(co.value(0)) == c.caller.unitId) v.set_your_role(wire::TASK_ROLE_COORDINATING);
        }
    }
    return out;
}

void listTasks(Ctx &c, const wire::ListTasks &r, wire::RegistryEnvelope &out) {
    const std::uint32_t limit = r.limit() == 0 ? 200 : std::min<std::uint32_t>(r.limit(), 5000);
    QString where = QStringLiteral("1 = 1");
    QVariantList b;
    if (!r.directive_id().empty()) {
        where += QStringLiteral(" AND t.directive_id = ?");
        b << q(r.directive_id());
    }
    if (c.caller.dispatch && !r.unit_id().empty()) {
        where += QStringLiteral(" AND t.lead_unit = ?");
        b << q(r.unit_id());
    }
    if (r.states_size() > 0) {
        QStringList names;
        for (int st : r.states()) {
            for (auto ds : kAllTaskStates)
                if (wireState(ds) == st) {
                    names << QStringLiteral("?");
                    b << q(std::string(taskStateName(ds)));
                }
        }
        if (!names.isEmpty()) where += QStringLiteral(" AND t.state IN (") + names.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (r.overdue_only()) {
        where += QStringLiteral(" AND t.due_ms < ? AND t.state IN ('assigned','acknowledged','in_progress','returned')");
        b << i64(c.now);
    }
    auto all = loadTaskViews(c, where, b, QStringLiteral(" ORDER BY t.due_ms, t.id"));
    auto *list = out.mutable_task_list();
    list->set_total(static_cast<std::uint32_t>(all.size()));
    for (std::size_t i = r.offset(); i < all.size() && i < r.offset() + static_cast<std::size_t>(limit); ++i)
        *list->add_tasks() = std::move(all[i]);
}

void getTask(Ctx &c, const wire::GetTask &r, wire::RegistryEnvelope &out) {
    if (mayNotSee(c, r.task_id())) throw Refusal(wire::ERROR_NOT_FOUND, "no task " + r.task_id());
    fillDetail(c, r.task_id(), *out.mutable_task_detail());
}

void taskStep(Ctx &c, const wire::TaskStep &r, wire::RegistryEnvelope &out) {
    const std::string id = r.task_id();
    // A unit that has no part in the task learns nothing about it, not even that it exists.
    if (mayNotSee(c, id)) throw Refusal(wire::ERROR_NOT_FOUND, "no task " + id);
    if (const QString lock = c.db.lockTaskSql(); !lock.isEmpty()) c.db.exec(lock, {q(id)});
    auto loaded = loadTask(c, id);
    if (!loaded) throw Refusal(wire::ERROR_NOT_FOUND, "no task " + id);
    auto task = Task::restore(loaded->spec, loaded->log);
    if (!task) throw RegistryDbError("task " + id + " does not replay: " + task.error().text);
    if (r.expected_state() != wire::TASK_STATE_UNSPECIFIED && r.expected_state() != wireState(task->state()))
        throw Refusal(wire::ERROR_CONFLICT, "the task is " + std::string(taskStateName(task->state())) + " now; look again");
    const auto action = fromWire(r.action());
    if (!action) throw Refusal(wire::ERROR_NOT_A_REQUEST, "not a task step: action " + std::to_string(r.action()));
    TaskCommand cmd{*action, {c.caller.unitId, c.caller.accountId}, r.text(), std::nullopt};
    if (!r.deadline().empty()) {
        auto d = parseDeadline(r.deadline(), UtcOffset{loaded->zone});
        if (!d)
            throw Refusal(wire::ERROR_TRANSITION_REFUSED, "the deadline '" + r.deadline() + "' is not valid: " + d.error(),
                          "invalid_deadline");
        cmd.deadline = *d;
    }
    auto rec = task->apply(cmd, c.now);
    if (!rec) throw Refusal(wire::ERROR_TRANSITION_REFUSED, rec.error().text, refusalName(rec.error().reason));
    for (const auto &a : r.attachments())
        if (c.db.scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE sha256 = ?"), {q(a.sha256())}).toInt() == 0)
            throw Refusal(wire::ERROR_ATTACHMENT_MISSING, "attachment " + a.name() + " (" + a.sha256() + ") was not uploaded");
    const int seq = static_cast<int>(loaded->log.size()) + 1;
    writeLog(c, *rec, seq);
    int pos = 0;
    for (const auto &a : r.attachments())
        c.db.exec(QStringLiteral("INSERT INTO log_attachments(task_id, seq, position, sha256, name, content_type) VALUES(?, ?, ?, ?, ?, ?)"),
                  {q(id), seq, ++pos, q(a.sha256()), q(a.name()), q(a.content_type())});
    const Deadline &inForce = task->deadline();
    const auto &pending = task->pendingExtension();
    QVariant lastReport = task->lastReportAtMs() ? i64(*task->lastReportAtMs()) : QVariant(QMetaType(QMetaType::LongLong));
    c.db.exec(QStringLiteral("UPDATE tasks SET state = ?, deadline = ?, due_ms = ?, deadline_day = ?, last_report_ms = ?, "
                             "extension_proposed = ?, log_count = ? WHERE id = ?"),
              {q(std::string(taskStateName(task->state()))), q(formatDeadline(inForce)), i64(inForce.dueAtMs()),
               i64(localDay(inForce)), lastReport,
               pending ? QVariant(q(formatDeadline(pending->proposed))) : QVariant(QMetaType(QMetaType::QString)), seq, q(id)});
    if (*action == TaskAction::GrantExtension) {
        const int n = static_cast<int>(task->deadlineHistory().size());
        c.db.exec(QStringLiteral("INSERT INTO task_deadlines(task_id, seq, deadline, due_ms, set_ms, set_by, reason) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                  {q(id), n, q(formatDeadline(inForce)), i64(inForce.dueAtMs()), i64(c.now), q(c.caller.accountId), q(r.text())});
    }
    fillDetail(c, id, *out.mutable_task_detail());
}

wire::TaskStateWire wireState(TaskState st) {
    switch (st) {
    case TaskState::Assigned: return wire::TASK_STATE_ASSIGNED;
    case TaskState::Acknowledged: return wire::TASK_STATE_ACKNOWLEDGED;
    case TaskState::InProgress: return wire::TASK_STATE_IN_PROGRESS;
    case TaskState::Reported: return wire::TASK_STATE_REPORTED;
    case TaskState::Returned: return wire::TASK_STATE_RETURNED;
    case TaskState::Done: return wire::TASK_STATE_DONE;
    }
    return wire::TASK_STATE_UNSPECIFIED;
}

wire::TaskActionWire wireAction(TaskAction a) {
    switch (a) {
    case TaskAction::Assign: return wire::TASK_ACTION_ASSIGN;
    case TaskAction::Acknowledge: return wire::TASK_ACTION_ACKNOWLEDGE;
    case TaskAction::Start: return wire::TASK_ACTION_START;
    case TaskAction::Report: return wire::TASK_ACTION_REPORT;
    case TaskAction::Accept: return wire::TASK_ACTION_ACCEPT;
    case TaskAction::Return: return wire::TASK_ACTION_RETURN;
    case TaskAction::RequestExtension: return wire::TASK_ACTION_REQUEST_EXTENSION;
    case TaskAction::GrantExtension: return wire::TASK_ACTION_GRANT_EXTENSION;
    case TaskAction::RefuseExtension: return wire::TASK_ACTION_REFUSE_EXTENSION;
    case TaskAction::Comment: return wire::TASK_ACTION_COMMENT;
    }
    return wire::TASK_ACTION_UNSPECIFIED;
}

wire::TrafficLightWire wireLight(TrafficLight l) {
    switch (l) {
    case TrafficLight::Green: return wire::TRAFFIC_LIGHT_GREEN;
    case TrafficLight::Yellow: return wire::TRAFFIC_LIGHT_YELLOW;
    case TrafficLight::Red: return wire::TRAFFIC_LIGHT_RED;
    }
    return wire::TRAFFIC_LIGHT_UNSPECIFIED;
}

std::string refusalName(TaskRefusal::Reason r) {
    using R = TaskRefusal::Reason;
    switch (r) {
    case R::NotInvolved: return "not_involved";
    case R::RoleNotAllowed: return "role_not_allowed";
    case R::TaskDone: return "task_done";
    case R::WrongState: return "wrong_state";
    case R::ExtensionPending: return "extension_pending";
    case R::NoExtensionRequested: return "no_extension_requested";
    case R::TextRequired: return "text_required";
    case R::DeadlineRequired: return "deadline_required";
    case R::InvalidDeadline: return "invalid_deadline";
    case R::DeadlineNotLater: return "deadline_not_later";
    case R::DeadlineInPast: return "deadline_in_past";
    case R::ClockWentBack: return "clock_went_back";
    case R::InvalidSpec: return "invalid_spec";
    case R::InvalidRecord: return "invalid_record";
    }
    return "unknown";
}

} // namespace ecabinet::hub::registry
