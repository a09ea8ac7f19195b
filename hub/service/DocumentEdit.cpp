#include "service/DocumentEdit.h"

#include "service/Handlers.h"
#include "store/BlobStore.h"
#include "store/Documents.h"
#include "store/EventLog.h"
#include "store/Meetings.h"
#include "store/PdfCheck.h"
#include "store/Store.h"

#include <fstream>
#include <iterator>

namespace ecabinet::hub {

namespace {

DocumentEditResult refuse(wire::ErrorCode code, std::string message) {
    DocumentEditResult r;
    r.code = code;
    r.message = std::move(message);
    return r;
}

std::optional<std::string> readBlob(Store &store, const std::string &sha) {
    const auto path = store.blobs().path(sha);
    if (!path) return std::nullopt;
    std::ifstream in(*path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

} // namespace

DocumentEditResult editDocument(Store &store, const std::string &meetingId, const DocumentEdit &edit,
                                const std::string &actor, std::int64_t nowMs) {
    MeetingTable meetings(store);
    DocumentTable docs(store);
    const auto meeting = meetings.meeting(meetingId);
    if (!meeting) return refuse(wire::ERROR_NOT_FOUND, "no meeting '" + meetingId + "'");
    if (meeting->state == domain::MeetingState::Closed)
        return refuse(wire::ERROR_INVALID_STATE, "the meeting is closed; its documents are final");

    const bool isNew = edit.documentId.empty();
    std::optional<DocumentRow> before;
    if (!isNew) {
        before = docs.document(meetingId, edit.documentId);
        if (!before) return refuse(wire::ERROR_NOT_FOUND, "no document '" + edit.documentId + "' in this meeting");
        if (edit.expectedVersion != 0 && edit.expectedVersion != before->version)
            return refuse(wire::ERROR_CONFLICT, "document '" + edit.documentId + "' is at version " +
                                                    std::to_string(before->version) + ", not " +
                                                    std::to_string(edit.expectedVersion) + " (someone replaced it)");
    } else {
        if (edit.itemId.empty()) return refuse(wire::ERROR_NOT_FOUND, "a new document needs its agenda item");
        if (edit.title.empty()) return refuse(wire::ERROR_INVALID_DOCUMENT, "a new document needs a title");
        if (edit.sha256.empty()) return refuse(wire::ERROR_UPLOAD_INCOMPLETE, "a new document needs its PDF (sha256)");
    }
    DocumentRow row = before.value_or(DocumentRow{});
    if (!edit.itemId.empty()) {
        bool found = false;
        for (const auto &item : meetings.agenda(meetingId)) found = found || item.id == edit.itemId;
        if (!found) return refuse(wire::ERROR_NOT_FOUND, "no agenda item '" + edit.itemId + "' in this meeting");
        row.itemId = edit.itemId;
    }
    if (!edit.title.empty()) row.title = edit.title;
    if (edit.access) {
        std::vector<std::string> members;
        for (const auto &m : meetings.members(meetingId)) members.push_back(m.id);
        if (auto ok = domain::validateAccessList(*edit.access, members); !ok)
            return refuse(wire::ERROR_INVALID_DOCUMENT, ok.error());
        row.access = *edit.access;
    }
    const bool newBytes = !edit.sha256.empty() && (!before || edit.sha256 != before->sha256);
    if (newBytes) {
        if (!BlobStore::isSha256Hex(edit.sha256))
            return refuse(wire::ERROR_INVALID_DOCUMENT, "'" + edit.sha256 + "' is not a SHA-256 (64 lowercase hex digits)");
        const auto bytes = readBlob(store, edit.sha256);
        if (!bytes)
            return refuse(wire::ERROR_UPLOAD_INCOMPLETE, "the hub does not hold blob " + edit.sha256 + " (upload it first)");
        auto facts = inspectPdf(*bytes);
        if (!facts) return refuse(wire::ERROR_INVALID_DOCUMENT, facts.error());
        row.sha256 = edit.sha256;
        row.size = bytes->size();
        row.pageCount = facts->pageCount;
        row.pageHashes = facts->pageTextHashes;
        if (before) {
            row.version = before->version + 1;
            row.previousSha256 = before->sha256;
            const auto previous = docs.pageHashes(meetingId, before->id, before->version);
            // Without the old version's hashes (imported before schema 7) nothing can be said.
            row.changedPages = previous.empty() ? std::vector<std::uint32_t>{}
                                                : domain::changedPages(previous, row.pageHashes);
        } else {
            row.version = 1;
        }
    }
    if (before && !newBytes && row.title == before->title && row.itemId == before->itemId &&
        row.access.access == before->access.access && row.access.readers == before->access.readers) {
        DocumentEditResult same;
        same.documentId = before->id;
        return same; // nothing to change: Ack{seq: 0}
    }
    row.updatedMs = nowMs;
    if (isNew) {
        row.id = docs.newId(meetingId);
        docs.insert(meetingId, row, docs.nextPosition(meetingId, row.itemId), actor, nowMs);
    } else {
        docs.update(meetingId, row, actor, nowMs);
    }

    const std::string reason = isNew ? "added" : newBytes ? "replaced" : "updated";
    const bool restricted = row.access.access != domain::DocumentAccess::Meeting;
    wire::Event full;
    auto *change = full.mutable_document_changed();
    *change->mutable_document() = documentRef(row, domain::Reader{actor, domain::Role::Chair});
    change->mutable_document()->set_locked(false);
    change->set_agenda_item_id(row.itemId);
    change->set_restricted(restricted);
    change->set_reason(reason);
    DocumentEditResult r;
    r.documentId = row.id;
    r.stored = EventLog(store).append(meetingId, nowMs, actor, std::move(full));
    r.published = *r.stored;
    if (restricted) {
        // The events socket reaches every seat: a restricted document's id, title and readers
        // stay off it. Seats resync and the snapshot lists it to those who may see it.
        auto *pub = r.published->mutable_document_changed();
        pub->clear_document();
        pub->clear_agenda_item_id();
    }
    return r;
}

} // namespace ecabinet::hub
