// The dashboard: reading and task statistics per unit and per directive, counted in SQL
// (the tables are large: 1,000 directives × 50 units × 5 tasks) with the rules of
// shared/domain (Receipts: read classes; TaskTiming: overdue = now > deadline while a report
// is owed, yellow = owed and the deadline's local date within 3 days, on time = the accepted
// report at or before the deadline). RegistryStatisticsTest checks these figures against the
// domain's own folds over the same rows.
#include "registry/RegistryHandlers.h"

#include "domain/Receipts.h"
#include "domain/Reminders.h"

#include <map>

namespace ecabinet::hub::registry {

namespace {

constexpr const char *kOwes = "('assigned','acknowledged','in_progress','returned')";

struct Figures {
    std::uint32_t total = 0, done = 0, open = 0, reported = 0, overdue = 0, yellow = 0, onTime = 0;
    void add(const Figures &o) {
        total += o.total; done += o.done; open += o.open; reported += o.reported;
        overdue += o.overdue; yellow += o.yellow; onTime += o.onTime;
    }
    void to(wire::TaskFigures &f) const {
        f.set_total(total);
        f.set_done(done);
        f.set_in_progress(open);
        f.set_reported(reported);
        f.set_overdue(overdue);
        f.set_red(overdue);
        f.set_yellow(yellow);
        f.set_green(total - overdue - yellow);
        f.set_done_on_time(onTime);
        const auto pct = domain::OnTimeRate{onTime, done}.percent();
        f.set_on_time_percent(pct ? static_cast<std::int32_t>(*pct) : -1);
        f.set_reports_in(reported + done);
        f.set_reports_expected(total);
    }
};

wire::ReadClassWire wireClass(domain::ReadClass c) {
    switch (c) {
    case domain::ReadClass::ReadAll: return wire::READ_CLASS_READ_ALL;
    case domain::ReadClass::SomeUnread: return wire::READ_CLASS_SOME_UNREAD;
    case domain::ReadClass::NoneRead: return wire::READ_CLASS_NONE_READ;
    case domain::ReadClass::NothingSent: return wire::READ_CLASS_NOTHING_SENT;
    }
    return wire::READ_CLASS_UNSPECIFIED;
}

} // namespace

wire::Statistics computeStatistics(Ctx &c, const wire::StatisticsFilter &in) {
    wire::StatisticsFilter f = in;
    if (!c.caller.dispatch) f.set_unit_id(c.caller.unitId); // a unit sees its own row only
    QString dirWhere;
    QVariantList dirBinds;
    if (!checkedDate(f.from_date(), "from_date").empty()) {
        dirWhere += QStringLiteral(" AND d.issued_date >= ?");
        dirBinds << q(f.from_date());
    }
    if (!checkedDate(f.to_date(), "to_date").empty()) {
        dirWhere += QStringLiteral(" AND d.issued_date <= ?");
        dirBinds << q(f.to_date());
    }
    if (!f.issuer_code().empty()) {
        dirWhere += QStringLiteral(" AND d.issuer_code = ?");
        dirBinds << q(f.issuer_code());
    }
    wire::Statistics st;
    st.set_computed_at_ms(c.now);

    // 1. Reading per unit: directives sent (in the filter) and opened.
    QString unitSql = QStringLiteral(
        "SELECT u.id, u.name, count(r.directive_id), count(rc.directive_id) FROM units u "
        "LEFT JOIN (recipients r JOIN directives d ON d.id = r.directive_id") + dirWhere + QStringLiteral(
        ") ON r.unit_id = u.id "
        "LEFT JOIN receipts rc ON rc.directive_id = r.directive_id AND rc.unit_id = r.unit_id "
        "WHERE u.kind = 'unit'");
    QVariantList unitBinds = dirBinds;
    if (!f.unit_id().empty()) {
        unitSql += QStringLiteral(" AND u.id = ?");
        unitBinds << q(f.unit_id());
    }
    auto units = c.db.query(unitSql + QStringLiteral(" GROUP BY u.id, u.name ORDER BY u.name, u.id"), unitBinds);
    std::map<std::string, int> unitIndex;
    while (units.next()) {
        auto *u = st.add_units();
        u->set_unit_id(s(units.value(0)));
        u->set_unit_name(s(units.value(1)));
        u->set_sent(units.value(2).toUInt());
        u->set_read(units.value(3).toUInt());
        const auto cls = domain::readClassOf(u->sent(), u->read());
        u->set_read_class(wireClass(cls));
        switch (cls) {
        case domain::ReadClass::ReadAll: st.set_units_read_all(st.units_read_all() + 1); break;
        case domain::ReadClass::SomeUnread: st.set_units_some_unread(st.units_some_unread() + 1); break;
        case domain::ReadClass::NoneRead: st.set_units_none_read(st.units_none_read() + 1); break;
        case domain::ReadClass::NothingSent: st.set_units_nothing_sent(st.units_nothing_sent() + 1); break;
        }
        unitIndex[u->unit_id()] = st.units_size() - 1;
    }

    // 2. Directives in the filter (for a unit: those sent to it), with their reading.
    QString dSql = QStringLiteral(
        "SELECT d.id, d.number, d.title, d.issued_date, "
        "(SELECT count(*) FROM recipients x WHERE x.directive_id = d.id), "
        "(SELECT count(*) FROM receipts y WHERE y.directive_id = d.id) FROM directives d WHERE 1 = 1") + dirWhere;
    QVariantList dBinds = dirBinds;
    if (!f.unit_id().empty()) {
        dSql += QStringLiteral(" AND EXISTS (SELECT 1 FROM recipients z WHERE z.directive_id = d.id AND z.unit_id = ?)");
        dBinds << q(f.unit_id());
    }
    auto dirs = c.db.query(dSql + QStringLiteral(" ORDER BY d.published_ms DESC, d.id DESC"), dBinds);
    std::map<std::string, int> dirIndex;
    while (dirs.next()) {
        auto *d = st.add_directives();
        d->set_directive_id(s(dirs.value(0)));
        d->set_number(s(dirs.value(1)));
        d->set_title(s(dirs.value(2)));
        d->set_issued_date(s(dirs.value(3)));
        d->set_recipients(dirs.value(4).toUInt());
        d->set_read(dirs.value(5).toUInt());
        dirIndex[d->directive_id()] = st.directives_size() - 1;
    }

    // 3. Tasks, grouped by (directive, lead unit), judged at `now`.
    const QString owes = QString::fromLatin1(kOwes);
    QString tSql = QStringLiteral(
        "SELECT t.directive_id, t.lead_unit, count(*), "
        "sum(CASE WHEN t.state = 'done' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.state IN %1 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.state = 'reported' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.state IN %1 AND t.due_ms < ? THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.state IN %1 AND t.due_ms >= ? AND "
        "t.deadline_day - ((CAST(? AS BIGINT) + t.zone_minutes * 60000) / 86400000) <= ? THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.state = 'done' AND t.last_report_ms <= t.due_ms THEN 1 ELSE 0 END) "
        "FROM tasks t JOIN directives d ON d.id = t.directive_id WHERE 1 = 1").arg(owes) + dirWhere;
    QVariantList tBinds{i64(c.now), i64(c.now), i64(c.now), domain::TrafficLightRule{}.yellowWithinDays};
    tBinds += dirBinds;
    if (!f.unit_id().empty()) {
        tSql += QStringLiteral(" AND t.lead_unit = ?");
        tBinds << q(f.unit_id());
    }
    auto tasks = c.db.query(tSql + QStringLiteral(" GROUP BY t.directive_id, t.lead_unit"), tBinds);
    std::map<std::string, Figures> byUnit, byDirective;
    Figures all;
    while (tasks.next()) {
        Figures g;
        g.total = tasks.value(2).toUInt();
        g.done = tasks.value(3).toUInt();
        g.open = tasks.value(4).toUInt();
        g.reported = tasks.value(5).toUInt();
        g.overdue = tasks.value(6).toUInt();
        g.yellow = tasks.value(7).toUInt();
        g.onTime = tasks.value(8).toUInt();
        byDirective[s(tasks.value(0))].add(g);
        byUnit[s(tasks.value(1))].add(g);
        all.add(g);
    }
    all.to(*st.mutable_tasks());
    for (auto &[id, g] : byUnit)
        if (auto it = unitIndex.find(id); it != unitIndex.end()) g.to(*st.mutable_units(it->second)->mutable_tasks());
    for (auto &[id, g] : byDirective)
        if (auto it = dirIndex.find(id); it != dirIndex.end()) g.to(*st.mutable_directives(it->second)->mutable_tasks());
    for (auto &u : *st.mutable_units())
        if (!u.has_tasks()) Figures{}.to(*u.mutable_tasks());
    for (auto &d : *st.mutable_directives())
        if (!d.has_tasks()) Figures{}.to(*d.mutable_tasks());
    return st;
}

void getStatistics(Ctx &c, const wire::GetStatistics &r, wire::RegistryEnvelope &out) {
    *out.mutable_statistics() = computeStatistics(c, r.filter());
}

void listReminders(Ctx &c, const wire::ListReminders &r, wire::RegistryEnvelope &out) {
    QString sql = QStringLiteral("SELECT m.kind, m.directive_id, d.number, m.subject_id, m.unit_id, m.due_from_ms, "
                                 "m.created_ms, m.deadline FROM reminders m JOIN directives d ON d.id = m.directive_id "
                                 "WHERE m.created_ms > ?");
    QVariantList b{i64(r.since_ms())};
    if (!c.caller.dispatch) {
        sql += QStringLiteral(" AND m.unit_id = ?");
        b << q(c.caller.unitId);
    }
    b << (r.limit() == 0 ? 200u : std::min<std::uint32_t>(r.limit(), 5000));
    auto rows = c.db.query(sql + QStringLiteral(" ORDER BY m.created_ms DESC, m.due_from_ms DESC LIMIT ?"), b);
    auto *list = out.mutable_reminder_list();
    while (rows.next()) {
        auto *m = list->add_reminders();
        const std::string kind = s(rows.value(0));
        m->set_kind(kind == "deadline_soon" ? wire::REMINDER_KIND_DEADLINE_SOON
                    : kind == "overdue"     ? wire::REMINDER_KIND_OVERDUE
                                            : wire::REMINDER_KIND_UNREAD);
        m->set_directive_id(s(rows.value(1)));
        m->set_directive_number(s(rows.value(2)));
        if (kind != "unread") m->set_task_id(s(rows.value(3)));
        m->set_unit_id(s(rows.value(4)));
        m->set_due_from_ms(rows.value(5).toLongLong());
        m->set_created_at_ms(rows.value(6).toLongLong());
        m->set_deadline(s(rows.value(7)));
        m->set_text(kind == "unread" ? "directive " + m->directive_number() + " is not yet opened"
                    : kind == "overdue" ? "task " + m->task_id() + " of " + m->directive_number() + " is overdue (deadline " + m->deadline() + ")"
                                        : "task " + m->task_id() + " of " + m->directive_number() + " is due " + m->deadline());
    }
}

// Reminders: the domain decides what is due from the open tasks, the directives with unread
// recipients and the keys already stored; the primary key stores each once even when two
// registry processes run this at the same minute.
std::size_t RegistryService::generateReminders() {
    using namespace domain;
    const std::int64_t now = nowMs();
    RegistryDb::Transaction tx(db_);
    std::vector<TaskToRemind> tasks;
    auto t = db_.query(QStringLiteral("SELECT id, directive_id, lead_unit, state, deadline, zone_minutes, last_report_ms "
                                      "FROM tasks WHERE state IN ('assigned','acknowledged','in_progress','returned')"));
    while (t.next()) {
        auto dl = parseDeadline(s(t.value(4)), UtcOffset{t.value(5).toInt()});
        if (!dl) continue;
        TaskTiming timing{parseTaskState(s(t.value(3))).value_or(TaskState::Assigned), *dl, std::nullopt};
        if (!t.value(6).isNull()) timing.lastReportAtMs = t.value(6).toLongLong();
        tasks.push_back({s(t.value(0)), s(t.value(1)), s(t.value(2)), timing});
    }
    std::map<std::string, Dispatch> dispatches;
    auto u = db_.query(QStringLiteral(
        "SELECT r.directive_id, r.unit_id, d.published_ms FROM recipients r JOIN directives d ON d.id = r.directive_id "
        "LEFT JOIN receipts rc ON rc.directive_id = r.directive_id AND rc.unit_id = r.unit_id WHERE rc.unit_id IS NULL "
        "ORDER BY r.directive_id, r.position"));
    while (u.next()) {
        auto &d = dispatches[s(u.value(0))];
        d.directiveId = s(u.value(0));
        d.recipients.push_back(s(u.value(1)));
        d.publishedAtMs = u.value(2).toLongLong();
        d.issuerZone = config_.issuerZone;
    }
    std::vector<Dispatch> sent;
    for (auto &[id, d] : dispatches) sent.push_back(std::move(d));
    std::set<ReminderKey> already;
    auto k = db_.query(QStringLiteral("SELECT kind, subject_id, unit_id, deadline_ms FROM reminders"));
    while (k.next()) {
        const std::string kind = s(k.value(0));
        already.insert({kind == "deadline_soon" ? ReminderKind::DeadlineSoon : kind == "overdue" ? ReminderKind::Overdue
                                                                                                   : ReminderKind::Unread,
                        s(k.value(1)), s(k.value(2)), k.value(3).toLongLong()});
    }
    std::map<std::string, std::string> deadlineText;
    for (const auto &x : tasks) deadlineText[x.taskId] = formatDeadline(x.timing.deadline);
    const auto due = dueReminders(tasks, sent, Receipts{}, already, now);
    std::size_t added = 0;
    for (const auto &r : due) {
        auto ins = db_.exec(QStringLiteral("INSERT INTO reminders(kind, subject_id, unit_id, deadline_ms, directive_id, deadline, "
                                           "due_from_ms, created_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                            {q(std::string(reminderKindName(r.key.kind))), q(r.key.subjectId), q(r.key.unitId),
                             i64(r.key.deadlineMs), q(r.directiveId), q(deadlineText[r.key.subjectId]), i64(r.dueFromMs), i64(now)});
        added += ins.numRowsAffected() > 0 ? 1 : 0;
    }
    tx.commit();
    return added;
}

} // namespace ecabinet::hub::registry
