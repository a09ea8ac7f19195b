#include "support/RawClient.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"
#include "support/TestPdf.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>

namespace ecabinet::testing {

namespace msg {
wire::Envelope hello(const std::string &clientName) {
    auto env = protocol::envelope();
    env.mutable_hello()->set_client_name(clientName);
    env.mutable_hello()->set_kind(wire::CLIENT_KIND_TOOL);
    return env;
}
wire::Envelope snapshot() {
    auto env = protocol::envelope();
    env.mutable_snapshot_request();
    return env;
}
wire::Envelope checkIn(const std::string &personId, const std::string &pin) {
    auto env = protocol::envelope();
    env.mutable_check_in()->set_person_id(personId);
    env.mutable_check_in()->set_pin(pin);
    return env;
}
wire::Envelope checkOut() {
    auto env = protocol::envelope();
    env.mutable_check_out();
    return env;
}
wire::Envelope openMeeting() {
    auto env = protocol::envelope();
    env.mutable_open_meeting();
    return env;
}
wire::Envelope closeMeeting() {
    auto env = protocol::envelope();
    env.mutable_close_meeting();
    return env;
}
wire::Envelope gotoItem(int expectedCurrent, int index) {
    auto env = protocol::envelope();
    env.mutable_goto_agenda_item()->set_expected_current(expectedCurrent);
    env.mutable_goto_agenda_item()->set_index(index);
    return env;
}
wire::Envelope ping() {
    auto env = protocol::envelope();
    env.mutable_ping();
    return env;
}
} // namespace msg

namespace {

// What a client accepts from the hub: large snapshots and 256 KiB chunks.
protocol::Limits hubMessageLimits() {
    protocol::Limits l;
    l.socketMaxBytes = protocol::kClientMaxMessageBytes;
    l.maxRequestBytes = static_cast<std::size_t>(protocol::kClientMaxMessageBytes);
    l.maxStringBytes = 1 << 20;
    l.maxListLength = 1 << 20;
    return l;
}

void curveClient(zmq::socket_t &s, const std::string &hubKey, const KeyPair &keys) {
    s.set(zmq::sockopt::curve_serverkey, hubKey);
    s.set(zmq::sockopt::curve_publickey, keys.publicZ85);
    s.set(zmq::sockopt::curve_secretkey, keys.secretZ85);
    s.set(zmq::sockopt::maxmsgsize, protocol::kClientMaxMessageBytes);
    s.set(zmq::sockopt::linger, 0);
}

} // namespace

RawClient::RawClient(const HubProcess &hub, const EnrolledDevice &device) : RawClient(hub, device.keys) {}

RawClient::RawClient(const HubProcess &hub, const KeyPair &keys)
    : RawClient("127.0.0.1", hub.ports(), hub.hubPublicKey(), keys) {}

RawClient RawClient::fromDeviceJson(const std::filesystem::path &deviceJson) {
    const auto j = nlohmann::json::parse(readFileBytes(deviceJson));
    return RawClient(j.at("hub_host").get<std::string>(),
                     HubPorts{j.at("command_port").get<int>(), j.at("event_port").get<int>(),
                              j.at("blob_port").get<int>()},
                     j.at("hub_public_key").get<std::string>(),
                     KeyPair{j.at("public_key").get<std::string>(), j.at("secret_key").get<std::string>()});
}

RawClient::RawClient(const std::string &host, const HubPorts &ports, const std::string &hubPublicKey,
                     const KeyPair &keys)
    : ctx_(std::make_unique<zmq::context_t>(1)) {
    // Request ids must stay unique per device across clients and hub
    // restarts (the hub stores replies by them): start from the clock.
    nextRequestId_ = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    auto endpoint = [&](int port) { return "tcp://" + host + ":" + std::to_string(port); };

    command_ = std::make_unique<zmq::socket_t>(*ctx_, zmq::socket_type::dealer);
    curveClient(*command_, hubPublicKey, keys);
    const std::string monitorEndpoint = "inproc://handshake-monitor";
    if (zmq_socket_monitor(command_->handle(), monitorEndpoint.c_str(),
                           ZMQ_EVENT_HANDSHAKE_SUCCEEDED | ZMQ_EVENT_HANDSHAKE_FAILED_AUTH |
                               ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL | ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL) != 0)
        throw zmq::error_t();
    monitor_ = std::make_unique<zmq::socket_t>(*ctx_, zmq::socket_type::pair);
    monitor_->set(zmq::sockopt::linger, 0);
    monitor_->connect(monitorEndpoint);
    command_->connect(endpoint(ports.command));

    events_ = std::make_unique<zmq::socket_t>(*ctx_, zmq::socket_type::sub);
    curveClient(*events_, hubPublicKey, keys);
    events_->set(zmq::sockopt::subscribe, "");
    events_->connect(endpoint(ports.event));

    blobs_ = std::make_unique<zmq::socket_t>(*ctx_, zmq::socket_type::dealer);
    curveClient(*blobs_, hubPublicKey, keys);
    blobs_->connect(endpoint(ports.blob));
}

std::uint64_t RawClient::send(wire::Envelope env) {
    if (env.request_id() == 0) env.set_request_id(nextRequestId_++);
    const auto id = env.request_id();
    sendRaw(protocol::encode(std::move(env)));
    return id;
}

void RawClient::sendRaw(const std::string &bytes) { command_->send(zmq::buffer(bytes), zmq::send_flags::none); }

std::optional<std::string> RawClient::receiveRaw(zmq::socket_t &s, std::chrono::milliseconds timeout) {
    zmq::pollitem_t item{s.handle(), 0, ZMQ_POLLIN, 0};
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        zmq::message_t m;
        if (s.recv(m, zmq::recv_flags::dontwait)) return m.to_string();
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        zmq::poll(&item, 1, left);
    }
}

std::optional<wire::Envelope> RawClient::decodeFromHub(const std::string &bytes, const char *socketName) {
    auto decoded = protocol::decode(bytes.data(), bytes.size(), hubMessageLimits());
    if (!decoded) {
        ADD_FAILURE() << "the hub sent an undecodable message on the " << socketName
                      << " socket: " << decoded.error().message;
        return std::nullopt;
    }
    return std::move(decoded.value());
}

std::optional<std::string> RawClient::replyBytes(std::uint64_t requestId, std::chrono::milliseconds timeout) {
    auto idOf = [](const std::string &bytes) {
        wire::Envelope e;
        return e.ParseFromString(bytes) ? e.request_id() : 0;
    };
    for (auto it = pendingReplies_.begin(); it != pendingReplies_.end(); ++it)
        if (idOf(*it) == requestId) {
            auto bytes = std::move(*it);
            pendingReplies_.erase(it);
            return bytes;
        }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        auto bytes = receiveRaw(*command_, std::max(left, std::chrono::milliseconds(0)));
        if (!bytes) return std::nullopt;
        if (idOf(*bytes) == requestId) return bytes;
        pendingReplies_.push_back(std::move(*bytes));
    }
}

std::optional<wire::Envelope> RawClient::reply(std::uint64_t requestId, std::chrono::milliseconds timeout) {
    auto bytes = replyBytes(requestId, timeout);
    if (!bytes) return std::nullopt;
    return decodeFromHub(*bytes, "command");
}

std::optional<wire::Envelope> RawClient::nextReply(std::chrono::milliseconds timeout) {
    if (!pendingReplies_.empty()) {
        auto bytes = std::move(pendingReplies_.front());
        pendingReplies_.pop_front();
        return decodeFromHub(bytes, "command");
    }
    auto bytes = receiveRaw(*command_, timeout);
    if (!bytes) return std::nullopt;
    return decodeFromHub(*bytes, "command");
}

std::optional<wire::Envelope> RawClient::request(wire::Envelope env, std::chrono::milliseconds timeout) {
    return reply(send(std::move(env)), timeout);
}

std::optional<wire::Envelope> RawClient::nextEvent(std::chrono::milliseconds timeout) {
    auto bytes = receiveRaw(*events_, timeout);
    if (!bytes) return std::nullopt;
    return decodeFromHub(*bytes, "event");
}

std::optional<wire::Envelope> RawClient::waitForEvent(const std::function<bool(const wire::Envelope &)> &pred,
                                                      std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        auto ev = nextEvent(left);
        if (!ev) return std::nullopt;
        if (pred(*ev)) return ev;
    }
}

bool RawClient::waitUntilSubscribed(std::chrono::milliseconds timeout) {
    return waitForEvent([](const wire::Envelope &e) { return e.has_heartbeat(); }, timeout).has_value();
}

std::uint64_t RawClient::sendChunkRequest(const std::string &sha256, std::uint64_t offset, std::uint32_t length) {
    auto env = protocol::envelope(nextRequestId_++);
    auto *req = env.mutable_chunk_request();
    req->set_sha256(sha256);
    req->set_offset(offset);
    req->set_length(length);
    const auto bytes = protocol::encode(env);
    blobs_->send(zmq::buffer(bytes), zmq::send_flags::none);
    return env.request_id();
}

std::optional<wire::Envelope> RawClient::nextBlobReply(std::chrono::milliseconds timeout) {
    auto bytes = receiveRaw(*blobs_, timeout);
    if (!bytes) return std::nullopt;
    return decodeFromHub(*bytes, "blob");
}

std::optional<wire::Envelope> RawClient::chunk(const std::string &sha256, std::uint64_t offset, std::uint32_t length,
                                               std::chrono::milliseconds timeout) {
    const auto id = sendChunkRequest(sha256, offset, length);
    auto r = nextBlobReply(timeout);
    if (r && r->request_id() != id) {
        ADD_FAILURE() << "blob reply for request " << r->request_id() << ", expected " << id;
        return std::nullopt;
    }
    return r;
}

std::optional<std::string> RawClient::download(const std::string &sha256, std::uint64_t size,
                                               std::uint32_t chunkLength, std::uint32_t window,
                                               std::chrono::milliseconds timeout) {
    std::string out(size, '\0');
    std::map<std::uint64_t, std::uint64_t> inFlight; // request id -> offset
    std::uint64_t nextOffset = 0, received = 0;
    while (received < size) {
        while (inFlight.size() < window && nextOffset < size) {
            inFlight[sendChunkRequest(sha256, nextOffset, chunkLength)] = nextOffset;
            nextOffset += chunkLength;
        }
        auto r = nextBlobReply(timeout);
        if (!r) {
            ADD_FAILURE() << "download of " << sha256 << " stalled at " << received << "/" << size << " bytes";
            return std::nullopt;
        }
        const auto it = inFlight.find(r->request_id());
        if (r->has_error() || !r->has_chunk() || it == inFlight.end()) {
            ADD_FAILURE() << "download of " << sha256 << ": unexpected reply " << r->ShortDebugString();
            return std::nullopt;
        }
        const auto &c = r->chunk();
        if (c.offset() != it->second || c.total_size() != size || c.offset() + c.data().size() > size ||
            c.data().empty()) {
            ADD_FAILURE() << "download of " << sha256 << ": bad chunk at " << c.offset() << " of "
                          << c.data().size() << " bytes (total " << c.total_size() << ")";
            return std::nullopt;
        }
        out.replace(c.offset(), c.data().size(), c.data());
        received += c.data().size();
        inFlight.erase(it);
    }
    return out;
}

Handshake RawClient::waitForHandshake(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        auto first = receiveRaw(*monitor_, std::max(left, std::chrono::milliseconds(0)));
        if (!first) return Handshake::TimedOut;
        zmq::message_t endpoint;
        (void)monitor_->recv(endpoint); // second frame of every monitor event
        if (first->size() < 6) continue;
        std::uint16_t event = 0;
        std::memcpy(&event, first->data(), sizeof event);
        switch (event) {
        case ZMQ_EVENT_HANDSHAKE_SUCCEEDED: return Handshake::Succeeded;
        case ZMQ_EVENT_HANDSHAKE_FAILED_AUTH: return Handshake::RefusedAuth;
        default: return Handshake::Failed;
        }
    }
}

} // namespace ecabinet::testing
