// SIGTERM / SIGINT -> a readable pipe that the hub's zmq_poll watches
// (self-pipe trick): the handler only write()s one byte, which is
// async-signal-safe, and the loop wakes at once instead of at its next timeout.
#pragma once

namespace ecabinet::hub::net {

class ShutdownSignal {
public:
    // Installs the handlers. Only one instance may exist (signals are
    // process-wide); a second one throws std::logic_error.
    ShutdownSignal();
    ~ShutdownSignal(); // restores the default handlers and closes the pipe
    ShutdownSignal(const ShutdownSignal &) = delete;
    ShutdownSignal &operator=(const ShutdownSignal &) = delete;

    int fd() const;          // read end, for zmq_pollitem_t.fd
    bool requested() const;  // a signal arrived
    int signalNumber() const;

private:
    int readFd_ = -1;
};

} // namespace ecabinet::hub::net
