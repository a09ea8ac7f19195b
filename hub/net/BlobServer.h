// The blob ROUTER: documents in chunks, pulled by the client (zguide
// "fileio3"). Every ChunkRequest is checked on its own (the person checked in
// at the device may read that document; MeetingService::mayReadBlob), then the
// range is read with pread straight into the outgoing message, behind the
// Chunk's encoded header (protocol::chunkFramePrefix): one copy of the bytes
// on the hub's thread instead of three (string, protobuf, ZeroMQ message).
//
// Flow control is the client's job: it keeps at most Welcome.max_chunks_in_flight
// (protocol::kMaxChunksInFlight) requests outstanding. The server answers
// requests strictly in arrival order and never reads ahead. A client that
// ignores the window fills its per-peer send queue (SNDHWM, see HubServer);
// further chunks are then dropped with a log line and the client must
// re-request them (chunks are idempotent reads, so resuming is free).
#pragma once

#include "ecabinet.pb.h"
#include "protocol/Limits.h"

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include <cstddef>
#include <string>

namespace ecabinet::hub {
class MeetingService;
}

namespace ecabinet::hub::net {

class BlobServer {
public:
    // Bounded like the command batch, so one greedy client cannot starve
    // the other sockets of the loop.
    static constexpr std::size_t kMaxPerDrain = 256;

    BlobServer(zmq::socket_t &router, MeetingService &service);
    std::size_t drain();

private:
    // The encoded reply (Chunk or Error) to one frame from `deviceId`; `requestId` is set to
    // the request's id once it is known (for the log).
    zmq::message_t answer(const std::string &deviceId, zmq::message_t &body, std::uint64_t &requestId);
    zmq::message_t readChunk(const std::string &deviceId, const wire::ChunkRequest &req,
                             std::uint64_t requestId);

    zmq::socket_t &router_;
    MeetingService &service_;
    protocol::Limits limits_;
};

} // namespace ecabinet::hub::net
