// ClientAgent: one device's network thread (zguide Clone client agent).
//
// The thread owns every socket of the session: DEALER command, SUB events,
// DEALER blobs, their monitors and the inproc wakeup. Other threads talk to it
// only through submit()/stop() (a mutex-guarded inbox plus a wakeup message on
// an inproc PAIR) and hear from it only through queued Qt signals, whose
// arguments are immutable shared protobuf messages.
//
// Sequence: connect → (monitor: handshake done) Hello → Welcome → snapshot
// (buffering events) → replay → Live. A seq gap, a heartbeat ahead of us or
// kMissedHeartbeatsBeforeResync silent intervals → snapshot again. Commands get
// a request id once and keep it: after a reconnect, or when no reply came, the
// same bytes are sent again and the hub's idempotency makes that harmless.
#pragma once

#include "agent/CloneSync.h"
#include "agent/DeviceConfig.h"
#include "ecabinet.pb.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>

namespace ecabinet::client {

using EnvelopePtr = std::shared_ptr<const wire::Envelope>;

class ClientAgent : public QObject {
    Q_OBJECT
public:
    enum Link { Connecting, Disconnected, Syncing, Live, Incompatible, Refused };
    Q_ENUM(Link)

    ClientAgent(DeviceConfig config, QString cacheDir, wire::ClientKind kind, QString clientName);
    ~ClientAgent() override; // stops and joins the thread

    void start();
    void stop();
    // Any thread. `request` carries the body only; returns the request id.
    std::uint64_t submit(wire::Envelope request, const QString &command);
    std::uint64_t bytesFetched() const;
    // Console: send a document's bytes to the hub (BlobUpload); answered by uploadFinished.
    void uploadBlob(const QString &sha256, QByteArray bytes);

    // Test hooks (integration tests only): lose the next `count` events as a
    // PUB at its HWM would; or hear nothing at all on the SUB for `duration`.
    void dropNextEventsForTest(int count);
    void silenceEventsForTest(std::chrono::milliseconds duration);
    // Fetch at most the first `bytes` of each document (call before start()).
    void capDocumentBytesForTest(std::uint64_t bytes);
    // The device's clock for cache housekeeping (last contact, eviction); 0 = the real clock.
    void setNowForTest(qint64 unixMs);
    // Cache limits from device.json (applied at every snapshot).

signals:
    void linkChanged(int link, const QString &detail);
    void welcomed(ecabinet::client::EnvelopePtr welcome);
    // The hub's clock (Unix ms) from each heartbeat: timers on seats follow it.
    void hubTime(qint64 hubTimeMs);
    void snapshotApplied(ecabinet::client::EnvelopePtr snapshot);
    void eventApplied(ecabinet::client::EnvelopePtr event);
    void resynced(quint64 fromSeq, quint64 toSeq);
    void commandReplied(quint64 requestId, const QString &command, ecabinet::client::EnvelopePtr reply);
    void documentProgress(const QString &sha, quint64 have, quint64 total);
    void documentReady(const QString &sha, const QString &path);
    void documentFailed(const QString &sha, const QString &message);
    void bytesFetchedChanged(quint64 bytes);
    // `ecabinetctl device wipe`: the agent has abandoned its downloads and erased its cache
    // folder (`filesRemoved` files); the session erases the other targets and confirms.
    void wipeRequested(const QString &wipeId, quint64 filesRemoved);
    void uploadProgress(const QString &sha, quint64 sent, quint64 total);
    void uploadFinished(const QString &sha, bool ok, int errorCode, const QString &message);

private:
    struct Loop;
    std::unique_ptr<Loop> loop_;
};

} // namespace ecabinet::client

Q_DECLARE_METATYPE(ecabinet::client::EnvelopePtr)
