#include "net/ShutdownSignal.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace ecabinet::hub::net {

namespace {
// Process-wide because a signal handler cannot reach an object.
volatile std::sig_atomic_t gSignal = 0;
int gWriteFd = -1;

extern "C" void onSignal(int sig) {
    const int saved = errno; // the interrupted code may be reading errno
    gSignal = sig;
    const char byte = 1;
    [[maybe_unused]] auto n = ::write(gWriteFd, &byte, 1); // pipe full = already signalled
    errno = saved;
}
} // namespace

ShutdownSignal::ShutdownSignal() {
    if (gWriteFd != -1) throw std::logic_error("ShutdownSignal installed twice");
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        throw std::runtime_error(std::string("cannot create the shutdown pipe: ") + std::strerror(errno));
    readFd_ = fds[0];
    gWriteFd = fds[1];
    gSignal = 0;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: let zmq_poll return EINTR as well
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

ShutdownSignal::~ShutdownSignal() {
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    ::close(readFd_);
    ::close(gWriteFd);
    gWriteFd = -1;
}

int ShutdownSignal::fd() const { return readFd_; }
bool ShutdownSignal::requested() const { return gSignal != 0; }
int ShutdownSignal::signalNumber() const { return gSignal; }

} // namespace ecabinet::hub::net
