// The event log's hash chain (docs/ARCHITECTURE.md "Event log and hash chain"):
//   hash = SHA-256(prev_hash || meeting_id \0 seq \0 time_ms \0 type \0 actor \0 payload)
// integers as decimal text; prev_hash of seq 1 is 32 zero bytes. Hashes are 32 raw bytes.
#pragma once

#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecabinet::domain {

inline constexpr std::size_t kHashBytes = 32;

struct ChainRow {
    std::string meetingId;
    std::uint64_t seq = 0;
    std::int64_t timeMs = 0;
    std::string type;
    std::string actor;
    std::string payload;  // bytes
    std::string prevHash; // 32 raw bytes
    std::string hash;     // 32 raw bytes
    bool operator==(const ChainRow &) const = default;
};

// What the caller decides for a new row; seq and hashes come from the chain.
struct ChainEntry {
    std::string meetingId;
    std::int64_t timeMs = 0;
    std::string type;
    std::string actor;
    std::string payload;
};

// The end of a chain: all the hub needs to keep in memory to append.
struct ChainTip {
    std::uint64_t seq = 0;                               // 0 = empty chain
    std::string hash = std::string(kHashBytes, '\0');   // genesis prev_hash
};

std::string sha256(std::string_view bytes); // 32 raw bytes
std::string hex(std::string_view bytes);    // lowercase

// Byte string hashed after prev_hash.
std::string canonicalBytes(const ChainRow &row);
// SHA-256(row.prevHash || canonicalBytes(row)), ignoring row.hash.
std::string computeHash(const ChainRow &row);

// Next row after `tip` (ChainTip{} for the first row of a meeting).
ChainRow link(const ChainTip &tip, ChainEntry entry);
ChainRow link(const ChainRow &previous, ChainEntry entry);
ChainTip tipOf(const ChainRow &row);

struct ChainBreak {
    enum class Reason {
        Edited,    // the row's hash does not match its content (or prev_hash was changed)
        Missing,   // seq jumps and the skipped seq is nowhere in the log: rows were deleted
        Reordered, // seq not the next one but present elsewhere, or repeated: rows moved
        BrokenLink // seq in order, content matches its hash, but prev_hash is not the hash
                   // of the row before: that row (or this one) was rewritten with a
                   // recomputed hash, or the row belongs to another meeting
    };
    std::size_t index = 0; // position in the rows as given
    std::uint64_t seq = 0; // seq written in that row
    Reason reason = Reason::Edited;
    std::string text;
};

std::string_view reasonName(ChainBreak::Reason reason); // "edited", "missing", ...

struct ChainSummary {
    std::size_t rows = 0;
    ChainTip tip;
};

// Rows of one meeting in stored order (e.g. by rowid). Names the first bad row.
// A chain alone cannot detect removal of its last rows or a rewrite of everything
// after some point: compare the returned tip with a copy kept elsewhere.
Result<ChainSummary, ChainBreak> verifyChain(const std::vector<ChainRow> &rows);

// Device key fingerprint shown at enrolment: first 16 bytes of SHA-256 of the 32-byte
// public key, lowercase hex in 8 groups of 4 separated by spaces ("ab12 cd34 ...").
// Refused (with a reason) unless the key is exactly 32 bytes.
Result<std::string, std::string> fingerprint(std::string_view publicKey);

} // namespace ecabinet::domain
