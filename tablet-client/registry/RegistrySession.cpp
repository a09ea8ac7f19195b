#include "registry/RegistrySession.h"

#include "registry/RegistryErrorText.h"
#include "registry/RegistryRows.h"
#include "registry/RegistrySessionPrivate.h"
#include "ErrorText.h"
#include "protocol/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <sodium.h>
#include <zmq.h>

using namespace ecabinet;
using ecabinet::client::RegistryAgent;
using ecabinet::client::RegistryReplyPtr;

namespace {
// Members (also RegistrySession::Private's) resolve to RegistrySession::tr, same context;
// this wrapper tells qml/i18n/update.py the context of the file's texts.
[[maybe_unused]] QString tr(const char *text) { return QCoreApplication::translate("RegistrySession", text); }
QString qs(const std::string &s) { return QString::fromStdString(s); }
} // namespace

RegistrySession::Private::Private(RegistrySession *q_)
    : q(q_), directives(q_), tasks(q_), conclusions(q_), units(q_), directiveTasks(q_), history(q_), comments(q_),
      attachments(q_), draftTasks(q_), directiveStats(q_), unitStats(q_) {}

RegistrySession::RegistrySession(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

RegistrySession::~RegistrySession() { stop(); }

// --- connection -------------------------------------------------------------------

void RegistrySession::start() {
    if (d->agent) return;
    QString problem;
    if (!d->endpoint.startsWith(QLatin1String("tcp://")) || d->endpoint.lastIndexOf(QLatin1Char(':')) <= 6)
        problem = tr("The registry's address \"%1\" is not of the form tcp://host:port.").arg(d->endpoint);
    else if (d->serverKey.size() != 40)
        problem = tr("The registry's public key must be 40 characters (Z85); ask the administrator for it.");
    if (!problem.isEmpty()) {
        d->setLastError(problem);
        d->setConnection(Disconnected, problem);
        return;
    }
    // A fresh key pair per start: desks are authenticated by account, not by key.
    char publicKey[41] = {}, secretKey[41] = {};
    if (zmq_curve_keypair(publicKey, secretKey) != 0) {
        d->setLastError(tr("Cannot create a key pair: this build of ZeroMQ has no CURVE support."));
        return;
    }
    client::DeviceConfig cfg;
    cfg.name = QStringLiteral("dispatch-desk");
    cfg.kind = QStringLiteral("desk");
    cfg.publicKey = QByteArray(publicKey, 40);
    cfg.secretKey = QByteArray(secretKey, 40);
    cfg.hubPublicKey = d->serverKey.toLatin1();
    sodium_memzero(secretKey, sizeof secretKey);
    d->agent = std::make_unique<RegistryAgent>(
        cfg, d->endpoint, QStringLiteral("ecabinet-dispatch %1").arg(QLatin1String(protocol::kVersionString)));
    auto *a = d->agent.get();
    const auto queued = Qt::QueuedConnection;
    connect(a, &RegistryAgent::linkChanged, this, [this](int link, const QString &detail) { d->onLink(link, detail); },
            queued);
    connect(a, &RegistryAgent::welcomed, this, [this](const RegistryReplyPtr &env) {
        const auto &w = env->welcome();
        if (w.attachment_chunk_size() > 0) d->chunkSize = w.attachment_chunk_size();
        if (w.max_attachment_bytes() > 0) d->maxAttachmentBytes = w.max_attachment_bytes();
    }, queued);
    connect(a, &RegistryAgent::replied, this,
            [this](quint64 id, const QString &command, const RegistryReplyPtr &reply) { d->onReply(id, command, reply); },
            queued);
    d->setConnection(Connecting, tr("Connecting to the registry…"));
    a->start();
}

void RegistrySession::stop() {
    if (!d->agent) return;
    d->agent->stop();
    d->agent.reset();
    d->inFlight.clear();
    d->upload.reset();
    d->download.reset();
    if (d->busyCount != 0) {
        d->busyCount = 0;
        emit busyChanged();
    }
    d->clearAccount();
    d->setConnection(Disconnected, {});
}

void RegistrySession::Private::onLink(int link, const QString &detail) {
    switch (link) {
    case RegistryAgent::Live: setConnection(Live, {}); break;
    case RegistryAgent::Connecting: setConnection(Connecting, tr("Connecting to the registry…")); break;
    case RegistryAgent::Disconnected:
        setConnection(Disconnected, detail.isEmpty() ? client::connectionLostText() : detail);
        break;
    case RegistryAgent::Incompatible: setConnection(Incompatible, detail); break;
    case RegistryAgent::Refused:
        setConnection(Refused, tr("The registry refused the connection of this desk. Check the registry's address "
                                  "and public key with the administrator."));
        break;
    default: break;
    }
}

void RegistrySession::Private::setConnection(ConnectionState state, const QString &message) {
    if (state == connection && message == connectionMessage) return;
    connection = state;
    connectionMessage = message;
    emit q->connectionStateChanged();
}

// --- requests and replies ------------------------------------------------------------

bool RegistrySession::Private::send(wire::RegistryEnvelope request, const QString &command, Handler onOk, bool quiet) {
    if (!agent) {
        const QString text = tr("Not connected to the registry.");
        if (!quiet) finish(command, false, text);
        return false;
    }
    request.set_session(token);
    const quint64 id = agent->submit(std::move(request), command);
    inFlight[id] = InFlight{command, std::move(onOk), quiet};
    if (!quiet) setBusy(+1);
    return true;
}

void RegistrySession::Private::onReply(quint64 id, const QString &command, const RegistryReplyPtr &reply) {
    const auto it = inFlight.find(id);
    if (it == inFlight.end()) return; // stopped or signed out meanwhile
    InFlight request = std::move(it->second);
    inFlight.erase(it);
    if (!request.quiet) setBusy(-1);
    if (reply->has_error()) {
        const auto &e = reply->error();
        const QString text = client::registryErrorText(e);
        if (command == QLatin1String("exportPdf") && e.code() == wire::ERROR_NOT_A_REQUEST) {
            // This registry makes no PDF report: make it here from the statistics shown.
            const bool ok = writeLocalStatusPdf(pendingPdfPath);
            finish(command, ok, ok ? QString() : lastError);
            return;
        }
        if (command == QLatin1String("signIn")) emit q->signInRefused(text);
        if (command == QLatin1String("saveFile") && download) {
            failDownload(text);
            return;
        }
        if (command == QLatin1String("putAttachment") && upload) failUpload(text); // reported as "report"
        else if (!request.quiet || command != QLatin1String("putAttachment")) finish(command, false, text);
        if (e.code() == wire::ERROR_NOT_SIGNED_IN && command != QLatin1String("signIn")) clearAccount();
        return;
    }
    replyFailed.clear();
    if (request.onOk) request.onOk(*reply);
    if (!replyFailed.isEmpty()) finish(command, false, replyFailed); // the answer could not be used here
    else if (!request.quiet) finish(command, true, {});
}

void RegistrySession::Private::finish(const QString &command, bool ok, const QString &message) {
    if (!ok) setLastError(message);
    emit q->commandFinished(command, ok, message);
}

void RegistrySession::Private::setLastError(const QString &text) {
    if (text == lastError) return;
    lastError = text;
    emit q->lastErrorChanged();
}

void RegistrySession::Private::setLastInfo(const QString &text) {
    lastInfo = text;
    emit q->lastInfoChanged();
}

void RegistrySession::Private::setBusy(int delta) {
    const bool was = busyCount > 0;
    busyCount = std::max(0, busyCount + delta);
    if (was != (busyCount > 0)) emit q->busyChanged();
}

void RegistrySession::Private::clearAccount() {
    const bool was = !token.empty();
    token.clear();
    account.Clear();
    directives.setRows({});
    tasks.setRows({});
    conclusions.setRows({});
    units.setRows({});
    directiveTasks.setRows({});
    history.setRows({});
    comments.setRows({});
    attachments.setRows({});
    draftTasks.setRows({});
    directiveStats.setRows({});
    unitStats.setRows({});
    directiveStats.setTotals({});
    unitStats.setTotals({});
    currentDirective.clear();
    currentTask.clear();
    emit q->currentDirectiveChanged();
    emit q->currentTaskChanged();
    if (was) emit q->accountChanged();
}

QString RegistrySession::Private::unitName(const std::string &unitId) const { return units.nameOf(qs(unitId)); }

QString RegistrySession::Private::unitNames(const google::protobuf::RepeatedPtrField<std::string> &ids) const {
    QStringList names;
    for (const auto &id : ids) names << unitName(id);
    return names.join(QStringLiteral("; "));
}

// --- sign in --------------------------------------------------------------------------

void RegistrySession::signIn(const QString &user, const QString &password) {
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        const QString text = tr("Enter your account name and password.");
        emit signInRefused(text);
        d->finish(QStringLiteral("signIn"), false, text);
        return;
    }
    wire::RegistryEnvelope env;
    env.mutable_sign_in()->set_account(user.trimmed().toStdString());
    env.mutable_sign_in()->set_password(password.toStdString());
    d->token.clear();
    d->send(std::move(env), QStringLiteral("signIn"), [this](const wire::RegistryEnvelope &reply) {
        if (!reply.has_signed_in()) return;
        d->token = reply.signed_in().session();
        d->account = reply.signed_in().account();
        d->setLastError({});
        emit accountChanged();
        refresh();
    });
}

void RegistrySession::signOut() {
    if (d->token.empty()) return;
    wire::RegistryEnvelope env;
    env.mutable_sign_out();
    d->send(std::move(env), QStringLiteral("signOut"), {}, true);
    // Forget here at once: the desk is free for the next person whatever the answer.
    d->inFlight.clear();
    if (d->busyCount != 0) {
        d->busyCount = 0;
        emit busyChanged();
    }
    d->upload.reset();
    d->download.reset();
    d->clearAccount();
}

// --- properties -------------------------------------------------------------------------

QString RegistrySession::registryEndpoint() const { return d->endpoint; }
void RegistrySession::setRegistryEndpoint(const QString &endpoint) {
    if (endpoint.trimmed() == d->endpoint) return;
    d->endpoint = endpoint.trimmed();
    emit configChanged();
}
QString RegistrySession::registryPublicKey() const { return d->serverKey; }
void RegistrySession::setRegistryPublicKey(const QString &z85) {
    if (z85.trimmed() == d->serverKey) return;
    d->serverKey = z85.trimmed();
    emit configChanged();
}
RegistrySession::ConnectionState RegistrySession::connectionState() const { return d->connection; }
QString RegistrySession::connectionMessage() const { return d->connectionMessage; }
bool RegistrySession::signedIn() const { return !d->token.empty(); }
QString RegistrySession::userId() const { return qs(d->account.id()); }
QString RegistrySession::userName() const { return qs(d->account.display_name()); }
QString RegistrySession::unitId() const { return qs(d->account.unit_id()); }
QString RegistrySession::unitName() const { return qs(d->account.unit_name()); }
RegistrySession::DeskRole RegistrySession::deskRole() const {
    if (d->token.empty()) return NoDesk;
    switch (d->account.role()) {
    case wire::ACCOUNT_ROLE_DISPATCH: return DispatchOffice;
    case wire::ACCOUNT_ROLE_UNIT: return Unit;
    default: return NoDesk;
    }
}
DirectiveModel *RegistrySession::directives() const { return &d->directives; }
TaskModel *RegistrySession::tasks() const { return &d->tasks; }
ConclusionModel *RegistrySession::conclusions() const { return &d->conclusions; }
UnitModel *RegistrySession::units() const { return &d->units; }
QVariantMap RegistrySession::currentDirective() const { return d->currentDirective; }
TaskModel *RegistrySession::directiveTasks() const { return &d->directiveTasks; }
QVariantMap RegistrySession::currentTask() const { return d->currentTask; }
TaskHistoryModel *RegistrySession::taskHistory() const { return &d->history; }
CommentModel *RegistrySession::comments() const { return &d->comments; }
AttachmentModel *RegistrySession::attachments() const { return &d->attachments; }
DraftTaskModel *RegistrySession::draftTasks() const { return &d->draftTasks; }
StatisticsModel *RegistrySession::directiveStatistics() const { return &d->directiveStats; }
StatisticsModel *RegistrySession::unitStatistics() const { return &d->unitStats; }
QDate RegistrySession::periodFrom() const { return d->periodFrom; }
void RegistrySession::setPeriodFrom(const QDate &date) {
    if (date == d->periodFrom) return;
    d->periodFrom = date;
    emit filtersChanged();
}
QDate RegistrySession::periodTo() const { return d->periodTo; }
void RegistrySession::setPeriodTo(const QDate &date) {
    if (date == d->periodTo) return;
    d->periodTo = date;
    emit filtersChanged();
}
QString RegistrySession::issuerFilter() const { return d->issuerFilter; }
void RegistrySession::setIssuerFilter(const QString &unitId) {
    if (unitId == d->issuerFilter) return;
    d->issuerFilter = unitId;
    emit filtersChanged();
}
QString RegistrySession::unitFilter() const { return d->unitFilter; }
void RegistrySession::setUnitFilter(const QString &unitId) {
    if (unitId == d->unitFilter) return;
    d->unitFilter = unitId;
    emit filtersChanged();
}
QString RegistrySession::lastError() const { return d->lastError; }
QString RegistrySession::lastInfo() const { return d->lastInfo; }
bool RegistrySession::busy() const { return d->busyCount > 0; }

QString RegistrySession::localPath(const QUrl &url) {
    if (url.isLocalFile()) return url.toLocalFile();
    return url.toString(QUrl::PreferLocalFile);
}

QString RegistrySession::suggestedExportPath(const QString &fileName) {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) dir = QDir::homePath();
    return QDir(dir).filePath(fileName);
}
