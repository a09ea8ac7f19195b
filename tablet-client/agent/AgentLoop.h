// Private to ClientAgent: the state and code that run on the agent thread.
// Everything below `// --- agent thread only ---` is touched by that thread
// alone; the inbox and test hooks above it are guarded by `mutex`.
#pragma once

#include "agent/ClientAgent.h"
#include "agent/CloneSync.h"
#include "agent/ZmqSupport.h"
#include "cache/BlobFetcher.h"
#include "cache/BlobUploader.h"
#include "protocol/Limits.h"

#include <zmq.hpp>

#include <atomic>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace ecabinet::client {

// What the hub may send us (larger than what it accepts from us).
protocol::Limits clientLimits();

struct ClientAgent::Loop {
    using Clock = std::chrono::steady_clock;

    Loop(ClientAgent &q, DeviceConfig cfg, QString cacheDir, wire::ClientKind kind, QString clientName);
    ~Loop();

    void start();
    void stop();
    std::uint64_t submit(wire::Envelope request, const QString &command);

    ClientAgent &q;
    const DeviceConfig cfg;
    const wire::ClientKind kind;
    const std::string clientName;
    std::shared_ptr<zmq::context_t> ctx;
    std::atomic<std::uint64_t> bytesFetched{0};
    std::atomic<qint64> fakeNowMs{0};
    qint64 nowMs() const; // Unix ms: the real clock, or the test's

    // --- shared with other threads, under `mutex` ---
    struct Outgoing {
        std::uint64_t id;
        QString command;
        std::string frame;
    };
    std::mutex mutex;
    std::deque<Outgoing> inbox;
    std::deque<std::pair<QString, QByteArray>> uploadInbox; // (sha256, bytes) to upload
    bool stopRequested = false;
    int dropEvents = 0;
    Clock::time_point silenceUntil{};
    zmq::socket_t wakeSend; // used under `mutex` by whichever thread submits
    std::thread thread;

    // --- agent thread only ---
    void run();
    void openSockets();
    void closeSockets();
    void takeInbox();
    void onCommandSocket();
    void onEventSocket();
    void onBlobSocket();
    void onCommandMonitor(const MonitorEvent &ev);
    void onReply(const EnvelopePtr &env);
    void onWelcome(const EnvelopePtr &env);
    void onSnapshot(const EnvelopePtr &env);
    void onEvent(const EnvelopePtr &env);
    void wipeCache(const std::string &wipeId); // AgentSync.cpp
    void keepCache(const wire::Snapshot &snapshot);
    void sendHello();
    void requestSnapshot();
    void sendPending(bool all);
    void failAllPending(wire::ErrorCode code, const QString &text);
    void setLink(Link link, const QString &detail = {});
    void setCheckedIn(const std::string &personId);
    void onTimers(Clock::time_point now);
    Clock::duration pollTimeout(Clock::time_point now) const;
    Clock::duration heartbeat() const { return std::chrono::milliseconds(heartbeatMs); }
    bool send(zmq::socket_t &socket, const std::string &frame);

    zmq::socket_t wakeRecv, cmd, sub, blob, cmdMon, blobMon;
    Link link = Connecting;
    bool welcomed = false;
    bool blobEverConnected = false;
    std::uint32_t heartbeatMs = 1000;
    CloneSync sync;
    struct Pending {
        QString command;
        std::string frame;
        std::optional<Clock::time_point> sentAt; // empty: not sent on this connection yet
    };
    std::map<std::uint64_t, Pending> pending; // ordered by id = order typed
    std::uint64_t helloId = 0;
    std::uint64_t snapshotId = 0;
    Clock::time_point snapshotSentAt{};
    std::uint64_t seqBeforeResync = 0;
    bool hadStateBeforeResync = false;
    Clock::time_point lastEventTraffic{};
    std::string personId; // who is checked in at this device, "" if nobody
    BlobFetcher fetcher;
    BlobUploader uploader;
};

} // namespace ecabinet::client
