#include "pdf/RenderCache.h"

namespace ecabinet::pdf {

RenderCache &RenderCache::instance() {
    // ~40 full-screen pages at 1280x800x4: a meeting's current document and its
    // neighbours, small enough for a 2 GB tablet.
    static RenderCache cache(160u * 1024 * 1024);
    return cache;
}

std::optional<QImage> RenderCache::get(const Key &key) {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    lru_.splice(lru_.begin(), lru_, it->second.pos);
    return it->second.image;
}

bool RenderCache::contains(const Key &key) const {
    std::lock_guard lock(mutex_);
    return entries_.count(key) > 0;
}

void RenderCache::put(const Key &key, const QImage &image) {
    const auto size = static_cast<std::size_t>(image.sizeInBytes());
    if (size > maxBytes_) return;
    std::lock_guard lock(mutex_);
    if (const auto it = entries_.find(key); it != entries_.end()) {
        bytes_ -= static_cast<std::size_t>(it->second.image.sizeInBytes());
        lru_.erase(it->second.pos);
        entries_.erase(it);
    }
    lru_.push_front(key);
    entries_.emplace(key, Entry{image, lru_.begin()});
    bytes_ += size;
    while (bytes_ > maxBytes_ && !lru_.empty()) {
        const auto victim = entries_.find(lru_.back());
        bytes_ -= static_cast<std::size_t>(victim->second.image.sizeInBytes());
        entries_.erase(victim);
        lru_.pop_back();
    }
}

std::size_t RenderCache::bytes() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

} // namespace ecabinet::pdf

namespace ecabinet::pdf {

void RenderCache::clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    lru_.clear();
    bytes_ = 0;
}

} // namespace ecabinet::pdf
