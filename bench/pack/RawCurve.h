// A second, informative baseline of bench-pack: the same transfer over bare libzmq with CURVE
// (ROUTER on a context of its own, like the hub's; DEALER clients; a credit window of 8 ×
// 256 KiB requests per client, answered from memory). No E-cabinet code: no access checks,
// no files, no hashing. It shows how much of the gap to raw TCP is the encryption that
// DESIGN.md §3 requires on every socket, and how much is ours.
#pragma once

#include <cstdint>

namespace ecabinet::bench {

// Seconds from the first connect to the last byte received by the last client.
// `clientIoThreads` as the tablets' shared context has. Throws std::runtime_error on failure.
double rawCurveTransfer(int clients, std::uint64_t bytes, int clientIoThreads);

} // namespace ecabinet::bench
