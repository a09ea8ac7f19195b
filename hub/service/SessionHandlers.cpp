// Shared handler plumbing, and the read-only requests: Hello, Ping, SnapshotRequest.
#include "service/Handlers.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"
#include "protocol/Version.h"
#include "store/Store.h"

#include <map>

namespace ecabinet::hub {

wire::Role toWire(domain::Role role) {
    switch (role) {
    case domain::Role::Chair: return wire::ROLE_CHAIR;
    case domain::Role::Secretary: return wire::ROLE_SECRETARY;
    case domain::Role::Delegate: return wire::ROLE_DELEGATE;
    case domain::Role::Guest: return wire::ROLE_GUEST;
    case domain::Role::Observer: return wire::ROLE_OBSERVER;
    }
    return wire::ROLE_UNSPECIFIED;
}

wire::Attendance toWire(const domain::AttendanceCounts &c) {
    wire::Attendance a;
    a.set_present(c.present);
    a.set_entitled_present(c.entitledPresent);
    a.set_entitled(c.entitled);
    return a;
}

wire::Envelope replyEnvelope(const RequestContext &ctx) { return protocol::envelope(ctx.requestId); }

HandlerResult errorResult(const RequestContext &ctx, wire::ErrorCode code, std::string message) {
    return {protocol::errorReply(ctx.requestId, code, std::move(message)), {}};
}

HandlerResult permissionError(const RequestContext &ctx, const domain::PermissionRefusal &refusal) {
    const auto code = refusal.reason == domain::PermissionRefusal::Reason::NotCheckedIn ? wire::ERROR_NOT_CHECKED_IN
                                                                                        : wire::ERROR_PERMISSION_DENIED;
    return errorResult(ctx, code, refusal.text);
}

HandlerResult ackResult(const RequestContext &ctx, std::vector<wire::Event> events) {
    HandlerResult r{replyEnvelope(ctx), std::move(events)};
    r.reply.mutable_ack()->set_seq(r.events.empty() ? 0 : r.events.back().seq());
    return r;
}

Actor actorAt(RequestContext &ctx, const std::string &meetingId) {
    Actor a;
    if (meetingId.empty()) return a;
    if (auto found = ctx.meetings.memberAtDevice(meetingId, ctx.deviceId)) {
        a.presence = std::move(found->first);
        a.member = std::move(found->second);
    }
    return a;
}

std::optional<std::string> seatForDevice(RequestContext &ctx, const std::string &meetingId) {
    if (auto seat = ctx.meetings.seatOfDevice(meetingId, ctx.deviceId)) return seat;
    const auto device = ctx.devices.byName(ctx.deviceId);
    if (device && device->kind == "console") return std::string(domain::kConsoleSeat);
    return std::nullopt;
}

domain::Attendance loadAttendance(RequestContext &ctx, const std::string &meetingId) {
    std::vector<domain::AttendanceMember> members;
    for (const auto &m : ctx.meetings.members(meetingId)) members.push_back({m.id, m.role, m.entitled});
    std::vector<std::string> seats;
    for (const auto &s : ctx.meetings.seats(meetingId)) seats.push_back(s.id);
    domain::Attendance att(std::move(members), std::move(seats));
    // O(present x log members): Attendance keeps its counts incrementally.
    for (const auto &p : ctx.meetings.presence(meetingId)) {
        auto placed = att.restore(p.personId, p.seatId);
        if (!placed) throw StoreError("stored presence is inconsistent: " + placed.error().text);
    }
    return att;
}

wire::DeviceView deviceView(RequestContext &ctx, const std::string &meetingId) {
    wire::DeviceView v;
    v.set_device_id(ctx.deviceId);
    if (meetingId.empty()) return v;
    v.set_seat_id(seatForDevice(ctx, meetingId).value_or(""));
    const auto actor = actorAt(ctx, meetingId);
    if (actor.member) {
        v.set_person_id(actor.member->id);
        v.set_role(toWire(actor.member->role));
    }
    return v;
}

HandlerResult handleHello(RequestContext &ctx, const wire::Hello &) {
    HandlerResult r{replyEnvelope(ctx), {}};
    auto *w = r.reply.mutable_welcome();
    w->set_hub_version(std::string("ecabinet-hub ") + protocol::kVersionString);
    w->set_device_id(ctx.deviceId);
    w->set_device_name(ctx.deviceId); // the enrolled name is the id
    w->set_meeting_id(ctx.meetings.currentId());
    w->set_server_time_ms(ctx.nowMs);
    w->set_heartbeat_interval_ms(protocol::kHeartbeatIntervalMs);
    w->set_chunk_size(protocol::kChunkSize);
    w->set_max_chunks_in_flight(protocol::kMaxChunksInFlight);
    // `ecabinetctl device wipe`: the device erases its cache now and confirms with WipeDone.
    w->set_wipe_id(ss(ctx.store.scalar(QStringLiteral("SELECT coalesce(wipe_id, '') FROM devices WHERE name = ?"),
                                       {qs(ctx.deviceId)})));
    return r;
}

HandlerResult handlePing(RequestContext &ctx) { return ackResult(ctx, {}); }

HandlerResult handleSnapshot(RequestContext &ctx, const wire::SnapshotRequest &req) {
    const std::string meetingId = req.meeting_id().empty() ? ctx.meetings.currentId() : req.meeting_id();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    const auto meeting = ctx.meetings.meeting(meetingId);
    if (!meeting) return errorResult(ctx, wire::ERROR_NOT_FOUND, "no meeting '" + meetingId + "'");
    if (auto ok = domain::mayPerform(actorAt(ctx, meetingId).role(), domain::Action::ViewSnapshot); !ok)
        return permissionError(ctx, ok.error());

    HandlerResult r{replyEnvelope(ctx), {}};
    auto *s = r.reply.mutable_snapshot();
    s->set_meeting_id(meetingId);
    s->set_seq(ctx.log.lastSeq(meetingId));
    auto *info = s->mutable_meeting();
    info->set_id(meeting->id);
    info->set_title(meeting->title);
    info->set_location(meeting->location);
    info->set_starts_at_ms(meeting->startsAtMs);
    info->set_state(meeting->state == domain::MeetingState::Open     ? wire::MEETING_STATE_OPEN
                    : meeting->state == domain::MeetingState::Closed ? wire::MEETING_STATE_CLOSED
                                                                     : wire::MEETING_STATE_SCHEDULED);
    info->set_current_item(meeting->currentItem);
    std::uint32_t index = 0;
    // Only what the person here may see: a delegate never learns that a paper they are not on
    // exists (domain::mayList); chair and secretary see it listed but "locked".
    const auto reader = readerAt(ctx, meetingId);
    for (const auto &item : ctx.meetings.agenda(meetingId)) {
        auto *a = s->add_agenda();
        a->set_id(item.id);
        a->set_index(index++);
        a->set_number(item.number);
        a->set_title(item.title);
        a->set_presenter(item.presenter);
        for (const auto &d : item.documents)
            if (domain::mayList(d.access, reader)) *a->add_documents() = documentRef(d, reader);
    }
    std::map<std::string, std::string> seatOf;
    for (const auto &p : ctx.meetings.presence(meetingId)) seatOf[p.personId] = p.seatId;
    for (const auto &m : ctx.meetings.members(meetingId)) {
        auto *w = s->add_members();
        w->set_id(m.id);
        w->set_name(m.name);
        w->set_position(m.position);
        w->set_role(toWire(m.role));
        w->set_entitled(m.entitled);
        const auto here = seatOf.find(m.id);
        w->set_present(here != seatOf.end());
        if (here != seatOf.end()) w->set_seat_id(here->second);
    }
    for (const auto &seat : ctx.meetings.seats(meetingId)) {
        auto *w = s->add_seats();
        w->set_id(seat.id);
        w->set_label(seat.label);
    }
    *s->mutable_attendance() = toWire(loadAttendance(ctx, meetingId).counts());
    *s->mutable_you() = deviceView(ctx, meetingId);
    s->set_failed_pin_attempts(static_cast<std::uint32_t>(ctx.meetings.totalWrongPins(meetingId)));
    for (auto &poll : pollViews(ctx, meetingId)) *s->add_polls() = std::move(poll);
    *s->mutable_speakers() = speakersView(ctx, meetingId);
    for (auto &c : conclusionViews(ctx, meetingId)) *s->add_conclusions() = std::move(c);
    *s->mutable_presentation() = presentationView(ctx, meetingId);
    return r;
}

} // namespace ecabinet::hub
