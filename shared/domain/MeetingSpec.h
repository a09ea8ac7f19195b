// The meeting file (docs/ARCHITECTURE.md "Meeting file"): parsed and validated
// from text. No I/O here: the caller reads the file and checks that documents exist.
#pragma once

#include "common/Result.h"
#include "domain/DocumentAccess.h"
#include "domain/Roles.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecabinet::domain {

struct DocumentSpec {
    std::string id;
    std::string title;
    std::string file; // relative to the meeting file, never absolute, never ".."
    // "access": "meeting" (default) | "named" | "confidential"; "readers": member ids.
    AccessList access;
};

struct AgendaItemSpec {
    std::string id;
    std::string number;    // as printed; defaults to the 1-based position
    std::string title;
    std::string presenter; // optional
    std::vector<DocumentSpec> documents;
};

struct MemberSpec {
    std::string id;
    std::string name;
    std::string position; // optional
    Role role = Role::Delegate;
    std::string pin;      // in clear: the hub hashes it on import and forgets it
    bool entitled = false; // from the file, else entitledByDefault(role)
    // Votes this member carries (e.g. a delegation head voting for a unit), 1..kMaxVoteWeight.
    // Only entitled members vote, so a weight other than 1 on a non-entitled member is refused.
    std::uint32_t weight = 1;
};

inline constexpr std::uint32_t kMaxVoteWeight = 1000;

struct SeatSpec {
    std::string id;
    std::string label;  // defaults to the id
    std::string device; // enrolled device name at that seat, unique
};

struct MeetingSpec {
    std::string id;
    std::string title;
    std::string location; // optional
    std::string startsAt; // as written
    std::int64_t startsAtMs = 0;
    std::vector<MemberSpec> members;
    std::vector<SeatSpec> seats;
    std::vector<AgendaItemSpec> agenda;
};

// One problem, e.g. {"members[3].pin", "must be 4 to 8 digits"}.
struct SpecProblem {
    std::string path;    // JSON path; "" for the document as a whole
    std::string message;
    std::string text() const { return path.empty() ? message : path + ": " + message; }
};

struct SpecLimits {
    std::size_t maxStringBytes = 4096;
    std::size_t maxListLength = 10000;
};

// Parses and validates; on failure returns every problem found (in document order),
// not just the first, so the secretary can fix the file in one pass.
// Required: id, title, starts_at, members (with a chair); member id, name, role, pin;
// seat id, device; item id, title; document id, title, file.
// Optional: location, seats, agenda, position, entitled, weight (votes, default 1), label (defaults to the seat id),
// number (defaults to the 1-based position), presenter, documents; document access ("meeting",
// "named", "confidential") and readers (member ids; required for named and confidential).
// Unknown fields are problems too (a misspelt "entitled" must not be silently ignored).
Result<MeetingSpec, std::vector<SpecProblem>> parseMeetingSpec(std::string_view json,
                                                               const SpecLimits &limits = {});

// "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" -> Unix ms (fraction truncated to ms).
// The offset is required: a meeting time without one is ambiguous.
Result<std::int64_t, std::string> parseIsoTimestamp(std::string_view text);

bool isValidUtf8(std::string_view text);

} // namespace ecabinet::domain
