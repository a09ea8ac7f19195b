#include "cache/BlobLocator.h"

#include "cache/DocumentCache.h"

namespace ecabinet::client {

BlobLocator &BlobLocator::instance() {
    static BlobLocator *locator = [] {
        // Lives as long as the process: image provider threads may ask it
        // during application shutdown.
        static BlobLocator l;
        return &l;
    }();
    return *locator;
}

void BlobLocator::addCacheDir(const QString &dir) {
    if (dir.isEmpty()) return;
    std::lock_guard lock(mutex_);
    ++dirs_[dir];
}

void BlobLocator::removeCacheDir(const QString &dir) {
    std::lock_guard lock(mutex_);
    const auto it = dirs_.find(dir);
    if (it != dirs_.end() && --it->second <= 0) dirs_.erase(it);
}

QString BlobLocator::find(const QString &sha256) const {
    if (!DocumentCache::isSha256Hex(sha256)) return {};
    std::lock_guard lock(mutex_);
    for (const auto &[dir, refs] : dirs_) {
        DocumentCache cache(dir);
        if (cache.holds(sha256)) return cache.blobPath(sha256);
    }
    return {};
}

void BlobLocator::announce(const QString &sha256) { emit blobAvailable(sha256); }

} // namespace ecabinet::client
