#include "net/HubServer.h"

#include "net/BlobServer.h"
#include "net/CommandRouter.h"
#include "net/EventPublisher.h"
#include "net/Log.h"
#include "net/ZapHandler.h"
#include "protocol/Limits.h"
#include "service/MeetingService.h"

#include <array>
#include <cerrno>

namespace ecabinet::hub::net {

namespace {

// --- High-water marks (messages, per peer), chosen on purpose -------------
// Command ROUTER, inbound: libzmq stops reading a peer's TCP stream at this
// depth (back-pressure, nothing is lost). 1000 covers a tablet flushing a
// long offline outbox while keeping one peer's backlog bounded.
constexpr int kCommandRcvHwm = 1000;
// Command ROUTER, outbound: replies (and private pushes) to one device. A
// device waits for replies, so this only fills if it stops reading; 10000
// lets an outbox flush get all its replies. Beyond it ROUTER_MANDATORY makes
// the send fail and we log it instead of dropping silently.
constexpr int kCommandSndHwm = 10000;
// Event PUB, per subscriber: events are ~100 bytes, so 100000 queued is
// ~10 MB for a stalled tablet, enough to ride out 100 full 500-ballot bursts
// without a gap. The default 1000 dropped 73% of a 20k burst to a slow SUB
// (BUILD-NOTES). A gap is still survivable (Clone resync) but costly for 500
// tablets at once, so we prefer memory here.
constexpr int kEventSndHwm = 100000;
// Blob ROUTER, outbound: chunks are 256 KiB and a well-behaved client has at
// most kMaxChunksInFlight outstanding; 4x that (8 MiB per peer) absorbs a
// reconnect's duplicate requests without letting one client pin much memory.
constexpr int kBlobSndHwm = 4 * static_cast<int>(protocol::kMaxChunksInFlight);
// Blob ROUTER, inbound: requests are tiny; back-pressure beyond this.
constexpr int kBlobRcvHwm = 1000;

void curveServer(zmq::socket_t &s, const HubKeys &keys) {
    s.set(zmq::sockopt::zap_domain, kZapDomain);
    s.set(zmq::sockopt::curve_server, 1);
    s.set(zmq::sockopt::curve_secretkey, keys.secretZ85);
    s.set(zmq::sockopt::curve_publickey, keys.publicZ85);
    // Anything above this is never legitimate; libzmq drops the connection.
    s.set(zmq::sockopt::maxmsgsize, protocol::Limits{}.socketMaxBytes);
    // A stuck half-handshake must not hold a connection slot forever.
    s.set(zmq::sockopt::handshake_ivl, 10000);
    // Shutdown flushes for at most this long, then exits anyway.
    s.set(zmq::sockopt::linger, 500);
}

int bindPort(zmq::socket_t &s, const std::string &bind, int port, const char *name) {
    const auto endpoint = bind + ":" + (port == 0 ? std::string("*") : std::to_string(port));
    try {
        s.bind(endpoint);
    } catch (const zmq::error_t &e) {
        logLine("net", std::string("cannot bind the ") + name + " socket to " + endpoint + ": " + e.what());
        throw;
    }
    const auto last = s.get(zmq::sockopt::last_endpoint); // "tcp://0.0.0.0:7400"
    return std::stoi(last.substr(last.rfind(':') + 1));
}

} // namespace

struct HubServer::Sockets {
    Sockets(zmq::context_t &ctx, MeetingService &service)
        : zap(ctx, service), command(ctx, zmq::socket_type::router), events(ctx, zmq::socket_type::pub),
          blobs(ctx, zmq::socket_type::router), publisher(events), router(command, publisher, service),
          blobServer(blobs, service) {}
    ZapHandler zap; // first member: bound before any CURVE server exists
    zmq::socket_t command;
    zmq::socket_t events;
    zmq::socket_t blobs;
    EventPublisher publisher;
    CommandRouter router;
    BlobServer blobServer;
};

HubServer::HubServer(const NetConfig &config, const HubKeys &keys, MeetingService &service, const Clock &clock)
    : service_(service), clock_(clock), ctx_(1) {
    s_ = std::make_unique<Sockets>(ctx_, service);

    curveServer(s_->command, keys);
    s_->command.set(zmq::sockopt::rcvhwm, kCommandRcvHwm);
    s_->command.set(zmq::sockopt::sndhwm, kCommandSndHwm);
    s_->command.set(zmq::sockopt::router_mandatory, 1);

    curveServer(s_->events, keys);
    s_->events.set(zmq::sockopt::sndhwm, kEventSndHwm);

    curveServer(s_->blobs, keys);
    s_->blobs.set(zmq::sockopt::rcvhwm, kBlobRcvHwm);
    s_->blobs.set(zmq::sockopt::sndhwm, kBlobSndHwm);
    s_->blobs.set(zmq::sockopt::router_mandatory, 1);

    ports_.command = bindPort(s_->command, config.bind, config.commandPort, "command");
    ports_.event = bindPort(s_->events, config.bind, config.eventPort, "event");
    ports_.blob = bindPort(s_->blobs, config.bind, config.blobPort, "blob");
}

HubServer::~HubServer() = default;

void HubServer::run(int shutdownFd) {
    std::array<zmq_pollitem_t, 4> items{};
    items[0] = {s_->zap.socket().handle(), 0, ZMQ_POLLIN, 0};
    items[1] = {s_->command.handle(), 0, ZMQ_POLLIN, 0};
    items[2] = {s_->blobs.handle(), 0, ZMQ_POLLIN, 0};
    items[3] = {nullptr, shutdownFd, ZMQ_POLLIN, 0};
    while (true) {
        if (s_->publisher.heartbeatDue()) s_->publisher.heartbeat(service_, clock_.nowMs());
        const int rc = zmq_poll(items.data(), static_cast<int>(items.size()),
                                s_->publisher.msUntilHeartbeat());
        if (rc < 0) {
            if (zmq_errno() == EINTR) continue; // the signal's byte is in the pipe
            logLine("net", std::string("zmq_poll failed: ") + zmq_strerror(zmq_errno()));
            throw zmq::error_t();
        }
        if (items[3].revents & ZMQ_POLLIN) {
            logLine("net", "shutdown requested");
            return;
        }
        // ZAP first: pending handshakes should not wait behind a batch.
        if (items[0].revents & ZMQ_POLLIN) s_->zap.serveAll();
        if (items[1].revents & ZMQ_POLLIN) s_->router.drain();
        if (items[2].revents & ZMQ_POLLIN) s_->blobServer.drain();
    }
}

} // namespace ecabinet::hub::net
