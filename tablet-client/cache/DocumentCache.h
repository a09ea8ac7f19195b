// The device's document cache: blobs by content (SHA-256 hex), laid out like
// the hub's blob store, cacheDir/ab/abcdef..., with cacheDir/ab/abcdef....part
// while a download is under way. A file without ".part" was verified when it
// was renamed into place and is never fetched again.
#pragma once

#include "common/Result.h"
#include "common/Sha256.h"

#include <QByteArray>
#include <QFile>
#include <QString>


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

// Where the bytes of one download go while it is under way: a .part file in the
// cache folder (PartFile), or memory for a confidential document (MemoryPart).
class BlobSink {
public:
    virtual ~BlobSink() = default;
    virtual std::uint64_t size() const = 0;
    virtual Status<QString> append(const char *data, std::size_t len) = 0;
    // Verifies the SHA-256 of everything appended; on success puts the blob where readers
    // find it and returns its path, on a mismatch throws the bytes away.
    virtual Result<QString, QString> finish() = 0;
    virtual void discard() = 0;
};

// A confidential document: bytes in memory only, never in the cache folder; on finish() the
// verified bytes go to BlobLocator::holdInMemory (an anonymous memory file).
class MemoryPart final : public BlobSink {
public:
    explicit MemoryPart(QString sha);
    std::uint64_t size() const override { return static_cast<std::uint64_t>(bytes_.size()); }
    Status<QString> append(const char *data, std::size_t len) override;
    Result<QString, QString> finish() override;
    void discard() override;

private:
    QString sha_;
    QByteArray bytes_;
};

// One download in progress: appends chunks to the .part file while hashing
// them, and on finish() verifies the hash and renames the file into place.
// While a PartFile is open no other session in this process may write the same
// .part (sessions may share a cache folder).
class PartFile final : public BlobSink {
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

    std::uint64_t size() const override { return size_; }
    Status<QString> append(const char *data, std::size_t len) override;
    // Verifies the SHA-256 of everything written; renames to the blob path on
    // success (returned), empties the .part on a mismatch.
    Result<QString, QString> finish() override;
    // Throws away what was written (e.g. after a mismatch); stays open.
    void discard() override;

private:
    PartFile(const DocumentCache &cache, QString sha);

    QString sha_;
    QString finalPath_;
    QFile file_;
    Sha256 hash_;
    std::uint64_t size_ = 0;
};

} // namespace ecabinet::client
