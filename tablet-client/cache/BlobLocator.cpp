#include "cache/BlobLocator.h"

#include "cache/DocumentCache.h"
#include "pdf/PageRenderer.h"
#include "pdf/RenderCache.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

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
    if (const auto m = memory_.find(sha256); m != memory_.end()) return QStringLiteral("/proc/self/fd/%1").arg(m->second);
    for (const auto &[dir, refs] : dirs_) {
        DocumentCache cache(dir);
        if (cache.holds(sha256)) return cache.blobPath(sha256);
    }
    return {};
}

void BlobLocator::announce(const QString &sha256) { emit blobAvailable(sha256); }

} // namespace ecabinet::client

namespace ecabinet::client {

Result<QString, QString> BlobLocator::holdInMemory(const QString &sha256, const QByteArray &bytes) {
    {
        std::lock_guard lock(mutex_);
        if (const auto m = memory_.find(sha256); m != memory_.end())
            return QStringLiteral("/proc/self/fd/%1").arg(m->second);
    }
    const int fd = ::memfd_create("ecabinet-confidential", MFD_CLOEXEC);
    if (fd < 0) return fail(QCoreApplication::translate("BlobLocator", "Cannot keep a confidential document in memory: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const auto n = ::write(fd, bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return fail(QCoreApplication::translate("BlobLocator", "Cannot keep a confidential document in memory: %1")
                            .arg(why));
        }
        done += n;
    }
    std::lock_guard lock(mutex_);
    memory_[sha256] = fd;
    return QStringLiteral("/proc/self/fd/%1").arg(fd);
}

bool BlobLocator::holdsInMemory(const QString &sha256) const {
    std::lock_guard lock(mutex_);
    return memory_.count(sha256) > 0;
}

void BlobLocator::setWatermark(const QString &sha256, const QString &text) {
    std::lock_guard lock(mutex_);
    if (text.isEmpty()) watermarks_.erase(sha256);
    else watermarks_[sha256] = text;
}

QString BlobLocator::watermark(const QString &sha256) const {
    std::lock_guard lock(mutex_);
    const auto it = watermarks_.find(sha256);
    if (it != watermarks_.end()) return it->second;
    // A confidential blob is never drawn without a mark, even before its reader is known.
    return memory_.count(sha256) ? QCoreApplication::translate("BlobLocator", "CONFIDENTIAL") : QString();
}

QStringList BlobLocator::inMemory() const {
    std::lock_guard lock(mutex_);
    QStringList out;
    for (const auto &[sha, fd] : memory_) out << sha;
    return out;
}

void BlobLocator::dropFromMemory(const QStringList &sha256s) {
    bool dropped = false;
    {
        std::lock_guard lock(mutex_);
        for (auto it = memory_.begin(); it != memory_.end();) {
            if (sha256s.isEmpty() || sha256s.contains(it->first)) {
                ::close(it->second);
                watermarks_.erase(it->first);
                it = memory_.erase(it);
                dropped = true;
            } else {
                ++it;
            }
        }
    }
    if (!dropped) return;
    // Open documents are pooled by path and "/proc/self/fd/N" numbers are reused: close them
    // all; and no rendered page of a dropped blob may stay in the page cache.
    pdf::PageRenderer::closeAll();
    pdf::RenderCache::instance().clear();
}

} // namespace ecabinet::client
