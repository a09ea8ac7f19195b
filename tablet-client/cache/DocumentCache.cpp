#include "cache/DocumentCache.h"

#include "cache/BlobLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>
#include <set>

namespace ecabinet::client {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DocumentCache", text); }

// .part files being written in this process: two sessions sharing a cache
// folder must not append to the same file at once.
std::mutex g_partsMutex;
std::set<QString> g_partsOpen;

} // namespace

bool DocumentCache::isSha256Hex(const QString &sha) {
    if (sha.size() != 64) return false;
    for (const QChar c : sha)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

QString DocumentCache::blobPath(const QString &sha) const {
    return dir_ + '/' + sha.left(2) + '/' + sha;
}

QString DocumentCache::partPath(const QString &sha) const { return blobPath(sha) + QStringLiteral(".part"); }

bool DocumentCache::holds(const QString &sha) const {
    return isSha256Hex(sha) && QFileInfo(blobPath(sha)).isFile();
}

PartFile::PartFile(const DocumentCache &cache, QString sha)
    : sha_(std::move(sha)), finalPath_(cache.blobPath(sha_)), file_(cache.partPath(sha_)) {}

PartFile::~PartFile() {
    file_.close();
    std::lock_guard lock(g_partsMutex);
    g_partsOpen.erase(file_.fileName());
}

Result<std::unique_ptr<PartFile>, PartFile::Failure> PartFile::open(const DocumentCache &cache,
                                                                    const QString &sha) {
    if (!DocumentCache::isSha256Hex(sha))
        return fail(Failure{OpenError::Io, tr("The hub sent an invalid document id \"%1\".").arg(sha)});
    const QString part = cache.partPath(sha);
    {
        std::lock_guard lock(g_partsMutex);
        if (!g_partsOpen.insert(part).second)
            return fail(Failure{OpenError::Busy, QString()});
    }
    // From here the destructor releases the claim whatever happens.
    std::unique_ptr<PartFile> p(new PartFile(cache, sha));
    if (!QDir().mkpath(QFileInfo(part).absolutePath()))
        return fail(Failure{OpenError::Io, tr("Cannot create the document cache folder %1.")
                                               .arg(QFileInfo(part).absolutePath())});
    if (!p->file_.open(QIODevice::ReadWrite))
        return fail(Failure{OpenError::Io, tr("Cannot open %1: %2").arg(part, p->file_.errorString())});
    // Resume: what is already in the .part counts, so hash it again.
    std::vector<char> buf(1 << 16);
    while (true) {
        const qint64 n = p->file_.read(buf.data(), static_cast<qint64>(buf.size()));
        if (n < 0)
            return fail(Failure{OpenError::Io, tr("Cannot read %1: %2").arg(part, p->file_.errorString())});
        if (n == 0) break;
        p->hash_.update(buf.data(), static_cast<std::size_t>(n));
        p->size_ += static_cast<std::uint64_t>(n);
    }
    return p;
}

Status<QString> PartFile::append(const char *data, std::size_t len) {
    if (file_.write(data, static_cast<qint64>(len)) != static_cast<qint64>(len))
        return fail(tr("Cannot write %1: %2").arg(file_.fileName(), file_.errorString()));
    hash_.update(data, len);
    size_ += len;
    return {};
}

Result<QString, QString> PartFile::finish() {
    const QString got = QString::fromStdString(Sha256::hex(hash_.finish()));
    if (!file_.flush())
        return fail(tr("Cannot write %1: %2").arg(file_.fileName(), file_.errorString()));
    if (got != sha_) {
        discard();
        return fail(tr("The downloaded document is damaged (its checksum does not match); it will be fetched again."));
    }
    // A verified file is never fetched again: its bytes must be on the disk before its name
    // says "verified", and the new name must survive a power cut too.
    if (::fdatasync(file_.handle()) != 0)
        return fail(tr("Cannot write %1: %2").arg(file_.fileName(), QString::fromLocal8Bit(std::strerror(errno))));
    file_.close();
    QFile::remove(finalPath_); // a stale copy cannot be there unverified, but rename() refuses to overwrite
    if (!QFile::rename(file_.fileName(), finalPath_))
        return fail(tr("Cannot move the verified document to %1.").arg(finalPath_));
    const int dir = ::open(QFile::encodeName(QFileInfo(finalPath_).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir < 0 || ::fsync(dir) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (dir >= 0) ::close(dir);
        QFile::remove(finalPath_); // not known to be durable: fetch it again rather than trust it
        return fail(tr("Cannot write %1: %2").arg(QFileInfo(finalPath_).absolutePath(), why));
    }
    ::close(dir);
    return finalPath_;
}

void PartFile::discard() {
    // Truncate rather than delete: the file stays open for a fetch from 0.
    if (!file_.resize(0) || !file_.seek(0))
        qWarning("document cache: cannot truncate %s: %s", qPrintable(file_.fileName()),
                 qPrintable(file_.errorString()));
    hash_.reset();
    size_ = 0;
}

} // namespace ecabinet::client

namespace ecabinet::client {

MemoryPart::MemoryPart(QString sha) : sha_(std::move(sha)) {}

Status<QString> MemoryPart::append(const char *data, std::size_t len) {
    bytes_.append(data, static_cast<qsizetype>(len));
    return {};
}

Result<QString, QString> MemoryPart::finish() {
    const QString got = QString::fromStdString(
        Sha256::hexOf(std::string_view(bytes_.constData(), static_cast<std::size_t>(bytes_.size()))));
    if (got != sha_) {
        discard();
        return fail(tr("The downloaded document is damaged (its checksum does not match); it will be fetched again."));
    }
    auto held = BlobLocator::instance().holdInMemory(sha_, bytes_);
    bytes_.fill('\0'); // the memory file holds it now; leave no second copy behind
    bytes_.clear();
    return held;
}

void MemoryPart::discard() {
    bytes_.fill('\0');
    bytes_.clear();
}

} // namespace ecabinet::client
