#include "registry/RegistryServer.h"

#include "registry/RegistryService.h"

#include "net/Log.h"
#include "protocol/Codec.h"
#include "protocol/Limits.h"
#include "protocol/Version.h"

#include <zmq_addon.hpp>

#include <array>
#include <chrono>

namespace ecabinet::hub::registry {

namespace {

// Attachments come in 256 KiB chunks; everything else is small.
constexpr std::size_t kMaxRequestBytes = 1 << 20;

wire::RegistryEnvelope errorReply(std::uint64_t rid, wire::ErrorCode code, const std::string &text) {
    wire::RegistryEnvelope e;
    e.set_major(protocol::kMajor);
    e.set_minor(protocol::kMinor);
    e.set_request_id(rid);
    e.mutable_error()->set_code(code);
    e.mutable_error()->set_message(text);
    return e;
}

std::string userIdOf(zmq::message_t &m) {
    const char *id = zmq_msg_gets(m.handle(), "User-Id");
    return id ? std::string(id) : std::string();
}

std::int64_t steadyMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

RegistryServer::RegistryServer(const std::string &bind, int port, const net::HubKeys &keys, RegistryService &service)
    : service_(service), zap_(ctx_, zmq::socket_type::rep), router_(ctx_, zmq::socket_type::router) {
    zap_.set(zmq::sockopt::linger, 0);
    zap_.bind("inproc://zeromq.zap.01"); // before the CURVE server binds (BUILD-NOTES)
    router_.set(zmq::sockopt::zap_domain, kRegistryZapDomain);
    router_.set(zmq::sockopt::curve_server, 1);
    router_.set(zmq::sockopt::curve_secretkey, keys.secretZ85);
    router_.set(zmq::sockopt::curve_publickey, keys.publicZ85);
    router_.set(zmq::sockopt::maxmsgsize, static_cast<std::int64_t>(kMaxRequestBytes + 4096));
    router_.set(zmq::sockopt::handshake_ivl, 10000);
    router_.set(zmq::sockopt::router_mandatory, 1);
    router_.set(zmq::sockopt::linger, 500);
    const std::string endpoint = bind + ":" + (port == 0 ? std::string("*") : std::to_string(port));
    try {
        router_.bind(endpoint);
    } catch (const zmq::error_t &e) {
        net::logLine("registry", "cannot bind the registry socket to " + endpoint + ": " + e.what());
        throw;
    }
    const std::string last = router_.get(zmq::sockopt::last_endpoint);
    port_ = std::stoi(last.substr(last.rfind(':') + 1));
}

RegistryServer::~RegistryServer() = default;

void RegistryServer::serveZap() {
    while (true) {
        std::vector<zmq::message_t> req;
        if (!zmq::recv_multipart(zap_, std::back_inserter(req), zmq::recv_flags::dontwait)) return;
        const std::string version = "1.0";
        const std::string rid = req.size() > 1 ? req[1].to_string() : std::string();
        std::string status = "400", text = "CURVE required", user;
        if (req.size() == 7 && req[0].to_string_view() == "1.0" && req[5].to_string_view() == "CURVE" &&
            req[6].size() == 32 && req[2].to_string_view() == kRegistryZapDomain) {
            std::array<char, 41> z85{};
            zmq_z85_encode(z85.data(), static_cast<const std::uint8_t *>(req[6].data()), 32);
            try {
                user = service_.admitKey(std::string(z85.data()));
                status = "200";
                text = "OK";
            } catch (const std::exception &e) {
                net::logLine("registry", std::string("cannot check a key: ") + e.what());
                status = "300";
                text = "registry storage unavailable";
            }
        }
        std::array<zmq::const_buffer, 6> frames = {zmq::buffer(version), zmq::buffer(rid), zmq::buffer(status),
                                                   zmq::buffer(text), zmq::buffer(user), zmq::const_buffer()};
        zmq::send_multipart(zap_, frames);
    }
}

void RegistryServer::serveRequests() {
    for (int n = 0; n < 256; ++n) {
        std::vector<zmq::message_t> frames;
        if (!zmq::recv_multipart(router_, std::back_inserter(frames), zmq::recv_flags::dontwait)) return;
        if (frames.size() < 2) continue;
        const std::string client = userIdOf(frames[1]);
        wire::RegistryEnvelope reply;
        if (client.empty()) continue; // not through our ZAP handler: never answered
        if (frames.size() != 2) {
            reply = errorReply(0, wire::ERROR_MALFORMED, "expected exactly one frame holding a RegistryEnvelope");
        } else if (frames[1].size() > kMaxRequestBytes) {
            reply = errorReply(0, wire::ERROR_TOO_LARGE, "request above 1 MiB");
        } else {
            wire::RegistryEnvelope request;
            if (!request.ParseFromArray(frames[1].data(), static_cast<int>(frames[1].size()))) {
                reply = errorReply(0, wire::ERROR_MALFORMED, "not a decodable RegistryEnvelope");
            } else {
                protocol::Limits limits;
                limits.maxStringBytes = 65536; // directive texts, reports, comments
                if (const auto bad = protocol::checkLimits(request.has_put_attachment() ? wire::RegistryEnvelope() : request, limits);
                    !bad.empty())
                    reply = errorReply(request.request_id(), wire::ERROR_LIMIT_EXCEEDED, bad);
                else
                    reply = service_.handle(client, request);
            }
        }
        const std::string bytes = reply.SerializeAsString();
        try {
            router_.send(frames[0], zmq::send_flags::sndmore);
            router_.send(zmq::buffer(bytes), zmq::send_flags::none);
        } catch (const zmq::error_t &e) {
            net::logLine("registry", "cannot reply to " + client + ": " + e.what());
        }
    }
}

void RegistryServer::run(int shutdownFd, std::int64_t reminderEveryMs) {
    std::int64_t nextReminders = reminderEveryMs > 0 ? steadyMs() : -1;
    while (true) {
        std::array<zmq::pollitem_t, 3> items = {{{zap_.handle(), 0, ZMQ_POLLIN, 0},
                                                 {router_.handle(), 0, ZMQ_POLLIN, 0},
                                                 {nullptr, shutdownFd, ZMQ_POLLIN, 0}}};
        zmq::poll(items.data(), items.size(), std::chrono::milliseconds(1000));
        if (items[2].revents & ZMQ_POLLIN) return;
        if (items[0].revents & ZMQ_POLLIN) serveZap();
        if (items[1].revents & ZMQ_POLLIN) serveRequests();
        if (nextReminders >= 0 && steadyMs() >= nextReminders) {
            try {
                if (const auto n = service_.generateReminders(); n > 0)
                    net::logLine("registry", std::to_string(n) + " new reminders");
            } catch (const std::exception &e) {
                net::logLine("registry", std::string("reminders failed (will retry): ") + e.what());
            }
            nextReminders = steadyMs() + reminderEveryMs;
        }
    }
}

} // namespace ecabinet::hub::registry
