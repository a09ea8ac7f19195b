// RawClient: a bare protocol client over real CURVE sockets, for tests that
// need to see exactly what the hub sends (no client library in between).
//
//   command DEALER  send()/request()/reply(): Envelopes matched by request_id
//   events  SUB     nextEvent()/waitForEvent(): events and heartbeats
//   blobs   DEALER  chunk()/download()
//
// Every wait takes a timeout and returns nullopt when it expires; there are no
// sleeps. One zmq context per client, linger 0, so a test can drop a client
// at any moment.
#pragma once

#include "support/HubProcess.h"

#include "ecabinet.pb.h"

#include <zmq.hpp>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <string>

namespace ecabinet::testing {

// Request bodies, stamped with our protocol version (request id 0 = let
// RawClient::send assign the next one).
namespace msg {
wire::Envelope hello(const std::string &clientName = "integration test");
wire::Envelope snapshot();
wire::Envelope checkIn(const std::string &personId, const std::string &pin);
wire::Envelope checkOut();
wire::Envelope openMeeting();
wire::Envelope closeMeeting();
wire::Envelope gotoItem(int expectedCurrent, int index);
wire::Envelope ping();
} // namespace msg

enum class Handshake { Succeeded, RefusedAuth, Failed, TimedOut };

class RawClient {
public:
    // Connects to a hub started by HubProcess with the device's keys.
    RawClient(const HubProcess &hub, const EnrolledDevice &device);
    RawClient(const HubProcess &hub, const KeyPair &keys);
    // From a device.json written by ecabinet-enroll (hub address, ports, keys).
    static RawClient fromDeviceJson(const std::filesystem::path &deviceJson);
    RawClient(const std::string &host, const HubPorts &ports, const std::string &hubPublicKey, const KeyPair &keys);
    RawClient(RawClient &&) = default;

    // --- command socket -----------------------------------------------------
    // Sends; assigns the next request id if env.request_id() is 0. Returns the id.
    std::uint64_t send(wire::Envelope env);
    void sendRaw(const std::string &bytes);          // any bytes, one frame
    // The reply to `requestId` (other replies are kept for later calls).
    std::optional<wire::Envelope> reply(std::uint64_t requestId, std::chrono::milliseconds timeout = 5s);
    std::optional<std::string> replyBytes(std::uint64_t requestId, std::chrono::milliseconds timeout = 5s);
    // Whatever reply comes next.
    std::optional<wire::Envelope> nextReply(std::chrono::milliseconds timeout = 5s);
    // send + reply.
    std::optional<wire::Envelope> request(wire::Envelope env, std::chrono::milliseconds timeout = 5s);

    // --- event socket -------------------------------------------------------
    std::optional<wire::Envelope> nextEvent(std::chrono::milliseconds timeout = 5s);
    // Skips messages until `pred` holds.
    std::optional<wire::Envelope> waitForEvent(const std::function<bool(const wire::Envelope &)> &pred,
                                               std::chrono::milliseconds timeout = 5s);
    // Waits for the first heartbeat: after it, the subscription is live and no
    // later event can be lost to the PUB/SUB slow-joiner window.
    bool waitUntilSubscribed(std::chrono::milliseconds timeout = 5s);

    // --- blob socket --------------------------------------------------------
    std::uint64_t sendChunkRequest(const std::string &sha256, std::uint64_t offset, std::uint32_t length);
    std::optional<wire::Envelope> nextBlobReply(std::chrono::milliseconds timeout = 5s);
    std::optional<wire::Envelope> chunk(const std::string &sha256, std::uint64_t offset, std::uint32_t length,
                                        std::chrono::milliseconds timeout = 5s);
    // Whole blob with up to `window` requests in flight (the credit window of
    // DESIGN §3); nullopt + ADD_FAILURE on an Error, a timeout or a bad chunk.
    std::optional<std::string> download(const std::string &sha256, std::uint64_t size, std::uint32_t chunkLength,
                                        std::uint32_t window, std::chrono::milliseconds timeout = 10s);

    // Outcome of the CURVE handshake on the command socket (socket monitor).
    Handshake waitForHandshake(std::chrono::milliseconds timeout = 5s);

private:
    std::optional<std::string> receiveRaw(zmq::socket_t &s, std::chrono::milliseconds timeout);
    std::optional<wire::Envelope> decodeFromHub(const std::string &bytes, const char *socketName);

    std::unique_ptr<zmq::context_t> ctx_;
    std::unique_ptr<zmq::socket_t> command_, events_, blobs_, monitor_;
    std::deque<std::string> pendingReplies_;
    std::uint64_t nextRequestId_ = 1;
};

} // namespace ecabinet::testing
