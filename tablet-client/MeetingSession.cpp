#include "MeetingSession.h"

#include "ErrorText.h"
#include "MeetingSessionPrivate.h"
#include "cache/BlobLocator.h"
#include "cache/DocumentCache.h"
#include "cache/DeviceWipe.h"
#include "protocol/Codec.h"
#include "protocol/Version.h"

#include <algorithm>

#include <QStandardPaths>

using namespace ecabinet;
using ecabinet::client::ClientAgent;
using ecabinet::client::EnvelopePtr;

MeetingSession::Private::Private(MeetingSession *q_)
    : q(q_), agenda(q_), currentDocuments(q_), allDocuments(q_), members(q_), polls(q_), focusVoters(q_),
      speakerQueue(q_) {
    speakingTimer.setInterval(250);
    speakingTimer.setTimerType(Qt::CoarseTimer);
    QObject::connect(&speakingTimer, &QTimer::timeout, q_, [q_] { emit q_->speakingTimeChanged(); });
    cacheDir = qEnvironmentVariable("ECABINET_CACHE");
    if (cacheDir.isEmpty())
        cacheDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/cache");
}

MeetingSession::MeetingSession(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

MeetingSession::~MeetingSession() { stop(); }

// --- connection -------------------------------------------------------------

void MeetingSession::start() {
    if (d->agent) return;
    auto config = client::loadDeviceConfig(d->enrolmentFile);
    if (!config) {
        d->setLastError(config.error());
        d->setConnection(Disconnected, config.error());
        return;
    }
    const auto kind = config->kind == QLatin1String("console") ? wire::CLIENT_KIND_CONSOLE
                      : config->kind == QLatin1String("seat")  ? wire::CLIENT_KIND_SEAT
                                                               : wire::CLIENT_KIND_TOOL;
    d->deviceId = config->name;
    client::WipeTargets::instance().addDirectory(d->cacheDir, QStringLiteral("documents"));
    d->wipeRegisteredDir = d->cacheDir;
    d->selfWipeIfOffline(config.value());
    d->agent = std::make_unique<ClientAgent>(config.value(), d->cacheDir, kind,
                                             QStringLiteral("ecabinet-tablet %1").arg(protocol::kVersionString));
    auto *a = d->agent.get();
    if (d->documentByteCapForTest >= 0)
        a->capDocumentBytesForTest(static_cast<std::uint64_t>(d->documentByteCapForTest));
    if (d->nowForTest > 0) a->setNowForTest(d->nowForTest);
    connect(a, &ClientAgent::uploadProgress, this, [this](const QString &, quint64 sent, quint64 total) {
        d->uploadFraction = total > 0 ? double(sent) / double(total) : 0.0;
        emit uploadChanged();
    }, Qt::QueuedConnection);
    connect(a, &ClientAgent::uploadFinished, this,
            [this](const QString &sha, bool ok, int code, const QString &message) {
                d->onUploadFinished(sha, ok, code, message);
            },
            Qt::QueuedConnection);
    connect(a, &ClientAgent::wipeRequested, this,
            [this](const QString &wipeId, quint64 files) { d->onWipeRequested(wipeId, files); }, Qt::QueuedConnection);
    // Queued: the agent emits from its own thread.
    const auto queued = Qt::QueuedConnection;
    connect(a, &ClientAgent::linkChanged, this, [this](int link, const QString &detail) { d->onLink(link, detail); },
            queued);
    connect(a, &ClientAgent::snapshotApplied, this, [this](const EnvelopePtr &env) {
        d->applySnapshot(env->snapshot());
    }, queued);
    connect(a, &ClientAgent::eventApplied, this, [this](const EnvelopePtr &env) { d->applyEvent(env->event()); },
            queued);
    connect(a, &ClientAgent::resynced, this, &MeetingSession::resynced, queued);
    connect(a, &ClientAgent::welcomed, this, [this](const EnvelopePtr &env) {
        if (env->has_welcome() && env->welcome().server_time_ms() > 0) d->setHubTime(env->welcome().server_time_ms());
    }, queued);
    connect(a, &ClientAgent::hubTime, this, [this](qint64 ms) { d->setHubTime(ms); }, queued);
    connect(a, &ClientAgent::commandReplied, this,
            [this](quint64 id, const QString &command, const EnvelopePtr &reply) { d->onReply(id, command, reply); },
            queued);
    connect(a, &ClientAgent::documentProgress, this, [this](const QString &sha, quint64 have, quint64 total) {
        d->setBlob(sha, {false, total > 0 ? double(have) / double(total) : 0.0, {}, {}});
        emit documentsProgressChanged();
    }, queued);
    connect(a, &ClientAgent::documentReady, this, [this](const QString &sha, const QString &path) {
        d->setBlob(sha, {true, 1.0, path, {}});
        if (client::BlobLocator::instance().holdsInMemory(sha)) {
            d->confidentialHeld.insert(sha);
            d->guardConfidential(); // the reader's watermark is set before any page is drawn
        }
        client::BlobLocator::instance().announce(sha);
        emit documentsProgressChanged();
        emit documentReady(sha);
    }, queued);
    connect(a, &ClientAgent::documentFailed, this, [this](const QString &sha, const QString &message) {
        d->setBlob(sha, {false, 0.0, {}, message});
        emit documentFailed(sha, message);
    }, queued);
    connect(a, &ClientAgent::bytesFetchedChanged, this, [this](quint64 bytes) {
        d->bytesFetched = bytes;
        emit bytesFetchedChanged();
    }, queued);
    d->registeredCacheDir = d->cacheDir;
    client::BlobLocator::instance().addCacheDir(d->registeredCacheDir);
    d->setConnection(Connecting, MeetingSession::tr("Connecting to the hub…"));
    a->start();
}

void MeetingSession::stop() {
    if (!d->agent) return;
    // Joins the network thread. Signals it queued before may still arrive; they
    // only update the replica and models, which stay valid.
    d->agent.reset();
    client::BlobLocator::instance().removeCacheDir(d->registeredCacheDir);
    d->registeredCacheDir.clear();
    client::WipeTargets::instance().removeDirectory(d->wipeRegisteredDir);
    d->wipeRegisteredDir.clear();
    // Confidential papers live only while the session does.
    client::BlobLocator::instance().dropFromMemory(QStringList(d->confidentialHeld.begin(), d->confidentialHeld.end()));
    d->confidentialHeld.clear();
    const bool wasBusy = d->isBusy();
    d->inFlight.clear();
    if (wasBusy) emit busyChanged();
    // Unanswered ballots died with the agent: no receipt will come for them.
    d->ballotRequests.clear();
    d->prepareRequests.clear();
    for (auto it = d->myBallots.begin(); it != d->myBallots.end(); ++it)
        if (it.value() == PollModel::BallotSending) it.value() = PollModel::BallotNone;
    d->rebuildPolls();
    d->setConnection(Disconnected, MeetingSession::tr("Not connected."));
}

void MeetingSession::Private::setConnection(ConnectionState s, const QString &message) {
    if (s == connection && message == connectionMessage) return;
    connection = s;
    connectionMessage = message;
    emit q->connectionStateChanged();
}

void MeetingSession::Private::onLink(int link, const QString &detail) {
    switch (static_cast<ClientAgent::Link>(link)) {
    case ClientAgent::Connecting: setConnection(Connecting, MeetingSession::tr("Connecting to the hub…")); break;
    case ClientAgent::Disconnected:
        setConnection(Disconnected, detail.isEmpty() ? client::connectionLostText() : detail);
        break;
    case ClientAgent::Syncing: setConnection(Syncing, MeetingSession::tr("Bringing the meeting up to date…")); break;
    case ClientAgent::Live:
        setConnection(Live, QString());
        if (!detail.isEmpty()) setLastError(detail); // e.g. the hub has no meeting yet
        break;
    case ClientAgent::Incompatible:
        setConnection(Incompatible, detail);
        setLastError(detail);
        break;
    case ClientAgent::Refused:
        setConnection(Disconnected, detail);
        setLastError(detail);
        break;
    }
}

void MeetingSession::Private::setLastError(const QString &text) {
    if (text == lastError) return;
    lastError = text;
    emit q->lastErrorChanged();
}

// --- commands ---------------------------------------------------------------

quint64 MeetingSession::Private::send(wire::Envelope request, const QString &command) {
    if (!agent) {
        refuseLocally(command, MeetingSession::tr("Not connected to the hub: the session has not been started."));
        return 0;
    }
    const bool wasBusy = isBusy();
    const quint64 id = agent->submit(std::move(request), command);
    inFlight[id] = command;
    if (!wasBusy && isBusy()) emit q->busyChanged();
    return id;
}

// Busy = a person's command is waiting for the hub. The console's own background fetch of the
// conclusion drafts does not count: it must not grey out the chair's buttons while it runs.
bool MeetingSession::Private::isBusy() const {
    return std::any_of(inFlight.begin(), inFlight.end(),
                       [](const auto &f) { return f.second != QLatin1String("conclusions"); });
}

void MeetingSession::Private::refuseLocally(const QString &command, const QString &text) {
    setLastError(text);
    emit q->commandFinished(command, false, wire::ERROR_UNSPECIFIED, text);
}

void MeetingSession::Private::onReply(quint64 id, const QString &command, const EnvelopePtr &reply) {
    const bool wasBusy = isBusy();
    if (inFlight.erase(id) && wasBusy && !isBusy()) emit q->busyChanged();
    onFloorReply(id, command, *reply);
    onConclusionReply(id, command, *reply);
    // The console's own fetch of the drafts is not a person's command: no commandFinished, and
    // it neither shows nor clears an error (a refusal only means the role changed meanwhile).
    if (command == QLatin1String("conclusions")) return;
    if (reply->has_error()) {
        const auto &e = reply->error();
        const QString text = client::errorText(e, command);
        setLastError(text);
        if (e.code() == wire::ERROR_WRONG_PIN)
            emit q->checkInRefused(text, static_cast<int>(e.attempts_left()), 0);
        else if (e.code() == wire::ERROR_LOCKED_OUT)
            emit q->checkInRefused(text, 0, static_cast<qint64>(e.retry_after_ms()));
        emit q->commandFinished(command, false, e.code(), text);
        return;
    }
    if (reply->has_check_in_result()) setYou(reply->check_in_result().you());
    if (command == QLatin1String("checkOut")) {
        auto you = state.you();
        you.clear_person_id();
        you.set_role(wire::ROLE_UNSPECIFIED);
        setYou(you);
    }
    setLastError(QString());
    emit q->commandFinished(command, true, 0, QString());
}

void MeetingSession::checkIn(const QString &personId, const QString &pin) {
    auto env = protocol::envelope();
    env.mutable_check_in()->set_person_id(personId.toStdString());
    env.mutable_check_in()->set_pin(pin.toStdString());
    d->send(std::move(env), QStringLiteral("checkIn"));
}

void MeetingSession::checkOut() {
    auto env = protocol::envelope();
    env.mutable_check_out();
    d->send(std::move(env), QStringLiteral("checkOut"));
}

void MeetingSession::openMeeting() {
    auto env = protocol::envelope();
    env.mutable_open_meeting();
    d->send(std::move(env), QStringLiteral("openMeeting"));
}

void MeetingSession::closeMeeting() {
    auto env = protocol::envelope();
    env.mutable_close_meeting();
    d->send(std::move(env), QStringLiteral("closeMeeting"));
}

void MeetingSession::nextItem() { gotoItem(currentItem() + 1); }
void MeetingSession::previousItem() { gotoItem(currentItem() - 1); }

void MeetingSession::gotoItem(int index) {
    if (index < 0 || index >= itemCount()) {
        const QString text = MeetingSession::tr("There is no agenda item %1; the agenda has %n item(s).", nullptr, itemCount())
                                 .arg(index + 1);
        d->setLastError(text);
        emit commandFinished(QStringLiteral("gotoItem"), false, wire::ERROR_NOT_FOUND, text);
        return;
    }
    auto env = protocol::envelope();
    // expected_current lets the hub refuse with CONFLICT if someone moved first.
    env.mutable_goto_agenda_item()->set_expected_current(currentItem());
    env.mutable_goto_agenda_item()->set_index(index);
    d->send(std::move(env), QStringLiteral("gotoItem"));
}

void MeetingSession::dropNextEventsForTest(int count) {
    if (d->agent) d->agent->dropNextEventsForTest(count);
}

void MeetingSession::capDocumentBytesForTest(qint64 bytes) { d->documentByteCapForTest = bytes; }

void MeetingSession::silenceEventsForTest(int ms) {
    if (d->agent) d->agent->silenceEventsForTest(std::chrono::milliseconds(ms));
}

// --- properties ---------------------------------------------------------------

QString MeetingSession::enrolmentFile() const { return d->enrolmentFile; }
void MeetingSession::setEnrolmentFile(const QString &path) {
    if (path == d->enrolmentFile) return;
    d->enrolmentFile = path;
    emit enrolmentFileChanged();
}
QString MeetingSession::cacheDir() const { return d->cacheDir; }
void MeetingSession::setCacheDir(const QString &path) { // takes effect at the next start()
    if (path == d->cacheDir) return;
    d->cacheDir = path;
    emit cacheDirChanged();
}
MeetingSession::ConnectionState MeetingSession::connectionState() const { return d->connection; }
QString MeetingSession::connectionMessage() const { return d->connectionMessage; }
QString MeetingSession::deviceId() const { return d->deviceId; }
quint64 MeetingSession::seq() const { return d->state.seq(); }

QString MeetingSession::meetingId() const { return QString::fromStdString(d->state.meeting_id()); }
QString MeetingSession::meetingTitle() const { return QString::fromStdString(d->state.meeting().title()); }
QString MeetingSession::location() const { return QString::fromStdString(d->state.meeting().location()); }
QDateTime MeetingSession::startsAt() const {
    return d->hasState ? QDateTime::fromMSecsSinceEpoch(d->state.meeting().starts_at_ms()) : QDateTime();
}
MeetingSession::MeetingState MeetingSession::meetingState() const {
    switch (d->state.meeting().state()) {
    case wire::MEETING_STATE_SCHEDULED: return Scheduled;
    case wire::MEETING_STATE_OPEN: return Open;
    case wire::MEETING_STATE_CLOSED: return Closed;
    default: return NoMeeting;
    }
}
int MeetingSession::currentItem() const { return d->hasState ? d->state.meeting().current_item() : -1; }
int MeetingSession::itemCount() const { return d->state.agenda_size(); }
QString MeetingSession::currentItemTitle() const {
    const int i = currentItem();
    return i >= 0 && i < itemCount() ? QString::fromStdString(d->state.agenda(i).title()) : QString();
}
AgendaModel *MeetingSession::agenda() const { return &d->agenda; }
DocumentModel *MeetingSession::currentDocuments() const { return &d->currentDocuments; }
DocumentModel *MeetingSession::documents() const { return &d->allDocuments; }
MemberModel *MeetingSession::members() const { return &d->members; }

int MeetingSession::documentsReady() const {
    int n = 0;
    for (const auto &doc : d->allDocuments.documents()) n += doc.ready ? 1 : 0;
    return n;
}
quint64 MeetingSession::bytesFetched() const { return d->bytesFetched; }

int MeetingSession::presentCount() const { return static_cast<int>(d->state.attendance().present()); }
int MeetingSession::entitledPresent() const { return static_cast<int>(d->state.attendance().entitled_present()); }
int MeetingSession::entitledCount() const { return static_cast<int>(d->state.attendance().entitled()); }
int MeetingSession::failedPinAttempts() const { return static_cast<int>(d->state.failed_pin_attempts()); }

bool MeetingSession::checkedIn() const { return !d->state.you().person_id().empty(); }
QString MeetingSession::personId() const { return QString::fromStdString(d->state.you().person_id()); }
QString MeetingSession::personName() const {
    const auto *m = d->member(d->state.you().person_id());
    return m ? QString::fromStdString(m->name()) : QString();
}
MeetingSession::Role MeetingSession::role() const {
    return checkedIn() ? sessionRole(d->state.you().role()) : NoRole;
}
QString MeetingSession::seatLabel() const { return d->seatLabel(d->state.you().seat_id()); }
bool MeetingSession::canChair() const { return role() == Chair; }
bool MeetingSession::canMoveAgenda() const { return role() == Chair || role() == Secretary; }

QString MeetingSession::lastError() const { return d->lastError; }
bool MeetingSession::busy() const { return d->isBusy(); }

QString MeetingSession::documentPath(const QString &sha256) const {
    client::DocumentCache cache(d->cacheDir);
    if (cache.holds(sha256)) return cache.blobPath(sha256);
    // A confidential document of this session: in memory only ("/proc/self/fd/N").
    return d->confidentialHeld.contains(sha256) ? client::BlobLocator::instance().find(sha256) : QString();
}
