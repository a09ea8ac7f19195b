// The baseline of bench-fanout: libzmq alone, no E-cabinet code. One PUB,
// `subscribers` SUB sockets each on its own thread blocked in zmq_recv (the
// best case for latency), 64-byte messages that carry their send time.
#pragma once

#include <chrono>
#include <vector>

namespace ecabinet::bench {

struct RawFanoutOptions {
    int subscribers = 200;
    int messages = 20;                   // measured messages, one at a time
    bool curve = false;                  // CURVE on every SUB, as our tablets use
    std::chrono::milliseconds gap{20};   // pause between messages (same as ours)
};

// One latency (ms, send → received) per subscriber per message. Throws
// std::runtime_error when a subscriber does not get every message within 10 s.
std::vector<double> rawFanout(const RawFanoutOptions &options);

} // namespace ecabinet::bench
