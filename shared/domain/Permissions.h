// Who may do what: the hub checks every command here before applying it.
// The actor is the person checked in at the requesting device (nullopt: nobody).
#pragma once

#include "common/Result.h"
#include "domain/Roles.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ecabinet::domain {

enum class Action {
    OpenMeeting, CloseMeeting, MoveAgenda, CheckIn, CheckOut, ReadDocuments, ViewSnapshot,
    ManagePolls, CastBallot, RequestFloor, ManageSpeakers,
    // conclusions (issue 6): Conclusion.h
    DraftConclusions, ApproveConclusions, ReviewConclusions,
};

inline constexpr std::array<Action, 14> kAllActions = {
    Action::OpenMeeting,      Action::CloseMeeting,       Action::MoveAgenda,       Action::CheckIn,
    Action::CheckOut,         Action::ReadDocuments,      Action::ViewSnapshot,     Action::ManagePolls,
    Action::CastBallot,       Action::RequestFloor,       Action::ManageSpeakers,   Action::DraftConclusions,
    Action::ApproveConclusions, Action::ReviewConclusions};

std::string_view actionName(Action action); // "open_meeting", "move_agenda", ...

struct PermissionRefusal {
    enum class Reason {
        NotCheckedIn,   // the action needs a person at the device (ERROR_NOT_CHECKED_IN)
        RoleNotAllowed, // the person's role lacks the right (ERROR_PERMISSION_DENIED)
    };
    Reason reason = Reason::NotCheckedIn;
    std::string text; // English, names the action and the roles that may do it
};

// Rights:
//   open / close meeting          chair
//   move agenda                   chair, secretary
//   check in, view snapshot       anyone at an enrolled device, nobody checked in needed
//                                 (a seat must see the member list to check in at all)
//   check out, read documents     anyone checked in
//   manage polls, manage speakers chair, secretary (prepare/open/close/publish/cancel
//                                 polls, record proxies; grant/next/end floor, time limit)
//   cast ballot, request floor    anyone checked in; whether they may vote in a given poll
//                                 is the poll's rule (Poll.h: entitled, present), so a
//                                 guest is refused there with NotEligible
//   draft conclusions             secretary only (draft, edit): the secretary keeps the record
//   approve conclusions           chair only (alone, or by linking an adopted poll)
//   review conclusions            chair, secretary (see drafts, withdraw a draft)
Status<PermissionRefusal> mayPerform(std::optional<Role> actor, Action action);

} // namespace ecabinet::domain
