// The append-only event log and its hash chains (docs/ARCHITECTURE.md "Event log and hash
// chain"). Hashing and verification rules live in shared/domain/HashChain; this class only
// reads and writes rows. Appends must run inside the caller's savepoint so that the event
// and the state change it records commit or roll back together.
#pragma once

#include "domain/HashChain.h"
#include "ecabinet.pb.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;

// "attendance_changed", "meeting_opened", ...: the name of the Event's `change` field.
std::string eventTypeName(const wire::Event &event);

struct ChainProblem {
    std::string meetingId;
    std::uint64_t seq = 0;
    std::string reason; // domain::reasonName: "edited", "missing", "reordered", "broken link"
    std::string text;
    std::string describe() const; // "meeting X seq N: reason (text)"
};

struct VerifyReport {
    std::size_t events = 0;
    std::size_t chains = 0;
    std::optional<ChainProblem> problem; // the first bad row found
};

struct ChainHead {
    std::string meetingId;
    std::uint64_t seq = 0;
    std::string hashHex;
};

// Chain heads already read in this transaction, by meeting id (see EventLog::useTips).
using ChainTips = std::map<std::string, domain::ChainTip>;

class EventLog {
public:
    explicit EventLog(Store &store) : s_(store) {}

    // Reads each chain's head from `tips` when it is there and keeps it there after every
    // append, instead of reading chain_heads each time. Only for a run of appends that nothing
    // else writes between and that is dropped with the transaction (MeetingService's ballot
    // batch, service/BallotBatch.h); the chain_heads row is still written with every event.
    void useTips(ChainTips *tips) { tips_ = tips; }

    // Stamps `event` with meeting id, next seq and time, appends it and returns the stored
    // Event (as published). Throws StoreError on failure.
    wire::Event append(const std::string &meetingId, std::int64_t timeMs, const std::string &actor,
                       wire::Event event);
    // Hub-chain entry (meeting id ""): administrative actions, not published. `payload` is
    // canonical JSON text (see docs/ARCHITECTURE.md departures).
    std::uint64_t appendAdmin(std::int64_t timeMs, const std::string &type, const std::string &actor,
                              const std::string &payloadJson);

    std::uint64_t lastSeq(const std::string &meetingId);
    std::vector<ChainHead> heads();
    // Events of a meeting with seq > afterSeq, in seq order.
    std::vector<wire::Event> eventsAfter(const std::string &meetingId, std::uint64_t afterSeq);

    // Recomputes every chain; stops at the first bad row.
    VerifyReport verify();

private:
    domain::ChainRow appendRow(const domain::ChainTip &tip, domain::ChainEntry entry);
    domain::ChainTip tip(const std::string &meetingId);
    domain::ChainTip currentTip(const std::string &meetingId); // through tips_ when set
    Store &s_;
    ChainTips *tips_ = nullptr;
};

} // namespace ecabinet::hub
