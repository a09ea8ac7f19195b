#include "RawCurve.h"

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace ecabinet::bench {

namespace {

constexpr std::size_t kChunk = 256 * 1024;
constexpr int kWindow = 8;

struct KeyPair {
    std::array<char, 41> pub{}, sec{};
    KeyPair() {
        if (zmq_curve_keypair(pub.data(), sec.data()) != 0) throw std::runtime_error("raw CURVE: no key pair");
    }
};

} // namespace

double rawCurveTransfer(int clients, std::uint64_t bytes, int clientIoThreads) {
    const KeyPair server;
    zmq::context_t serverCtx(1); // as the hub's
    zmq::socket_t router(serverCtx, zmq::socket_type::router);
    router.set(zmq::sockopt::curve_server, 1);
    router.set(zmq::sockopt::curve_secretkey, std::string(server.sec.data()));
    router.set(zmq::sockopt::linger, 0);
    router.bind("tcp://127.0.0.1:*");
    const std::string endpoint = router.get(zmq::sockopt::last_endpoint);

    // Sent again and again without a copy (the hub has to read its file; this has not).
    static const std::vector<char> payload(kChunk, 'x');
    std::atomic<bool> stop{false}, failed{false};
    std::thread serverThread([&] {
        zmq::pollitem_t item{router.handle(), 0, ZMQ_POLLIN, 0};
        while (!stop) {
            zmq::poll(&item, 1, std::chrono::milliseconds(50));
            std::vector<zmq::message_t> frames;
            while (zmq::recv_multipart(router, std::back_inserter(frames), zmq::recv_flags::dontwait)) {
                const std::uint64_t want = std::stoull(frames[1].to_string());
                router.send(frames[0], zmq::send_flags::sndmore);
                zmq::message_t chunk(const_cast<char *>(payload.data()), want, nullptr, nullptr);
                router.send(chunk, zmq::send_flags::none);
                frames.clear();
            }
        }
    });

    zmq::context_t clientCtx(clientIoThreads);
    clientCtx.set(zmq::ctxopt::max_sockets, 16384);
    std::vector<std::thread> readers;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < clients; ++i)
        readers.emplace_back([&] {
            try {
                const KeyPair mine;
                zmq::socket_t dealer(clientCtx, zmq::socket_type::dealer);
                dealer.set(zmq::sockopt::curve_serverkey, std::string(server.pub.data()));
                dealer.set(zmq::sockopt::curve_publickey, std::string(mine.pub.data()));
                dealer.set(zmq::sockopt::curve_secretkey, std::string(mine.sec.data()));
                dealer.set(zmq::sockopt::linger, 0);
                dealer.connect(endpoint);
                std::uint64_t asked = 0, got = 0;
                int inFlight = 0;
                while (got < bytes) {
                    while (inFlight < kWindow && asked < bytes) {
                        const std::uint64_t n = std::min<std::uint64_t>(kChunk, bytes - asked);
                        dealer.send(zmq::buffer(std::to_string(n)));
                        asked += n;
                        ++inFlight;
                    }
                    zmq::message_t m;
                    if (!dealer.recv(m)) throw std::runtime_error("raw CURVE: receive failed");
                    got += m.size();
                    --inFlight;
                }
            } catch (const std::exception &) {
                failed = true;
            }
        });
    for (auto &t : readers) t.join();
    const auto end = std::chrono::steady_clock::now();
    stop = true;
    serverThread.join();
    if (failed) throw std::runtime_error("raw CURVE: a transfer failed");
    return std::chrono::duration<double>(end - start).count();
}

} // namespace ecabinet::bench
