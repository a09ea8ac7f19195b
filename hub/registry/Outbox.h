// The hub's registry outbox (table registry_outbox, schema 6): approved conclusions waiting
// to be handed to the directive registry. See docs/ARCHITECTURE.md "Registry outbox".
//
// Use (the hub's meeting service, when the chair approves a conclusion):
//
//     Store::Transaction / the request's savepoint is open
//     ... write the approval and its event ...
//     registry::Outbox(store).enqueue(handoff, nowMs);   // same transaction
//
// so the approval and its hand-off commit together or not at all. The OutboxCourier (its own
// thread and its own connection to hub.db) delivers due rows and marks them; the registry
// imports idempotently on (hub_id, conclusion_id), so a row delivered twice (the courier died
// between the registry's commit and markDelivered) is still one conclusion.
#pragma once

#include "registry.pb.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {
class Store;
}

namespace ecabinet::hub::registry {

struct OutboxRow {
    std::int64_t id = 0;
    std::int64_t createdMs = 0;
    wire::ConclusionHandoff handoff;
    std::optional<std::int64_t> deliveredMs;
    int attempts = 0;
    std::int64_t nextAttemptMs = 0;
    std::string lastError;
};

struct OutboxCounts {
    std::uint64_t pending = 0;
    std::uint64_t delivered = 0;
    std::optional<std::int64_t> oldestPendingMs; // created_ms of the oldest pending row
    std::string lastError;                       // of the most recently failed pending row
};

class Outbox {
public:
    explicit Outbox(Store &store);

    // Adds a hand-off inside the caller's open transaction (throws StoreError when none is
    // open: a hand-off outside the approval's transaction could be lost or be orphaned).
    // `handoff.hub_id` and `conclusion_id` must be set (std::invalid_argument otherwise).
    // The same conclusion id again keeps the first row and returns its id.
    std::int64_t enqueue(const wire::ConclusionHandoff &handoff, std::int64_t nowMs);

    // Pending rows whose next attempt is due at `nowMs`, oldest first.
    std::vector<OutboxRow> due(std::int64_t nowMs, std::size_t limit);
    // Every row (pending and delivered), oldest first: ecabinetctl and tests.
    std::vector<OutboxRow> all();
    // When the earliest pending row becomes due (nullopt: nothing pending).
    std::optional<std::int64_t> nextDueMs();

    // Each in its own short transaction unless the caller has one open.
    void markDelivered(const std::vector<std::int64_t> &ids, std::int64_t nowMs);
    void markFailed(const std::vector<std::int64_t> &ids, std::int64_t nowMs, const std::string &error);

    OutboxCounts counts();

    // Delay before the next attempt after `attempts` failures: 1 s, 2 s, 4 s, ... capped at
    // 60 s, so a registry that comes back is reached within a minute.
    static std::int64_t backoffMs(int attempts);

private:
    Store &store_;
};

} // namespace ecabinet::hub::registry
