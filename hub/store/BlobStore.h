// Content-addressed document store: DIR/blobs/ab/<sha256hex>.
//
// A blob is written to a temp file in its final directory, fsync'd, renamed over its name
// and the directory fsync'd, so after a crash a blob either exists complete or not at all.
// A blob's name is the SHA-256 of its bytes; put() verifies the bytes against the
// expected hash when one is given, and files are never rewritten (same name = same bytes).
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ecabinet::hub {

class BlobStore {
public:
    explicit BlobStore(std::filesystem::path root);

    // Stores `bytes`; returns their SHA-256 hex. If `expectedSha256` is non-empty and the
    // bytes hash differently, nothing is written and an error says so.
    Result<std::string, std::string> put(std::string_view bytes, std::string_view expectedSha256 = {});

    bool contains(const std::string &sha256) const;
    // Path of a stored blob (nullopt when absent or the name is not a SHA-256 hex).
    std::optional<std::filesystem::path> path(const std::string &sha256) const;
    std::optional<std::uint64_t> size(const std::string &sha256) const;

    // Recomputes the hash of a stored blob (for verify).
    bool intact(const std::string &sha256) const;

    static bool isSha256Hex(std::string_view s);
    static std::string sha256Hex(std::string_view bytes);

private:
    std::filesystem::path fileFor(const std::string &sha256) const;
    std::filesystem::path root_;
};

} // namespace ecabinet::hub
