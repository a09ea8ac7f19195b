// The hub's meeting service: the single-threaded core that applies commands.
//
// CONTRACT between hub/net (sockets, ZAP, loop) and hub/service + hub/store.
// The net layer never touches SQL; the service never touches a socket.
//
// Group commit, as the net loop drives it:
//     service.beginBatch();
//     for each decoded request r drained from the command socket:
//         outcomes.push_back(service.handle(deviceId, r));   // savepoint per request
//     if (service.commitBatch())  -> send every outcome.reply, publish every outcome.events
//     else                        -> every reply becomes ERROR_INTERNAL, nothing is published
// Effects are therefore durable (fsync'd) before any reply or event leaves the hub.
#pragma once

#include "ecabinet.pb.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;

// Injected so tests can fake time (lock-outs, timestamps).
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0; // Unix ms
};
class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override;
};

struct Outcome {
    wire::Envelope reply;               // always set: a reply body or an Error
    std::vector<wire::Envelope> events; // Envelope{event}, in seq order; to publish after commit
};

enum class BlobAccess { Granted, NotCheckedIn, Denied, NotFound, Revoked };

struct BlobInfo {
    std::filesystem::path path;  // file in the content-addressed blob directory
    std::uint64_t size = 0;
};

class MeetingService {
public:
    MeetingService(Store &store, const Clock &clock);
    ~MeetingService();

    // --- admission (used by the ZAP handler and per command) ---------------
    // Device id (its enrolled name) if the CURVE public key (Z85) belongs to an
    // approved, not revoked device; nullopt otherwise.
    std::optional<std::string> admitDevice(const std::string &publicKeyZ85);
    // False once the device was revoked (checked on every request).
    bool deviceActive(const std::string &deviceId);

    // --- commands ----------------------------------------------------------
    void beginBatch();
    // Applies one decoded request from `deviceId` (identity from the CURVE key).
    // Idempotent by (deviceId, request_id): a retry returns the stored reply
    // and changes nothing. Never throws for bad input; storage failures roll
    // back this request only and yield ERROR_INTERNAL.
    Outcome handle(const std::string &deviceId, const wire::Envelope &request);
    // Commits (fsync) everything handled since beginBatch. False = rolled back.
    bool commitBatch();

    // --- events / heartbeat ------------------------------------------------
    std::string currentMeetingId();        // "" if no meeting
    std::uint64_t lastSeq(const std::string &meetingId);

    // --- blobs -------------------------------------------------------------
    // May the person checked in at `deviceId` read blob `sha256` (hex)? Asked for every chunk.
    // The answer depends on the database alone (device status, current meeting, who sits at
    // the device, the documents' versions and access lists), so it is kept and reused for as
    // long as the database is unchanged: each call first reads the database's change stamp
    // (this connection's total_changes() and PRAGMA data_version, which moves when another
    // process such as ecabinetctl commits) and forgets every kept answer when it moved.
    // So a check-out, a new access list or a revocation applies from the very next chunk,
    // at one small query per chunk instead of the full check.
    BlobAccess mayReadBlob(const std::string &deviceId, const std::string &sha256);
    // Path and size of a stored blob (content-addressed files are never rewritten: kept).
    std::optional<BlobInfo> blob(const std::string &sha256);
    // One piece of a console's upload (chair or secretary checked in at `deviceId`):
    // BlobUploadStatus or an Error (docs/PROTOCOL.md §5.8).
    wire::Envelope upload(const std::string &deviceId, const wire::BlobUpload &piece, std::uint64_t requestId);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ecabinet::hub
