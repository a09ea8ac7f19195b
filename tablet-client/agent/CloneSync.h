// The ordering half of the zguide Clone client, without sockets: decides for
// each event whether to apply, buffer, ignore it or resync, and which buffered
// events to replay after a snapshot. Runs on the agent thread.
//
// Rules (DESIGN.md §3): subscribe first; while a snapshot is pending, buffer
// events; apply the snapshot (state as of seq S), then the buffered events with
// seq > S in order; after that apply exactly seq == last + 1. A higher seq on an
// event or a heartbeat means events were lost (PUB drops at its HWM): resync.
#pragma once

#include "ecabinet.pb.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace ecabinet::client {

using EventPtr = std::shared_ptr<const wire::Envelope>;

class CloneSync {
public:
    enum class Verdict { Apply, Buffered, Ignore, Gap };

    // A snapshot was requested: buffer from now on.
    void beginResync();
    bool buffering() const { return buffering_; }
    bool hasState() const { return hasState_; }
    std::uint64_t seq() const { return seq_; }
    const std::string &meetingId() const { return meetingId_; }

    Verdict onEvent(const EventPtr &env);
    Verdict onHeartbeat(const wire::Heartbeat &hb) const;

    struct Replay {
        std::vector<EventPtr> apply; // in seq order, all > snapshot seq
        bool gap = false;            // the buffer has a hole: resync again
    };
    // The hub has no meeting (ERROR_NO_MEETING): state is "nothing", seq 0.
    void onNoMeeting();
    Replay onSnapshot(const wire::Snapshot &snapshot);

private:
    // A burst bigger than this while a snapshot is on its way is dropped from
    // the front; the replay then sees a hole and resyncs again.
    static constexpr std::size_t kMaxBuffered = 100000;
    bool buffering_ = false;
    bool hasState_ = false;
    std::uint64_t seq_ = 0;
    std::string meetingId_;
    std::deque<EventPtr> buffer_;
};

} // namespace ecabinet::client
