// The request pipeline around the handlers: revocation, idempotency, savepoint per request,
// group commit. No meeting state is cached here: everything is read from the store inside
// the request's savepoint, so a rolled-back request or batch cannot leave memory out of step.
#include "service/MeetingService.h"

#include "protocol/Codec.h"
#include "service/Handlers.h"
#include "store/BlobStore.h"
#include "store/Replies.h"
#include "store/Store.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <iostream>

namespace ecabinet::hub {

struct MeetingService::Impl {
    Store &store;
    const Clock &clock;
    bool batchOpen = false;
    bool batchFailed = false; // BEGIN failed: every request of the batch answers ERROR_INTERNAL
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
    case wire::Envelope::kGotoAgendaItem: return true;
    default: return false;
    }
}

// Hash of what was asked, independent of the id and of the sender's minor version.
std::string requestHash(wire::Envelope req) {
    req.clear_request_id();
    req.clear_major();
    req.clear_minor();
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream raw(&bytes);
        google::protobuf::io::CodedOutputStream coded(&raw);
        coded.SetSerializationDeterministic(true);
        req.SerializeToCodedStream(&coded);
    }
    return domain::sha256(bytes);
}

HandlerResult dispatch(RequestContext &ctx, const wire::Envelope &req) {
    switch (req.body_case()) {
    case wire::Envelope::kHello: return handleHello(ctx, req.hello());
    case wire::Envelope::kPing: return handlePing(ctx);
    case wire::Envelope::kSnapshotRequest: return handleSnapshot(ctx, req.snapshot_request());
    case wire::Envelope::kCheckIn: return handleCheckIn(ctx, req.check_in());
    case wire::Envelope::kCheckOut: return handleCheckOut(ctx);
    case wire::Envelope::kOpenMeeting: return handleOpenMeeting(ctx);
    case wire::Envelope::kCloseMeeting: return handleCloseMeeting(ctx);
    case wire::Envelope::kGotoAgendaItem: return handleGotoAgendaItem(ctx, req.goto_agenda_item());
    default:
        return errorResult(ctx, wire::ERROR_NOT_A_REQUEST,
                           "'" + protocol::bodyName(req) + "' is not a request for the command socket");
    }
}

Outcome toOutcome(HandlerResult r) {
    Outcome o{std::move(r.reply), {}};
    for (auto &e : r.events) {
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

MeetingService::MeetingService(Store &store, const Clock &clock) : d(std::make_unique<Impl>(Impl{store, clock})) {}
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
        const auto row = DeviceTable(d->store).byName(deviceId);
        return row && row->status == "approved";
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot check device " << deviceId << ": " << e.what() << '\n';
        return false;
    }
}

void MeetingService::beginBatch() {
    d->batchFailed = false;
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
    if (!d->batchOpen) return true; // nothing begun: each request committed on its own
    d->batchOpen = false;
    try {
        d->store.commit();
        return true;
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: batch commit failed, rolled back: " << e.what() << '\n';
        d->store.rollback();
        return false;
    }
}

Outcome MeetingService::handle(const std::string &deviceId, const wire::Envelope &request) {
    const auto rid = request.request_id();
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
        auto result = dispatch(ctx, request);
        if (changesState(request)) replies.put(deviceId, rid, {hash, protocol::encode(result.reply)}, ctx.nowMs);
        sp.release();
        return toOutcome(std::move(result));
    } catch (const std::exception &e) {
        // The savepoint's destructor has rolled this request back; the batch goes on.
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
    try {
        if (!BlobStore::isSha256Hex(sha256)) return BlobAccess::NotFound;
        RequestContext ctx(d->store, deviceId, 0, d->clock.nowMs());
        if (!deviceActive(deviceId)) return BlobAccess::Denied;
        const std::string meetingId = ctx.meetings.currentId();
        const auto actor = actorAt(ctx, meetingId);
        if (auto ok = domain::mayPerform(actor.role(), domain::Action::ReadDocuments); !ok)
            return ok.error().reason == domain::PermissionRefusal::Reason::NotCheckedIn ? BlobAccess::NotCheckedIn
                                                                                        : BlobAccess::Denied;
        // All members may read all documents of their meeting in this slice; nothing else.
        if (!ctx.meetings.hasDocument(meetingId, sha256)) {
            const bool elsewhere = d->store.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE sha256 = ?"),
                                                   {qs(sha256)}).toInt() > 0;
            return elsewhere ? BlobAccess::Denied : BlobAccess::NotFound;
        }
        return d->store.blobs().contains(sha256) ? BlobAccess::Granted : BlobAccess::NotFound;
    } catch (const StoreError &e) {
        std::cerr << "ecabinet-hub: cannot check blob access: " << e.what() << '\n';
        return BlobAccess::Denied;
    }
}

std::optional<BlobInfo> MeetingService::blob(const std::string &sha256) {
    const auto path = d->store.blobs().path(sha256);
    const auto size = d->store.blobs().size(sha256);
    if (!path || !size) return std::nullopt;
    return BlobInfo{*path, *size};
}

} // namespace ecabinet::hub
