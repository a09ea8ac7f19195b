// PresentPage, StopPresenting, SetPresentingRight and the presentation part of the snapshot.
// Rules: shared/domain/Presentation. The state of a meeting is one row (presentations.state =
// wire::PresentationView), read and written inside the request's savepoint; every change is
// one public PresentationChanged event carrying the whole view. The presenting right is
// checked against the speaker queue as stored now (speakersView), so it lapses with the
// speech without any event of its own.
#include "service/Handlers.h"

#include "domain/Presentation.h"
#include "service/PollWire.h"
#include "store/Documents.h"
#include "store/Store.h"

#include <variant>

namespace ecabinet::hub {

using domain::Presentation;

namespace {

wire::PresentationView viewOf(const Presentation &p) {
    wire::PresentationView v;
    if (p.shown) {
        v.set_document_id(p.shown->documentId);
        v.set_page(p.shown->page);
        v.set_presenter_id(p.shown->presenterId);
        v.set_since_ms(p.shown->sinceMs);
    }
    if (p.right) {
        v.set_right_holder_id(p.right->personId);
        v.set_right_speech_started_at_ms(p.right->speechStartedAtMs);
    }
    return v;
}

Presentation fromView(const wire::PresentationView &v) {
    Presentation p;
    if (!v.document_id().empty()) p.shown = domain::PresentedPage{v.document_id(), v.page(), v.presenter_id(), v.since_ms()};
    if (!v.right_holder_id().empty()) p.right = domain::PresentingRight{v.right_holder_id(), v.right_speech_started_at_ms()};
    return p;
}

Presentation load(RequestContext &ctx, const std::string &meetingId) {
    const QVariant bytes = ctx.store.scalar(QStringLiteral("SELECT state FROM presentations WHERE meeting_id = ?"),
                                            {qs(meetingId)});
    if (!bytes.isValid()) return {};
    wire::PresentationView v;
    if (!v.ParseFromString(sb(bytes))) throw StoreError("the stored presentation is unreadable");
    return fromView(v);
}

std::optional<domain::CurrentSpeech> currentSpeech(RequestContext &ctx, const std::string &meetingId) {
    const auto speakers = speakersView(ctx, meetingId);
    if (!speakers.has_current()) return std::nullopt;
    const auto &c = speakers.current();
    return domain::CurrentSpeech{{c.speaker().person_id(), c.speaker().name()},
                                 c.kind() == wire::FLOOR_KIND_POINT_OF_ORDER ? domain::RequestKind::PointOfOrder
                                                                             : domain::RequestKind::Speak,
                                 c.started_at_ms()};
}

// The document's current version, as everyone is shown it: readable by all only with the
// meeting-wide access list (named and confidential papers are never named in a public event).
domain::DocumentFacts documentFacts(RequestContext &ctx, const std::string &meetingId, const std::string &documentId) {
    const auto doc = DocumentTable(ctx.store).document(meetingId, documentId);
    if (!doc) return {false, true, 0};
    return {true, doc->access.access == domain::DocumentAccess::Meeting, doc->pageCount};
}

wire::ErrorCode codeOf(domain::PresentationRefusal::Reason r) {
    using R = domain::PresentationRefusal::Reason;
    switch (r) {
    case R::NotCheckedIn: return wire::ERROR_NOT_CHECKED_IN;
    case R::NotAllowed: return wire::ERROR_PERMISSION_DENIED;
    case R::NoSuchDocument:
    case R::NoSuchPage: return wire::ERROR_NOT_FOUND;
    case R::NotPublic: return wire::ERROR_NOT_PRESENTABLE;
    case R::NobodySpeaking: return wire::ERROR_INVALID_STATE;
    }
    return wire::ERROR_PERMISSION_DENIED;
}

struct Room {
    std::string meetingId;
    Actor actor;
    domain::Presenter presenter;
    Presentation state;
    std::optional<domain::CurrentSpeech> speech;
};

std::variant<Room, HandlerResult> begin(RequestContext &ctx) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    auto actor = actorAt(ctx, meetingId);
    if (!actor.role()) return errorResult(ctx, wire::ERROR_NOT_CHECKED_IN, "check in with your PIN before you present");
    const auto meeting = ctx.meetings.meeting(meetingId);
    if (!meeting || meeting->state != domain::MeetingState::Open)
        return errorResult(ctx, wire::ERROR_INVALID_STATE, "the meeting is not open; nothing can be presented");
    domain::Presenter presenter{actor.role(), actor.personId()};
    auto state = load(ctx, meetingId);
    auto speech = currentSpeech(ctx, meetingId);
    return Room{meetingId, std::move(actor), std::move(presenter), std::move(state), std::move(speech)};
}

HandlerResult finish(RequestContext &ctx, Room &room,
                     const Result<domain::PresentationChange, domain::PresentationRefusal> &outcome,
                     const std::string &reason) {
    if (!outcome) return errorResult(ctx, codeOf(outcome.error().reason), outcome.error().text);
    if (!outcome->changed) return ackResult(ctx, {});
    const auto view = viewOf(room.state);
    ctx.store.exec(QStringLiteral("INSERT INTO presentations(meeting_id, state) VALUES(?, ?) "
                                  "ON CONFLICT(meeting_id) DO UPDATE SET state = excluded.state"),
                   {qs(room.meetingId), qb(deterministic(view))});
    wire::Event e;
    *e.mutable_presentation_changed()->mutable_presentation() = view;
    e.mutable_presentation_changed()->set_reason(reason);
    return ackResult(ctx, {ctx.log.append(room.meetingId, ctx.nowMs, room.actor.personId(), std::move(e))});
}

} // namespace

HandlerResult handlePresentPage(RequestContext &ctx, const wire::PresentPage &req) {
    auto begun = begin(ctx);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &room = std::get<Room>(begun);
    const auto facts = documentFacts(ctx, room.meetingId, req.document_id());
    const auto outcome = domain::presentPage(room.state, room.presenter, room.speech, req.document_id(), req.page(),
                                             facts, ctx.nowMs);
    return finish(ctx, room, outcome, "presented");
}

HandlerResult handleStopPresenting(RequestContext &ctx) {
    auto begun = begin(ctx);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &room = std::get<Room>(begun);
    const auto outcome = domain::stopPresenting(room.state, room.presenter, room.speech);
    return finish(ctx, room, outcome, "stopped");
}

HandlerResult handleSetPresentingRight(RequestContext &ctx, const wire::SetPresentingRight &req) {
    auto begun = begin(ctx);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &room = std::get<Room>(begun);
    const auto outcome = domain::setPresentingRight(room.state, room.presenter, room.speech, req.granted());
    return finish(ctx, room, outcome, req.granted() ? "right_granted" : "right_revoked");
}

wire::PresentationView presentationView(RequestContext &ctx, const std::string &meetingId) {
    return viewOf(load(ctx, meetingId));
}

} // namespace ecabinet::hub
