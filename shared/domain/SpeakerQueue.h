// Who has the floor and who is waiting for it, for the current agenda item. The queue is
// public (every seat shows it). Time is passed in (Unix ms); the queue keeps no clock.
//
// Rules (decided here, tested in SpeakerQueueTest):
//  - Order: points of order first, first come first served among them; then ordinary
//    requests, first come first served. A point of order does not interrupt the speaker:
//    the chair grants the floor (next / grant).
//  - request() is idempotent: asking again keeps one's place. Raising a point of order while
//    waiting with an ordinary request moves the person ahead (upgrade); an ordinary request
//    while waiting with a point of order changes nothing (no downgrade).
//  - The speaker who has the floor cannot also wait in the queue (AlreadySpeaking).
//  - grant(): the chair gives the floor to anyone: someone in the queue (who leaves it), any
//    member, or a speaker without a tablet named by the chair (Speaker::byName). Whoever
//    was speaking stops. Membership itself is checked by the hub, which knows the members.
//  - next(): the head of the queue gets the floor; refused when nobody waits (the current
//    speaker keeps it; finish() ends a speech without a successor).
//  - Time limit per agenda item, 0 = none. remainingMs() = limit − elapsed, negative once over;
//    overrun() is true only after the limit (at exactly the limit the time is up, not over).
//    A clock that steps back counts as no time elapsed.
//  - clearForItem(): a new agenda item starts with nobody speaking and nobody waiting.
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::domain {

// A member of the meeting (personId set), or a speaker without a tablet whom the chair adds
// by name (personId empty). The key that makes requests idempotent is the person id, or the
// name for a speaker without one.
struct Speaker {
    std::string personId;
    std::string name; // display name; may be empty for members (the hub shows the member's name)

    static Speaker member(std::string id) { return {std::move(id), {}}; }
    static Speaker byName(std::string displayName) { return {{}, std::move(displayName)}; }
    bool sameAs(const Speaker &o) const;
    bool valid() const { return !personId.empty() || !name.empty(); }
};

enum class RequestKind { Speak, PointOfOrder };

struct QueueEntry {
    Speaker speaker;
    RequestKind kind = RequestKind::Speak;
    std::int64_t requestedAtMs = 0;
};

struct CurrentSpeech {
    Speaker speaker;
    RequestKind kind = RequestKind::Speak; // PointOfOrder when granted from a point of order
    std::int64_t startedAtMs = 0;
};

struct SpeakerRefusal {
    enum class Reason {
        InvalidSpeaker,  // neither a person id nor a name
        AlreadySpeaking, // has the floor: cannot queue, cannot be granted again
        NotInQueue,      // withdraw by someone not waiting
        QueueEmpty,      // next() with nobody waiting
        NobodySpeaking,  // finish() while nobody has the floor
        InvalidLimit,    // negative time limit
    };
    Reason reason = Reason::InvalidSpeaker;
    std::string text;
};

struct RequestOutcome {
    bool changed = false;      // false: already waiting in this way (idempotent retry)
    std::size_t position = 0;  // 0-based place in the queue after the request
};

struct FloorChange {
    std::optional<CurrentSpeech> previous; // who stopped speaking, if anyone
    CurrentSpeech current;
};

class SpeakerQueue {
public:
    // A negative limit here is taken as "no limit" (a constructor cannot refuse);
    // setTimeLimit() and clearForItem() refuse it.
    explicit SpeakerQueue(std::int64_t timeLimitMs = 0);

    Result<RequestOutcome, SpeakerRefusal> request(const Speaker &who, RequestKind kind, std::int64_t nowMs);
    Status<SpeakerRefusal> withdraw(const Speaker &who);
    Result<FloorChange, SpeakerRefusal> grant(const Speaker &who, std::int64_t nowMs);
    Result<FloorChange, SpeakerRefusal> next(std::int64_t nowMs);
    // Ends the current speech; returns it.
    Result<CurrentSpeech, SpeakerRefusal> finish();

    // Agenda item changed: empties the queue, ends the speech, sets the item's limit.
    Status<SpeakerRefusal> clearForItem(std::int64_t timeLimitMs);
    // The chair changes the limit during the item; a running speech keeps its start time.
    Status<SpeakerRefusal> setTimeLimit(std::int64_t timeLimitMs);

    const std::vector<QueueEntry> &queue() const { return queue_; } // in speaking order
    std::optional<std::size_t> position(const Speaker &who) const;
    const std::optional<CurrentSpeech> &current() const { return current_; }
    std::int64_t timeLimitMs() const { return limitMs_; }

    // nullopt when nobody speaks or there is no limit.
    std::optional<std::int64_t> remainingMs(std::int64_t nowMs) const;
    bool overrun(std::int64_t nowMs) const;
    std::int64_t elapsedMs(std::int64_t nowMs) const; // 0 when nobody speaks

private:
    std::size_t insertionPoint(RequestKind kind) const;

    std::vector<QueueEntry> queue_;
    std::optional<CurrentSpeech> current_;
    std::int64_t limitMs_ = 0;
};

} // namespace ecabinet::domain
