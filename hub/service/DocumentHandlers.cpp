// Documents on the command socket (issue 5): AddDocument (add / replace / change access) and
// WipeDone (a tablet erased its cache). Uploads of the bytes are on the blob socket
// (net/BlobServer, service/UploadArea).
#include "service/Handlers.h"

#include "service/DocumentEdit.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

namespace ecabinet::hub {

namespace {

wire::DocumentAccess toWire(domain::DocumentAccess a) {
    switch (a) {
    case domain::DocumentAccess::Meeting: return wire::DOCUMENT_ACCESS_MEETING;
    case domain::DocumentAccess::Named: return wire::DOCUMENT_ACCESS_NAMED;
    case domain::DocumentAccess::Confidential: return wire::DOCUMENT_ACCESS_CONFIDENTIAL;
    }
    return wire::DOCUMENT_ACCESS_CONFIDENTIAL;
}

std::optional<domain::DocumentAccess> fromWire(wire::DocumentAccess a) {
    switch (a) {
    case wire::DOCUMENT_ACCESS_MEETING: return domain::DocumentAccess::Meeting;
    case wire::DOCUMENT_ACCESS_NAMED: return domain::DocumentAccess::Named;
    case wire::DOCUMENT_ACCESS_CONFIDENTIAL: return domain::DocumentAccess::Confidential;
    default: return std::nullopt;
    }
}

} // namespace

domain::Reader readerAt(RequestContext &ctx, const std::string &meetingId) {
    const auto actor = actorAt(ctx, meetingId);
    return {actor.personId(), actor.role()};
}

wire::DocumentRef documentRef(const DocumentRow &d, const domain::Reader &reader) {
    wire::DocumentRef doc;
    doc.set_id(d.id);
    doc.set_title(d.title);
    doc.set_sha256(d.sha256);
    doc.set_size(d.size);
    doc.set_page_count(d.pageCount);
    doc.set_version(d.version);
    doc.set_access(toWire(d.access.access));
    for (const auto &r : d.access.readers) doc.add_readers(r);
    // Locked: a checked-in person who sees it listed but may not read it (chair/secretary).
    // Before check-in nothing is locked: the bytes simply wait for the check-in.
    doc.set_locked(reader.role.has_value() && !domain::mayRead(d.access, reader));
    doc.set_previous_sha256(d.previousSha256);
    for (auto p : d.changedPages) doc.add_changed_pages(p);
    doc.set_updated_at_ms(d.updatedMs);
    doc.set_agenda_item_id(d.itemId);
    return doc;
}

HandlerResult handleAddDocument(RequestContext &ctx, const wire::AddDocument &req) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    const auto actor = actorAt(ctx, meetingId);
    if (!actor.member) return errorResult(ctx, wire::ERROR_NOT_CHECKED_IN, "check in before you add documents");
    if (!domain::mayManageDocuments(actor.role()))
        return errorResult(ctx, wire::ERROR_PERMISSION_DENIED,
                           "only the chair or the secretary may add or replace documents; you are " +
                               std::string(domain::roleName(actor.member->role)));
    DocumentEdit edit{req.agenda_item_id(), req.document_id(), req.title(), req.sha256(), std::nullopt,
                      req.expected_version()};
    if (req.access() != wire::DOCUMENT_ACCESS_UNSPECIFIED) {
        const auto access = fromWire(req.access());
        if (!access) return errorResult(ctx, wire::ERROR_INVALID_DOCUMENT, "unknown access value");
        edit.access = domain::AccessList{*access, {req.readers().begin(), req.readers().end()}};
    } else if (req.readers_size() > 0) {
        return errorResult(ctx, wire::ERROR_INVALID_DOCUMENT, "readers given without an access (named or confidential)");
    }
    auto result = editDocument(ctx.store, meetingId, edit, actor.personId(), ctx.nowMs);
    if (result.refused()) return errorResult(ctx, result.code, result.message);
    std::vector<wire::Event> events;
    if (result.published) events.push_back(*result.published);
    auto r = ackResult(ctx, std::move(events));
    r.reply.mutable_ack()->set_created_id(result.documentId);
    return r;
}

HandlerResult handleWipeDone(RequestContext &ctx, const wire::WipeDone &req) {
    const auto device = ctx.devices.byName(ctx.deviceId);
    const auto pending = ss(ctx.store.scalar(QStringLiteral("SELECT wipe_id FROM devices WHERE name = ?"),
                                             {qs(ctx.deviceId)}));
    if (!device || pending.empty() || pending != req.wipe_id())
        return errorResult(ctx, wire::ERROR_NOT_FOUND, "no wipe '" + req.wipe_id() + "' is pending for this device");
    ctx.store.exec(QStringLiteral("UPDATE devices SET wipe_id = NULL, wipe_requested_ms = NULL WHERE name = ?"),
                   {qs(ctx.deviceId)});
    ctx.log.appendAdmin(ctx.nowMs, "device_wiped", ctx.deviceId,
                        nlohmann::json{{"device", ctx.deviceId},
                                       {"wipe_id", req.wipe_id()},
                                       {"files_removed", req.files_removed()}}.dump());
    return ackResult(ctx, {});
}

} // namespace ecabinet::hub
