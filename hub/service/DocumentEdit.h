// Adding a document to a meeting or giving it a new version (and/or a new title, item or
// access list). One function shared by the hub's AddDocument handler (console) and by
// `ecabinetctl document add|replace`, so both validate, version and log alike.
// Runs inside the caller's savepoint/transaction; storage failures throw StoreError.
#pragma once

#include "domain/DocumentAccess.h"
#include "ecabinet.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ecabinet::hub {

class Store;

struct DocumentEdit {
    std::string itemId;       // new: required; replace: "" = unchanged
    std::string documentId;   // "" = a new document
    std::string title;        // new: required; replace: "" = unchanged
    std::string sha256;       // stored blob; new: required; replace: "" = unchanged
    std::optional<domain::AccessList> access; // nullopt: meeting (new) / unchanged (replace)
    std::uint32_t expectedVersion = 0;        // replace: 0 = do not check
};

struct DocumentEditResult {
    wire::ErrorCode code = wire::ERROR_UNSPECIFIED; // set = refused, nothing changed
    std::string message;
    std::string documentId;
    std::optional<wire::Event> stored;   // as appended to the log (nullopt: nothing changed)
    std::optional<wire::Event> published; // what the events socket may carry (redacted if restricted)
    bool refused() const { return code != wire::ERROR_UNSPECIFIED; }
};

DocumentEditResult editDocument(Store &store, const std::string &meetingId, const DocumentEdit &edit,
                                const std::string &actor, std::int64_t nowMs);

} // namespace ecabinet::hub
