#include "domain/MeetingLifecycle.h"

namespace ecabinet::domain {

std::string_view stateName(MeetingState state) {
    switch (state) {
    case MeetingState::Scheduled: return "scheduled";
    case MeetingState::Open: return "open";
    case MeetingState::Closed: return "closed";
    }
    return "unknown";
}

Result<MeetingState, LifecycleRefusal> openMeeting(MeetingState current) {
    using Reason = LifecycleRefusal::Reason;
    switch (current) {
    case MeetingState::Scheduled: return MeetingState::Open;
    case MeetingState::Open:
        return fail(LifecycleRefusal{Reason::AlreadyOpen, "the meeting is already open"});
    case MeetingState::Closed:
        return fail(LifecycleRefusal{Reason::CannotReopen,
                                     "the meeting is closed and cannot be reopened; schedule a new meeting"});
    }
    return fail(LifecycleRefusal{Reason::NotOpen, "unknown meeting state"});
}

Result<MeetingState, LifecycleRefusal> closeMeeting(MeetingState current) {
    using Reason = LifecycleRefusal::Reason;
    switch (current) {
    case MeetingState::Open: return MeetingState::Closed;
    case MeetingState::Scheduled:
        return fail(LifecycleRefusal{Reason::NotOpen, "the meeting has not been opened yet"});
    case MeetingState::Closed:
        return fail(LifecycleRefusal{Reason::AlreadyClosed, "the meeting is already closed"});
    }
    return fail(LifecycleRefusal{Reason::NotOpen, "unknown meeting state"});
}

} // namespace ecabinet::domain
