// Moving the meeting to another agenda item (chair or secretary).
#pragma once

#include "common/Result.h"
#include "domain/MeetingLifecycle.h"

#include <string>

namespace ecabinet::domain {

// -1 = before the first item (a meeting that has just opened).
inline constexpr int kBeforeFirstItem = -1;

struct AgendaMove {
    MeetingState state = MeetingState::Scheduled;
    int current = kBeforeFirstItem;         // where the meeting is now
    int expectedCurrent = kBeforeFirstItem; // where the requester believed it was
    int target = 0;                         // where the requester wants it
    int itemCount = 0;
};

struct AgendaRefusal {
    enum class Reason {
        NotOpen,    // meeting scheduled or closed
        Conflict,   // expectedCurrent != current: someone else moved first
        OutOfRange, // target outside 0..itemCount-1 (going back to -1 is not allowed)
    };
    Reason reason = Reason::NotOpen;
    std::string text;
};

struct AgendaStep {
    int previous = kBeforeFirstItem;
    int current = kBeforeFirstItem;
    // false when target == current: the request succeeds (two consoles pressing
    // "next" to the same item both get what they wanted) but nothing changes, so
    // the hub records and publishes no event.
    bool changed = false;
};

// Checks in this order: NotOpen, Conflict, OutOfRange.
Result<AgendaStep, AgendaRefusal> moveAgenda(const AgendaMove &move);

} // namespace ecabinet::domain
