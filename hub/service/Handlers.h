// Internal to hub/service: one short handler per command. Each runs inside the request's
// savepoint (opened by MeetingService::handle) and reads everything it needs from the store,
// so a rolled-back request leaves no stale state behind. Handlers return refusals as error
// replies; storage failures escape as StoreError and roll the request back.
#pragma once

#include "domain/Attendance.h"
#include "domain/Conclusion.h"
#include "domain/DocumentAccess.h"
#include "domain/Permissions.h"
#include "domain/Roles.h"
#include "ecabinet.pb.h"
#include "store/Devices.h"
#include "store/EventLog.h"
#include "store/Meetings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;
struct BallotBatch;

struct RequestContext {
    Store &store;
    MeetingTable meetings;
    EventLog log;
    DeviceTable devices;
    std::string deviceId;
    std::uint64_t requestId = 0;
    std::int64_t nowMs = 0;
    // Set by MeetingService for a CastBallot inside a group commit (service/BallotBatch.h).
    BallotBatch *ballots = nullptr;

    RequestContext(Store &s, std::string device, std::uint64_t rid, std::int64_t now)
        : store(s), meetings(s), log(s), devices(s), deviceId(std::move(device)), requestId(rid), nowMs(now) {}
};

struct HandlerResult {
    wire::Envelope reply;
    std::vector<wire::Event> events; // already appended to the log, in seq order
};

// Who is at the requesting device in a meeting.
struct Actor {
    std::optional<PresenceRow> presence;
    std::optional<MemberRow> member;
    std::optional<domain::Role> role() const {
        return member ? std::optional<domain::Role>(member->role) : std::nullopt;
    }
    std::string personId() const { return member ? member->id : std::string(); }
};
Actor actorAt(RequestContext &ctx, const std::string &meetingId);

// The seat a device stands at in a meeting: its seat, "" for a console, nullopt for a seat
// tablet that the meeting file does not place.
std::optional<std::string> seatForDevice(RequestContext &ctx, const std::string &meetingId);

// Reply helpers.
HandlerResult errorResult(const RequestContext &ctx, wire::ErrorCode code, std::string message);
HandlerResult permissionError(const RequestContext &ctx, const domain::PermissionRefusal &refusal);
HandlerResult ackResult(const RequestContext &ctx, std::vector<wire::Event> events);
wire::Envelope replyEnvelope(const RequestContext &ctx);

// The handlers (one per request body).
HandlerResult handleHello(RequestContext &ctx, const wire::Hello &req);
HandlerResult handlePing(RequestContext &ctx);
HandlerResult handleSnapshot(RequestContext &ctx, const wire::SnapshotRequest &req);
HandlerResult handleCheckIn(RequestContext &ctx, const wire::CheckIn &req);
HandlerResult handleCheckOut(RequestContext &ctx);
HandlerResult handleOpenMeeting(RequestContext &ctx);
HandlerResult handleCloseMeeting(RequestContext &ctx);
HandlerResult handleGotoAgendaItem(RequestContext &ctx, const wire::GotoAgendaItem &req);

// Meeting floor: polls (PollHandlers.cpp). handleCastBallot sets `secretStored` when it stored
// a secret ballot (the batch then checkpoints the WAL after its commit).
HandlerResult handlePreparePoll(RequestContext &ctx, const wire::PreparePoll &req);
HandlerResult handleOpenPoll(RequestContext &ctx, const wire::OpenPoll &req);
HandlerResult handleCastBallot(RequestContext &ctx, const wire::CastBallot &req, bool &secretStored);
HandlerResult handleClosePoll(RequestContext &ctx, const wire::ClosePoll &req);
HandlerResult handlePublishPoll(RequestContext &ctx, const wire::PublishPoll &req);
HandlerResult handleCancelPoll(RequestContext &ctx, const wire::CancelPoll &req);
HandlerResult handleDeclareProxy(RequestContext &ctx, const wire::DeclareProxy &req);
std::vector<wire::PollView> pollViews(RequestContext &ctx, const std::string &meetingId);

// Meeting floor: speakers (SpeakerHandlers.cpp).
HandlerResult handleRequestFloor(RequestContext &ctx, const wire::RequestFloor &req);
HandlerResult handleWithdrawFloor(RequestContext &ctx, const wire::WithdrawFloor &req);
HandlerResult handleGrantFloor(RequestContext &ctx, const wire::GrantFloor &req);
HandlerResult handleNextSpeaker(RequestContext &ctx);
HandlerResult handleEndSpeech(RequestContext &ctx);
HandlerResult handleSetSpeakingTime(RequestContext &ctx, const wire::SetSpeakingTime &req);
wire::SpeakersView speakersView(RequestContext &ctx, const std::string &meetingId);

// Conclusions (ConclusionHandlers.cpp). conclusionViews: every conclusion of the meeting the
// person at the device may see (drafts only for the chair and the secretary).
HandlerResult handleDraftConclusion(RequestContext &ctx, const wire::DraftConclusion &req);
HandlerResult handleEditConclusion(RequestContext &ctx, const wire::EditConclusion &req);
HandlerResult handleWithdrawConclusion(RequestContext &ctx, const wire::WithdrawConclusion &req);
HandlerResult handleApproveConclusion(RequestContext &ctx, const wire::ApproveConclusion &req);
HandlerResult handleConclusionsRequest(RequestContext &ctx, const wire::ConclusionsRequest &req);
std::vector<wire::ConclusionView> conclusionViews(RequestContext &ctx, const std::string &meetingId);
// Minutes (MinutesQuery.cpp): the meeting's record for its minutes (also used by ecabinetctl).
HandlerResult handleMinutesRequest(RequestContext &ctx, const wire::MinutesRequest &req);
// An approved conclusion into the registry outbox, in the caller's savepoint (ConclusionHandoff.cpp).
void handOffApprovedConclusion(RequestContext &ctx, const std::string &meetingId, const domain::Conclusion &c);
// What of an event may go on the event socket: a draft's text is replaced by text_withheld.
// The event log keeps the full event (it is the audit record, read only on the hub).
void redactForPublication(wire::Event &event);
// Documents (DocumentHandlers.cpp, issue 5).
HandlerResult handleAddDocument(RequestContext &ctx, const wire::AddDocument &req);
HandlerResult handleWipeDone(RequestContext &ctx, const wire::WipeDone &req);
// The person at the requesting device, for the document access rules.
domain::Reader readerAt(RequestContext &ctx, const std::string &meetingId);
// A document as `reader` sees it (locked when listed but not readable).
wire::DocumentRef documentRef(const DocumentRow &row, const domain::Reader &reader);
// Follow the presenter (PresentationHandlers.cpp).
HandlerResult handlePresentPage(RequestContext &ctx, const wire::PresentPage &req);
HandlerResult handleStopPresenting(RequestContext &ctx);
HandlerResult handleSetPresentingRight(RequestContext &ctx, const wire::SetPresentingRight &req);
wire::PresentationView presentationView(RequestContext &ctx, const std::string &meetingId);

wire::DeviceView deviceView(RequestContext &ctx, const std::string &meetingId);
wire::Role toWire(domain::Role role);
wire::Attendance toWire(const domain::AttendanceCounts &counts);
// The meeting's attendance rebuilt from the presence rows (domain rules, fresh per request).
domain::Attendance loadAttendance(RequestContext &ctx, const std::string &meetingId);

} // namespace ecabinet::hub
