// The registry's network side: its own zmq context with a ZAP handler and one CURVE ROUTER
// (default port 7403). Served by one thread (run()), which owns the sockets and calls the
// RegistryService; generates due reminders once a minute. Inside the hub it runs on a thread
// of its own with its own database connection; ecabinet-registry runs it on its main thread.
//
// Admission (docs/PROTOCOL.md §11.1): any CURVE key finishes the handshake (desks sign in with
// a password); a key registered as a hub gets User-Id "hub:NAME", every other "desk:KEY".
#pragma once

#include "net/HubKeys.h"

#include <zmq.hpp>

#include <functional>
#include <string>

namespace ecabinet::hub::registry {

class RegistryService;

inline constexpr int kRegistryPort = 7403;
inline constexpr const char *kRegistryZapDomain = "ecabinet-registry";

class RegistryServer {
public:
    // Binds at once (bind "tcp://*", port 0 = any); throws zmq::error_t when taken.
    RegistryServer(const std::string &bind, int port, const net::HubKeys &keys, RegistryService &service);
    ~RegistryServer();
    RegistryServer(const RegistryServer &) = delete;
    RegistryServer &operator=(const RegistryServer &) = delete;

    int port() const { return port_; }
    // Serves until `shutdownFd` is readable. Reminders every `reminderEveryMs` (0 = never).
    void run(int shutdownFd, std::int64_t reminderEveryMs = 60'000);

private:
    void serveZap();
    void serveRequests();

    RegistryService &service_;
    zmq::context_t ctx_;
    zmq::socket_t zap_;
    zmq::socket_t router_;
    int port_ = 0;
};

} // namespace ecabinet::hub::registry
