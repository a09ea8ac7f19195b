// Stored replies: a retried (device, request_id) gets the same bytes back and changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ecabinet::hub {

class Store;

struct StoredReply {
    std::string requestHash; // SHA-256 of the request as first received
    std::string reply;       // the encoded reply Envelope, byte for byte
};

class ReplyLog {
public:
    explicit ReplyLog(Store &store) : s_(store) {}
    std::optional<StoredReply> find(const std::string &device, std::uint64_t requestId);
    void put(const std::string &device, std::uint64_t requestId, const StoredReply &reply, std::int64_t nowMs);

private:
    Store &s_;
};

} // namespace ecabinet::hub
