// CheckIn and CheckOut: who sits where, proved by PIN, guarded against PIN guessing.
#include "service/Handlers.h"

#include "domain/PinGuard.h"
#include "store/PinHash.h"
#include "store/Polls.h"
#include "store/Store.h"

namespace ecabinet::hub {

namespace {

wire::ErrorCode attendanceCode(domain::AttendanceRefusal::Reason reason) {
    switch (reason) {
    case domain::AttendanceRefusal::Reason::UnknownPerson:
    case domain::AttendanceRefusal::Reason::UnknownSeat: return wire::ERROR_NOT_FOUND;
    case domain::AttendanceRefusal::Reason::MeetingClosed: return wire::ERROR_INVALID_STATE;
    }
    return wire::ERROR_INVALID_STATE;
}

wire::Event attendanceEvent(const std::string &personId, bool present, const std::string &seatId,
                            const domain::AttendanceCounts &counts) {
    wire::Event e;
    auto *c = e.mutable_attendance_changed();
    c->set_person_id(personId);
    c->set_present(present);
    c->set_seat_id(seatId);
    *c->mutable_attendance() = toWire(counts);
    return e;
}

// The lock-out state is not kept in memory (a rollback could leave it wrong): it is
// replayed from the stored wrong PINs, which the domain guard turns into the same state.
domain::PinGuard replayPinGuard(RequestContext &ctx, const std::string &meetingId, const std::string &personId) {
    domain::PinGuard guard;
    for (auto t : ctx.meetings.unclearedWrongPins(meetingId, personId)) (void)guard.wrongPin(personId, t);
    return guard;
}

HandlerResult refuseWrongPin(RequestContext &ctx, const std::string &meetingId, const std::string &personId,
                             const std::string &seatId, domain::PinGuard &guard) {
    const auto outcome = guard.wrongPin(personId, ctx.nowMs);
    ctx.meetings.addWrongPin(meetingId, personId, ctx.nowMs);
    wire::Event e;
    auto *r = e.mutable_check_in_refused();
    r->set_person_id(personId);
    r->set_seat_id(seatId);
    r->set_failed_pin_attempts(static_cast<std::uint32_t>(ctx.meetings.totalWrongPins(meetingId)));
    r->set_locked_out(outcome.lockedOut);
    // Actor "": nobody proved who they are; the claimed person is in the payload.
    auto stored = ctx.log.append(meetingId, ctx.nowMs, "", std::move(e));

    HandlerResult res = outcome.lockedOut
        ? errorResult(ctx, wire::ERROR_LOCKED_OUT, "too many wrong PINs; check-in is locked for a while")
        : errorResult(ctx, wire::ERROR_WRONG_PIN, "wrong PIN");
    if (outcome.lockedOut) res.reply.mutable_error()->set_retry_after_ms(static_cast<std::uint64_t>(outcome.retryAfterMs));
    else res.reply.mutable_error()->set_attempts_left(outcome.attemptsLeft);
    res.events.push_back(std::move(stored));
    return res;
}

} // namespace

HandlerResult handleCheckIn(RequestContext &ctx, const wire::CheckIn &req) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    const auto meeting = ctx.meetings.meeting(meetingId);
    if (auto ok = domain::mayPerform(actorAt(ctx, meetingId).role(), domain::Action::CheckIn); !ok)
        return permissionError(ctx, ok.error());
    const auto member = ctx.meetings.member(meetingId, req.person_id());
    if (!member) return errorResult(ctx, wire::ERROR_NOT_FOUND, "'" + req.person_id() + "' is not a member of this meeting");
    const auto seat = seatForDevice(ctx, meetingId);
    if (!seat) return errorResult(ctx, wire::ERROR_NOT_FOUND, "device " + ctx.deviceId + " has no seat in this meeting");

    // Apply the rule on a throw-away copy first: a closed meeting refuses before any PIN counts.
    auto att = loadAttendance(ctx, meetingId);
    std::optional<std::string> displaced;
    if (!seat->empty()) {
        const auto holder = att.personAt(*seat);
        if (holder && *holder != member->id) displaced = holder;
    }
    std::optional<domain::CheckOutOutcome> left;
    if (displaced) {
        auto out = att.checkOut(meeting->state, *displaced);
        if (!out) return errorResult(ctx, attendanceCode(out.error().reason), out.error().text);
        left = *out;
    }
    auto placed = att.checkIn(meeting->state, member->id, *seat);
    if (!placed) return errorResult(ctx, attendanceCode(placed.error().reason), placed.error().text);

    auto guard = replayPinGuard(ctx, meetingId, member->id);
    if (auto open = guard.check(member->id, ctx.nowMs); !open) {
        auto res = errorResult(ctx, wire::ERROR_LOCKED_OUT, "too many wrong PINs; try again later");
        res.reply.mutable_error()->set_retry_after_ms(static_cast<std::uint64_t>(open.error().retryAfterMs));
        return res;
    }
    if (!verifyPin(member->pinHash, req.pin())) return refuseWrongPin(ctx, meetingId, member->id, *seat, guard);
    ctx.meetings.clearWrongPins(meetingId, member->id);

    std::vector<wire::Event> events;
    if (left) {
        ctx.meetings.setAbsent(meetingId, *displaced);
        events.push_back(ctx.log.append(meetingId, ctx.nowMs, member->id,
                                        attendanceEvent(*displaced, false, "", left->counts)));
    }
    // A console serves one person at a time: whoever was at it stays present, unbound.
    if (const auto before = ctx.meetings.atDevice(meetingId, ctx.deviceId); before && before->personId != member->id)
        ctx.meetings.detachDevice(meetingId, ctx.deviceId);
    ctx.meetings.setPresent(meetingId, {member->id, *seat, ctx.deviceId}, ctx.nowMs);
    PollTable(ctx.store).refreshEligible(meetingId); // open polls' live "eligible" count
    if (placed->changed)
        events.push_back(ctx.log.append(meetingId, ctx.nowMs, member->id,
                                        attendanceEvent(member->id, true, *seat, placed->counts)));

    HandlerResult r{replyEnvelope(ctx), std::move(events)};
    auto *result = r.reply.mutable_check_in_result();
    *result->mutable_you() = deviceView(ctx, meetingId);
    result->set_seq(ctx.log.lastSeq(meetingId));
    return r;
}

HandlerResult handleCheckOut(RequestContext &ctx) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    const auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), domain::Action::CheckOut); !ok) return permissionError(ctx, ok.error());
    const auto meeting = ctx.meetings.meeting(meetingId);

    auto att = loadAttendance(ctx, meetingId);
    auto out = att.checkOut(meeting->state, actor.personId());
    if (!out) return errorResult(ctx, attendanceCode(out.error().reason), out.error().text);
    ctx.meetings.setAbsent(meetingId, actor.personId());
    PollTable(ctx.store).refreshEligible(meetingId); // open polls' live "eligible" count
    std::vector<wire::Event> events;
    if (out->changed)
        events.push_back(ctx.log.append(meetingId, ctx.nowMs, actor.personId(),
                                        attendanceEvent(actor.personId(), false, "", out->counts)));
    return ackResult(ctx, std::move(events));
}

} // namespace ecabinet::hub
