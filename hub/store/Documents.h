// Meeting documents, their versions and access lists (schema 7). `documents` holds each
// document's current version; `document_versions` every version ever served; the readers of
// a named or confidential document are in `document_readers`. Rows change only in the same
// savepoint as the DocumentChanged event that records the change.
#pragma once

#include "domain/DocumentAccess.h"
#include "store/Meetings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;

class DocumentTable {
public:
    explicit DocumentTable(Store &store) : s_(store) {}

    // Every document of the meeting at its current version, in agenda order.
    std::vector<DocumentRow> current(const std::string &meetingId);
    std::optional<DocumentRow> document(const std::string &meetingId, const std::string &documentId);
    // Access lists of the meeting's documents that have (had) a version with this blob.
    std::vector<domain::AccessList> accessListsOfBlob(const std::string &meetingId, const std::string &sha256);
    // Is this blob a version of any document of any meeting?
    bool blobKnown(const std::string &sha256);
    // Per-page text hashes of one version ("" when not recorded, e.g. imported before schema 7).
    std::vector<std::string> pageHashes(const std::string &meetingId, const std::string &documentId,
                                        std::uint32_t version);
    // Next free "doc-N" id in the meeting.
    std::string newId(const std::string &meetingId);
    int nextPosition(const std::string &meetingId, const std::string &itemId);

    // A new document (version `row.version`, normally 1) at `position` in its item.
    void insert(const std::string &meetingId, const DocumentRow &row, int position, const std::string &addedBy,
                std::int64_t nowMs);
    // A new current version and/or title/access of an existing document. When `row.version`
    // is greater than the stored one a version row is added.
    void update(const std::string &meetingId, const DocumentRow &row, const std::string &addedBy, std::int64_t nowMs);

private:
    void writeReaders(const std::string &meetingId, const std::string &documentId, const domain::AccessList &list);
    void addVersion(const std::string &meetingId, const DocumentRow &row, const std::string &addedBy,
                    std::int64_t nowMs);
    Store &s_;
};

} // namespace ecabinet::hub
