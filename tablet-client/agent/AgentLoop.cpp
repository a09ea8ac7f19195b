#include "agent/AgentLoop.h"

#include "ErrorText.h"
#include "agent/RequestIds.h"
#include "protocol/Codec.h"

#include <QDebug>

#include <sodium.h>

#include <algorithm>

namespace ecabinet::client {

namespace {

} // namespace

// What the hub may send us: larger than what it accepts from us.
protocol::Limits clientLimits() {
    protocol::Limits l;
    l.socketMaxBytes = protocol::kClientMaxMessageBytes;
    l.maxRequestBytes = static_cast<std::size_t>(protocol::kClientMaxMessageBytes);
    l.maxStringBytes = 64 * 1024;
    l.maxListLength = 100000;
    return l;
}

namespace {

// Bounded draining per wake-up so that a flood on one socket cannot starve the others.
constexpr int kDrainBatch = 512;
// A command without a reply this long after it was sent is sent again (same id).
constexpr auto kMinCommandRetry = std::chrono::seconds(3);

} // namespace

ClientAgent::Loop::Loop(ClientAgent &q_, DeviceConfig cfg_, QString cacheDir, wire::ClientKind kind_,
                        QString clientName_)
    : q(q_), cfg(std::move(cfg_)), kind(kind_), clientName(clientName_.toStdString()), ctx(sharedZmqContext()),
      fetcher(DocumentCache(std::move(cacheDir)),
              BlobFetcher::Callbacks{
                  [this](const std::string &frame) { send(blob, frame); },
                  [this](const QString &sha, std::uint64_t have, std::uint64_t total) {
                      emit q.documentProgress(sha, have, total);
                  },
                  [this](const QString &sha, const QString &path) { emit q.documentReady(sha, path); },
                  [this](const QString &sha, const QString &message) { emit q.documentFailed(sha, message); },
                  [this](std::uint64_t bytes) {
                      bytesFetched = bytes;
                      emit q.bytesFetchedChanged(bytes);
                  }}),
      uploader(BlobUploader::Callbacks{
          [this](const std::string &frame) { send(blob, frame); },
          [this](const QString &sha, std::uint64_t sent, std::uint64_t total) { emit q.uploadProgress(sha, sent, total); },
          [this](const QString &sha, bool ok, int code, const QString &message) {
              emit q.uploadFinished(sha, ok, code, message);
          }}) {
    if (sodium_init() < 0) qFatal("libsodium cannot be initialised");
    // Both ends of the wakeup pipe are made here; wakeRecv moves to the agent
    // thread when it starts (thread start is a full memory barrier).
    const std::string wake = uniqueInprocEndpoint("wake");
    wakeRecv = zmq::socket_t(*ctx, zmq::socket_type::pair);
    wakeRecv.set(zmq::sockopt::linger, 0);
    wakeRecv.bind(wake);
    wakeSend = zmq::socket_t(*ctx, zmq::socket_type::pair);
    wakeSend.set(zmq::sockopt::linger, 0);
    wakeSend.connect(wake);
}

ClientAgent::Loop::~Loop() {
    stop();
    std::lock_guard lock(mutex);
    wakeSend.close();
    wakeRecv.close();
}

void ClientAgent::Loop::start() {
    std::lock_guard lock(mutex);
    if (thread.joinable()) return;
    stopRequested = false;
    thread = std::thread([this] { run(); });
}

void ClientAgent::Loop::stop() {
    {
        std::lock_guard lock(mutex);
        if (!thread.joinable()) return;
        stopRequested = true;
        wakeSend.send(zmq::message_t(), zmq::send_flags::dontwait);
    }
    thread.join();
    thread = std::thread();
}

std::uint64_t ClientAgent::Loop::submit(wire::Envelope request, const QString &command) {
    const std::uint64_t id = nextRequestId();
    request.set_request_id(id);
    std::lock_guard lock(mutex);
    inbox.push_back(Outgoing{id, command, protocol::encode(std::move(request))});
    // A full wakeup pipe already holds a wakeup: EAGAIN is fine.
    wakeSend.send(zmq::message_t(), zmq::send_flags::dontwait);
    return id;
}

bool ClientAgent::Loop::send(zmq::socket_t &socket, const std::string &frame) {
    if (socket.handle() == nullptr) return false;
    try {
        return socket.send(zmq::buffer(frame), zmq::send_flags::dontwait).has_value();
    } catch (const zmq::error_t &e) {
        qWarning("ecabinet agent %s: send failed: %s", qPrintable(cfg.name), e.what());
        return false;
    }
}

void ClientAgent::Loop::openSockets() {
    cmd = makeCurveSocket(*ctx, zmq::socket_type::dealer, cfg);
    cmdMon = monitorSocket(*ctx, cmd, "cmd-monitor");
    sub = makeCurveSocket(*ctx, zmq::socket_type::sub, cfg);
    blob = makeCurveSocket(*ctx, zmq::socket_type::dealer, cfg);
    blobMon = monitorSocket(*ctx, blob, "blob-monitor");
    // Subscribe (done in makeCurveSocket) and connect the SUB before asking for
    // anything, so that no event after the snapshot can be missed.
    sub.connect(cfg.endpoint(cfg.eventPort).toStdString());
    cmd.connect(cfg.endpoint(cfg.commandPort).toStdString());
    blob.connect(cfg.endpoint(cfg.blobPort).toStdString());
    lastEventTraffic = Clock::now();
}

void ClientAgent::Loop::closeSockets() {
    closeMonitored(cmd, cmdMon);
    closeMonitored(blob, blobMon);
    sub.close();
}

void ClientAgent::Loop::run() {
    try {
        openSockets();
    } catch (const zmq::error_t &e) {
        setLink(Disconnected, QStringLiteral("cannot open sockets: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    setLink(Connecting);
    while (true) {
        {
            std::lock_guard lock(mutex);
            if (stopRequested) break;
        }
        zmq::pollitem_t items[] = {
            {wakeRecv.handle(), 0, ZMQ_POLLIN, 0}, {cmd.handle(), 0, ZMQ_POLLIN, 0},
            {sub.handle(), 0, ZMQ_POLLIN, 0},      {blob.handle(), 0, ZMQ_POLLIN, 0},
            {cmdMon.handle(), 0, ZMQ_POLLIN, 0},   {blobMon.handle(), 0, ZMQ_POLLIN, 0},
        };
        // After Incompatible the network sockets are closed; poll only the wakeup.
        const int count = cmd.handle() ? 6 : 1;
        const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(pollTimeout(Clock::now()));
        try {
            zmq::poll(items, count, std::max(timeout, std::chrono::milliseconds(1)));
        } catch (const zmq::error_t &e) {
            if (e.num() == EINTR) continue;
            qWarning("ecabinet agent %s: poll failed: %s", qPrintable(cfg.name), e.what());
            break;
        }
        if (items[0].revents & ZMQ_POLLIN) {
            zmq::message_t m;
            while (wakeRecv.recv(m, zmq::recv_flags::dontwait)) {}
            takeInbox();
        }
        if (count > 1) {
            if (items[4].revents & ZMQ_POLLIN)
                while (auto ev = readMonitorEvent(cmdMon)) onCommandMonitor(*ev);
            if (items[5].revents & ZMQ_POLLIN)
                while (auto ev = readMonitorEvent(blobMon)) {
                    if (ev->event != ZMQ_EVENT_HANDSHAKE_SUCCEEDED) continue;
                    // Chunks requested on the old connection are lost: ask again
                    // from what the .part holds.
                    if (blobEverConnected) {
                        fetcher.onConnectionReset();
                        uploader.onConnectionReset();
                    }
                    blobEverConnected = true;
                }
            if (items[1].revents & ZMQ_POLLIN) onCommandSocket();
            if (cmd.handle() && (items[2].revents & ZMQ_POLLIN)) onEventSocket();
            if (cmd.handle() && (items[3].revents & ZMQ_POLLIN)) onBlobSocket();
        }
        onTimers(Clock::now());
    }
    closeSockets();
}

void ClientAgent::Loop::takeInbox() {
    std::deque<Outgoing> taken;
    std::deque<std::pair<QString, QByteArray>> uploads;
    {
        std::lock_guard lock(mutex);
        taken.swap(inbox);
        uploads.swap(uploadInbox);
    }
    for (auto &[sha, bytes] : uploads) uploader.add(sha, std::move(bytes));
    for (auto &o : taken) {
        if (link == Incompatible) {
            auto err = std::make_shared<wire::Envelope>(protocol::errorReply(
                o.id, wire::ERROR_INCOMPATIBLE_VERSION, "this app is not compatible with the hub"));
            emit q.commandReplied(o.id, o.command, err);
            continue;
        }
        auto &p = pending[o.id];
        p.command = o.command;
        p.frame = std::move(o.frame);
        // Before Welcome the command waits, so that it follows our Hello.
        if (welcomed && send(cmd, p.frame)) p.sentAt = Clock::now();
    }
}

void ClientAgent::Loop::sendPending(bool all) {
    const auto now = Clock::now();
    const auto retryAfter = std::max<Clock::duration>(kMinCommandRetry, 3 * heartbeat());
    for (auto &[id, p] : pending) {
        if (!all && p.sentAt && now - *p.sentAt < retryAfter) continue;
        if (send(cmd, p.frame)) p.sentAt = now; // same bytes, same request id
    }
}

void ClientAgent::Loop::failAllPending(wire::ErrorCode code, const QString &text) {
    for (auto &[id, p] : pending)
        emit q.commandReplied(id, p.command,
                              std::make_shared<wire::Envelope>(protocol::errorReply(id, code, text.toStdString())));
    pending.clear();
}

void ClientAgent::Loop::setLink(Link l, const QString &detail) {
    if (l == link && detail.isEmpty()) return;
    link = l;
    emit q.linkChanged(l, detail);
}

void ClientAgent::Loop::onCommandMonitor(const MonitorEvent &ev) {
    switch (ev.event) {
    case ZMQ_EVENT_HANDSHAKE_SUCCEEDED:
        welcomed = false;
        setLink(Connecting);
        sendHello();
        break;
    case ZMQ_EVENT_DISCONNECTED:
        welcomed = false;
        snapshotId = 0;
        for (auto &[id, p] : pending) p.sentAt.reset(); // to be sent again after the next Welcome
        if (link != Refused) setLink(Disconnected, connectionLostText());
        break;
    case ZMQ_EVENT_HANDSHAKE_FAILED_AUTH:
        setLink(Refused, deviceRefusedText());
        break;
    default: // protocol failures: libzmq retries by itself
        qWarning("ecabinet agent %s: handshake with the hub failed (event %d)", qPrintable(cfg.name), ev.event);
        break;
    }
}

void ClientAgent::Loop::onBlobSocket() {
    const auto limits = clientLimits();
    zmq::message_t msg;
    for (int i = 0; i < kDrainBatch && blob.recv(msg, zmq::recv_flags::dontwait); ++i) {
        auto decoded = protocol::decode(msg.data(), msg.size(), limits);
        if (!decoded) {
            qWarning("ecabinet agent %s: undecodable chunk: %s", qPrintable(cfg.name),
                     decoded.error().message.c_str());
            continue; // the stall timer asks again
        }
        if (uploader.owns(decoded.value().request_id())) uploader.onReply(decoded.value());
        else fetcher.onReply(decoded.value());
    }
}

void ClientAgent::Loop::setCheckedIn(const std::string &person) {
    personId = person;
    fetcher.setAllowed(!personId.empty());
}

void ClientAgent::Loop::onTimers(Clock::time_point now) {
    fetcher.onTick(now);
    uploader.onTick(now);
    if (!welcomed) return;
    const auto silentLimit = protocol::kMissedHeartbeatsBeforeResync * heartbeat();
    if (snapshotId != 0 && now - snapshotSentAt > silentLimit) {
        requestSnapshot(); // the request or its answer was lost
    } else if (snapshotId == 0 && now - lastEventTraffic > silentLimit) {
        lastEventTraffic = now; // one resync per silent period, not one per loop
        requestSnapshot();
    }
    sendPending(false);
}

ClientAgent::Loop::Clock::duration ClientAgent::Loop::pollTimeout(Clock::time_point now) const {
    Clock::duration t = heartbeat(); // timers are coarse: a heartbeat's resolution is enough
    if (auto d = fetcher.nextDeadline()) t = std::min<Clock::duration>(t, *d - now);
    if (auto d = uploader.nextDeadline()) t = std::min<Clock::duration>(t, *d - now);
    return std::max<Clock::duration>(t, std::chrono::milliseconds(1));
}

} // namespace ecabinet::client
