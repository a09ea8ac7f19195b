// The hand-off of an approved conclusion to the directive registry (issue 6): one row in the
// hub's registry outbox (hub/registry/Outbox.h), written in the approving request's savepoint,
// so the approval and its hand-off commit together or not at all; the outbox courier delivers
// it, retrying while the registry is down. A retried ApproveConclusion is answered from the
// reply log and never gets here twice; a second enqueue of the same conclusion keeps the first row.
#include "service/Handlers.h"

#include "registry/Outbox.h"
#include "store/Store.h"

#include <QDateTime>
#include <QSysInfo>

namespace ecabinet::hub {

void handOffApprovedConclusion(RequestContext &ctx, const std::string &meetingId, const domain::Conclusion &c) {
    const auto meeting = ctx.meetings.meeting(meetingId);
    if (!meeting) throw StoreError("meeting " + meetingId + " vanished while approving " + c.id);
    wire::ConclusionHandoff h;
    // The registry names the hub by its key; this is the hub's own name for its logs.
    h.set_hub_id(QSysInfo::machineHostName().toStdString());
    h.set_meeting_id(meetingId);
    h.set_meeting_title(meeting->title);
    h.set_meeting_date(QDateTime::fromMSecsSinceEpoch(meeting->startsAtMs, Qt::OffsetFromUTC, 7 * 3600)
                           .date()
                           .toString(Qt::ISODate)
                           .toStdString());
    for (const auto &item : ctx.meetings.agenda(meetingId))
        if (item.id == c.agendaItemId) {
            h.set_item_number(item.number);
            h.set_item_title(item.title);
        }
    // Conclusion ids are per meeting ("c-1"); the hand-off's must be unique on the hub.
    h.set_conclusion_id(meetingId + "/" + c.id);
    h.set_text(c.text);
    const auto chair = ctx.meetings.member(meetingId, c.decidedBy);
    h.set_approved_by(chair ? chair->name : c.decidedBy);
    h.set_approved_at_ms(c.updatedAtMs);
    registry::Outbox(ctx.store).enqueue(h, ctx.nowMs);
}

} // namespace ecabinet::hub
