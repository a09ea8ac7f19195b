// Uploads of document bytes from the console (BlobUpload on the blob socket, docs/PROTOCOL.md
// §5.8): pieces appended in order to DATA/incoming/<device>-<sha256>.part; when the last byte is
// in, the SHA-256 is verified and the blob goes to the content-addressed store. A blob already
// stored is never sent again (the first answer says complete). The right to upload (chair or
// secretary checked in) is checked by the caller for every piece.
#pragma once

#include "ecabinet.pb.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace ecabinet::hub {

class BlobStore;

inline constexpr std::uint64_t kMaxUploadBytes = 256ULL << 20;

class UploadArea {
public:
    UploadArea(std::filesystem::path incomingDir, BlobStore &blobs);

    // The reply to one piece: BlobUploadStatus, or an Error (ERROR_UPLOAD_REFUSED,
    // ERROR_LIMIT_EXCEEDED, ERROR_INTERNAL). Never throws.
    wire::Envelope accept(const std::string &deviceId, const wire::BlobUpload &piece, std::uint64_t requestId);

private:
    std::filesystem::path partFor(const std::string &deviceId, const std::string &sha) const;
    std::filesystem::path dir_;
    BlobStore &blobs_;
};

} // namespace ecabinet::hub
