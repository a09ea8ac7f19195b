#include "RawFanout.h"

#include <zmq.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>

namespace ecabinet::bench {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// RAII for a libzmq context and socket: the benchmark must not leak either
// when a subscriber times out and we throw.
struct Context {
    void *p = zmq_ctx_new();
    ~Context() { zmq_ctx_term(p); }
};
struct Socket {
    void *p;
    Socket(void *ctx, int type) : p(zmq_socket(ctx, type)) {
        if (!p) throw std::runtime_error(std::string("zmq_socket: ") + zmq_strerror(zmq_errno()));
    }
    ~Socket() { zmq_close(p); }
    void set(int option, int value) { zmq_setsockopt(p, option, &value, sizeof value); }
    void set(int option, const char *value, std::size_t n) { zmq_setsockopt(p, option, value, n); }
};

struct Keys {
    std::array<char, 41> pub{}, sec{};
    Keys() {
        if (zmq_curve_keypair(pub.data(), sec.data()) != 0) throw std::runtime_error("zmq_curve_keypair failed");
    }
};

// Message: [kind:1][index:4][sent ns:8] padded to 64 bytes.
enum Kind : char { Warmup = 0, Measured = 1, Stop = 2 };
constexpr std::size_t kMessageSize = 64;

} // namespace

std::vector<double> rawFanout(const RawFanoutOptions &o) {
    Context ctx;
    Keys server;
    Socket pub(ctx.p, ZMQ_PUB);
    pub.set(ZMQ_SNDHWM, 100000); // as the hub's PUB: never drop in a benchmark
    pub.set(ZMQ_LINGER, 0);
    if (o.curve) {
        pub.set(ZMQ_CURVE_SERVER, 1);
        pub.set(ZMQ_CURVE_SECRETKEY, server.sec.data(), 40);
    }
    if (zmq_bind(pub.p, "tcp://127.0.0.1:*") != 0)
        throw std::runtime_error(std::string("bind: ") + zmq_strerror(zmq_errno()));
    std::array<char, 256> endpoint{};
    std::size_t len = endpoint.size();
    zmq_getsockopt(pub.p, ZMQ_LAST_ENDPOINT, endpoint.data(), &len);

    const int n = o.subscribers;
    std::vector<double> latencies(static_cast<std::size_t>(n) * o.messages, -1.0);
    std::atomic<int> warmedUp{0};
    std::atomic<int> received{0}; // measured messages received, all subscribers
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(n));
    for (int s = 0; s < n; ++s) {
        threads.emplace_back([&, s] {
            try {
                Keys client;
                Socket sub(ctx.p, ZMQ_SUB);
                sub.set(ZMQ_RCVHWM, 100000);
                sub.set(ZMQ_LINGER, 0);
                sub.set(ZMQ_RCVTIMEO, 10000);
                if (o.curve) {
                    sub.set(ZMQ_CURVE_SERVERKEY, server.pub.data(), 40);
                    sub.set(ZMQ_CURVE_PUBLICKEY, client.pub.data(), 40);
                    sub.set(ZMQ_CURVE_SECRETKEY, client.sec.data(), 40);
                }
                sub.set(ZMQ_SUBSCRIBE, "", 0);
                zmq_connect(sub.p, endpoint.data());
                bool warm = false;
                std::array<char, kMessageSize> buf{};
                while (true) {
                    const int got = zmq_recv(sub.p, buf.data(), buf.size(), 0);
                    const auto at = nowNs();
                    if (got < 0) {
                        failed = true;
                        return;
                    }
                    if (buf[0] == Stop) return;
                    if (buf[0] == Warmup) {
                        if (!warm) ++warmedUp;
                        warm = true;
                        continue;
                    }
                    std::int32_t index = 0;
                    std::int64_t sent = 0;
                    std::memcpy(&index, buf.data() + 1, sizeof index);
                    std::memcpy(&sent, buf.data() + 5, sizeof sent);
                    latencies[static_cast<std::size_t>(index) * n + s] = double(at - sent) / 1e6;
                    ++received;
                }
            } catch (...) {
                failed = true;
            }
        });
    }

    auto send = [&](Kind kind, std::int32_t index) {
        std::array<char, kMessageSize> buf{};
        buf[0] = kind;
        const auto sent = nowNs();
        std::memcpy(buf.data() + 1, &index, sizeof index);
        std::memcpy(buf.data() + 5, &sent, sizeof sent);
        zmq_send(pub.p, buf.data(), buf.size(), 0);
    };
    auto finish = [&] {
        send(Stop, 0);
        for (auto &t : threads) t.join();
    };

    // Slow joiners: a SUB misses what was published before its subscription
    // arrived, so warm up until every subscriber has heard something.
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (warmedUp < n && !failed) {
        if (Clock::now() > deadline) {
            failed = true;
            break;
        }
        send(Warmup, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::this_thread::sleep_for(o.gap);
    for (int m = 0; m < o.messages && !failed; ++m) {
        send(Measured, m);
        const auto until = Clock::now() + std::chrono::seconds(10);
        while (received < (m + 1) * n && !failed) {
            if (Clock::now() > until) {
                failed = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        std::this_thread::sleep_for(o.gap);
    }
    if (failed) {
        // Unblock everyone (those waiting in recv time out after 10 s at worst).
        for (int i = 0; i < 3; ++i) send(Stop, 0);
        for (auto &t : threads) t.join();
        throw std::runtime_error("raw fan-out: a subscriber missed a message or timed out");
    }
    finish();
    return latencies;
}

} // namespace ecabinet::bench
