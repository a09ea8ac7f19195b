// Meetings and their projections: members, seats, agenda, documents, presence, wrong PINs.
// These rows are the current state the event log records; they change only in the same
// savepoint as the event that describes the change.
#pragma once

#include "domain/DocumentAccess.h"
#include "domain/MeetingLifecycle.h"
#include "domain/MeetingSpec.h"
#include "domain/Roles.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ecabinet::hub {

class Store;

struct MeetingRow {
    std::string id;
    std::string title;
    std::string location;
    std::int64_t startsAtMs = 0;
    domain::MeetingState state = domain::MeetingState::Scheduled;
    int currentItem = -1;
};

struct MemberRow {
    std::string id;
    std::string name;
    std::string position;
    domain::Role role = domain::Role::Delegate;
    bool entitled = false;
    std::string pinHash;
    std::uint32_t weight = 1; // votes carried (schema 4)
};

struct SeatRow {
    std::string id;
    std::string label;
    std::string device;
};

struct DocumentRow {
    std::string id;
    std::string title;
    std::string sha256;
    std::uint64_t size = 0;
    std::uint32_t pageCount = 0;
    // schema 7 (issue 5): the current version and who may read it
    domain::AccessList access;
    std::uint32_t version = 1;
    std::int64_t updatedMs = 0;
    std::vector<std::uint32_t> changedPages; // vs the version before
    std::string previousSha256;
    std::vector<std::string> pageHashes;     // per-page text hashes (written, not read by agenda())
    std::string itemId;                      // filled by agenda() and DocumentTable
};

struct AgendaRow {
    std::string id;
    std::string number;
    std::string title;
    std::string presenter;
    std::vector<DocumentRow> documents;
};

struct PresenceRow {
    std::string personId;
    std::string seatId;                // "" = at a console
    std::optional<std::string> device; // nullopt once another person took over the console
};

// What import adds to a spec: the stored documents (by document id) and PIN hashes (by member id).
struct ImportedFiles {
    std::map<std::string, DocumentRow> documents;
    std::map<std::string, std::string> pinHashes;
};

class MeetingTable {
public:
    explicit MeetingTable(Store &store) : s_(store) {}

    // The open meeting, else the earliest scheduled, else the latest closed; "" if none.
    std::string currentId();
    std::optional<MeetingRow> meeting(const std::string &id);
    std::vector<MeetingRow> all();
    void insert(const domain::MeetingSpec &spec, const ImportedFiles &files, std::int64_t nowMs);
    void setState(const std::string &id, domain::MeetingState state);
    // Compare-and-set: throws StoreError if the item is no longer `expected`.
    void moveItem(const std::string &id, int expected, int target);

    std::vector<MemberRow> members(const std::string &meetingId);
    std::optional<MemberRow> member(const std::string &meetingId, const std::string &personId);
    std::vector<SeatRow> seats(const std::string &meetingId);
    std::optional<std::string> seatOfDevice(const std::string &meetingId, const std::string &device);
    std::vector<AgendaRow> agenda(const std::string &meetingId);
    int itemCount(const std::string &meetingId);
    bool hasDocument(const std::string &meetingId, const std::string &sha256);

    std::vector<PresenceRow> presence(const std::string &meetingId);
    std::optional<PresenceRow> atDevice(const std::string &meetingId, const std::string &device);
    // atDevice and that person's member row in one statement (every request asks both);
    // StoreError when the presence names no member.
    std::optional<std::pair<PresenceRow, MemberRow>> memberAtDevice(const std::string &meetingId,
                                                                    const std::string &device);
    void setPresent(const std::string &meetingId, const PresenceRow &row, std::int64_t nowMs);
    void setAbsent(const std::string &meetingId, const std::string &personId);
    void detachDevice(const std::string &meetingId, const std::string &device);

    // Wrong PINs not yet forgotten by a correct one, oldest first (to replay into a PinGuard).
    std::vector<std::int64_t> unclearedWrongPins(const std::string &meetingId, const std::string &personId);
    void addWrongPin(const std::string &meetingId, const std::string &personId, std::int64_t timeMs);
    void clearWrongPins(const std::string &meetingId, const std::string &personId);
    std::uint64_t totalWrongPins(const std::string &meetingId);

private:
    Store &s_;
};

std::optional<domain::MeetingState> parseState(const std::string &name);

} // namespace ecabinet::hub
