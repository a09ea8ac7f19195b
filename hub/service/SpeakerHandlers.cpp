// RequestFloor, WithdrawFloor, GrantFloor, NextSpeaker, EndSpeech, SetSpeakingTime and the
// speakers part of the snapshot. Rules: shared/domain/SpeakerQueue. The queue of a meeting is
// one row (speakers.state = wire::SpeakersView), read and written inside the request's
// savepoint; every change is one SpeakersChanged event carrying the whole (small) queue, with
// the speech's start time and the limit so that every seat runs the same timer.
#include "service/Handlers.h"

#include "domain/SpeakerQueue.h"
#include "service/PollWire.h"
#include "store/Store.h"

#include <variant>

namespace ecabinet::hub {

using domain::RequestKind;
using domain::Speaker;
using domain::SpeakerQueue;

namespace {

wire::SpeakerRef toWire(const Speaker &s) {
    wire::SpeakerRef r;
    r.set_person_id(s.personId);
    r.set_name(s.name);
    return r;
}

Speaker fromWire(const wire::SpeakerRef &r) { return {r.person_id(), r.name()}; }

wire::FloorKind toWire(RequestKind k) {
    return k == RequestKind::PointOfOrder ? wire::FLOOR_KIND_POINT_OF_ORDER : wire::FLOOR_KIND_SPEAK;
}

RequestKind kindOf(wire::FloorKind k) {
    return k == wire::FLOOR_KIND_POINT_OF_ORDER ? RequestKind::PointOfOrder : RequestKind::Speak;
}

wire::SpeakersView viewOf(const SpeakerQueue &q, int item) {
    wire::SpeakersView v;
    v.set_item(item);
    for (const auto &e : q.queue()) {
        auto *x = v.add_queue();
        *x->mutable_speaker() = toWire(e.speaker);
        x->set_kind(toWire(e.kind));
        x->set_requested_at_ms(e.requestedAtMs);
    }
    if (const auto &c = q.current()) {
        auto *x = v.mutable_current();
        *x->mutable_speaker() = toWire(c->speaker);
        x->set_kind(toWire(c->kind));
        x->set_started_at_ms(c->startedAtMs);
    }
    v.set_time_limit_ms(q.timeLimitMs());
    return v;
}

std::optional<wire::SpeakersView> storedView(RequestContext &ctx, const std::string &meetingId) {
    const QVariant bytes = ctx.store.scalar(QStringLiteral("SELECT state FROM speakers WHERE meeting_id = ?"),
                                            {qs(meetingId)});
    if (!bytes.isValid()) return std::nullopt;
    wire::SpeakersView v;
    if (!v.ParseFromString(sb(bytes))) throw StoreError("the stored speaker queue is unreadable");
    return v;
}

// The queue of the current agenda item. A stored queue of an earlier item is over: a new item
// starts with nobody speaking and nobody waiting, and keeps the time limit (clearForItem).
SpeakerQueue loadQueue(RequestContext &ctx, const std::string &meetingId, int currentItem) {
    const auto v = storedView(ctx, meetingId);
    if (!v) return SpeakerQueue(0);
    SpeakerQueue q(v->time_limit_ms());
    if (v->item() != currentItem) return q;
    auto must = [](bool ok, const std::string &what) {
        if (!ok) throw StoreError("the stored speaker queue is inconsistent: " + what);
    };
    // The current speech first: queued with its kind, then granted, so its kind survives.
    if (v->has_current()) {
        const auto who = fromWire(v->current().speaker());
        must(q.request(who, kindOf(v->current().kind()), v->current().started_at_ms()).ok(), "current speaker");
        must(q.grant(who, v->current().started_at_ms()).ok(), "current speaker");
    }
    for (const auto &e : v->queue()) // stored in speaking order; replaying keeps it
        must(q.request(fromWire(e.speaker()), kindOf(e.kind()), e.requested_at_ms()).ok(), "queued speaker");
    return q;
}

void saveQueue(RequestContext &ctx, const std::string &meetingId, const wire::SpeakersView &v) {
    ctx.store.exec(QStringLiteral("INSERT INTO speakers(meeting_id, state) VALUES(?, ?) "
                                  "ON CONFLICT(meeting_id) DO UPDATE SET state = excluded.state"),
                   {qs(meetingId), qb(deterministic(v))});
}

wire::ErrorCode codeOf(domain::SpeakerRefusal::Reason r) {
    using R = domain::SpeakerRefusal::Reason;
    switch (r) {
    case R::InvalidSpeaker:
    case R::NotInQueue: return wire::ERROR_NOT_FOUND;
    case R::InvalidLimit: return wire::ERROR_LIMIT_EXCEEDED;
    case R::AlreadySpeaking:
    case R::QueueEmpty:
    case R::NobodySpeaking: return wire::ERROR_INVALID_STATE;
    }
    return wire::ERROR_INVALID_STATE;
}

struct Floor {
    std::string meetingId;
    MeetingRow meeting;
    Actor actor;
    SpeakerQueue queue;
};

// The meeting must be open; `action` is checked for the person at the device.
std::variant<Floor, HandlerResult> begin(RequestContext &ctx, domain::Action action) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), action); !ok) return permissionError(ctx, ok.error());
    auto meeting = *ctx.meetings.meeting(meetingId);
    if (meeting.state != domain::MeetingState::Open)
        return errorResult(ctx, wire::ERROR_INVALID_STATE, "the meeting is not open; the floor is closed");
    auto queue = loadQueue(ctx, meetingId, meeting.currentItem);
    return Floor{meetingId, std::move(meeting), std::move(actor), std::move(queue)};
}

HandlerResult changed(RequestContext &ctx, Floor &f, const std::string &reason) {
    const auto view = viewOf(f.queue, f.meeting.currentItem);
    saveQueue(ctx, f.meetingId, view);
    wire::Event e;
    *e.mutable_speakers_changed()->mutable_speakers() = view;
    e.mutable_speakers_changed()->set_reason(reason);
    return ackResult(ctx, {ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e))});
}

bool isManager(const Actor &a) {
    return domain::mayPerform(a.role(), domain::Action::ManageSpeakers).ok();
}

// A member named by id must be in the meeting; a speaker without a tablet is named by text.
std::variant<Speaker, HandlerResult> speakerOf(RequestContext &ctx, const Floor &f, const std::string &personId,
                                              const std::string &name) {
    if (!personId.empty()) {
        if (!ctx.meetings.member(f.meetingId, personId))
            return errorResult(ctx, wire::ERROR_NOT_FOUND, "'" + personId + "' is not a member of this meeting");
        return Speaker::member(personId);
    }
    if (name.empty()) return errorResult(ctx, wire::ERROR_NOT_FOUND, "name a member (person_id) or a speaker (name)");
    return Speaker::byName(name);
}

} // namespace

HandlerResult handleRequestFloor(RequestContext &ctx, const wire::RequestFloor &req) {
    auto begun = begin(ctx, domain::Action::RequestFloor);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &f = std::get<Floor>(begun);
    Speaker who = Speaker::member(f.actor.personId());
    if (!req.name().empty()) {
        if (!isManager(f.actor))
            return errorResult(ctx, wire::ERROR_PERMISSION_DENIED,
                               "only the chair or the secretary may add a speaker without a tablet");
        who = Speaker::byName(req.name());
    }
    auto r = f.queue.request(who, req.point_of_order() ? RequestKind::PointOfOrder : RequestKind::Speak, ctx.nowMs);
    if (!r) return errorResult(ctx, codeOf(r.error().reason), r.error().text);
    if (!r->changed) return ackResult(ctx, {});
    return changed(ctx, f, req.point_of_order() ? "point_of_order" : "requested");
}

HandlerResult handleWithdrawFloor(RequestContext &ctx, const wire::WithdrawFloor &req) {
    auto begun = begin(ctx, domain::Action::RequestFloor);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &f = std::get<Floor>(begun);
    const bool self = (req.person_id().empty() && req.name().empty()) || req.person_id() == f.actor.personId();
    if (!self && !isManager(f.actor))
        return errorResult(ctx, wire::ERROR_PERMISSION_DENIED, "only the chair or the secretary may withdraw another speaker");
    const Speaker who = self ? Speaker::member(f.actor.personId()) : Speaker{req.person_id(), req.name()};
    if (auto r = f.queue.withdraw(who); !r) return errorResult(ctx, codeOf(r.error().reason), r.error().text);
    return changed(ctx, f, "withdrawn");
}

HandlerResult handleGrantFloor(RequestContext &ctx, const wire::GrantFloor &req) {
    auto begun = begin(ctx, domain::Action::ManageSpeakers);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &f = std::get<Floor>(begun);
    auto who = speakerOf(ctx, f, req.person_id(), req.name());
    if (auto *no = std::get_if<HandlerResult>(&who)) return std::move(*no);
    if (auto r = f.queue.grant(std::get<Speaker>(who), ctx.nowMs); !r)
        return errorResult(ctx, codeOf(r.error().reason), r.error().text);
    return changed(ctx, f, "granted");
}

HandlerResult handleNextSpeaker(RequestContext &ctx) {
    auto begun = begin(ctx, domain::Action::ManageSpeakers);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &f = std::get<Floor>(begun);
    if (auto r = f.queue.next(ctx.nowMs); !r) return errorResult(ctx, codeOf(r.error().reason), r.error().text);
    return changed(ctx, f, "next");
}

HandlerResult handleEndSpeech(RequestContext &ctx) {
    auto begun = begin(ctx, domain::Action::ManageSpeakers);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &f = std::get<Floor>(begun);
    if (auto r = f.queue.finish(); !r) return errorResult(ctx, codeOf(r.error().reason), r.error().text);
    return changed(ctx, f, "ended");
}

HandlerResult handleSetSpeakingTime(RequestContext &ctx, const wire::SetSpeakingTime &req) {
    auto begun = begin(ctx, domain::Action::ManageSpeakers);
    if (auto *no = std::get_if<HandlerResult>(&begun)) return std::move(*no);
    auto &f = std::get<Floor>(begun);
    if (auto r = f.queue.setTimeLimit(req.time_limit_ms()); !r)
        return errorResult(ctx, codeOf(r.error().reason), r.error().text);
    return changed(ctx, f, "time_limit");
}

wire::SpeakersView speakersView(RequestContext &ctx, const std::string &meetingId) {
    const auto meeting = ctx.meetings.meeting(meetingId);
    const int item = meeting ? meeting->currentItem : -1;
    return viewOf(loadQueue(ctx, meetingId, item), item);
}

} // namespace ecabinet::hub
