#include "domain/Permissions.h"

namespace ecabinet::domain {

namespace {

enum class Needs { Nobody, CheckedIn, ChairOnly, ChairOrSecretary, SecretaryOnly };

Needs needsOf(Action action) {
    switch (action) {
    case Action::OpenMeeting:
    case Action::CloseMeeting: return Needs::ChairOnly;
    case Action::MoveAgenda:
    case Action::ManagePolls:
    case Action::ManageSpeakers: return Needs::ChairOrSecretary;
    case Action::CastBallot:
    case Action::RequestFloor: return Needs::CheckedIn;
    case Action::CheckIn:
    case Action::ViewSnapshot: return Needs::Nobody;
    case Action::CheckOut:
    case Action::ReadDocuments: return Needs::CheckedIn;
    case Action::DraftConclusions: return Needs::SecretaryOnly;
    case Action::ApproveConclusions: return Needs::ChairOnly;
    case Action::ReviewConclusions: return Needs::ChairOrSecretary;
    }
    return Needs::ChairOnly; // unreachable; the strictest right is the safe fallback
}

} // namespace

std::string_view actionName(Action action) {
    switch (action) {
    case Action::OpenMeeting: return "open_meeting";
    case Action::CloseMeeting: return "close_meeting";
    case Action::MoveAgenda: return "move_agenda";
    case Action::CheckIn: return "check_in";
    case Action::CheckOut: return "check_out";
    case Action::ReadDocuments: return "read_documents";
    case Action::ViewSnapshot: return "view_snapshot";
    case Action::ManagePolls: return "manage_polls";
    case Action::CastBallot: return "cast_ballot";
    case Action::RequestFloor: return "request_floor";
    case Action::ManageSpeakers: return "manage_speakers";
    case Action::DraftConclusions: return "draft_conclusions";
    case Action::ApproveConclusions: return "approve_conclusions";
    case Action::ReviewConclusions: return "review_conclusions";
    }
    return "unknown";
}

Status<PermissionRefusal> mayPerform(std::optional<Role> actor, Action action) {
    using Reason = PermissionRefusal::Reason;
    const Needs needs = needsOf(action);
    if (needs == Needs::Nobody) return {};
    const std::string what(actionName(action));
    if (!actor)
        return fail(PermissionRefusal{Reason::NotCheckedIn,
                                      "check in with your PIN before you " + what});
    if (needs == Needs::CheckedIn) return {};
    const bool allowed = needs == Needs::SecretaryOnly
                             ? *actor == Role::Secretary
                             : *actor == Role::Chair ||
                                   (needs == Needs::ChairOrSecretary && *actor == Role::Secretary);
    if (allowed) return {};
    const std::string who = needs == Needs::ChairOnly        ? "the chair"
                            : needs == Needs::SecretaryOnly ? "the secretary"
                                                            : "the chair or the secretary";
    return fail(PermissionRefusal{Reason::RoleNotAllowed, "only " + who + " may " + what + "; you are " +
                                                              std::string(roleName(*actor))});
}

} // namespace ecabinet::domain
