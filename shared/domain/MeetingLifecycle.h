// A meeting is Scheduled, then Open, then Closed; it never goes back.
#pragma once

#include "common/Result.h"

#include <string>
#include <string_view>

namespace ecabinet::domain {

enum class MeetingState { Scheduled, Open, Closed };

std::string_view stateName(MeetingState state); // "scheduled", "open", "closed"

struct LifecycleRefusal {
    enum class Reason {
        AlreadyOpen,   // open while open
        NotOpen,       // close while still scheduled
        AlreadyClosed, // close while closed
        CannotReopen,  // open while closed: minutes and votes are final
    };
    Reason reason = Reason::NotOpen;
    std::string text;
};

// Both return the new state (Open / Closed) or why the transition is refused.
Result<MeetingState, LifecycleRefusal> openMeeting(MeetingState current);
Result<MeetingState, LifecycleRefusal> closeMeeting(MeetingState current);

} // namespace ecabinet::domain
