// Envelope codec: bytes <-> wire::Envelope with version and limit checks.
// A bad frame from the network is a value (DecodeFailure), never an assert.
#pragma once

#include "common/Result.h"
#include "protocol/Limits.h"
#include "protocol/Version.h"
#include "ecabinet.pb.h"

#include <cstdint>
#include <span>
#include <string>

namespace ecabinet::protocol {

struct DecodeFailure {
    wire::ErrorCode code = wire::ERROR_MALFORMED;
    std::string message;
    // request_id when it could be read (so an error reply can name the request).
    std::uint64_t requestId = 0;
};

// Decodes one frame. Checks, in order: size, protobuf parse, major version,
// string/list limits. The envelope is returned only if all pass.
Result<wire::Envelope, DecodeFailure> decode(std::span<const std::byte> frame,
                                             const Limits &limits = {});
Result<wire::Envelope, DecodeFailure> decode(const void *data, std::size_t size,
                                             const Limits &limits = {});

// Serialises; the version fields are set to ours.
std::string encode(wire::Envelope env);

// A fresh envelope stamped with our version.
wire::Envelope envelope(std::uint64_t requestId = 0);

// The bytes of Envelope{request_id, chunk{sha256, offset, total_size, data}} that come before
// `data`, for `dataLength` bytes of data right after them. prefix + data is what encode() makes
// of the same envelope (data is the last field), so the hub can read a document straight into
// the outgoing message behind this prefix instead of copying it through a protobuf string.
std::string chunkFramePrefix(std::uint64_t requestId, const std::string &sha256, std::uint64_t offset,
                             std::uint64_t totalSize, std::size_t dataLength);
wire::Envelope errorReply(std::uint64_t requestId, wire::ErrorCode code, std::string message);

// True for bodies a client may send on the command socket.
bool isCommandRequest(const wire::Envelope &env);

// Human name of the body case, for logs ("check_in", "snapshot", ...).
std::string bodyName(const wire::Envelope &env);
const char *errorCodeName(wire::ErrorCode code);

// Checks every string and repeated field of `msg` recursively against limits.
// Returns an empty string when fine, else a description of the first violation.
std::string checkLimits(const google::protobuf::Message &msg, const Limits &limits);

} // namespace ecabinet::protocol
