// The baseline of bench-pack: plain TCP on loopback, no E-cabinet code, no ZeroMQ, no CURVE.
// One listening server; each of `clients` client threads connects and reads `bytes` bytes
// that a server thread writes from memory (what the hub's page cache gives it at best).
#pragma once

#include <cstdint>

namespace ecabinet::bench {

// Seconds from the first connect to the last byte read by the last client.
// Throws std::runtime_error on a socket failure.
double rawTcpTransfer(int clients, std::uint64_t bytes);

} // namespace ecabinet::bench
