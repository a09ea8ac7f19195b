// Schema version 6: the registry outbox (issue 6). A hub hands each approved conclusion to
// the directive registry through this table: the row is written in the same transaction as
// the approval, and a courier thread delivers it (hub/registry/OutboxCourier.h), retrying
// with back-off while the registry is down. Nothing is lost: a row leaves the "pending" set
// only when the registry has committed it (idempotently: the same conclusion twice is one).
#include "store/Store.h"

namespace ecabinet::hub {

void Store::migrateTo6() {
    // payload = wire::ConclusionHandoff (deterministic protobuf). dedupe_key = the
    // conclusion id: enqueueing the same conclusion again keeps the first row.
    exec(QStringLiteral(R"(CREATE TABLE registry_outbox(
             id INTEGER PRIMARY KEY,
             created_ms INTEGER NOT NULL,
             kind TEXT NOT NULL CHECK (kind IN ('conclusion')),
             dedupe_key TEXT NOT NULL,
             payload BLOB NOT NULL,
             delivered_ms INTEGER,
             attempts INTEGER NOT NULL DEFAULT 0,
             next_attempt_ms INTEGER NOT NULL,
             last_error TEXT NOT NULL DEFAULT '',
             UNIQUE (kind, dedupe_key)))"));
    // The courier's query: pending rows whose next attempt is due, oldest first.
    exec(QStringLiteral("CREATE INDEX registry_outbox_pending ON registry_outbox(next_attempt_ms, id) "
                        "WHERE delivered_ms IS NULL"));
}

} // namespace ecabinet::hub
