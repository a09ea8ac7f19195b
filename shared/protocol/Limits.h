// Sizes the hub and the clients enforce. See docs/PROTOCOL.md "Limits".
#pragma once
#include <cstddef>
#include <cstdint>

namespace ecabinet::protocol {

struct Limits {
    // Frames above this are dropped by libzmq itself (ZMQ_MAXMSGSIZE) and the
    // peer is disconnected: nothing that large is ever legitimate.
    std::int64_t socketMaxBytes = 1 << 20;
    // Requests above this are answered with ERROR_TOO_LARGE.
    std::size_t maxRequestBytes = 64 * 1024;
    std::size_t maxStringBytes = 4096;
    std::size_t maxListLength = 10000;
};

// Hub defaults (also sent to clients in Welcome).
inline constexpr std::uint32_t kChunkSize = 256 * 1024;
inline constexpr std::uint32_t kMaxChunksInFlight = 8;
inline constexpr std::uint32_t kHeartbeatIntervalMs = 1000;
// A client resyncs after this many heartbeat intervals without any message.
inline constexpr std::uint32_t kMissedHeartbeatsBeforeResync = 3;
// Client-side limit for what the hub sends (snapshots of large meetings, chunks).
inline constexpr std::int64_t kClientMaxMessageBytes = 64LL << 20;

// Default ports.
inline constexpr int kCommandPort = 7400;
inline constexpr int kEventPort = 7401;
inline constexpr int kBlobPort = 7402;

} // namespace ecabinet::protocol
