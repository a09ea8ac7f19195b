#include "net/BlobServer.h"

#include "net/CommandRouter.h" // userIdOf
#include "net/Log.h"
#include "protocol/Codec.h"
#include "service/MeetingService.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ecabinet::hub::net {

namespace {

// Owns one file descriptor (closed on every path out of readChunk).
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() { if (fd_ >= 0) ::close(fd_); }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return fd_; }
private:
    int fd_;
};

zmq::message_t frameOf(const wire::Envelope &env) {
    const auto bytes = protocol::encode(env);
    return zmq::message_t(bytes.data(), bytes.size());
}

zmq::message_t refuse(const std::string &deviceId, std::uint64_t requestId, wire::ErrorCode code,
                      const std::string &why) {
    logLine("blob", "device " + deviceId + ": request " + std::to_string(requestId) + " refused: " +
                        protocol::errorCodeName(code) + ": " + why);
    return frameOf(protocol::errorReply(requestId, code, why));
}

} // namespace

BlobServer::BlobServer(zmq::socket_t &router, MeetingService &service)
    : router_(router), service_(service) {
    // Upload pieces (BlobUpload) carry up to one chunk of data: larger than a command.
    limits_.maxRequestBytes = protocol::kChunkSize + 4096;
}

std::size_t BlobServer::drain() {
    std::size_t taken = 0;
    while (taken < kMaxPerDrain) {
        std::vector<zmq::message_t> frames;
        if (!zmq::recv_multipart(router_, std::back_inserter(frames), zmq::recv_flags::dontwait)) break;
        ++taken;
        if (frames.size() != 2) {
            logLine("blob", "dropped a message of " + std::to_string(frames.size()) +
                                " frames; a DEALER sends exactly one");
            continue;
        }
        const auto deviceId = userIdOf(frames[1]);
        if (deviceId.empty()) {
            logLine("blob", "dropped a message without a ZAP User-Id (no identity, no reply)");
            continue;
        }
        zmq::message_t reply;
        std::uint64_t requestId = 0;
        try {
            reply = answer(deviceId, frames[1], requestId);
        } catch (const std::exception &e) {
            reply = refuse(deviceId, requestId, wire::ERROR_INTERNAL, std::string("hub failure: ") + e.what());
        }
        try {
            if (!router_.send(frames[0], zmq::send_flags::sndmore | zmq::send_flags::dontwait) ||
                !router_.send(reply, zmq::send_flags::dontwait))
                logLine("blob", "chunk for device " + deviceId + " (request " + std::to_string(requestId) +
                                    ") dropped: send queue full, the client exceeds its credit window");
        } catch (const zmq::error_t &e) {
            logLine("blob", "chunk for device " + deviceId + " not delivered: " + e.what());
        }
    }
    return taken;
}

zmq::message_t BlobServer::answer(const std::string &deviceId, zmq::message_t &body, std::uint64_t &requestId) {
    auto decoded = protocol::decode(body.data(), body.size(), limits_);
    if (!decoded) {
        const auto &f = decoded.error();
        requestId = f.requestId;
        return refuse(deviceId, f.requestId, f.code, f.message);
    }
    const auto &env = decoded.value();
    requestId = env.request_id();
    if (env.body_case() != wire::Envelope::kChunkRequest && env.body_case() != wire::Envelope::kBlobUpload)
        return refuse(deviceId, env.request_id(), wire::ERROR_NOT_A_REQUEST,
                      "the blob socket only takes chunk_request and blob_upload, not '" + protocol::bodyName(env) + "'");
    if (env.has_blob_upload()) {
        if (!service_.deviceActive(deviceId))
            return refuse(deviceId, env.request_id(), wire::ERROR_DEVICE_REVOKED,
                          "this device was revoked by the administrator");
        auto reply = service_.upload(deviceId, env.blob_upload(), env.request_id());
        if (reply.has_error())
            logLine("blob", "device " + deviceId + ": upload piece refused: " +
                                protocol::errorCodeName(reply.error().code()) + ": " + reply.error().message());
        return frameOf(reply);
    }
    // A revoked device is answered by mayReadBlob (BlobAccess::Revoked), in readChunk.
    return readChunk(deviceId, env.chunk_request(), env.request_id());
}

zmq::message_t BlobServer::readChunk(const std::string &deviceId, const wire::ChunkRequest &req,
                                     std::uint64_t requestId) {
    const auto &sha = req.sha256();
    if (req.length() == 0 || req.length() > protocol::kChunkSize)
        return refuse(deviceId, requestId, wire::ERROR_LIMIT_EXCEEDED,
                      "length " + std::to_string(req.length()) + " must be 1.." +
                          std::to_string(protocol::kChunkSize));
    switch (service_.mayReadBlob(deviceId, sha)) {
    case BlobAccess::Granted: break;
    case BlobAccess::Revoked:
        return refuse(deviceId, requestId, wire::ERROR_DEVICE_REVOKED, "this device was revoked by the administrator");
    case BlobAccess::NotCheckedIn:
        return refuse(deviceId, requestId, wire::ERROR_NOT_CHECKED_IN,
                      "check in before downloading documents");
    case BlobAccess::Denied:
        return refuse(deviceId, requestId, wire::ERROR_PERMISSION_DENIED,
                      "the person checked in here may not read document " + sha);
    case BlobAccess::NotFound:
        return refuse(deviceId, requestId, wire::ERROR_NOT_FOUND, "no document with sha256 " + sha);
    }
    const auto info = service_.blob(sha);
    if (!info) return refuse(deviceId, requestId, wire::ERROR_NOT_FOUND, "blob " + sha + " is not stored");
    // offset == size is a valid "end of file" answer (empty data) so that a
    // pipelining client can stop; beyond it the client is confused.
    if (req.offset() > info->size)
        return refuse(deviceId, requestId, wire::ERROR_LIMIT_EXCEEDED,
                      "offset " + std::to_string(req.offset()) + " is past the end (" +
                          std::to_string(info->size) + " bytes)");
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(req.length(), info->size - req.offset()));
    const std::string prefix = protocol::chunkFramePrefix(requestId, sha, req.offset(), info->size, want);
    zmq::message_t frame(prefix.size() + want);
    std::memcpy(frame.data(), prefix.data(), prefix.size());
    char *data = static_cast<char *>(frame.data()) + prefix.size();
    FileDescriptor fd(::open(info->path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return refuse(deviceId, requestId, wire::ERROR_INTERNAL,
                      "cannot open " + info->path.string() + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < want) {
        const auto n = ::pread(fd.get(), data + done, want - done,
                               static_cast<off_t>(req.offset() + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            return refuse(deviceId, requestId, wire::ERROR_INTERNAL,
                          "cannot read " + info->path.string() + ": " +
                              (n == 0 ? std::string("file shorter than recorded") : std::strerror(errno)));
        done += static_cast<std::size_t>(n);
    }
    return frame;
}

} // namespace ecabinet::hub::net
