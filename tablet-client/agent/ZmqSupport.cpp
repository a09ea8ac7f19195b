#include "agent/ZmqSupport.h"

#include "protocol/Limits.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>

namespace ecabinet::client {

namespace {

// Each agent uses ~9 sockets and each socket an eventfd plus its TCP
// connection: 200 tablets in one process exceed the default soft limit of 1024
// descriptors and libzmq's default of 1023 sockets. Raise both once.
void raiseDescriptorLimit() {
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < lim.rlim_max) {
        lim.rlim_cur = lim.rlim_max;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
}

} // namespace

std::shared_ptr<zmq::context_t> sharedZmqContext() {
    static std::mutex mutex;
    static std::weak_ptr<zmq::context_t> weak;
    std::lock_guard lock(mutex);
    if (auto ctx = weak.lock()) return ctx;
    raiseDescriptorLimit();
    auto ctx = std::make_shared<zmq::context_t>();
    // CURVE encryption runs on the I/O threads; one is a bottleneck for many tablets.
    const int ioThreads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()) / 2, 1, 4);
    ctx->set(zmq::ctxopt::io_threads, ioThreads);
    ctx->set(zmq::ctxopt::max_sockets, 16384);
    weak = ctx;
    return ctx;
}

zmq::socket_t makeCurveSocket(zmq::context_t &ctx, zmq::socket_type type, const DeviceConfig &cfg) {
    zmq::socket_t s(ctx, type);
    const std::string serverKey = cfg.hubPublicKey.toStdString();
    const std::string publicKey = cfg.publicKey.toStdString();
    const std::string secretKey = cfg.secretKey.toStdString();
    s.set(zmq::sockopt::curve_serverkey, serverKey);
    s.set(zmq::sockopt::curve_publickey, publicKey);
    s.set(zmq::sockopt::curve_secretkey, secretKey);
    // The hub's snapshots of large meetings and 256 KiB chunks fit easily;
    // anything above this is not a legitimate message and libzmq drops the peer.
    s.set(zmq::sockopt::maxmsgsize, protocol::kClientMaxMessageBytes);
    s.set(zmq::sockopt::linger, 0); // unsent requests are resent by us, not by libzmq at close
    // Back-off: first retry after 100 ms, doubling up to 2 s, so 500 tablets
    // do not hammer a restarting hub in lock-step yet come back within seconds.
    s.set(zmq::sockopt::reconnect_ivl, 100);
    s.set(zmq::sockopt::reconnect_ivl_max, 2000);
    // ZMTP heartbeats detect a hub that vanished without closing TCP (power
    // cut, cable), which the monitor then reports as a disconnect.
    s.set(zmq::sockopt::heartbeat_ivl, 1000);
    s.set(zmq::sockopt::heartbeat_timeout, 3000);
    if (type == zmq::socket_type::sub) {
        // Events are small and a seat app may be busy rendering for a moment:
        // hold up to 100k of them rather than lose them at the default 1000.
        // Losses can still happen at the hub's PUB; the seq check catches them.
        s.set(zmq::sockopt::rcvhwm, 100000);
        s.set(zmq::sockopt::subscribe, ""); // subscribe before connecting (Clone rule)
    } else {
        // Replies are bounded by our own outstanding requests (commands, and at
        // most max_chunks_in_flight chunks), so the HWM never drops anything.
        s.set(zmq::sockopt::rcvhwm, 1000);
        s.set(zmq::sockopt::sndhwm, 1000);
    }
    return s;
}

std::string uniqueInprocEndpoint(const char *what) {
    static std::atomic<std::uint64_t> counter{0};
    return std::string("inproc://ecabinet-") + what + "-" + std::to_string(++counter);
}

zmq::socket_t monitorSocket(zmq::context_t &ctx, zmq::socket_t &socket, const std::string &name) {
    const std::string endpoint = uniqueInprocEndpoint(name.c_str());
    const int events = ZMQ_EVENT_HANDSHAKE_SUCCEEDED | ZMQ_EVENT_DISCONNECTED | ZMQ_EVENT_HANDSHAKE_FAILED_AUTH |
                       ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL | ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL;
    if (zmq_socket_monitor(socket.handle(), endpoint.c_str(), events) != 0) throw zmq::error_t();
    zmq::socket_t mon(ctx, zmq::socket_type::pair);
    mon.set(zmq::sockopt::linger, 0);
    mon.connect(endpoint);
    return mon;
}

std::optional<MonitorEvent> readMonitorEvent(zmq::socket_t &monitor) {
    zmq::message_t head;
    if (!monitor.recv(head, zmq::recv_flags::dontwait)) return std::nullopt;
    MonitorEvent ev;
    if (head.size() >= 6) {
        std::memcpy(&ev.event, head.data(), 2);
        std::memcpy(&ev.value, static_cast<const char *>(head.data()) + 2, 4);
    }
    // The second frame is the peer's endpoint; we know it already.
    while (monitor.get(zmq::sockopt::rcvmore)) {
        zmq::message_t rest;
        if (!monitor.recv(rest, zmq::recv_flags::dontwait)) break;
    }
    return ev;
}

void closeMonitored(zmq::socket_t &socket, zmq::socket_t &monitor) {
    if (socket.handle() != nullptr) zmq_socket_monitor(socket.handle(), nullptr, 0);
    monitor.close();
    socket.close();
}

} // namespace ecabinet::client
