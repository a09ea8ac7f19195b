// ZeroMQ plumbing shared by every ClientAgent of the process: one context for
// all sessions (a process may run 200 headless tablets), CURVE client sockets
// with deliberate limits, and socket monitors that tell the agent when a
// connection comes and goes.
#pragma once

#include "agent/DeviceConfig.h"

#include <zmq.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ecabinet::client {

// The process-wide context, created on first use and destroyed with the last
// agent that holds it.
std::shared_ptr<zmq::context_t> sharedZmqContext();

// A CURVE client socket (DEALER or SUB) with our limits and reconnect back-off,
// not yet connected.
zmq::socket_t makeCurveSocket(zmq::context_t &ctx, zmq::socket_type type, const DeviceConfig &cfg);

// A monitor of `socket` for connection and handshake events, read through the
// returned PAIR socket (which the caller polls). Call before connecting.
zmq::socket_t monitorSocket(zmq::context_t &ctx, zmq::socket_t &socket, const std::string &name);

struct MonitorEvent {
    std::uint16_t event = 0;
    std::int32_t value = 0;
};
// Reads one event if one is waiting.
std::optional<MonitorEvent> readMonitorEvent(zmq::socket_t &monitor);
// Stops the monitor and closes both sockets (monitor first).
void closeMonitored(zmq::socket_t &socket, zmq::socket_t &monitor);

// A unique inproc endpoint name.
std::string uniqueInprocEndpoint(const char *what);

} // namespace ecabinet::client
