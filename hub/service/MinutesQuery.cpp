#include "service/MinutesQuery.h"

#include "service/Handlers.h"
#include "store/Store.h"

#include <map>

namespace ecabinet::hub {

namespace {

wire::MinutesRecord recordOf(RequestContext &ctx, const std::string &meetingId) {
    wire::SnapshotRequest sr;
    sr.set_meeting_id(meetingId);
    auto snap = handleSnapshot(ctx, sr);
    if (!snap.reply.has_snapshot())
        throw StoreError("no record of meeting '" + meetingId + "': " + snap.reply.error().message());
    const auto &s = snap.reply.snapshot();

    wire::MinutesRecord r;
    *r.mutable_meeting() = s.meeting();
    *r.mutable_agenda() = s.agenda();
    *r.mutable_polls() = s.polls();
    for (const auto &c : s.conclusions())
        if (c.status() == wire::CONCLUSION_STATUS_APPROVED) *r.add_conclusions() = c;

    std::map<std::string, std::int64_t> firstCheckIn;
    std::map<std::string, std::string> names;
    for (const auto &m : s.members()) names[m.id()] = m.name();
    int item = -1;
    auto itemId = [&](int index) {
        return index >= 0 && index < s.agenda_size() ? s.agenda(index).id() : std::string();
    };
    for (const auto &e : ctx.log.eventsAfter(meetingId, 0)) {
        switch (e.change_case()) {
        case wire::Event::kMeetingOpened: r.set_opened_at_ms(e.time_ms()); break;
        case wire::Event::kMeetingClosed: r.set_closed_at_ms(e.time_ms()); break;
        case wire::Event::kAgendaItemChanged: item = e.agenda_item_changed().current(); break;
        case wire::Event::kAttendanceChanged:
            if (e.attendance_changed().present()) firstCheckIn.try_emplace(e.attendance_changed().person_id(), e.time_ms());
            break;
        case wire::Event::kSpeakersChanged: {
            const auto &c = e.speakers_changed();
            if ((c.reason() != "granted" && c.reason() != "next") || !c.speakers().has_current()) break;
            const auto &cur = c.speakers().current();
            auto *sp = r.add_speeches();
            sp->set_agenda_item_id(itemId(c.speakers().item() >= 0 ? c.speakers().item() : item));
            *sp->mutable_speaker() = cur.speaker();
            const auto known = names.find(cur.speaker().person_id());
            sp->set_name(!cur.speaker().name().empty() ? cur.speaker().name()
                         : known != names.end()        ? known->second
                                                       : cur.speaker().person_id());
            sp->set_point_of_order(cur.kind() == wire::FLOOR_KIND_POINT_OF_ORDER);
            sp->set_started_at_ms(cur.started_at_ms());
            break;
        }
        default: break;
        }
    }
    for (const auto &m : s.members()) {
        auto *a = r.add_attendees();
        *a->mutable_member() = m;
        const auto first = firstCheckIn.find(m.id());
        a->mutable_member()->set_present(first != firstCheckIn.end());
        a->mutable_member()->clear_seat_id();
        a->set_first_check_in_ms(first != firstCheckIn.end() ? first->second : 0);
    }
    for (const auto &h : ctx.log.heads())
        if (h.meetingId == meetingId) {
            r.set_last_seq(h.seq);
            r.set_last_hash(h.hashHex);
        }
    return r;
}

} // namespace

wire::MinutesRecord minutesRecord(Store &store, const std::string &meetingId, std::int64_t nowMs) {
    RequestContext ctx(store, std::string(), 0, nowMs); // no device: sees what the public sees
    return recordOf(ctx, meetingId);
}

HandlerResult handleMinutesRequest(RequestContext &ctx, const wire::MinutesRequest &) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    if (auto ok = domain::mayPerform(actorAt(ctx, meetingId).role(), domain::Action::ReviewConclusions); !ok)
        return permissionError(ctx, ok.error());
    HandlerResult out{replyEnvelope(ctx), {}};
    *out.reply.mutable_minutes_record() = recordOf(ctx, meetingId);
    return out;
}

} // namespace ecabinet::hub
