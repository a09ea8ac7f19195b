// The event PUB socket: public meeting events (after their batch committed)
// and the heartbeat. Each message is one frame, the encoded Envelope; clients
// subscribe to everything ("") and order by Event.seq.
//
// Documents never go here (DESIGN §3): PUB fans every byte out to every seat.
#pragma once

#include "ecabinet.pb.h"

#include <zmq.hpp>

#include <chrono>
#include <string>

namespace ecabinet::hub {
class MeetingService;
}

namespace ecabinet::hub::net {

class EventPublisher {
public:
    explicit EventPublisher(zmq::socket_t &pub) : pub_(pub) {}

    void publish(const wire::Envelope &event);
    // Heartbeat{meeting_id, seq = lastSeq(meeting), time}: tells clients the
    // hub is alive and lets them detect a lost tail of events.
    void heartbeat(MeetingService &service, std::int64_t nowMs);

    // Milliseconds until the next heartbeat is due (0 = now).
    int msUntilHeartbeat() const;
    bool heartbeatDue() const { return msUntilHeartbeat() == 0; }

private:
    void send(const wire::Envelope &env, const char *what);

    zmq::socket_t &pub_;
    std::chrono::steady_clock::time_point nextHeartbeat_ = std::chrono::steady_clock::now();
};

} // namespace ecabinet::hub::net
