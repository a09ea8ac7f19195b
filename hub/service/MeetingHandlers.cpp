// OpenMeeting, CloseMeeting, GotoAgendaItem: the chair's (and secretary's) controls.
#include "service/Handlers.h"

#include "domain/Agenda.h"
#include "domain/MeetingLifecycle.h"
#include "store/Store.h"

#include <variant>

namespace ecabinet::hub {

namespace {

struct Authorised {
    std::string meetingId;
    MeetingRow meeting;
    Actor actor;
};

// Finds the current meeting and checks the right; a refusal comes back as the reply.
std::variant<Authorised, HandlerResult> authorise(RequestContext &ctx, domain::Action action) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), action); !ok) return permissionError(ctx, ok.error());
    return Authorised{meetingId, *ctx.meetings.meeting(meetingId), std::move(actor)};
}

HandlerResult changeState(RequestContext &ctx, domain::Action action) {
    auto auth = authorise(ctx, action);
    if (auto *refused = std::get_if<HandlerResult>(&auth)) return std::move(*refused);
    auto &a = std::get<Authorised>(auth);

    const bool opening = action == domain::Action::OpenMeeting;
    auto next = opening ? domain::openMeeting(a.meeting.state) : domain::closeMeeting(a.meeting.state);
    if (!next) return errorResult(ctx, wire::ERROR_INVALID_STATE, next.error().text);
    ctx.meetings.setState(a.meetingId, *next);
    wire::Event e;
    if (opening) e.mutable_meeting_opened();
    else e.mutable_meeting_closed();
    return ackResult(ctx, {ctx.log.append(a.meetingId, ctx.nowMs, a.actor.personId(), std::move(e))});
}

} // namespace

HandlerResult handleOpenMeeting(RequestContext &ctx) { return changeState(ctx, domain::Action::OpenMeeting); }

HandlerResult handleCloseMeeting(RequestContext &ctx) { return changeState(ctx, domain::Action::CloseMeeting); }

HandlerResult handleGotoAgendaItem(RequestContext &ctx, const wire::GotoAgendaItem &req) {
    auto auth = authorise(ctx, domain::Action::MoveAgenda);
    if (auto *refused = std::get_if<HandlerResult>(&auth)) return std::move(*refused);
    auto &a = std::get<Authorised>(auth);

    auto step = domain::moveAgenda({a.meeting.state, a.meeting.currentItem, req.expected_current(), req.index(),
                                    ctx.meetings.itemCount(a.meetingId)});
    if (!step) {
        using R = domain::AgendaRefusal::Reason;
        const auto code = step.error().reason == R::Conflict     ? wire::ERROR_CONFLICT
                          : step.error().reason == R::OutOfRange ? wire::ERROR_NOT_FOUND
                                                                 : wire::ERROR_INVALID_STATE;
        return errorResult(ctx, code, step.error().text);
    }
    if (!step->changed) return ackResult(ctx, {});
    ctx.meetings.moveItem(a.meetingId, step->previous, step->current);
    wire::Event e;
    e.mutable_agenda_item_changed()->set_previous(step->previous);
    e.mutable_agenda_item_changed()->set_current(step->current);
    return ackResult(ctx, {ctx.log.append(a.meetingId, ctx.nowMs, a.actor.personId(), std::move(e))});
}

} // namespace ecabinet::hub
