#include "net/CommandRouter.h"

#include "net/EventPublisher.h"
#include "net/Log.h"
#include "protocol/Codec.h"
#include "service/MeetingService.h"

namespace ecabinet::hub::net {

std::string userIdOf(zmq::message_t &msg) {
    const char *id = zmq_msg_gets(msg.handle(), "User-Id");
    return id ? std::string(id) : std::string();
}

CommandRouter::CommandRouter(zmq::socket_t &router, EventPublisher &events, MeetingService &service)
    : router_(router), events_(events), service_(service) {}

std::size_t CommandRouter::drain() {
    std::vector<Pending> batch;
    std::size_t taken = 0;
    while (taken < kMaxBatch) {
        auto p = receive();
        if (!p) break;
        ++taken;
        if (!p->deviceId.empty()) batch.push_back(std::move(*p));
    }
    if (!batch.empty()) runBatch(batch);
    return taken;
}

std::optional<CommandRouter::Pending> CommandRouter::receive() {
    std::vector<zmq::message_t> frames;
    const auto got = zmq::recv_multipart(router_, std::back_inserter(frames), zmq::recv_flags::dontwait);
    if (!got) return std::nullopt;
    Pending p;
    p.routingId = std::move(frames.front());
    if (frames.size() != 2) {
        // A DEALER sends exactly one frame; a REQ socket or a hand-made
        // multipart would add more. Answer so the sender learns why.
        p.deviceId = frames.size() > 1 ? userIdOf(frames[1]) : std::string();
        logLine("command", "device '" + p.deviceId + "' sent " + std::to_string(frames.size() - 1) +
                               " frames; exactly one Envelope frame is expected");
        p.reply = protocol::errorReply(0, wire::ERROR_MALFORMED,
                                       "expected exactly one frame holding an Envelope");
        if (p.deviceId.empty()) p.deviceId = "?";
        return p;
    }
    classify(p, frames[1]);
    return p;
}

void CommandRouter::classify(Pending &p, zmq::message_t &body) {
    p.deviceId = userIdOf(body);
    if (p.deviceId.empty()) {
        // Cannot happen while ZAP sets User-Id; if it does, never guess an identity.
        logLine("command", "dropped a message without a ZAP User-Id (no identity, no reply)");
        return;
    }
    auto decoded = protocol::decode(body.data(), body.size(), limits_);
    if (!decoded) {
        const auto &f = decoded.error();
        logLine("command", "device " + p.deviceId + ": refused frame of " + std::to_string(body.size()) +
                               " bytes (request " + std::to_string(f.requestId) + "): " +
                               protocol::errorCodeName(f.code) + ": " + f.message);
        p.reply = protocol::errorReply(f.requestId, f.code, f.message);
        return;
    }
    auto &env = decoded.value();
    if (!protocol::isCommandRequest(env)) {
        logLine("command", "device " + p.deviceId + ": '" + protocol::bodyName(env) +
                               "' is not a request for the command socket");
        p.reply = protocol::errorReply(env.request_id(), wire::ERROR_NOT_A_REQUEST,
                                       "'" + protocol::bodyName(env) +
                                           "' is not a request on the command socket");
        return;
    }
    p.request = std::move(env);
}

void CommandRouter::runBatch(std::vector<Pending> &batch) {
    bool anyService = false;
    for (const auto &p : batch) anyService = anyService || p.request.has_value();
    bool committed = true;
    if (anyService) {
        try {
            service_.beginBatch();
            for (auto &p : batch) {
                if (!p.request) continue;
                // handle() checks the device on every request, not only at the
                // handshake: a device revoked while connected stops at its next command.
                auto outcome = service_.handle(p.deviceId, *p.request);
                p.reply = std::move(outcome.reply);
                p.events = std::move(outcome.events);
                if (p.reply.has_error() && p.reply.error().code() == wire::ERROR_DEVICE_REVOKED) {
                    logLine("command", "device " + p.deviceId + " is revoked; refused " +
                                           protocol::bodyName(*p.request));
                    p.request.reset(); // answered whatever the commit does
                }
            }
            committed = service_.commitBatch();
            if (!committed) logLine("command", "group commit failed; the whole batch was rolled back");
        } catch (const std::exception &e) {
            logLine("command", std::string("batch aborted: ") + e.what());
            committed = false;
        }
    }
    for (auto &p : batch) {
        if (!committed && p.request) {
            p.reply = protocol::errorReply(p.request->request_id(), wire::ERROR_INTERNAL,
                                           "the hub could not store the request; nothing was changed, retry");
            p.events.clear();
        }
        sendReply(p);
    }
    if (!committed) return;
    for (const auto &p : batch)
        for (const auto &ev : p.events) events_.publish(ev);
}

void CommandRouter::sendReply(Pending &p) {
    const auto bytes = protocol::encode(p.reply);
    try {
        // ROUTER_MANDATORY is on: an unknown peer throws EHOSTUNREACH and a
        // full per-peer queue returns EAGAIN here instead of a silent drop.
        if (!router_.send(p.routingId, zmq::send_flags::sndmore | zmq::send_flags::dontwait) ||
            !router_.send(zmq::buffer(bytes), zmq::send_flags::dontwait)) {
            logLine("command", "reply to device " + p.deviceId + " (request " +
                                   std::to_string(p.reply.request_id()) +
                                   ") dropped: its send queue is full (client not reading)");
        }
    } catch (const zmq::error_t &e) {
        logLine("command", "reply to device " + p.deviceId + " (request " +
                               std::to_string(p.reply.request_id()) + ") not delivered: " + e.what() +
                               " (disconnected; a retry gets the stored reply)");
    }
}

} // namespace ecabinet::hub::net
