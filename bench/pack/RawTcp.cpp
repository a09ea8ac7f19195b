#include "RawTcp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace ecabinet::bench {

namespace {

class Fd {
public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    ~Fd() { if (fd_ >= 0) ::close(fd_); }
    Fd(Fd &&o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    Fd &operator=(Fd &&o) noexcept { std::swap(fd_, o.fd_); return *this; }
    Fd(const Fd &) = delete;
    int get() const { return fd_; }
private:
    int fd_;
};

void check(bool ok, const char *what) {
    if (!ok) throw std::runtime_error(std::string("raw TCP: ") + what + ": " + std::strerror(errno));
}

} // namespace

double rawTcpTransfer(int clients, std::uint64_t bytes) {
    Fd listener(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    check(listener.get() >= 0, "socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    check(::bind(listener.get(), reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0, "bind");
    check(::listen(listener.get(), clients) == 0, "listen");
    socklen_t len = sizeof addr;
    check(::getsockname(listener.get(), reinterpret_cast<sockaddr *>(&addr), &len) == 0, "getsockname");

    const std::vector<char> payload(256 * 1024, 'x'); // sent again and again: the server reads no disk
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    const auto start = std::chrono::steady_clock::now();
    threads.emplace_back([&] {
        std::vector<std::thread> senders;
        for (int i = 0; i < clients; ++i) {
            Fd conn(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
            if (conn.get() < 0) {
                failed = true;
                break;
            }
            senders.emplace_back([&, c = std::move(conn)]() mutable {
                std::uint64_t left = bytes;
                while (left > 0) {
                    const auto n = ::send(c.get(), payload.data(), std::min<std::uint64_t>(left, payload.size()), MSG_NOSIGNAL);
                    if (n <= 0) {
                        failed = true;
                        return;
                    }
                    left -= static_cast<std::uint64_t>(n);
                }
            });
        }
        for (auto &t : senders) t.join();
    });
    std::vector<std::thread> readers;
    for (int i = 0; i < clients; ++i)
        readers.emplace_back([&] {
            Fd s(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
            if (s.get() < 0 || ::connect(s.get(), reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
                failed = true;
                return;
            }
            std::vector<char> buf(256 * 1024);
            std::uint64_t got = 0;
            while (got < bytes) {
                const auto n = ::recv(s.get(), buf.data(), buf.size(), 0);
                if (n <= 0) {
                    failed = true;
                    return;
                }
                got += static_cast<std::uint64_t>(n);
            }
        });
    for (auto &t : readers) t.join();
    const auto end = std::chrono::steady_clock::now();
    for (auto &t : threads) t.join();
    if (failed) throw std::runtime_error("raw TCP: a transfer failed");
    return std::chrono::duration<double>(end - start).count();
}

} // namespace ecabinet::bench
