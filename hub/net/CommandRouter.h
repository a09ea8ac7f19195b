// The command ROUTER: drains pending requests, runs them through the meeting
// service as one group commit, then replies and publishes.
//
//   drain up to kMaxBatch messages (non-blocking)
//     -> bad frame / revoked device / not a request: an Error reply, no service call
//     -> otherwise service.handle(device from User-Id, request)
//   commitBatch (one fsync for the whole batch)
//   -> replies in arrival order, then the events in seq order
//
// Nothing leaves the hub before the commit, so an acknowledged command is
// durable; if the commit fails every service reply becomes ERROR_INTERNAL and
// no event is published.
#pragma once

#include "ecabinet.pb.h"
#include "protocol/Limits.h"

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {
class MeetingService;
}

namespace ecabinet::hub::net {

class EventPublisher;

class CommandRouter {
public:
    // A 500-ballot burst fits in one batch (one fsync); the bound keeps a
    // flood from starving the ZAP and blob sockets for long.
    static constexpr std::size_t kMaxBatch = 512;

    CommandRouter(zmq::socket_t &router, EventPublisher &events, MeetingService &service);

    // Handles whatever is pending (up to kMaxBatch). Returns the number of
    // messages taken from the socket.
    std::size_t drain();

private:
    struct Pending {
        zmq::message_t routingId;
        std::string deviceId;
        std::optional<wire::Envelope> request; // set = goes through the service
        wire::Envelope reply;
        std::vector<wire::Envelope> events;
    };

    std::optional<Pending> receive();   // nullopt = nothing more pending
    void classify(Pending &p, zmq::message_t &body);
    void runBatch(std::vector<Pending> &batch);
    void sendReply(Pending &p);

    zmq::socket_t &router_;
    EventPublisher &events_;
    MeetingService &service_;
    protocol::Limits limits_;
};

// The sender's device id, from the ZAP User-Id of a received frame; empty if
// the frame carries none (a CURVE socket without ZAP; never expected).
std::string userIdOf(zmq::message_t &msg);

} // namespace ecabinet::hub::net
