// Pulls the documents of the meeting into the DocumentCache over the blob
// socket: one document at a time, in agenda order, in chunks of
// Welcome.chunk_size with at most Welcome.max_chunks_in_flight requests
// outstanding (zguide "fileio3" credit flow). Resumes from the .part size after
// a disconnect; never requests a blob the cache already holds.
//
// Runs on the agent thread; it never touches a socket itself, it calls send().
#pragma once

#include "cache/DocumentCache.h"
#include "ecabinet.pb.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace ecabinet::client {

struct WantedBlob {
    QString sha;
    std::uint64_t size = 0;
    // Confidential: fetched into memory (MemoryPart), never written to the cache folder.
    bool inMemory = false;
};

class BlobFetcher {
public:
    using Clock = std::chrono::steady_clock;
    struct Callbacks {
        std::function<void(const std::string &frame)> send;
        std::function<void(const QString &sha, std::uint64_t have, std::uint64_t total)> progress;
        std::function<void(const QString &sha, const QString &path)> ready;
        std::function<void(const QString &sha, const QString &message)> failed;
        std::function<void(std::uint64_t bytesFetched)> bytes;
    };

    BlobFetcher(DocumentCache cache, Callbacks callbacks);
    ~BlobFetcher();

    void setWindow(std::uint32_t chunkSize, std::uint32_t maxInFlight);
    // Replaces the list of documents to hold (agenda order). Held ones are
    // reported ready at once without any request.
    void want(const std::vector<WantedBlob> &blobs);
    // Fetching needs a person checked in at the device (the hub checks rights).
    void setAllowed(bool allowed);
    // Device wipe: forget every download (a .part in progress is closed, to be erased).
    void abandonAll();
    // A Chunk or an Error on the blob socket.
    void onReply(const wire::Envelope &env);
    // The blob connection was re-established: requests in flight are lost.
    void onConnectionReset();
    void onTick(Clock::time_point now);
    std::optional<Clock::time_point> nextDeadline() const;
    std::uint64_t bytesFetched() const { return bytesFetched_; }
    const DocumentCache &cache() const { return cache_; }
    // Is this request id one of ours (a chunk request in flight)?
    bool owns(std::uint64_t requestId) const { return active_ && active_->outstanding.count(requestId) > 0; }
    // Test hook: never request a chunk that would end beyond this offset, so
    // that a test can stop a session with a half-written .part.
    void capBytesForTest(std::uint64_t cap) { capForTest_ = cap; }

private:
    struct Active {
        WantedBlob blob;
        std::unique_ptr<BlobSink> part;
        std::uint64_t total = 0;
        std::uint64_t nextOffset = 0;                // next offset to request
        std::map<std::uint64_t, std::uint64_t> outstanding; // request id -> offset
        std::map<std::uint64_t, std::string> early;  // out-of-order chunks by offset
        Clock::time_point lastActivity;
        int verifyFailures = 0;
    };

    void pump();
    bool startNext();
    void fillWindow();
    void restartFromPart();
    void acceptChunk(const wire::Chunk &chunk);
    void finishActive();
    void failActive(const QString &message);
    // Held already (cache folder, or memory for a confidential one)? Reports it ready.
    bool readyIfHeld(const WantedBlob &b);

    DocumentCache cache_;
    Callbacks cb_;
    std::uint32_t chunkSize_ = 256 * 1024;
    std::uint32_t window_ = 8;
    bool allowed_ = false;
    std::deque<WantedBlob> queue_;
    std::set<QString> done_;        // ready or failed this session
    std::optional<Active> active_;
    std::optional<Clock::time_point> busyRetryAt_; // another session writes the same .part
    std::uint64_t bytesFetched_ = 0;
    std::optional<std::uint64_t> capForTest_;
};

} // namespace ecabinet::client
