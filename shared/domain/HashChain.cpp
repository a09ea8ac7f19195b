#include "domain/HashChain.h"

#include <sodium.h>

#include <stdexcept>
#include <unordered_set>

namespace ecabinet::domain {

namespace {

// sodium_init picks the fastest implementation for this CPU; a function-local
// static makes the one call thread-safe. It fails only when the system cannot
// provide randomness at all, which no part of the hub survives: say so loudly.
void ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise (sodium_init < 0)");
}

} // namespace

std::string sha256(std::string_view bytes) {
    ensureSodium();
    std::string out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    return out;
}

std::string hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0xf]);
    }
    return out;
}

std::string canonicalBytes(const ChainRow &row) {
    std::string out;
    out.reserve(row.meetingId.size() + row.type.size() + row.actor.size() + row.payload.size() + 48);
    out += row.meetingId;
    out += '\0';
    out += std::to_string(row.seq);
    out += '\0';
    out += std::to_string(row.timeMs);
    out += '\0';
    out += row.type;
    out += '\0';
    out += row.actor;
    out += '\0';
    out += row.payload;
    return out;
}

std::string computeHash(const ChainRow &row) { return sha256(row.prevHash + canonicalBytes(row)); }

ChainRow link(const ChainTip &tip, ChainEntry entry) {
    ChainRow row;
    row.meetingId = std::move(entry.meetingId);
    row.seq = tip.seq + 1;
    row.timeMs = entry.timeMs;
    row.type = std::move(entry.type);
    row.actor = std::move(entry.actor);
    row.payload = std::move(entry.payload);
    row.prevHash = tip.hash;
    row.hash = computeHash(row);
    return row;
}

ChainRow link(const ChainRow &previous, ChainEntry entry) { return link(tipOf(previous), std::move(entry)); }

ChainTip tipOf(const ChainRow &row) { return ChainTip{row.seq, row.hash}; }

std::string_view reasonName(ChainBreak::Reason reason) {
    switch (reason) {
    case ChainBreak::Reason::Edited: return "edited";
    case ChainBreak::Reason::Missing: return "missing";
    case ChainBreak::Reason::Reordered: return "reordered";
    case ChainBreak::Reason::BrokenLink: return "broken link";
    }
    return "unknown";
}

Result<ChainSummary, ChainBreak> verifyChain(const std::vector<ChainRow> &rows) {
    using Reason = ChainBreak::Reason;
    // Seqs present anywhere, to tell a moved row (its seq is elsewhere) from a deleted one.
    std::unordered_set<std::uint64_t> seqs;
    for (const auto &r : rows) seqs.insert(r.seq);

    ChainTip tip;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ChainRow &r = rows[i];
        const std::string at = "row " + std::to_string(i) + " (seq " + std::to_string(r.seq) + ")";
        auto broken = [&](Reason reason, std::string why) {
            return fail(ChainBreak{i, r.seq, reason, at + ": " + why});
        };
        // Content first: a row whose own hash is wrong was edited, whatever else looks odd.
        if (r.hash.size() != kHashBytes || r.prevHash.size() != kHashBytes || computeHash(r) != r.hash)
            return broken(Reason::Edited, "content does not match its hash: the row was edited");
        const std::uint64_t expected = tip.seq + 1;
        if (r.seq < expected)
            return broken(Reason::Reordered, "seq " + std::to_string(r.seq) + " comes after seq " +
                                                 std::to_string(tip.seq) + ": rows were reordered or repeated");
        if (r.seq > expected) {
            if (seqs.contains(expected))
                return broken(Reason::Reordered, "seq " + std::to_string(expected) +
                                                     " is stored later in the log: rows were reordered");
            return broken(Reason::Missing, "seq " + std::to_string(expected) +
                                               (r.seq - expected > 1 ? " to " + std::to_string(r.seq - 1) : "") +
                                               " missing: rows were deleted");
        }
        if (i > 0 && r.meetingId != rows[0].meetingId)
            return broken(Reason::BrokenLink, "belongs to meeting '" + r.meetingId + "', not '" +
                                                  rows[0].meetingId + "'");
        if (r.prevHash != tip.hash)
            return broken(Reason::BrokenLink,
                          i == 0 ? std::string("the first row's prev_hash is not 32 zero bytes")
                                 : "prev_hash does not match the hash of seq " + std::to_string(tip.seq) +
                                       ": that row was rewritten with a recomputed hash");
        tip = tipOf(r);
    }
    return ChainSummary{rows.size(), tip};
}

Result<std::string, std::string> fingerprint(std::string_view publicKey) {
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return fail(std::string("a public key is 32 bytes, got " + std::to_string(publicKey.size())));
    const std::string digest = hex(sha256(publicKey).substr(0, 16));
    std::string out;
    for (std::size_t i = 0; i < digest.size(); i += 4) {
        if (i) out += ' ';
        out += digest.substr(i, 4);
    }
    return out;
}

} // namespace ecabinet::domain
