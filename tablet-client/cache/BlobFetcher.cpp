#include "cache/BlobFetcher.h"

#include "ErrorText.h"
#include "cache/BlobLocator.h"
#include "agent/RequestIds.h"
#include "protocol/Codec.h"

#include <QCoreApplication>
#include <QFile>

namespace ecabinet::client {

namespace {
// No chunk for this long while requests are out: assume they were lost and
// ask again from what the .part holds (the hub serves any offset).
constexpr auto kStallTimeout = std::chrono::seconds(5);
// Another session of this process is writing the same .part: look again soon.
constexpr auto kBusyRetry = std::chrono::milliseconds(200);
constexpr int kMaxVerifyFailures = 2;
} // namespace

BlobFetcher::BlobFetcher(DocumentCache cache, Callbacks callbacks)
    : cache_(std::move(cache)), cb_(std::move(callbacks)) {}

BlobFetcher::~BlobFetcher() = default;

void BlobFetcher::setWindow(std::uint32_t chunkSize, std::uint32_t maxInFlight) {
    if (chunkSize > 0) chunkSize_ = chunkSize;
    if (maxInFlight > 0) window_ = maxInFlight;
}

void BlobFetcher::want(const std::vector<WantedBlob> &blobs) {
    queue_.clear();
    std::set<QString> seen;
    for (const auto &b : blobs) {
        if (done_.count(b.sha) || (active_ && active_->blob.sha == b.sha) || !seen.insert(b.sha).second)
            continue;
        // A held blob is ready whether or not anybody is checked in: never requested again.
        if (readyIfHeld(b)) continue;
        queue_.push_back(b);
    }
    pump();
}

void BlobFetcher::abandonAll() {
    queue_.clear();
    done_.clear();
    if (active_) active_->part->discard();
    active_.reset();
    busyRetryAt_.reset();
}

void BlobFetcher::setAllowed(bool allowed) {
    if (allowed == allowed_) return;
    allowed_ = allowed;
    if (!allowed_) {
        // Nobody here: what was fetched for the person who left is reported again to the
        // next one (held blobs at once, without a request); a confidential download in
        // progress is dropped, it was theirs.
        done_.clear();
        if (active_ && active_->blob.inMemory) {
            active_->part->discard();
            active_.reset();
        }
        if (active_) active_->outstanding.clear();
        return;
    }
    if (active_)
        restartFromPart();
    else
        pump();
}

void BlobFetcher::pump() {
    if (!allowed_ || busyRetryAt_) return;
    while (!active_ && !queue_.empty())
        if (!startNext()) return;
}

bool BlobFetcher::startNext() {
    WantedBlob b = queue_.front();
    queue_.pop_front();
    if (readyIfHeld(b)) return true; // another session may have finished it meanwhile
    if (b.inMemory) {
        active_.emplace();
        active_->blob = b;
        active_->part = std::make_unique<MemoryPart>(b.sha);
        active_->total = b.size;
        active_->lastActivity = Clock::now();
        fillWindow();
        return true;
    }
    auto part = PartFile::open(cache_, b.sha);
    if (!part) {
        if (part.error().kind == PartFile::OpenError::Busy) {
            queue_.push_front(b);
            busyRetryAt_ = Clock::now() + kBusyRetry;
            return false;
        }
        done_.insert(b.sha);
        cb_.failed(b.sha, part.error().message);
        return true;
    }
    active_.emplace();
    active_->blob = b;
    active_->part = std::move(part).value();
    active_->total = b.size;
    if (b.size > 0 && active_->part->size() > b.size) active_->part->discard(); // cannot be ours
    active_->nextOffset = active_->part->size();
    active_->lastActivity = Clock::now();
    if (b.size > 0 && active_->part->size() == b.size) {
        finishActive(); // complete but not yet verified (e.g. stopped right before)
        return true;
    }
    fillWindow();
    return true;
}

bool BlobFetcher::readyIfHeld(const WantedBlob &b) {
    auto &locator = BlobLocator::instance();
    if (b.inMemory) {
        if (!locator.holdsInMemory(b.sha) && cache_.holds(b.sha)) {
            // Once readable by the meeting, now confidential: move it off the disk.
            QFile file(cache_.blobPath(b.sha));
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                file.close();
                if (locator.holdInMemory(b.sha, bytes)) QFile::remove(cache_.blobPath(b.sha));
            }
        }
        if (!locator.holdsInMemory(b.sha)) return false;
        done_.insert(b.sha);
        cb_.ready(b.sha, locator.find(b.sha));
        return true;
    }
    if (!cache_.holds(b.sha)) return false;
    done_.insert(b.sha);
    cb_.ready(b.sha, cache_.blobPath(b.sha));
    return true;
}

void BlobFetcher::fillWindow() {
    auto &a = *active_;
    // total == 0 means "size unknown until the first chunk": ask once at 0.
    const bool sizeUnknown = a.total == 0;
    while (a.outstanding.size() < window_ && (a.nextOffset < a.total || (sizeUnknown && a.outstanding.empty()))) {
        const std::uint64_t len = sizeUnknown ? chunkSize_ : std::min<std::uint64_t>(chunkSize_, a.total - a.nextOffset);
        if (capForTest_ && a.nextOffset + len > *capForTest_) break;
        const std::uint64_t id = nextRequestId();
        auto env = protocol::envelope(id);
        auto *req = env.mutable_chunk_request();
        req->set_sha256(a.blob.sha.toStdString());
        req->set_offset(a.nextOffset);
        req->set_length(static_cast<std::uint32_t>(len));
        a.outstanding.emplace(id, a.nextOffset);
        a.nextOffset += len;
        cb_.send(protocol::encode(std::move(env)));
        if (sizeUnknown) break;
    }
}

void BlobFetcher::restartFromPart() {
    if (!active_) return;
    active_->outstanding.clear();
    active_->early.clear();
    active_->nextOffset = active_->part->size();
    active_->lastActivity = Clock::now();
    if (allowed_) fillWindow();
}

void BlobFetcher::onConnectionReset() {
    if (active_)
        restartFromPart();
    else
        pump();
}

void BlobFetcher::onReply(const wire::Envelope &env) {
    if (!active_) return;
    const auto it = active_->outstanding.find(env.request_id());
    if (it == active_->outstanding.end()) return; // answer to a request given up on a reset
    active_->outstanding.erase(it);
    active_->lastActivity = Clock::now();

    if (env.has_chunk()) {
        acceptChunk(env.chunk());
        return;
    }
    if (env.has_error()) {
        if (env.error().code() == wire::ERROR_NOT_CHECKED_IN) {
            // Checked out meanwhile: keep the .part, continue after the next check-in.
            allowed_ = false;
            active_->outstanding.clear();
            return;
        }
        failActive(errorText(env.error()));
        return;
    }
    failActive(QCoreApplication::translate("BlobFetcher", "The hub answered a document request with an unexpected message."));
}

void BlobFetcher::acceptChunk(const wire::Chunk &chunk) {
    auto &a = *active_;
    if (QString::fromStdString(chunk.sha256()) != a.blob.sha) {
        failActive(QCoreApplication::translate("BlobFetcher", "The hub sent bytes of another document."));
        return;
    }
    bytesFetched_ += chunk.data().size();
    cb_.bytes(bytesFetched_);
    if (chunk.total_size() != a.total) {
        // The hub knows the real size; the snapshot's figure is only a hint.
        a.total = chunk.total_size();
        if (a.part->size() > a.total) {
            a.part->discard();
            restartFromPart();
            return;
        }
    }
    if (chunk.data().empty() && chunk.offset() < a.total) {
        failActive(QCoreApplication::translate("BlobFetcher", "The hub sent an empty piece of a document."));
        return;
    }
    if (chunk.offset() > a.part->size()) {
        a.early.emplace(chunk.offset(), chunk.data());
    } else if (chunk.offset() == a.part->size()) {
        auto st = a.part->append(chunk.data().data(), chunk.data().size());
        // Chunks that arrived ahead of a lost one can follow now.
        for (auto e = a.early.begin(); st && e != a.early.end() && e->first <= a.part->size();
             e = a.early.erase(e)) {
            if (e->first == a.part->size()) st = a.part->append(e->second.data(), e->second.size());
        }
        if (!st) {
            failActive(st.error());
            return;
        }
    } // else: a duplicate of bytes already written
    cb_.progress(a.blob.sha, a.part->size(), a.total);
    if (a.part->size() >= a.total) {
        finishActive();
        return;
    }
    if (a.outstanding.empty() && a.nextOffset >= a.total) {
        restartFromPart(); // everything asked for arrived, yet a hole remains
        return;
    }
    fillWindow();
}

void BlobFetcher::finishActive() {
    auto &a = *active_;
    auto result = a.part->finish();
    if (result) {
        const QString sha = a.blob.sha;
        active_.reset();
        done_.insert(sha);
        cb_.ready(sha, result.value());
        pump();
        return;
    }
    if (++a.verifyFailures < kMaxVerifyFailures) {
        // finish() already threw the damaged bytes away: fetch once more from 0.
        restartFromPart();
        return;
    }
    failActive(result.error());
}

void BlobFetcher::failActive(const QString &message) {
    const QString sha = active_->blob.sha;
    active_.reset(); // the .part stays for a later resume
    done_.insert(sha);
    cb_.failed(sha, message);
    pump();
}

void BlobFetcher::onTick(Clock::time_point now) {
    if (busyRetryAt_ && now >= *busyRetryAt_) {
        busyRetryAt_.reset();
        pump();
    }
    if (active_ && allowed_ && !active_->outstanding.empty() && now - active_->lastActivity > kStallTimeout)
        restartFromPart();
}

std::optional<BlobFetcher::Clock::time_point> BlobFetcher::nextDeadline() const {
    std::optional<Clock::time_point> t = busyRetryAt_;
    if (active_ && allowed_ && !active_->outstanding.empty()) {
        const auto stall = active_->lastActivity + kStallTimeout;
        if (!t || stall < *t) t = stall;
    }
    return t;
}

} // namespace ecabinet::client
