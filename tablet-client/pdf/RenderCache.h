// LRU cache of rendered pages, bounded by bytes, keyed by (sha256, page, size),
// shared by every image provider of the process so that a page flip back shows
// an image at once. Thread-safe.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <cstddef>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <tuple>

namespace ecabinet::pdf {

class RenderCache {
public:
    struct Key {
        QString sha;
        int page = 0;
        QSize size;
        bool operator<(const Key &o) const {
            return std::make_tuple(sha, page, size.width(), size.height()) <
                   std::make_tuple(o.sha, o.page, o.size.width(), o.size.height());
        }
    };

    static RenderCache &instance();
    explicit RenderCache(std::size_t maxBytes) : maxBytes_(maxBytes) {}

    std::optional<QImage> get(const Key &key);
    bool contains(const Key &key) const;
    void put(const Key &key, const QImage &image);
    std::size_t bytes() const;
    // Forgets every page (confidential blobs dropped from memory, device wipe).
    void clear();

private:
    using Lru = std::list<Key>;
    struct Entry {
        QImage image;
        Lru::iterator pos;
    };
    mutable std::mutex mutex_;
    std::size_t maxBytes_;
    std::size_t bytes_ = 0;
    Lru lru_; // front = most recent
    std::map<Key, Entry> entries_;
};

} // namespace ecabinet::pdf
