// The console's side of BlobUpload (docs/PROTOCOL.md §5.8): sends a PDF to the hub in pieces
// of Welcome.chunk_size, one in flight, each at the offset the hub says it holds, so that a
// dropped connection resumes where the hub is and a blob the hub already has is not sent at
// all. The hub verifies the SHA-256 before it stores the blob. Runs on the agent thread.
#pragma once

#include "ecabinet.pb.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>

namespace ecabinet::client {

class BlobUploader {
public:
    using Clock = std::chrono::steady_clock;
    struct Callbacks {
        std::function<void(const std::string &frame)> send;
        std::function<void(const QString &sha, std::uint64_t sent, std::uint64_t total)> progress;
        std::function<void(const QString &sha, bool ok, int errorCode, const QString &message)> finished;
    };

    explicit BlobUploader(Callbacks callbacks);
    void setChunkSize(std::uint32_t size) { if (size > 0) chunkSize_ = size; }
    void add(const QString &sha, QByteArray bytes);
    bool owns(std::uint64_t requestId) const { return !jobs_.empty() && jobs_.front().inFlight == requestId; }
    void onReply(const wire::Envelope &env);
    void onConnectionReset();          // the piece in flight may be lost: ask where the hub is
    void onTick(Clock::time_point now);
    std::optional<Clock::time_point> nextDeadline() const;
    std::uint64_t bytesSent() const { return bytesSent_; }

private:
    struct Job {
        QString sha;
        QByteArray bytes;
        std::uint64_t inFlight = 0;
        Clock::time_point sentAt{};
    };
    void sendPiece(std::uint64_t offset, bool withData);
    void finishFront(bool ok, int errorCode, const QString &message);

    Callbacks cb_;
    std::deque<Job> jobs_;
    std::uint32_t chunkSize_ = 256 * 1024;
    std::uint64_t bytesSent_ = 0;
};

} // namespace ecabinet::client
