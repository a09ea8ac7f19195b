// ZAP (ZeroMQ RFC 27) handler: decides which CURVE clients may finish their
// handshake on any of the hub's three sockets.
//
// libzmq asks it over inproc://zeromq.zap.01 in the hub's own context; the
// REP socket must be bound before the CURVE servers bind, otherwise libzmq
// would admit every client without asking. It is served by the hub's single
// zmq_poll loop like the other sockets (the MeetingService is single-threaded).
//
// Admission: mechanism CURVE and a key that MeetingService::admitDevice maps
// to an approved, not revoked device. The reply's User-Id is the device id;
// the hub reads identity only from that property of each received message.
#pragma once

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include <chrono>
#include <map>
#include <string>

namespace ecabinet::hub {
class MeetingService;
}

namespace ecabinet::hub::net {

// Domain set on every hub socket (ZMQ_ZAP_DOMAIN) and checked by the handler.
inline constexpr const char *kZapDomain = "ecabinet";

class ZapHandler {
public:
    // Binds the REP socket at once (see the ordering rule above).
    ZapHandler(zmq::context_t &ctx, MeetingService &service);

    zmq::socket_t &socket() { return socket_; }
    // Answers every pending request without blocking.
    void serveAll();

private:
    void serveOne(std::vector<zmq::message_t> &request);
    void reply(const std::string &requestId, const char *status, const std::string &text,
               const std::string &userId);

    // A refused client's libzmq reconnects and retries every few hundred
    // ms; log each key's first refusal at once, then at most one line per
    // kRefusalLogInterval with the number of refusals in between.
    static constexpr std::chrono::seconds kRefusalLogInterval{60};
    void logRefusal(const std::string &key, const std::string &address);
    struct RefusalLog {
        std::chrono::steady_clock::time_point lastLogged;
        unsigned suppressed = 0;
    };
    std::map<std::string, RefusalLog> refusals_;

    zmq::socket_t socket_;
    MeetingService &service_;
};

} // namespace ecabinet::hub::net
