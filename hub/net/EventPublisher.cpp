#include "net/EventPublisher.h"

#include "net/Log.h"
#include "protocol/Codec.h"
#include "protocol/Limits.h"
#include "service/MeetingService.h"

namespace ecabinet::hub::net {

void EventPublisher::publish(const wire::Envelope &event) { send(event, "event"); }

void EventPublisher::heartbeat(MeetingService &service, std::int64_t nowMs) {
    nextHeartbeat_ = std::chrono::steady_clock::now() +
                     std::chrono::milliseconds(protocol::kHeartbeatIntervalMs);
    auto env = protocol::envelope(0);
    auto *hb = env.mutable_heartbeat();
    try {
        const auto meeting = service.currentMeetingId();
        hb->set_meeting_id(meeting);
        hb->set_seq(meeting.empty() ? 0 : service.lastSeq(meeting));
    } catch (const std::exception &e) {
        // A heartbeat with a wrong seq would make clients skip or resync
        // wrongly; a missing one only makes them resync later. Skip it.
        logLine("events", std::string("heartbeat skipped, cannot read the current seq: ") + e.what());
        return;
    }
    hb->set_time_ms(nowMs);
    send(env, "heartbeat");
}

int EventPublisher::msUntilHeartbeat() const {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        nextHeartbeat_ - std::chrono::steady_clock::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

void EventPublisher::send(const wire::Envelope &env, const char *what) {
    const auto bytes = protocol::encode(env);
    try {
        // PUB never blocks: at a subscriber's HWM libzmq drops for that
        // subscriber only, which its seq gap detection then repairs.
        pub_.send(zmq::buffer(bytes), zmq::send_flags::dontwait);
    } catch (const zmq::error_t &e) {
        logLine("events", std::string("cannot publish ") + what + ": " + e.what());
    }
}

} // namespace ecabinet::hub::net
