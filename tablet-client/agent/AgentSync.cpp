// The Clone half of the agent thread: Hello/Welcome, snapshots, events and
// command replies (see ClientAgent.h for the sequence).
#include "agent/AgentLoop.h"

#include "ErrorText.h"
#include "agent/RequestIds.h"
#include "cache/DeviceWipe.h"
#include "protocol/Codec.h"

#include <QDateTime>
#include <QDebug>

namespace ecabinet::client {

namespace {
constexpr int kDrainBatch = 512; // as in AgentLoop.cpp: no socket starves the others
} // namespace

void ClientAgent::Loop::sendHello() {
    helloId = nextRequestId();
    auto env = protocol::envelope(helloId);
    env.mutable_hello()->set_client_name(clientName);
    env.mutable_hello()->set_kind(kind);
    send(cmd, protocol::encode(std::move(env)));
}

void ClientAgent::Loop::requestSnapshot() {
    if (!sync.buffering()) {
        hadStateBeforeResync = sync.hasState();
        seqBeforeResync = sync.seq();
    }
    sync.beginResync();
    snapshotId = nextRequestId();
    snapshotSentAt = Clock::now();
    auto env = protocol::envelope(snapshotId);
    env.mutable_snapshot_request();
    send(cmd, protocol::encode(std::move(env)));
    setLink(Syncing);
}

void ClientAgent::Loop::onCommandSocket() {
    const auto limits = clientLimits();
    zmq::message_t msg;
    for (int i = 0; i < kDrainBatch && cmd.recv(msg, zmq::recv_flags::dontwait); ++i) {
        auto decoded = protocol::decode(msg.data(), msg.size(), limits);
        if (!decoded) {
            // Never trust, never crash: log and wait for the retry.
            qWarning("ecabinet agent %s: undecodable reply: %s", qPrintable(cfg.name),
                     decoded.error().message.c_str());
            if (decoded.error().code == wire::ERROR_INCOMPATIBLE_VERSION)
                setLink(Incompatible, incompatibleText(QString::fromStdString(decoded.error().message)));
            continue;
        }
        onReply(std::make_shared<const wire::Envelope>(std::move(decoded).value()));
        if (!cmd.handle()) return; // closed after Incompatible
    }
}

void ClientAgent::Loop::onReply(const EnvelopePtr &env) {
    const std::uint64_t id = env->request_id();
    if (id != 0 && id == helloId) {
        helloId = 0;
        onWelcome(env);
        return;
    }
    if (id != 0 && id == snapshotId) {
        onSnapshot(env);
        return;
    }
    const auto it = pending.find(id);
    if (it == pending.end()) return; // a duplicate answer to a retried request
    const QString command = it->second.command;
    pending.erase(it);
    // Who is here decides which documents this device may see (named and confidential ones
    // are listed per person): a new snapshot after every check-in and check-out.
    if (env->has_check_in_result()) {
        setCheckedIn(env->check_in_result().you().person_id());
        requestSnapshot();
    }
    if (command == QLatin1String("checkOut") && env->has_ack()) {
        setCheckedIn({});
        requestSnapshot();
    }
    if (env->has_error() && env->error().code() == wire::ERROR_NOT_CHECKED_IN) setCheckedIn({});
    emit q.commandReplied(id, command, env);
}

void ClientAgent::Loop::onWelcome(const EnvelopePtr &env) {
    if (env->has_error()) {
        const auto &e = env->error();
        if (e.code() == wire::ERROR_INCOMPATIBLE_VERSION) {
            // Retrying cannot help: stop the sockets so that libzmq stops reconnecting.
            setLink(Incompatible, incompatibleText(QString::fromStdString(e.message())));
            failAllPending(wire::ERROR_INCOMPATIBLE_VERSION, QString::fromStdString(e.message()));
            closeSockets();
        } else if (e.code() == wire::ERROR_DEVICE_REVOKED) {
            setLink(Refused, deviceRefusedText());
        } else {
            setLink(Disconnected, errorText(e));
        }
        return;
    }
    if (!env->has_welcome()) return;
    const auto &w = env->welcome();
    if (w.heartbeat_interval_ms() > 0) heartbeatMs = w.heartbeat_interval_ms();
    fetcher.setWindow(w.chunk_size(), w.max_chunks_in_flight());
    uploader.setChunkSize(w.chunk_size());
    recordContact(fetcher.cache().dir(), nowMs()); // the self-wipe counts days from here
    if (!w.wipe_id().empty()) wipeCache(w.wipe_id());
    welcomed = true;
    emit q.welcomed(env);
    requestSnapshot();
    sendPending(true);
}

void ClientAgent::Loop::onSnapshot(const EnvelopePtr &env) {
    if (env->has_error()) {
        if (env->error().code() == wire::ERROR_NO_MEETING) {
            snapshotId = 0;
            sync.onNoMeeting();
            setLink(Live, errorText(env->error()));
            return;
        }
        // snapshotId stays set, so the timer asks again after a pause.
        qWarning("ecabinet agent %s: snapshot refused: %s", qPrintable(cfg.name), env->error().message().c_str());
        return;
    }
    if (!env->has_snapshot()) return;
    snapshotId = 0;
    const auto replay = sync.onSnapshot(env->snapshot());
    emit q.snapshotApplied(env);
    for (const auto &ev : replay.apply) onEvent(ev);
    if (hadStateBeforeResync) emit q.resynced(seqBeforeResync, sync.seq());
    lastEventTraffic = Clock::now();
    setCheckedIn(env->snapshot().you().person_id());
    keepCache(env->snapshot());
    if (replay.gap)
        requestSnapshot();
    else
        setLink(Live);
}

void ClientAgent::Loop::onEvent(const EnvelopePtr &env) {
    emit q.eventApplied(env);
    const auto &ev = env->event();
    if (ev.has_attendance_changed() && ev.attendance_changed().person_id() == personId &&
        !ev.attendance_changed().present())
        setCheckedIn({});
    if (ev.has_meeting_imported()) requestSnapshot(); // a new meeting: new agenda and documents
    // A document was added, replaced or its access changed: the snapshot says what this
    // device may now see (a restricted one's published event carries nothing else).
    if (ev.has_document_changed()) requestSnapshot();
}

qint64 ClientAgent::Loop::nowMs() const {
    const qint64 fake = fakeNowMs.load();
    return fake > 0 ? fake : QDateTime::currentMSecsSinceEpoch();
}

// The pack this person may read, in agenda order (fetched in that order, held blobs never
// requested again); confidential documents into memory only; then the cache's housekeeping.
void ClientAgent::Loop::keepCache(const wire::Snapshot &snapshot) {
    std::vector<WantedBlob> wanted;
    QStringList onDisk;
    for (const auto &item : snapshot.agenda())
        for (const auto &doc : item.documents()) {
            if (doc.locked()) continue; // listed for the chair/secretary, not theirs to read
            const QString sha = QString::fromStdString(doc.sha256());
            const bool confidential = doc.access() == wire::DOCUMENT_ACCESS_CONFIDENTIAL;
            wanted.push_back({sha, doc.size(), confidential});
            if (!confidential) onDisk << sha;
        }
    const domain::CachePolicy policy{static_cast<std::uint64_t>(std::max<qint64>(0, cfg.cacheMaxBytes)),
                                     cfg.cacheMaxAgeMs};
    const auto evicted = evictFromCache(fetcher.cache().dir(), onDisk, policy, nowMs());
    if (!evicted.isEmpty())
        qInfo("ecabinet agent %s: evicted %lld document(s) from the cache", qPrintable(cfg.name),
              static_cast<long long>(evicted.size()));
    fetcher.want(wanted);
}

void ClientAgent::Loop::wipeCache(const std::string &wipeId) {
    fetcher.abandonAll();
    const auto report = eraseDirectoryContents(fetcher.cache().dir());
    for (const auto &f : report.failures) qWarning("ecabinet agent %s: wipe: %s", qPrintable(cfg.name), qPrintable(f));
    recordContact(fetcher.cache().dir(), nowMs());
    emit q.wipeRequested(QString::fromStdString(wipeId), report.filesRemoved);
}

void ClientAgent::Loop::onEventSocket() {
    const auto limits = clientLimits();
    const auto now = Clock::now();
    zmq::message_t msg;
    for (int i = 0; i < kDrainBatch && sub.recv(msg, zmq::recv_flags::dontwait); ++i) {
        bool drop = false;
        {
            std::lock_guard lock(mutex);
            drop = now < silenceUntil;
        }
        if (drop) continue;
        lastEventTraffic = now;
        auto decoded = protocol::decode(msg.data(), msg.size(), limits);
        if (!decoded) {
            qWarning("ecabinet agent %s: undecodable event: %s", qPrintable(cfg.name),
                     decoded.error().message.c_str());
            continue;
        }
        auto env = std::make_shared<const wire::Envelope>(std::move(decoded).value());
        if (env->has_heartbeat()) {
            emit q.hubTime(env->heartbeat().time_ms());
            if (welcomed && snapshotId == 0 && sync.onHeartbeat(env->heartbeat()) == CloneSync::Verdict::Gap)
                requestSnapshot();
            continue;
        }
        if (!env->has_event()) continue;
        {
            std::lock_guard lock(mutex);
            if (dropEvents > 0) {
                --dropEvents;
                continue;
            }
        }
        switch (sync.onEvent(env)) {
        case CloneSync::Verdict::Apply: onEvent(env); break;
        case CloneSync::Verdict::Gap:
            if (welcomed && snapshotId == 0) requestSnapshot();
            break;
        case CloneSync::Verdict::Buffered:
        case CloneSync::Verdict::Ignore: break;
        }
    }
}

} // namespace ecabinet::client
