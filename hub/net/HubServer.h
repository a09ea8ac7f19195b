// The hub's network side: one zmq::context_t, four sockets, one thread.
//
//   inproc://zeromq.zap.01  REP     ZAP handler (bound first)
//   command  (7400)         ROUTER  CURVE server, requests/replies (CommandRouter)
//   events   (7401)         PUB     CURVE server, events + heartbeat (EventPublisher)
//   blobs    (7402)         ROUTER  CURVE server, document chunks (BlobServer)
//
// One zmq_poll loop serves all four plus the shutdown pipe, so the
// MeetingService is only ever called from this thread (libzmq sockets are not
// thread-safe and the service is single-threaded by contract).
#pragma once

#include "net/HubKeys.h"

#include <zmq.hpp>

#include <functional>
#include <string>

namespace ecabinet::hub {
class MeetingService;
class Clock;
}

namespace ecabinet::hub::net {

struct NetConfig {
    std::string bind = "tcp://*"; // address part of the endpoints
    int commandPort = 7400;       // 0 = any free port (read back after bind)
    int eventPort = 7401;
    int blobPort = 7402;
};

struct BoundPorts {
    int command = 0, event = 0, blob = 0;
};

class HubServer {
public:
    // Creates and binds every socket; throws zmq::error_t (with the endpoint
    // in the log) if a port is taken.
    HubServer(const NetConfig &config, const HubKeys &keys, MeetingService &service, const Clock &clock);
    ~HubServer();
    HubServer(const HubServer &) = delete;
    HubServer &operator=(const HubServer &) = delete;

    const BoundPorts &ports() const { return ports_; }

    // Serves until `shutdownFd` becomes readable (see ShutdownSignal).
    // Returns normally on shutdown; throws only if zmq_poll itself fails.
    void run(int shutdownFd);

private:
    struct Sockets;
    MeetingService &service_;
    const Clock &clock_;
    zmq::context_t ctx_;
    std::unique_ptr<Sockets> s_;
    BoundPorts ports_;
};

} // namespace ecabinet::hub::net
