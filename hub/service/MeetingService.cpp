// The request pipeline around the handlers: revocation, idempotency, savepoint per request,
// group commit. No meeting state is cached across requests: everything is read from the store
// inside the request's savepoint, so a rolled-back request or batch cannot leave memory out of
// step. The one exception is bounded by a run of CastBallots inside one batch (ballots below,
// service/BallotBatch.h): dropped before any other request, after any rollback, at commit.
#include "service/MeetingService.h"

#include "protocol/Codec.h"
#include "service/BallotBatch.h"
#include "service/Handlers.h"
#include "service/UploadArea.h"
#include "store/BlobStore.h"
#include "store/Documents.h"
#include "store/Replies.h"
#include "store/Store.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <iostream>
#include <map>
#include <utility>

namespace ecabinet::hub {

struct MeetingService::Impl {
    Impl(Store &s, const Clock &c) : store(s), clock(c) {}
    Store &store;
    const Clock &clock;
    bool batchOpen = false;
    bool batchFailed = false; // BEGIN failed: every request of the batch answers ERROR_INTERNAL
    bool secretInBatch = false; // a secret ballot was stored: checkpoint the WAL after commit

    // Blob access answers and blob files, valid while the database's change stamp stays
    // the same (see MeetingService::mayReadBlob).
    struct Stamp {
        qint64 changes = -1, dataVersion = -1;
        bool operator==(const Stamp &) const = default;
    };
    Stamp blobStamp;
    std::map<std::pair<std::string, std::string>, BlobAccess> blobAccess; // (device, sha)
    std::map<std::string, BlobInfo> blobFiles;                            // sha
    BlobAccess checkBlobAccess(const std::string &deviceId, const std::string &sha256);
    BallotBatch ballots;        // what consecutive CastBallots of this batch read alike
};

namespace {

// Requests that change state keep their reply for retries. Hello, Ping and snapshots change
// nothing, so a retry simply runs again (and a snapshot gets fresh state).
bool changesState(const wire::Envelope &req) {
    switch (req.body_case()) {
    case wire::Envelope::kCheckIn:
    case wire::Envelope::kCheckOut:
    case wire::Envelope::kOpenMeeting:
    case wire::Envelope::kCloseMeeting:
    case wire::Envelope::kGotoAgendaItem:
    case wire::Envelope::kPreparePoll:
    case wire::Envelope::kOpenPoll:
    case wire::Envelope::kCastBallot:
    case wire::Envelope::kClosePoll:
    case wire::Envelope::kPublishPoll:
    case wire::Envelope::kCancelPoll:
    case wire::Envelope::kDeclareProxy:
    case wire::Envelope::kRequestFloor:
    case wire::Envelope::kWithdrawFloor:
    case wire::Envelope::kGrantFloor:
    case wire::Envelope::kNextSpeaker:
    case wire::Envelope::kEndSpeech:
    case wire::Envelope::kSetSpeakingTime:
    case wire::Envelope::kDraftConclusion:
    case wire::Envelope::kEditConclusion:
    case wire::Envelope::kWithdrawConclusion:
    case wire::Envelope::kApproveConclusion: return true;
    case wire::Envelope::kAddDocument:
    case wire::Envelope::kWipeDone:
    case wire::Envelope::kPresentPage:
    case wire::Envelope::kStopPresenting:
    case wire::Envelope::kSetPresentingRight: return true;
    default: return false;
    }
}

// Hash of what was asked, independent of the id and of the sender's minor version.
// A ballot's selection is left out: the replies table keys (device, request id) and keeps
// this hash, and a hash of a choice among a handful of options is a choice in clear (anyone
// can hash the few candidates). So a retry with the same id gets the stored receipt whatever
// its selection; reusing an id for another poll is still ERROR_REQUEST_ID_REUSED.
std::string requestHash(wire::Envelope req) {
    req.clear_request_id();
    req.clear_major();
    req.clear_minor();
    if (req.has_cast_ballot()) req.mutable_cast_ballot()->clear_selection();
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream raw(&bytes);
        google::protobuf::io::CodedOutputStream coded(&raw);
        coded.SetSerializationDeterministic(true);
        req.SerializeToCodedStream(&coded);
    }
    return domain::sha256(bytes);
}

HandlerResult dispatch(RequestContext &ctx, const wire::Envelope &req, bool &secretStored) {
    switch (req.body_case()) {
    case wire::Envelope::kHello: return handleHello(ctx, req.hello());
    case wire::Envelope::kPing: return handlePing(ctx);
    case wire::Envelope::kSnapshotRequest: return handleSnapshot(ctx, req.snapshot_request());
    case wire::Envelope::kCheckIn: return handleCheckIn(ctx, req.check_in());
    case wire::Envelope::kCheckOut: return handleCheckOut(ctx);
    case wire::Envelope::kOpenMeeting: return handleOpenMeeting(ctx);
    case wire::Envelope::kCloseMeeting: return handleCloseMeeting(ctx);
    case wire::Envelope::kGotoAgendaItem: return handleGotoAgendaItem(ctx, req.goto_agenda_item());
    case wire::Envelope::kPreparePoll: return handlePreparePoll(ctx, req.prepare_poll());
    case wire::Envelope::kOpenPoll: return handleOpenPoll(ctx, req.open_poll());
    case wire::Envelope::kCastBallot: return handleCastBallot(ctx, req.cast_ballot(), secretStored);
    case wire::Envelope::kClosePoll: return handleClosePoll(ctx, req.close_poll());
    case wire::Envelope::kPublishPoll: return handlePublishPoll(ctx, req.publish_poll());
    case wire::Envelope::kCancelPoll: return handleCancelPoll(ctx, req.cancel_poll());
    case wire::Envelope::kDeclareProxy: return handleDeclareProxy(ctx, req.declare_proxy());
    case wire::Envelope::kRequestFloor: return handleRequestFloor(ctx, req.request_floor());
    case wire::Envelope::kWithdrawFloor: return handleWithdrawFloor(ctx, req.withdraw_floor());
    case wire::Envelope::kGrantFloor: return handleGrantFloor(ctx, req.grant_floor());
    case wire::Envelope::kNextSpeaker: return handleNextSpeaker(ctx);
    case wire::Envelope::kEndSpeech: return handleEndSpeech(ctx);
    case wire::Envelope::kSetSpeakingTime: return handleSetSpeakingTime(ctx, req.set_speaking_time());
    case wire::Envelope::kDraftConclusion: return handleDraftConclusion(ctx, req.draft_conclusion());
    case wire::Envelope::kEditConclusion: return handleEditConclusion(ctx, req.edit_conclusion());
    case wire::Envelope::kWithdrawConclusion: return handleWithdrawConclusion(ctx, req.withdraw_conclusion());
    case wire::Envelope::kApproveConclusion: return handleApproveConclusion(ctx, req.approve_conclusion());
    case wire::Envelope::kConclusionsRequest: return handleConclusionsRequest(ctx, req.conclusions_request());
    case wire::Envelope::kMinutesRequest: return handleMinutesRequest(ctx, req.minutes_request());
    case wire::Envelope::kAddDocument: return handleAddDocument(ctx, req.add_document());
    case wire::Envelope::kWipeDone: return handleWipeDone(ctx, req.wipe_done());
    case wire::Envelope::kPresentPage: return handlePresentPage(ctx, req.present_page());
    case wire::Envelope::kStopPresenting: return handleStopPresenting(ctx);
    case wire::Envelope::kSetPresentingRight: return handleSetPresentingRight(ctx, req.set_presenting_right());
    default:
        return errorResult(ctx, wire::ERROR_NOT_A_REQUEST,
                           "'" + protocol::bodyName(req) + "' is not a request for the command socket");
    }
}

Outcome toOutcome(HandlerResult r) {
    Outcome o{std::move(r.reply), {}};
    for (auto &e : r.events) {
        redactForPublication(e); // drafts' text stays off the event socket
        auto env = protocol::envelope(0);
        *env.mutable_event() = std::move(e);
        o.events.push_back(std::move(env));
    }
    return o;
}

Outcome internalError(std::uint64_t requestId, const std::string &why) {
    std::cerr << "ecabinet-hub: storage failure, request " << requestId << " rolled back: " << why << '\n';
    return {protocol::errorReply(requestId, wire::ERROR_INTERNAL, "the hub could not store the request; nothing was changed"), {}};
}

} // namespace

MeetingService::MeetingService(Store &store, const Clock &clock) : d(std::make_unique<Impl>(store, clock)) {}
MeetingService::~MeetingService() = default;

std::optional<std::string> MeetingService::admitDevice(const std::string &publicKeyZ85) {
    try {
        const auto row = DeviceTable(d->store).byKey(publicKeyZ85);
        if (row && row->status == "approved") return row->name;
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot check device key: " << e.what() << '\n'; // refused, not admitted
    }
    return std::nullopt;
}

bool MeetingService::deviceActive(const std::string &deviceId) {
    try {
        return DeviceTable(d->store).status(deviceId) == "approved";
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot check device " << deviceId << ": " << e.what() << '\n';
        return false;
    }
}

void MeetingService::beginBatch() {
    d->batchFailed = false;
    d->ballots.clear();
    try {
        d->store.begin();
        d->batchOpen = true;
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot begin a batch: " << e.what() << '\n';
        d->batchFailed = true;
    }
}

bool MeetingService::commitBatch() {
    if (d->batchFailed) {
        d->batchFailed = false;
        return false;
    }
    d->ballots.clear();
    if (!d->batchOpen) return true; // nothing begun: each request committed on its own
    d->batchOpen = false;
    const bool checkpoint = std::exchange(d->secretInBatch, false);
    try {
        d->store.commit();
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: batch commit failed, rolled back: " << e.what() << '\n';
        d->store.rollback();
        return false;
    }
    // Committed. Secret ballots: empty the WAL now, so that its page images (which record
    // which choice row arrived in which commit, next to the "X voted" event) do not linger.
    // A failure here loses nothing (the data is committed); it is logged and retried next time.
    try {
        if (checkpoint && !d->store.checkpointTruncate())
            std::cerr << "ecabinet-hub: WAL checkpoint after secret ballots was blocked by a reader\n";
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: WAL checkpoint after secret ballots failed: " << e.what() << '\n';
    }
    return true;
}

Outcome MeetingService::handle(const std::string &deviceId, const wire::Envelope &request) {
    const auto rid = request.request_id();
    // Only a run of ballots inside one batch shares what it read (BallotBatch.h).
    const bool ballotInBatch = d->batchOpen && request.has_cast_ballot();
    if (!ballotInBatch) d->ballots.clear();
    if (d->batchFailed) return internalError(rid, "the batch could not begin");
    if (rid == 0) return {protocol::errorReply(0, wire::ERROR_MALFORMED, "request_id must be > 0"), {}};
    if (!deviceActive(deviceId))
        return {protocol::errorReply(rid, wire::ERROR_DEVICE_REVOKED, "device " + deviceId + " is not (or no longer) enrolled"), {}};
    if (!protocol::isCommandRequest(request))
        return {protocol::errorReply(rid, wire::ERROR_NOT_A_REQUEST,
                                     "'" + protocol::bodyName(request) + "' is not a request for the command socket"), {}};
    try {
        Store::Savepoint sp(d->store);
        ReplyLog replies(d->store);
        const std::string hash = requestHash(request);
        if (const auto stored = replies.find(deviceId, rid)) {
            sp.release();
            if (stored->requestHash != hash)
                return {protocol::errorReply(rid, wire::ERROR_REQUEST_ID_REUSED,
                                             "request id " + std::to_string(rid) + " was already used for another request"), {}};
            wire::Envelope again;
            if (!again.ParseFromString(stored->reply)) throw StoreError("stored reply is unreadable");
            return {std::move(again), {}}; // events were published with the first answer
        }
        RequestContext ctx(d->store, deviceId, rid, d->clock.nowMs());
        if (ballotInBatch) {
            ctx.ballots = &d->ballots;
            ctx.log.useTips(&d->ballots.tips);
        }
        bool secretStored = false;
        auto result = dispatch(ctx, request, secretStored);
        if (changesState(request)) replies.put(deviceId, rid, {hash, protocol::encode(result.reply)}, ctx.nowMs);
        sp.release();
        d->secretInBatch = d->secretInBatch || secretStored;
        return toOutcome(std::move(result));
    } catch (const std::exception &e) {
        // The savepoint's destructor has rolled this request back; the batch goes on, without
        // anything this request may have noted in `ballots`.
        d->ballots.clear();
        return internalError(rid, e.what());
    }
}

std::string MeetingService::currentMeetingId() {
    try {
        return MeetingTable(d->store).currentId();
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot read the current meeting: " << e.what() << '\n';
        return {};
    }
}

std::uint64_t MeetingService::lastSeq(const std::string &meetingId) {
    try {
        return EventLog(d->store).lastSeq(meetingId);
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot read the last seq: " << e.what() << '\n';
        return 0;
    }
}

BlobAccess MeetingService::mayReadBlob(const std::string &deviceId, const std::string &sha256) {
    if (!BlobStore::isSha256Hex(sha256)) return BlobAccess::NotFound;
    try {
        const auto stamp = d->store.first(
            QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"), {},
            [](const SqlRow &q) { return Impl::Stamp{q.value(0).toLongLong(), q.value(1).toLongLong()}; });
        if (!stamp) throw StoreError("the database's change stamp cannot be read");
        // Bounded: a few hundred devices × the blobs of one meeting, forgotten at any change.
        constexpr std::size_t kMaxKept = 100000;
        if (!(*stamp == d->blobStamp) || d->blobAccess.size() >= kMaxKept) {
            d->blobAccess.clear();
            d->blobStamp = *stamp;
        }
        const auto key = std::make_pair(deviceId, sha256);
        if (const auto kept = d->blobAccess.find(key); kept != d->blobAccess.end()) return kept->second;
        const auto access = d->checkBlobAccess(deviceId, sha256);
        d->blobAccess.emplace(key, access);
        return access;
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot check blob access: " << e.what() << '\n';
        return BlobAccess::Denied;
    }
}

BlobAccess MeetingService::Impl::checkBlobAccess(const std::string &deviceId, const std::string &sha256) {
    RequestContext ctx(store, deviceId, 0, clock.nowMs());
    const auto device = ctx.devices.byName(deviceId);
    if (!device || device->status != "approved") return BlobAccess::Revoked;
    const std::string meetingId = ctx.meetings.currentId();
    const auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), domain::Action::ReadDocuments); !ok)
        return ok.error().reason == domain::PermissionRefusal::Reason::NotCheckedIn ? BlobAccess::NotCheckedIn
                                                                                    : BlobAccess::Denied;
    // Granted when the person may read at least one document of the current meeting that
    // has (or had) this blob as a version; checked on every chunk, against who is here now.
    const auto lists = DocumentTable(store).accessListsOfBlob(meetingId, sha256);
    if (lists.empty())
        return DocumentTable(store).blobKnown(sha256) ? BlobAccess::Denied : BlobAccess::NotFound;
    const domain::Reader reader{actor.personId(), actor.role()};
    bool granted = false;
    for (const auto &list : lists) granted = granted || domain::mayRead(list, reader);
    if (!granted) return BlobAccess::Denied;
    return store.blobs().contains(sha256) ? BlobAccess::Granted : BlobAccess::NotFound;
}

wire::Envelope MeetingService::upload(const std::string &deviceId, const wire::BlobUpload &piece,
                                      std::uint64_t requestId) {
    try {
        RequestContext ctx(d->store, deviceId, requestId, d->clock.nowMs());
        const std::string meetingId = ctx.meetings.currentId();
        const auto actor = actorAt(ctx, meetingId);
        if (!actor.member)
            return protocol::errorReply(requestId, wire::ERROR_NOT_CHECKED_IN, "check in before you upload documents");
        if (!domain::mayManageDocuments(actor.role()))
            return protocol::errorReply(requestId, wire::ERROR_PERMISSION_DENIED,
                                        "only the chair or the secretary may upload documents");
        return UploadArea(d->store.dataDir() / "incoming", d->store.blobs()).accept(deviceId, piece, requestId);
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: upload check failed: " << e.what() << '\n';
        return protocol::errorReply(requestId, wire::ERROR_INTERNAL, "the hub could not check the upload");
    }
}

std::optional<BlobInfo> MeetingService::blob(const std::string &sha256) {
    if (const auto kept = d->blobFiles.find(sha256); kept != d->blobFiles.end()) return kept->second;
    const auto path = d->store.blobs().path(sha256);
    const auto size = d->store.blobs().size(sha256);
    if (!path || !size) return std::nullopt;
    if (d->blobFiles.size() >= 10000) d->blobFiles.clear(); // bounded; refilled from the file system
    return d->blobFiles.emplace(sha256, BlobInfo{*path, *size}).first->second;
}

} // namespace ecabinet::hub
