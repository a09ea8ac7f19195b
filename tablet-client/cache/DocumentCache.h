// The device's document cache: blobs by content (SHA-256 hex), laid out like
// the hub's blob store, cacheDir/ab/abcdef..., with cacheDir/ab/abcdef....part
// while a download is under way. A file without ".part" was verified when it
// was renamed into place and is never fetched again.
#pragma once

#include "common/Result.h"

#include <QFile>
#include <QString>

#include <sodium.h>

#include <cstdint>
#include <memory>

namespace ecabinet::client {

class DocumentCache {
public:
    explicit DocumentCache(QString dir) : dir_(std::move(dir)) {}
    const QString &dir() const { return dir_; }

    static bool isSha256Hex(const QString &sha);
    QString blobPath(const QString &sha) const;
    QString partPath(const QString &sha) const;
    // True if the verified blob is held (checked before any request is made).
    bool holds(const QString &sha) const;

private:
    QString dir_;
};

// One download in progress: appends chunks to the .part file while hashing
// them, and on finish() verifies the hash and renames the file into place.
// While a PartFile is open no other session in this process may write the same
// .part (sessions may share a cache folder).
class PartFile {
public:
    enum class OpenError { Busy, Io };
    struct Failure {
        OpenError kind;
        QString message;
    };

    static Result<std::unique_ptr<PartFile>, Failure> open(const DocumentCache &cache, const QString &sha);
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    std::uint64_t size() const { return size_; }
    Status<QString> append(const char *data, std::size_t len);
    // Verifies the SHA-256 of everything written; renames to the blob path on
    // success (returned), empties the .part on a mismatch.
    Result<QString, QString> finish();
    // Throws away what was written (e.g. after a mismatch); stays open.
    void discard();

private:
    PartFile(const DocumentCache &cache, QString sha);

    QString sha_;
    QString finalPath_;
    QFile file_;
    crypto_hash_sha256_state hash_{};
    std::uint64_t size_ = 0;
};

} // namespace ecabinet::client
