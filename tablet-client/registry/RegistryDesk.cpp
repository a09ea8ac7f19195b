// RegistrySession: what the desks do — lists, directives, tasks and their
// steps, report attachments, statistics and exports.
#include "registry/RegistryErrorText.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryRows.h"
#include "registry/RegistrySessionPrivate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

using namespace ecabinet;
namespace rows = ecabinet::client::rows;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RegistrySession", text); }
QString qs(const std::string &s) { return QString::fromStdString(s); }
std::string isoDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string(); }
QStringList strings(const QVariant &v) { return v.toStringList(); }
// A FileDialog gives file:// URLs, tests and scripts give paths.
QString toPath(const QString &pathOrUrl) {
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}
} // namespace

// --- lists ------------------------------------------------------------------------------

void RegistrySession::refresh() {
    if (d->token.empty()) return;
    d->reloadLists();
}

void RegistrySession::Private::reloadLists() {
    // Units first: the other lists show unit names.
    wire::RegistryEnvelope units;
    units.mutable_list_units();
    send(std::move(units), QStringLiteral("listUnits"), [this](const wire::RegistryEnvelope &reply) {
        QList<QVariantMap> list;
        for (const auto &u : reply.unit_list().units()) list << rows::unit(u);
        this->units.setRows(list);

        wire::RegistryEnvelope dirs;
        dirs.mutable_list_directives()->set_limit(1000);
        send(std::move(dirs), QStringLiteral("listDirectives"), [this](const wire::RegistryEnvelope &r) {
            QList<QVariantMap> list;
            for (const auto &s : r.directive_list().directives()) list << rows::directive(s, unitName(s.issuer_unit()));
            directives.setRows(list);
            emit directives.countChanged(); // unreadCount may change with the same count
        }, true);

        wire::RegistryEnvelope tasksReq;
        tasksReq.mutable_list_tasks()->set_limit(5000);
        send(std::move(tasksReq), QStringLiteral("listTasks"),
             [this](const wire::RegistryEnvelope &r) { applyTaskList(r.task_list()); }, true);

        if (account.role() == wire::ACCOUNT_ROLE_DISPATCH) {
            wire::RegistryEnvelope concl;
            concl.mutable_list_conclusions()->set_pending_only(true);
            send(std::move(concl), QStringLiteral("listConclusions"), [this](const wire::RegistryEnvelope &r) {
                QList<QVariantMap> list;
                for (const auto &c : r.conclusion_list().conclusions()) list << rows::conclusion(c);
                conclusions.setRows(list);
            }, true);
        }
    }, true);
}

void RegistrySession::Private::applyTaskList(const wire::TaskList &list) {
    QList<QVariantMap> out;
    for (const auto &t : list.tasks()) out << rows::task(t, unitName(t.lead_unit()), unitNames(t.coordinating_units()));
    tasks.setRows(out);
}

// --- a directive ---------------------------------------------------------------------------

void RegistrySession::openDirective(const QString &directiveId) {
    wire::RegistryEnvelope env;
    env.mutable_get_directive()->set_directive_id(directiveId.toStdString());
    d->send(std::move(env), QStringLiteral("openDirective"), [this](const wire::RegistryEnvelope &reply) {
        d->applyDirectiveDetail(reply.directive_detail());
    });
}

void RegistrySession::closeDirective() {
    d->currentDirective.clear();
    d->directiveTasks.setRows({});
    emit currentDirectiveChanged();
}

void RegistrySession::Private::applyDirectiveDetail(const wire::DirectiveDetail &detail) {
    const auto &dir = detail.directive();
    QVariantMap row = rows::directive(dir.summary(), unitName(dir.summary().issuer_unit()));
    row.insert(QStringLiteral("text"), qs(dir.text()));
    QString signer = qs(dir.signer_name());
    if (!dir.signer_title().empty()) signer = qs(dir.signer_title()) + QLatin1Char(' ') + signer;
    row.insert(QStringLiteral("signer"), signer);
    QStringList recipients;
    for (const auto &r : dir.recipients()) recipients << qs(r);
    row.insert(QStringLiteral("recipients"), recipients);
    row.insert(QStringLiteral("recipientNames"), unitNames(dir.recipients()));
    QStringList conclusionIds;
    for (const auto &c : dir.conclusion_ids()) conclusionIds << qs(c);
    row.insert(QStringLiteral("conclusionIds"), conclusionIds);
    row.insert(QStringLiteral("pdfAvailable"), !dir.pdf_sha256().empty());
    row.insert(QStringLiteral("pdfFileName"), qs(dir.summary().number()).replace(QLatin1Char('/'), QLatin1Char('-')) +
                                                  QStringLiteral(".pdf"));
    // The receipt was recorded with this answer: the inbox loses its unread mark now.
    if (account.role() == wire::ACCOUNT_ROLE_UNIT) {
        row.insert(QStringLiteral("unread"), false);
        for (const auto &r : detail.receipts())
            if (r.unit_id() == account.unit_id()) {
                row.insert(QStringLiteral("firstReadAt"), rows::fromMs(r.first_read_ms()));
                row.insert(QStringLiteral("lastReadAt"), rows::fromMs(r.last_read_ms()));
            }
        const QString id = qs(dir.summary().id());
        directives.setValue(id, "unread", false);
        directives.setValue(id, "firstReadAt", row.value(QStringLiteral("firstReadAt")));
        directives.setValue(id, "lastReadAt", row.value(QStringLiteral("lastReadAt")));
        emit directives.countChanged();
    }
    QList<QVariantMap> taskRows;
    for (const auto &t : detail.tasks())
        taskRows << rows::task(t, unitName(t.lead_unit()), unitNames(t.coordinating_units()));
    directiveTasks.setRows(taskRows);
    currentDirective = row;
    emit q->currentDirectiveChanged();
}

// --- a task -----------------------------------------------------------------------------------

void RegistrySession::openTask(const QString &taskId) {
    wire::RegistryEnvelope env;
    env.mutable_get_task()->set_task_id(taskId.toStdString());
    d->send(std::move(env), QStringLiteral("openTask"),
            [this](const wire::RegistryEnvelope &reply) { d->applyTaskDetail(reply.task_detail()); });
}

void RegistrySession::closeTask() {
    d->currentTask.clear();
    d->history.setRows({});
    d->comments.setRows({});
    emit currentTaskChanged();
}

void RegistrySession::Private::applyTaskDetail(const wire::TaskDetail &detail) {
    const auto &t = detail.task();
    QVariantMap row = rows::task(t, unitName(t.lead_unit()), unitNames(t.coordinating_units()));
    QList<QVariantMap> log, notes;
    QString lastReport, lastEvaluation, extensionReason;
    for (const auto &e : detail.log()) {
        if (e.action() == wire::TASK_ACTION_COMMENT) {
            notes << rows::comment(e, unitName(e.actor_unit()), e.actor_unit() == account.unit_id());
            continue;
        }
        log << rows::logEntry(e);
        switch (e.action()) {
        case wire::TASK_ACTION_REPORT:
            lastReport = qs(e.text());
            lastEvaluation.clear();
            break;
        case wire::TASK_ACTION_ACCEPT:
            lastEvaluation = e.text().empty() ? tr("Accepted.") : tr("Accepted: %1").arg(qs(e.text()));
            break;
        case wire::TASK_ACTION_RETURN: lastEvaluation = tr("Returned: %1").arg(qs(e.text())); break;
        case wire::TASK_ACTION_REQUEST_EXTENSION: extensionReason = qs(e.text()); break;
        default: break;
        }
    }
    row.insert(QStringLiteral("lastReport"), lastReport);
    row.insert(QStringLiteral("lastEvaluation"), lastEvaluation);
    row.insert(QStringLiteral("extensionReason"), t.extension_pending() ? extensionReason : QString());
    history.setRows(log);
    comments.setRows(notes);
    currentTask = row;
    // Keep the lists in step with what the task says now.
    for (auto *model : {&tasks, &directiveTasks}) {
        const int i = model->indexOf(qs(t.id()));
        if (i < 0) continue;
        for (auto it = row.cbegin(); it != row.cend(); ++it) model->setValue(qs(t.id()), it.key().toLatin1(), it.value());
    }
    emit q->currentTaskChanged();
}

void RegistrySession::Private::taskStep(const QString &command, const QString &taskId, wire::TaskActionWire action,
                                        const QString &text, const QDate &deadline,
                                        const QList<wire::AttachmentRef> &files) {
    wire::RegistryEnvelope env;
    auto *step = env.mutable_task_step();
    step->set_task_id(taskId.toStdString());
    step->set_action(action);
    step->set_text(text.trimmed().toStdString());
    step->set_deadline(isoDate(deadline));
    for (const auto &f : files) *step->add_attachments() = f;
    send(std::move(env), command, [this, command](const wire::RegistryEnvelope &reply) {
        applyTaskDetail(reply.task_detail());
        if (command == QLatin1String("report")) attachments.setRows({});
        // Directive counters and the task list move with the step.
        wire::RegistryEnvelope list;
        list.mutable_list_tasks()->set_limit(5000);
        send(std::move(list), QStringLiteral("listTasks"),
             [this](const wire::RegistryEnvelope &r) { applyTaskList(r.task_list()); }, true);
    });
}

void RegistrySession::acknowledgeTask(const QString &taskId, const QString &note) {
    d->taskStep(QStringLiteral("acknowledge"), taskId, wire::TASK_ACTION_ACKNOWLEDGE, note);
}
void RegistrySession::startTask(const QString &taskId) {
    d->taskStep(QStringLiteral("start"), taskId, wire::TASK_ACTION_START, {});
}
void RegistrySession::requestExtension(const QString &taskId, const QDate &proposed, const QString &reason) {
    if (!proposed.isValid()) {
        d->finish(QStringLiteral("requestExtension"), false, tr("Choose the deadline you ask for."));
        return;
    }
    if (reason.trimmed().isEmpty()) {
        d->finish(QStringLiteral("requestExtension"), false, tr("Write why the extension is needed."));
        return;
    }
    d->taskStep(QStringLiteral("requestExtension"), taskId, wire::TASK_ACTION_REQUEST_EXTENSION, reason, proposed);
}
void RegistrySession::addComment(const QString &taskId, const QString &text) {
    if (text.trimmed().isEmpty()) {
        d->finish(QStringLiteral("comment"), false, tr("Write the comment first."));
        return;
    }
    d->taskStep(QStringLiteral("comment"), taskId, wire::TASK_ACTION_COMMENT, text);
}
void RegistrySession::acceptReport(const QString &taskId, const QString &comment) {
    d->taskStep(QStringLiteral("accept"), taskId, wire::TASK_ACTION_ACCEPT, comment);
}
void RegistrySession::returnReport(const QString &taskId, const QString &reason) {
    if (reason.trimmed().isEmpty()) {
        d->finish(QStringLiteral("return"), false, tr("Write why the report is returned."));
        return;
    }
    d->taskStep(QStringLiteral("return"), taskId, wire::TASK_ACTION_RETURN, reason);
}
void RegistrySession::grantExtension(const QString &taskId, const QDate &newDeadline, const QString &reason) {
    if (!newDeadline.isValid()) {
        d->finish(QStringLiteral("grantExtension"), false, tr("Choose the new deadline."));
        return;
    }
    d->taskStep(QStringLiteral("grantExtension"), taskId, wire::TASK_ACTION_GRANT_EXTENSION, reason, newDeadline);
}
void RegistrySession::refuseExtension(const QString &taskId, const QString &reason) {
    if (reason.trimmed().isEmpty()) {
        d->finish(QStringLiteral("refuseExtension"), false, tr("Write why the extension is refused."));
        return;
    }
    d->taskStep(QStringLiteral("refuseExtension"), taskId, wire::TASK_ACTION_REFUSE_EXTENSION, reason);
}

// --- report with attachments -------------------------------------------------------------------

bool RegistrySession::addAttachment(const QString &pathOrUrl) {
    const QString path = toPath(pathOrUrl);
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        d->finish(QStringLiteral("addAttachment"), false, tr("Cannot read the file %1.").arg(path));
        return false;
    }
    if (quint64(info.size()) > d->maxAttachmentBytes) {
        d->finish(QStringLiteral("addAttachment"), false,
                  tr("%1 is too large (%2); the registry accepts files up to %3.")
                      .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                           QLocale().formattedDataSize(qint64(d->maxAttachmentBytes))));
        return false;
    }
    auto list = d->attachments.rows();
    for (const auto &r : list)
        if (r.value(QStringLiteral("path")).toString() == info.absoluteFilePath()) return true;
    list << QVariantMap{{QStringLiteral("path"), info.absoluteFilePath()},
                        {QStringLiteral("fileName"), info.fileName()},
                        {QStringLiteral("size"), info.size()}};
    d->attachments.setRows(list);
    return true;
}

void RegistrySession::removeAttachment(int row) {
    auto list = d->attachments.rows();
    if (row < 0 || row >= list.size()) return;
    list.removeAt(row);
    d->attachments.setRows(list);
}

void RegistrySession::reportProgress(const QString &taskId, const QString &summary) {
    if (summary.trimmed().isEmpty()) {
        d->finish(QStringLiteral("report"), false, tr("Write a summary of the progress first."));
        return;
    }
    if (d->upload) {
        d->finish(QStringLiteral("report"), false, tr("A report is being sent; wait until it is done."));
        return;
    }
    d->upload = std::make_unique<Private::Upload>();
    d->upload->taskId = taskId;
    d->upload->summary = summary;
    d->upload->paths = d->attachments.paths();
    d->setBusy(+1); // held for the whole upload
    d->sendNextChunk();
}

void RegistrySession::Private::failUpload(const QString &text) {
    upload.reset();
    setBusy(-1);
    finish(QStringLiteral("report"), false, text);
}

// One chunk at a time (each waits for AttachmentProgress), then the next file, then the step.
void RegistrySession::Private::sendNextChunk() {
    auto &u = *upload;
    if (u.bytes.isNull() && u.file < u.paths.size()) {
        QFile f(u.paths.at(u.file));
        if (!f.open(QIODevice::ReadOnly)) {
            failUpload(tr("Cannot read the file %1: %2").arg(u.paths.at(u.file), f.errorString()));
            return;
        }
        u.bytes = f.readAll();
        if (u.bytes.isNull()) u.bytes = QByteArray(""); // an empty file is still a file
        u.sha256 = QString::fromLatin1(QCryptographicHash::hash(u.bytes, QCryptographicHash::Sha256).toHex());
        sendChunkAt(0);
        return;
    }
    if (u.file >= u.paths.size()) {
        const QString taskId = u.taskId, summary = u.summary;
        const auto files = u.done;
        upload.reset();
        setBusy(-1);
        taskStep(QStringLiteral("report"), taskId, wire::TASK_ACTION_REPORT, summary, {}, files);
    }
}

void RegistrySession::Private::sendChunkAt(quint64 offset) {
    auto &u = *upload;
    wire::RegistryEnvelope env;
    auto *put = env.mutable_put_attachment();
    put->set_sha256(u.sha256.toStdString());
    put->set_total_size(quint64(u.bytes.size()));
    put->set_offset(offset);
    const qsizetype len = std::min<qsizetype>(qsizetype(chunkSize), u.bytes.size() - qsizetype(offset));
    put->set_data(u.bytes.constData() + offset, size_t(std::max<qsizetype>(len, 0)));
    send(std::move(env), QStringLiteral("putAttachment"), [this](const wire::RegistryEnvelope &reply) {
        if (!upload) return; // signed out meanwhile
        auto &up = *upload;
        const auto &p = reply.attachment_progress();
        if (!p.complete()) {
            if (p.received() >= quint64(up.bytes.size())) {
                failUpload(tr("The registry did not accept %1 completely.").arg(QFileInfo(up.paths.at(up.file)).fileName()));
                return;
            }
            sendChunkAt(p.received());
            return;
        }
        wire::AttachmentRef ref;
        ref.set_sha256(up.sha256.toStdString());
        const QFileInfo info(up.paths.at(up.file));
        ref.set_name(info.fileName().toStdString());
        ref.set_size(quint64(up.bytes.size()));
        ref.set_content_type(QMimeDatabase().mimeTypeForFile(info).name().toStdString());
        up.done << ref;
        ++up.file;
        up.bytes = QByteArray();
        sendNextChunk();
    }, true);
}

// --- compose and publish (dispatch office) ------------------------------------------------------------

bool RegistrySession::addDraftTask(const QVariantMap &task) {
    const QString title = task.value(QStringLiteral("title")).toString().trimmed();
    const QString lead = task.value(QStringLiteral("leadUnit")).toString();
    const QStringList coordinating = strings(task.value(QStringLiteral("coordinatingUnits")));
    const QDate deadline = task.value(QStringLiteral("deadline")).toDate();
    QString problem;
    if (title.isEmpty()) problem = tr("Write what the task is.");
    else if (lead.isEmpty()) problem = tr("Choose the lead unit.");
    else if (coordinating.contains(lead)) problem = tr("The lead unit cannot also be a coordinating unit.");
    else if (!deadline.isValid()) problem = tr("Choose the deadline.");
    else if (deadline < QDate::currentDate()) problem = tr("The deadline has already passed.");
    if (!problem.isEmpty()) {
        d->finish(QStringLiteral("addTask"), false, problem);
        return false;
    }
    QStringList names;
    for (const auto &u : coordinating) names << d->units.nameOf(u);
    auto list = d->draftTasks.rows();
    list << QVariantMap{{QStringLiteral("draftId"), QString::number(++d->draftSerial)},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("leadUnit"), lead},
                        {QStringLiteral("leadUnitName"), d->units.nameOf(lead)},
                        {QStringLiteral("coordinatingUnits"), coordinating},
                        {QStringLiteral("coordinatingNames"), names.join(QStringLiteral("; "))},
                        {QStringLiteral("responsibleLeader"), task.value(QStringLiteral("responsibleLeader")).toString().trimmed()},
                        {QStringLiteral("deadline"), deadline},
                        {QStringLiteral("reportEveryDays"), task.value(QStringLiteral("reportEveryDays")).toInt()}};
    d->draftTasks.setRows(list);
    d->finish(QStringLiteral("addTask"), true, {});
    return true;
}

void RegistrySession::removeDraftTask(int row) {
    auto list = d->draftTasks.rows();
    if (row < 0 || row >= list.size()) return;
    list.removeAt(row);
    d->draftTasks.setRows(list);
}

void RegistrySession::publishDirective(const QVariantMap &directive) {
    const QString title = directive.value(QStringLiteral("title")).toString().trimmed();
    const QString text = directive.value(QStringLiteral("text")).toString().trimmed();
    const QString signer = directive.value(QStringLiteral("signer")).toString().trimmed();
    const QStringList recipients = d->units.pickedIds();
    QString problem;
    if (title.isEmpty()) problem = tr("Write the directive's title (summary).");
    else if (text.isEmpty()) problem = tr("Write the directive's text, or pick the conclusions it is made from.");
    else if (signer.isEmpty()) problem = tr("Name who signs the directive.");
    else if (recipients.isEmpty()) problem = tr("Pick at least one recipient unit.");
    for (const auto &t : d->draftTasks.rows()) {
        if (!problem.isEmpty()) break;
        const QString lead = t.value(QStringLiteral("leadUnit")).toString();
        if (!recipients.contains(lead))
            problem = tr("The lead unit of \"%1\" (%2) is not a recipient of the directive.")
                          .arg(t.value(QStringLiteral("title")).toString(), d->units.nameOf(lead));
        for (const auto &c : strings(t.value(QStringLiteral("coordinatingUnits"))))
            if (problem.isEmpty() && !recipients.contains(c))
                problem = tr("The coordinating unit %1 of \"%2\" is not a recipient of the directive.")
                              .arg(d->units.nameOf(c), t.value(QStringLiteral("title")).toString());
    }
    if (!problem.isEmpty()) {
        d->finish(QStringLiteral("publish"), false, problem);
        return;
    }
    wire::RegistryEnvelope env;
    auto *p = env.mutable_publish_directive();
    p->set_type_code(directive.value(QStringLiteral("typeCode"), QStringLiteral("TB")).toString().toStdString());
    p->set_title(title.toStdString());
    p->set_text(text.toStdString());
    p->set_signer_name(signer.toStdString());
    p->set_signer_title(directive.value(QStringLiteral("signerTitle")).toString().trimmed().toStdString());
    for (const auto &r : recipients) p->add_recipients(r.toStdString());
    for (const auto &c : d->conclusions.pickedIds()) p->add_conclusion_ids(c.toStdString());
    for (const auto &t : d->draftTasks.rows()) {
        auto *task = p->add_tasks();
        task->set_title(t.value(QStringLiteral("title")).toString().toStdString());
        task->set_lead_unit(t.value(QStringLiteral("leadUnit")).toString().toStdString());
        for (const auto &c : strings(t.value(QStringLiteral("coordinatingUnits"))))
            task->add_coordinating_units(c.toStdString());
        task->set_responsible_leader(t.value(QStringLiteral("responsibleLeader")).toString().toStdString());
        task->set_deadline(isoDate(t.value(QStringLiteral("deadline")).toDate()));
        task->set_report_every_days(t.value(QStringLiteral("reportEveryDays")).toUInt());
    }
    d->send(std::move(env), QStringLiteral("publish"), [this](const wire::RegistryEnvelope &reply) {
        const auto &pub = reply.directive_published();
        d->draftTasks.setRows({});
        d->units.pickAll(false);
        d->conclusions.clearPicks();
        d->setLastInfo(tr("Directive %1 is published and sent.").arg(qs(pub.number())));
        emit published(qs(pub.directive_id()), qs(pub.number()));
        d->reloadLists();
    });
}

// --- statistics ---------------------------------------------------------------------------------------

QString RegistrySession::Private::issuerCodeOf(const QString &unitId) const {
    const int row = units.indexOf(unitId);
    return row < 0 ? QString() : units.get(row).value(QStringLiteral("issuerCode")).toString();
}

wire::StatisticsFilter RegistrySession::Private::filter() const {
    wire::StatisticsFilter f;
    f.set_from_date(isoDate(periodFrom));
    f.set_to_date(isoDate(periodTo));
    f.set_issuer_code(issuerCodeOf(issuerFilter).toStdString());
    f.set_unit_id(unitFilter.toStdString());
    return f;
}

void RegistrySession::loadStatistics() {
    wire::RegistryEnvelope env;
    *env.mutable_get_statistics()->mutable_filter() = d->filter();
    d->send(std::move(env), QStringLiteral("statistics"),
            [this](const wire::RegistryEnvelope &reply) { d->applyStatistics(reply.statistics()); });
}

void RegistrySession::clearFilters() {
    d->periodFrom = {};
    d->periodTo = {};
    d->issuerFilter.clear();
    d->unitFilter.clear();
    emit filtersChanged();
}

void RegistrySession::Private::applyStatistics(const wire::Statistics &stats) {
    QList<QVariantMap> byUnit, byDirective;
    for (const auto &u : stats.units()) byUnit << rows::unitStatistics(u);
    for (const auto &s : stats.directives()) byDirective << rows::directiveStatistics(s);
    unitStats.setRows(byUnit);
    directiveStats.setRows(byDirective);
    const QVariantMap totals = rows::totals(stats);
    unitStats.setTotals(totals);
    directiveStats.setTotals(totals);
    emit q->statisticsLoaded();
}

// --- exports ---------------------------------------------------------------------------------------------

namespace {
QString num(const QVariantMap &r, const char *key) { return QString::number(r.value(QLatin1String(key)).toLongLong()); }
QString percent(const QVariantMap &r) {
    const int p = r.value(QStringLiteral("onTimePercent")).toInt();
    return p < 0 ? QString() : QString::number(p);
}
QString readStateText(const QString &state) {
    if (state == QLatin1String("all")) return tr("Read all");
    if (state == QLatin1String("some")) return tr("Some unread");
    if (state == QLatin1String("none")) return tr("None read");
    return tr("Nothing sent");
}
} // namespace

// The end of every client-side export: the write's error as the command's failure, or
// "Saved PATH." and exported(path).
bool RegistrySession::reportExport(const QString &path, const QString &error) {
    if (!error.isEmpty()) {
        d->finish(QStringLiteral("export"), false, error);
        return false;
    }
    d->setLastInfo(tr("Saved %1.").arg(path));
    emit exported(path);
    return true;
}

bool RegistrySession::exportStatisticsCsv(const QString &pathOrUrl) {
    const QString path = toPath(pathOrUrl);
    const QStringList header{tr("Kind"), tr("Directive / unit"), tr("Sent"), tr("Read"), tr("Unread"), tr("Reading"),
                             tr("Reports in"), tr("Reports expected"), tr("Tasks"), tr("Done"), tr("In progress"),
                             tr("Overdue"), tr("Red"), tr("Yellow"), tr("Green"), tr("On time %")};
    QList<QStringList> lines;
    auto add = [&](const QString &kind, const QVariantMap &r) {
        lines << QStringList{kind, r.value(QStringLiteral("label")).toString(), num(r, "recipients"), num(r, "read"),
                             num(r, "unread"), readStateText(r.value(QStringLiteral("readState")).toString()),
                             num(r, "reportsIn"), num(r, "reportsExpected"), num(r, "tasks"), num(r, "done"),
                             num(r, "inProgress"), num(r, "overdue"), num(r, "red"), num(r, "yellow"), num(r, "green"),
                             percent(r)};
    };
    for (const auto &r : d->directiveStats.rows()) add(tr("Directive"), r);
    for (const auto &r : d->unitStats.rows()) add(tr("Unit"), r);
    const QString error = client::exports::writeFile(path, client::exports::csv(header, lines));
    return reportExport(path, error);
}

bool RegistrySession::exportTasksCsv(const QString &pathOrUrl) {
    const QString path = toPath(pathOrUrl);
    const QStringList header{tr("Directive"), tr("Task"), tr("Lead unit"), tr("Coordinating units"),
                             tr("Responsible leader"), tr("Deadline"), tr("State"), tr("Overdue"), tr("Days left"),
                             tr("Extended")};
    QList<QStringList> lines;
    for (const auto &r : d->tasks.rows())
        lines << QStringList{r.value(QStringLiteral("directiveNumber")).toString(),
                             r.value(QStringLiteral("title")).toString(),
                             r.value(QStringLiteral("leadUnitName")).toString(),
                             r.value(QStringLiteral("coordinatingNames")).toString(),
                             r.value(QStringLiteral("responsibleLeader")).toString(),
                             r.value(QStringLiteral("deadlineDate")).toDate().toString(Qt::ISODate),
                             r.value(QStringLiteral("stateText")).toString(),
                             r.value(QStringLiteral("overdue")).toBool() ? tr("yes") : tr("no"),
                             num(r, "daysLeft"),
                             r.value(QStringLiteral("extended")).toBool() ? tr("yes") : tr("no")};
    const QString error = client::exports::writeFile(path, client::exports::csv(header, lines));
    return reportExport(path, error);
}

bool RegistrySession::exportDeadlinesIcs(const QString &pathOrUrl) {
    const QString path = toPath(pathOrUrl);
    QList<client::exports::DeadlineEvent> events;
    for (const auto &r : d->tasks.rows()) {
        if (r.value(QStringLiteral("taskState")).toString() == QLatin1String("done")) continue;
        client::exports::DeadlineEvent e;
        e.uid = r.value(QStringLiteral("taskId")).toString() + QStringLiteral("@ecabinet-registry");
        e.date = r.value(QStringLiteral("deadlineDate")).toDate();
        e.summary = tr("Deadline: %1 (%2)")
                        .arg(r.value(QStringLiteral("title")).toString(),
                             r.value(QStringLiteral("directiveNumber")).toString());
        e.description = tr("Lead unit: %1. Responsible: %2. State: %3.")
                            .arg(r.value(QStringLiteral("leadUnitName")).toString(),
                                 r.value(QStringLiteral("responsibleLeader")).toString(),
                                 r.value(QStringLiteral("stateText")).toString());
        events << e;
    }
    const QString error =
        client::exports::writeFile(path, client::exports::ics(events, QDateTime::currentDateTimeUtc()));
    return reportExport(path, error);
}

void RegistrySession::exportStatusPdf(const QString &pathOrUrl) {
    const QString path = toPath(pathOrUrl);
    wire::RegistryEnvelope env;
    env.mutable_export_request()->set_kind(wire::EXPORT_KIND_PDF_STATUS);
    *env.mutable_export_request()->mutable_filter() = d->filter();
    // The registry's report when it makes one; else one made here from the statistics shown
    // (the registry answers ERROR_NOT_A_REQUEST for a kind it does not produce).
    d->pendingPdfPath = path;
    d->send(std::move(env), QStringLiteral("exportPdf"), [this, path](const wire::RegistryEnvelope &reply) {
        const auto &f = reply.export_file();
        const QString error =
            client::exports::writeFile(path, QByteArray(f.data().data(), qsizetype(f.data().size())));
        if (!error.isEmpty()) {
            d->replyFailed = error;
            return;
        }
        d->setLastInfo(tr("Saved %1.").arg(path));
        emit exported(path);
    });
}

bool RegistrySession::Private::writeLocalStatusPdf(const QString &path) {
    auto table = [](const QString &caption, const StatisticsModel &model) {
        client::exports::PdfTable t;
        t.caption = caption;
        t.header = QStringList{tr("Directive / unit"), tr("Read"), tr("Reports in"), tr("Tasks"), tr("Done"),
                               tr("In progress"), tr("Overdue"), tr("Red"), tr("Yellow"), tr("Green"), tr("On time %")};
        for (const auto &r : model.rows())
            t.rows << QStringList{r.value(QStringLiteral("label")).toString(),
                                  num(r, "read") + QStringLiteral(" / ") + num(r, "recipients"),
                                  num(r, "reportsIn") + QStringLiteral(" / ") + num(r, "reportsExpected"),
                                  num(r, "tasks"), num(r, "done"), num(r, "inProgress"), num(r, "overdue"),
                                  num(r, "red"), num(r, "yellow"), num(r, "green"), percent(r)};
        return t;
    };
    const QVariantMap t = unitStats.totals();
    QString covers = tr("Made on %1 by %2 (%3). Period: %4 – %5.")
                         .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                              QString::fromStdString(account.display_name()), QString::fromStdString(account.unit_name()),
                              periodFrom.isValid() ? QLocale().toString(periodFrom, QLocale::ShortFormat) : QStringLiteral("…"),
                              periodTo.isValid() ? QLocale().toString(periodTo, QLocale::ShortFormat) : QStringLiteral("…"));
    covers += QLatin1Char(' ') + tr("Units: %1 read all, %2 some unread, %3 none read. Tasks: %4 done, %5 in progress, %6 overdue.")
                                     .arg(num(t, "readAll"), num(t, "someUnread"), num(t, "noneRead"), num(t, "done"),
                                          num(t, "inProgress"), num(t, "overdue"));
    const QString error = client::exports::writeStatusPdf(
        path, tr("Status of directives and tasks"), covers,
        {table(tr("By directive"), directiveStats), table(tr("By unit"), unitStats)});
    if (!error.isEmpty()) {
        setLastError(error);
        return false;
    }
    setLastInfo(tr("Saved %1 (made on this desk from the statistics shown).").arg(path));
    emit q->exported(path);
    return true;
}
