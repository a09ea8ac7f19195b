// RegistryAgent: the network thread of a RegistrySession (dispatch desk).
//
// Like ClientAgent (agent/ClientAgent.h) but request/reply only: the registry
// has no meeting to follow, so there is no event socket, no snapshot and no
// blob socket. The thread owns one CURVE DEALER connected to the registry's
// command endpoint (the hub's command socket when the registry runs inside the
// hub), its monitor and an inproc wakeup. Other threads talk to it through
// submit()/stop() only; it answers through queued Qt signals.
//
// Messages are RegistryEnvelopes (shared/proto/registry.proto).
// Sequence: connect → (monitor: handshake done) RegistryHello → RegistryWelcome → requests.
// A request keeps its id: after a reconnect, or when no reply came within 15 s,
// the same bytes go again and the server's idempotency makes that harmless.
// Requests submitted while disconnected wait (up to 45 s, then they fail with
// "the registry does not answer", so that no button stays busy forever).
#pragma once

#include "agent/DeviceConfig.h"
#include "registry.pb.h"

#include <QMetaType>

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace ecabinet::client {

using RegistryReplyPtr = std::shared_ptr<const wire::RegistryEnvelope>;

// Encodes with our protocol version; decodes checking the major version.
std::string encodeRegistry(wire::RegistryEnvelope env);
wire::RegistryEnvelope registryErrorReply(std::uint64_t requestId, wire::ErrorCode code, const std::string &message);

class RegistryAgent : public QObject {
    Q_OBJECT
public:
    enum Link { Connecting, Disconnected, Live, Incompatible, Refused };
    Q_ENUM(Link)

    // Connects to `endpoint` ("tcp://host:port") with the CURVE keys of `config`.
    RegistryAgent(DeviceConfig config, QString endpoint, QString clientName);
    ~RegistryAgent() override; // stops and joins the thread

    void start();
    void stop();
    // Any thread. `request` carries the body only; returns the request id.
    std::uint64_t submit(wire::RegistryEnvelope request, const QString &command);

signals:
    void linkChanged(int link, const QString &detail);
    void welcomed(ecabinet::client::RegistryReplyPtr welcome);
    // The reply to a submitted request (an Error envelope when it failed here).
    void replied(quint64 requestId, const QString &command, ecabinet::client::RegistryReplyPtr reply);

private:
    struct Loop;
    std::unique_ptr<Loop> loop_;
};

} // namespace ecabinet::client

Q_DECLARE_METATYPE(ecabinet::client::RegistryReplyPtr)
