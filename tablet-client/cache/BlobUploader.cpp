#include "cache/BlobUploader.h"

#include "ErrorText.h"
#include "agent/RequestIds.h"
#include "protocol/Codec.h"

#include <QCoreApplication>

namespace ecabinet::client {

namespace {
// No answer for this long: the piece or its answer was lost; ask where the hub stands.
constexpr auto kStallTimeout = std::chrono::seconds(10);
} // namespace

BlobUploader::BlobUploader(Callbacks callbacks) : cb_(std::move(callbacks)) {}

void BlobUploader::add(const QString &sha, QByteArray bytes) {
    jobs_.push_back(Job{sha, std::move(bytes), 0, {}});
    if (jobs_.size() == 1) sendPiece(0, false); // where does the hub stand (resume, or held)?
}

void BlobUploader::sendPiece(std::uint64_t offset, bool withData) {
    auto &job = jobs_.front();
    const std::uint64_t total = static_cast<std::uint64_t>(job.bytes.size());
    auto env = protocol::envelope(nextRequestId());
    auto *piece = env.mutable_blob_upload();
    piece->set_sha256(job.sha.toStdString());
    piece->set_total_size(total);
    piece->set_offset(offset);
    if (withData && offset < total) {
        const auto len = std::min<std::uint64_t>(chunkSize_, total - offset);
        piece->set_data(job.bytes.constData() + offset, static_cast<std::size_t>(len));
        bytesSent_ += len;
    }
    job.inFlight = env.request_id();
    job.sentAt = Clock::now();
    cb_.send(protocol::encode(std::move(env)));
}

void BlobUploader::onReply(const wire::Envelope &env) {
    if (jobs_.empty() || env.request_id() != jobs_.front().inFlight) return;
    auto &job = jobs_.front();
    job.inFlight = 0;
    if (env.has_error()) {
        finishFront(false, env.error().code(), errorText(env.error()));
        return;
    }
    if (!env.has_blob_upload_status() || QString::fromStdString(env.blob_upload_status().sha256()) != job.sha) {
        finishFront(false, wire::ERROR_UNSPECIFIED, QCoreApplication::translate("BlobUploader", "The hub answered an upload with an unexpected message."));
        return;
    }
    const auto &st = env.blob_upload_status();
    const auto total = static_cast<std::uint64_t>(job.bytes.size());
    cb_.progress(job.sha, std::min(st.received(), total), total);
    if (st.complete()) {
        finishFront(true, 0, {});
        return;
    }
    sendPiece(st.received(), true);
}

void BlobUploader::finishFront(bool ok, int errorCode, const QString &message) {
    const QString sha = jobs_.front().sha;
    jobs_.pop_front();
    cb_.finished(sha, ok, errorCode, message);
    if (!jobs_.empty()) sendPiece(0, false);
}

void BlobUploader::onConnectionReset() {
    if (!jobs_.empty()) sendPiece(0, false);
}

void BlobUploader::onTick(Clock::time_point now) {
    if (!jobs_.empty() && jobs_.front().inFlight != 0 && now - jobs_.front().sentAt > kStallTimeout) sendPiece(0, false);
}

std::optional<BlobUploader::Clock::time_point> BlobUploader::nextDeadline() const {
    if (jobs_.empty() || jobs_.front().inFlight == 0) return std::nullopt;
    return jobs_.front().sentAt + kStallTimeout;
}

} // namespace ecabinet::client
