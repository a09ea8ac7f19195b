#include "net/ZapHandler.h"

#include "net/Log.h"
#include "service/MeetingService.h"

#include <array>
#include <vector>

namespace ecabinet::hub::net {

ZapHandler::ZapHandler(zmq::context_t &ctx, MeetingService &service)
    : socket_(ctx, zmq::socket_type::rep), service_(service) {
    socket_.set(zmq::sockopt::linger, 0);
    socket_.bind("inproc://zeromq.zap.01");
}

void ZapHandler::serveAll() {
    while (true) {
        std::vector<zmq::message_t> request;
        const auto got = zmq::recv_multipart(socket_, std::back_inserter(request), zmq::recv_flags::dontwait);
        if (!got) return;
        serveOne(request);
    }
}

void ZapHandler::serveOne(std::vector<zmq::message_t> &request) {
    // RFC 27: version, request id, domain, address, routing id, mechanism, credentials...
    if (request.size() < 6) {
        logLine("zap", "malformed ZAP request with " + std::to_string(request.size()) +
                           " frames; refusing");
        reply(request.size() > 1 ? request[1].to_string() : std::string(), "500",
              "malformed ZAP request", "");
        return;
    }
    const auto requestId = request[1].to_string();
    const auto domain = request[2].to_string();
    const auto address = request[3].to_string();
    const auto mechanism = request[5].to_string();
    if (request[0].to_string_view() != "1.0") {
        logLine("zap", "ZAP version " + request[0].to_string() + " from libzmq is not 1.0; refusing " + address);
        reply(requestId, "500", "unsupported ZAP version", "");
        return;
    }
    if (mechanism != "CURVE" || request.size() != 7 || request[6].size() != 32) {
        logLine("zap", "refused " + address + ": mechanism " + mechanism +
                           " (only CURVE with a 32-byte key is accepted)");
        reply(requestId, "400", "CURVE required", "");
        return;
    }
    if (domain != kZapDomain) {
        logLine("zap", "refused " + address + ": unexpected ZAP domain '" + domain + "'");
        reply(requestId, "400", "wrong domain", "");
        return;
    }
    std::array<char, 41> z85{};
    zmq_z85_encode(z85.data(), static_cast<const std::uint8_t *>(request[6].data()), 32);
    const std::string key(z85.data());
    try {
        if (auto device = service_.admitDevice(key)) {
            reply(requestId, "200", "OK", *device);
            return;
        }
    } catch (const std::exception &e) {
        // 300 = temporary failure: the client may retry once storage is back.
        logLine("zap", "cannot check key " + key + " from " + address + ": " + e.what());
        reply(requestId, "300", "hub storage unavailable", "");
        return;
    }
    logRefusal(key, address);
    reply(requestId, "400", "device not enrolled or revoked", "");
}

void ZapHandler::logRefusal(const std::string &key, const std::string &address) {
    const auto now = std::chrono::steady_clock::now();
    if (refusals_.size() > 10000) refusals_.clear(); // bound memory under a key-spraying client
    auto [it, first] = refusals_.try_emplace(key, RefusalLog{now, 0});
    if (!first && now - it->second.lastLogged < kRefusalLogInterval) {
        ++it->second.suppressed;
        return;
    }
    std::string line = "refused key " + key + " from " + address +
                       ": not an approved device (unknown, pending or revoked)";
    if (it->second.suppressed > 0)
        line += "; " + std::to_string(it->second.suppressed) + " more refusals of this key since the last line";
    it->second = RefusalLog{now, 0};
    logLine("zap", line);
}

void ZapHandler::reply(const std::string &requestId, const char *status, const std::string &text,
                       const std::string &userId) {
    const std::string version = "1.0";
    const std::string statusCode = status;
    std::array<zmq::const_buffer, 6> frames = {zmq::buffer(version), zmq::buffer(requestId),
                                               zmq::buffer(statusCode), zmq::buffer(text),
                                               zmq::buffer(userId), zmq::const_buffer()};
    try {
        zmq::send_multipart(socket_, frames);
    } catch (const zmq::error_t &e) {
        // The handshake then times out on the client side; say why here.
        logLine("zap", std::string("cannot send the ZAP reply: ") + e.what());
    }
}

} // namespace ecabinet::hub::net
