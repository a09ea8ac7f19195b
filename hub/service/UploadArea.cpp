#include "service/UploadArea.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"
#include "store/BlobStore.h"

#include <fstream>
#include <iterator>

namespace ecabinet::hub {

namespace fs = std::filesystem;

UploadArea::UploadArea(fs::path incomingDir, BlobStore &blobs) : dir_(std::move(incomingDir)), blobs_(blobs) {}

fs::path UploadArea::partFor(const std::string &deviceId, const std::string &sha) const {
    return dir_ / (deviceId + "-" + sha + ".part"); // device ids are [A-Za-z0-9._-] (ecabinetctl)
}

wire::Envelope UploadArea::accept(const std::string &deviceId, const wire::BlobUpload &piece, std::uint64_t rid) {
    const auto &sha = piece.sha256();
    if (!BlobStore::isSha256Hex(sha))
        return protocol::errorReply(rid, wire::ERROR_UPLOAD_REFUSED, "sha256 must be 64 lowercase hex digits");
    if (piece.total_size() == 0 || piece.total_size() > kMaxUploadBytes)
        return protocol::errorReply(rid, wire::ERROR_LIMIT_EXCEEDED,
                                    "a document must be 1 byte to " + std::to_string(kMaxUploadBytes >> 20) + " MiB");
    if (piece.data().size() > protocol::kChunkSize)
        return protocol::errorReply(rid, wire::ERROR_LIMIT_EXCEEDED,
                                    "a piece carries at most " + std::to_string(protocol::kChunkSize) + " bytes");
    auto status = [&](std::uint64_t received, bool complete) {
        auto env = protocol::envelope(rid);
        auto *s = env.mutable_blob_upload_status();
        s->set_sha256(sha);
        s->set_received(received);
        s->set_complete(complete);
        return env;
    };
    if (blobs_.contains(sha)) return status(piece.total_size(), true); // held: never sent again
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) return protocol::errorReply(rid, wire::ERROR_INTERNAL, "cannot create " + dir_.string() + ": " + ec.message());
    const fs::path part = partFor(deviceId, sha);
    std::uint64_t have = fs::exists(part, ec) ? fs::file_size(part, ec) : 0;
    if (have > piece.total_size()) {
        fs::remove(part, ec);
        have = 0;
    }
    // Out of order (a lost or repeated piece): tell where we are; the console continues there.
    if (piece.offset() != have || piece.data().empty()) return status(have, false);
    {
        std::ofstream out(part, std::ios::binary | std::ios::app);
        out.write(piece.data().data(), static_cast<std::streamsize>(piece.data().size()));
        out.flush();
        if (!out) return protocol::errorReply(rid, wire::ERROR_INTERNAL, "cannot write " + part.string());
    }
    have += piece.data().size();
    if (have > piece.total_size()) {
        fs::remove(part, ec);
        return protocol::errorReply(rid, wire::ERROR_UPLOAD_REFUSED, "more bytes than total_size; start again");
    }
    if (have < piece.total_size()) return status(have, false);
    std::string bytes;
    {
        std::ifstream in(part, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    fs::remove(part, ec);
    auto stored = blobs_.put(bytes, sha);
    if (!stored) {
        const bool mismatch = stored.error().find("mismatch") != std::string::npos;
        return protocol::errorReply(rid, mismatch ? wire::ERROR_UPLOAD_REFUSED : wire::ERROR_INTERNAL,
                                    mismatch ? "the uploaded bytes do not hash to " + sha + "; start again"
                                             : stored.error());
    }
    return status(have, true);
}

} // namespace ecabinet::hub
