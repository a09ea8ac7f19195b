#include "registry/RegistryRows.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ecabinet::client::rows {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RegistryRows", text); }
QString q(const std::string &s) { return QString::fromStdString(s); }

QStringList list(const google::protobuf::RepeatedPtrField<std::string> &items) {
    QStringList out;
    for (const auto &s : items) out << q(s);
    return out;
}

QString readClassName(wire::ReadClassWire c) {
    switch (c) {
    case wire::READ_CLASS_READ_ALL: return QStringLiteral("all");
    case wire::READ_CLASS_SOME_UNREAD: return QStringLiteral("some");
    case wire::READ_CLASS_NONE_READ: return QStringLiteral("none");
    default: return QStringLiteral("nothing");
    }
}

void putFigures(QVariantMap &row, const wire::TaskFigures &f) {
    row.insert(QStringLiteral("tasks"), f.total());
    row.insert(QStringLiteral("done"), f.done());
    row.insert(QStringLiteral("inProgress"), f.in_progress() + f.reported());
    row.insert(QStringLiteral("overdue"), f.overdue());
    row.insert(QStringLiteral("red"), f.red());
    row.insert(QStringLiteral("yellow"), f.yellow());
    row.insert(QStringLiteral("green"), f.green());
    row.insert(QStringLiteral("onTime"), f.done_on_time());
    row.insert(QStringLiteral("onTimePercent"), f.on_time_percent());
    row.insert(QStringLiteral("reportsIn"), f.reports_in());
    row.insert(QStringLiteral("reportsExpected"), f.reports_expected());
}
} // namespace

QDateTime fromMs(qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime(); }

QDate parseDate(const std::string &text) {
    return QDate::fromString(q(text).left(10), Qt::ISODate);
}

QString dateText(const std::string &deadline) {
    const QString s = q(deadline);
    const QDate date = parseDate(deadline);
    if (!date.isValid()) return s;
    QString out = QLocale().toString(date, QLocale::ShortFormat);
    if (s.size() > 10) out += QLatin1Char(' ') + s.mid(11);
    return out;
}

QString stateName(wire::TaskStateWire s) {
    switch (s) {
    case wire::TASK_STATE_ASSIGNED: return QStringLiteral("assigned");
    case wire::TASK_STATE_ACKNOWLEDGED: return QStringLiteral("acknowledged");
    case wire::TASK_STATE_IN_PROGRESS: return QStringLiteral("in_progress");
    case wire::TASK_STATE_REPORTED: return QStringLiteral("reported");
    case wire::TASK_STATE_RETURNED: return QStringLiteral("returned");
    case wire::TASK_STATE_DONE: return QStringLiteral("done");
    default: return {};
    }
}

QString stateText(wire::TaskStateWire s) {
    switch (s) {
    case wire::TASK_STATE_ASSIGNED: return tr("Assigned");
    case wire::TASK_STATE_ACKNOWLEDGED: return tr("Acknowledged");
    case wire::TASK_STATE_IN_PROGRESS: return tr("In progress");
    case wire::TASK_STATE_REPORTED: return tr("Reported, awaiting evaluation");
    case wire::TASK_STATE_RETURNED: return tr("Report returned");
    case wire::TASK_STATE_DONE: return tr("Done");
    default: return {};
    }
}

QString actionName(wire::TaskActionWire a) {
    switch (a) {
    case wire::TASK_ACTION_ASSIGN: return QStringLiteral("assign");
    case wire::TASK_ACTION_ACKNOWLEDGE: return QStringLiteral("acknowledge");
    case wire::TASK_ACTION_START: return QStringLiteral("start");
    case wire::TASK_ACTION_REPORT: return QStringLiteral("report");
    case wire::TASK_ACTION_ACCEPT: return QStringLiteral("accept");
    case wire::TASK_ACTION_RETURN: return QStringLiteral("return");
    case wire::TASK_ACTION_REQUEST_EXTENSION: return QStringLiteral("request_extension");
    case wire::TASK_ACTION_GRANT_EXTENSION: return QStringLiteral("grant_extension");
    case wire::TASK_ACTION_REFUSE_EXTENSION: return QStringLiteral("refuse_extension");
    case wire::TASK_ACTION_COMMENT: return QStringLiteral("comment");
    default: return {};
    }
}

QString actionText(wire::TaskActionWire a) {
    switch (a) {
    case wire::TASK_ACTION_ASSIGN: return tr("Assigned");
    case wire::TASK_ACTION_ACKNOWLEDGE: return tr("Acknowledged");
    case wire::TASK_ACTION_START: return tr("Work started");
    case wire::TASK_ACTION_REPORT: return tr("Progress reported");
    case wire::TASK_ACTION_ACCEPT: return tr("Report accepted");
    case wire::TASK_ACTION_RETURN: return tr("Report returned");
    case wire::TASK_ACTION_REQUEST_EXTENSION: return tr("Extension requested");
    case wire::TASK_ACTION_GRANT_EXTENSION: return tr("Deadline extended");
    case wire::TASK_ACTION_REFUSE_EXTENSION: return tr("Extension refused");
    case wire::TASK_ACTION_COMMENT: return tr("Comment");
    default: return {};
    }
}

QString roleName(wire::TaskRoleWire r) {
    switch (r) {
    case wire::TASK_ROLE_ISSUER: return QStringLiteral("issuer");
    case wire::TASK_ROLE_LEAD: return QStringLiteral("lead");
    case wire::TASK_ROLE_COORDINATING: return QStringLiteral("coordinating");
    default: return QStringLiteral("none");
    }
}

QString lightName(wire::TrafficLightWire l) {
    switch (l) {
    case wire::TRAFFIC_LIGHT_RED: return QStringLiteral("red");
    case wire::TRAFFIC_LIGHT_YELLOW: return QStringLiteral("yellow");
    default: return QStringLiteral("green");
    }
}

QVariantMap directive(const wire::DirectiveSummary &d, const QString &issuerName) {
    return {
        {QStringLiteral("directiveId"), q(d.id())},
        {QStringLiteral("number"), q(d.number())},
        {QStringLiteral("title"), q(d.title())},
        {QStringLiteral("text"), QString()},
        {QStringLiteral("issuerUnit"), q(d.issuer_unit())},
        {QStringLiteral("issuerName"), issuerName},
        {QStringLiteral("signer"), QString()},
        {QStringLiteral("issuedDate"), parseDate(d.issued_date())},
        {QStringLiteral("publishedAt"), fromMs(d.published_at_ms())},
        {QStringLiteral("published"), !d.number().empty()},
        {QStringLiteral("recipients"), QStringList()},
        {QStringLiteral("recipientNames"), QString()},
        {QStringLiteral("unread"), d.unread()},
        {QStringLiteral("firstReadAt"), fromMs(d.first_read_ms())},
        {QStringLiteral("lastReadAt"), fromMs(d.last_read_ms())},
        {QStringLiteral("readCount"), d.read_by()},
        {QStringLiteral("recipientCount"), d.recipients()},
        {QStringLiteral("taskCount"), d.tasks()},
        {QStringLiteral("conclusionIds"), QStringList()},
        {QStringLiteral("pdfAvailable"), false},
    };
}

QVariantMap task(const wire::TaskView &t, const QString &leadName, const QString &coordinatingNames) {
    return {
        {QStringLiteral("taskId"), q(t.id())},
        {QStringLiteral("directiveId"), q(t.directive_id())},
        {QStringLiteral("directiveNumber"), q(t.directive_number())},
        {QStringLiteral("title"), q(t.title())},
        {QStringLiteral("issuerUnit"), q(t.issuer_unit())},
        {QStringLiteral("leadUnit"), q(t.lead_unit())},
        {QStringLiteral("leadUnitName"), leadName},
        {QStringLiteral("coordinatingUnits"), list(t.coordinating_units())},
        {QStringLiteral("coordinatingNames"), coordinatingNames},
        {QStringLiteral("responsibleLeader"), q(t.responsible_leader())},
        {QStringLiteral("deadline"), fromMs(t.due_at_ms())},
        {QStringLiteral("deadlineText"), dateText(t.deadline())},
        {QStringLiteral("deadlineDate"), parseDate(t.deadline())},
        {QStringLiteral("originalDeadline"), dateText(t.original_deadline())},
        {QStringLiteral("reportEveryDays"), t.report_every_days()},
        {QStringLiteral("taskState"), stateName(t.state())},
        {QStringLiteral("stateText"), stateText(t.state())},
        {QStringLiteral("light"), lightName(t.light())},
        {QStringLiteral("overdue"), t.overdue()},
        {QStringLiteral("daysLeft"), static_cast<int>(t.days_left())},
        {QStringLiteral("extended"), t.extended()},
        {QStringLiteral("extensionPending"), t.extension_pending()},
        {QStringLiteral("extensionAsked"), dateText(t.extension_proposed())},
        {QStringLiteral("extensionReason"), QString()},
        {QStringLiteral("myRole"), roleName(t.your_role())},
        {QStringLiteral("lastReport"), QString()},
        {QStringLiteral("lastEvaluation"), QString()},
    };
}

QVariantMap logEntry(const wire::TaskLogEntry &e) {
    QStringList files, hashes;
    for (const auto &a : e.attachments()) {
        files << q(a.name());
        hashes << q(a.sha256());
    }
    return {
        {QStringLiteral("recordId"), QString::number(e.seq())},
        {QStringLiteral("at"), fromMs(e.at_ms())},
        {QStringLiteral("action"), actionName(e.action())},
        {QStringLiteral("actionText"), actionText(e.action())},
        {QStringLiteral("actorUnit"), q(e.actor_unit())},
        {QStringLiteral("actorUser"), q(e.actor_account())},
        {QStringLiteral("fromState"), stateName(e.from())},
        {QStringLiteral("toState"), stateName(e.to())},
        {QStringLiteral("text"), q(e.text())},
        {QStringLiteral("newDeadline"), dateText(e.new_deadline())},
        {QStringLiteral("attachments"), files},
        {QStringLiteral("attachmentHashes"), hashes}, // same order as attachments
    };
}

QVariantMap comment(const wire::TaskLogEntry &e, const QString &unitName, bool mine) {
    return {
        {QStringLiteral("commentId"), QString::number(e.seq())},
        {QStringLiteral("at"), fromMs(e.at_ms())},
        {QStringLiteral("unit"), q(e.actor_unit())},
        {QStringLiteral("unitName"), unitName},
        {QStringLiteral("user"), q(e.actor_account())},
        {QStringLiteral("text"), q(e.text())},
        {QStringLiteral("mine"), mine},
    };
}

QVariantMap conclusion(const wire::Conclusion &c) {
    const auto &s = c.source();
    QString item = q(s.item_title());
    if (!s.item_number().empty()) item = q(s.item_number()) + QStringLiteral(". ") + item;
    return {
        {QStringLiteral("conclusionId"), q(c.id())},
        {QStringLiteral("meetingTitle"), q(s.meeting_title())},
        {QStringLiteral("itemTitle"), item},
        {QStringLiteral("conclusionText"), q(s.text())},
        {QStringLiteral("approvedAt"), fromMs(s.approved_at_ms())},
        {QStringLiteral("picked"), false},
    };
}

QVariantMap unit(const wire::Unit &u) {
    return {
        {QStringLiteral("unitId"), q(u.id())},
        {QStringLiteral("name"), q(u.name())},
        {QStringLiteral("isDispatchOffice"), u.kind() == wire::UNIT_KIND_OFFICE},
        {QStringLiteral("issuerCode"), q(u.issuer_code())},
        {QStringLiteral("picked"), false},
    };
}

QVariantMap unitStatistics(const wire::UnitStatistics &s) {
    const QString state = readClassName(s.read_class());
    QVariantMap row{
        {QStringLiteral("key"), q(s.unit_id())},
        {QStringLiteral("label"), q(s.unit_name())},
        {QStringLiteral("recipients"), s.sent()},
        {QStringLiteral("read"), s.read()},
        {QStringLiteral("unread"), s.sent() - std::min(s.read(), s.sent())},
        {QStringLiteral("readState"), state},
        {QStringLiteral("readAll"), state == QLatin1String("all") ? 1 : 0},
        {QStringLiteral("someUnread"), state == QLatin1String("some") ? 1 : 0},
        {QStringLiteral("noneRead"), state == QLatin1String("none") ? 1 : 0},
    };
    putFigures(row, s.tasks());
    return row;
}

QVariantMap directiveStatistics(const wire::DirectiveStatistics &s) {
    const quint32 read = std::min(s.read(), s.recipients());
    const QString state = s.recipients() == 0 ? QStringLiteral("nothing")
                          : read == s.recipients() ? QStringLiteral("all")
                          : read == 0               ? QStringLiteral("none")
                                                    : QStringLiteral("some");
    QString label = q(s.number());
    if (!s.title().empty()) label += QStringLiteral(" — ") + q(s.title());
    QVariantMap row{
        {QStringLiteral("key"), q(s.directive_id())},
        {QStringLiteral("label"), label},
        {QStringLiteral("recipients"), s.recipients()},
        {QStringLiteral("read"), read},
        {QStringLiteral("unread"), s.recipients() - read},
        {QStringLiteral("readState"), state},
        // Per directive: units that opened it / did not.
        {QStringLiteral("readAll"), read},
        {QStringLiteral("someUnread"), 0},
        {QStringLiteral("noneRead"), s.recipients() - read},
    };
    putFigures(row, s.tasks());
    return row;
}

QVariantMap totals(const wire::Statistics &s) {
    QVariantMap row{
        {QStringLiteral("key"), QString()},
        {QStringLiteral("label"), tr("Total")},
        {QStringLiteral("readAll"), s.units_read_all()},
        {QStringLiteral("someUnread"), s.units_some_unread()},
        {QStringLiteral("noneRead"), s.units_none_read()},
        {QStringLiteral("nothingSent"), s.units_nothing_sent()},
        {QStringLiteral("computedAt"), fromMs(s.computed_at_ms())},
    };
    putFigures(row, s.tasks());
    return row;
}

} // namespace ecabinet::client::rows
