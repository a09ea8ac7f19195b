#include "cache/DeviceWipe.h"

#include "cache/BlobLocator.h"
#include "cache/DocumentCache.h"
#include "pdf/RenderCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ecabinet::client {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("DeviceWipe", text); }
} // namespace

WipeTargets &WipeTargets::instance() {
    static WipeTargets targets;
    return targets;
}

void WipeTargets::addDirectory(const QString &dir, const QString &what) {
    if (dir.isEmpty()) return;
    std::lock_guard lock(mutex_);
    auto &d = dirs_[QDir(dir).absolutePath()];
    d.what = what;
    ++d.refs;
}

void WipeTargets::removeDirectory(const QString &dir) {
    std::lock_guard lock(mutex_);
    const auto it = dirs_.find(QDir(dir).absolutePath());
    if (it != dirs_.end() && --it->second.refs <= 0) dirs_.erase(it);
}

int WipeTargets::addEraser(const QString &what, Eraser eraser) {
    std::lock_guard lock(mutex_);
    const int id = nextId_++;
    erasers_[id] = {what, std::move(eraser)};
    return id;
}

void WipeTargets::removeEraser(int id) {
    std::lock_guard lock(mutex_);
    erasers_.erase(id);
}

QStringList WipeTargets::directories() const {
    std::lock_guard lock(mutex_);
    QStringList out;
    for (const auto &[dir, d] : dirs_) out << dir;
    return out;
}

WipeReport WipeTargets::wipeAll() {
    std::map<QString, Dir> dirs;
    std::map<int, std::pair<QString, Eraser>> erasers;
    {
        std::lock_guard lock(mutex_);
        dirs = dirs_;
        erasers = erasers_;
    }
    WipeReport report;
    BlobLocator::instance().dropFromMemory(); // also closes open documents, forgets rendered pages
    pdf::RenderCache::instance().clear();
    for (const auto &[dir, d] : dirs) {
        const auto r = eraseDirectoryContents(dir);
        report.filesRemoved += r.filesRemoved;
        for (const auto &f : r.failures) report.failures << d.what + QStringLiteral(": ") + f;
    }
    for (const auto &[id, e] : erasers) {
        auto r = e.second();
        if (r) report.filesRemoved += *r;
        else report.failures << e.first + QStringLiteral(": ") + r.error();
    }
    return report;
}

WipeReport eraseDirectoryContents(const QString &dir) {
    WipeReport report;
    if (!QFileInfo(dir).isDir()) return report;
    // Files first (counted), then the emptied folders, deepest first.
    QStringList folders;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink()) {
            folders << path;
        } else if (QFile::remove(path)) {
            ++report.filesRemoved;
        } else {
            report.failures << tr("cannot remove %1").arg(path);
        }
    }
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const auto &f : folders)
        if (!QDir().rmdir(f)) report.failures << tr("cannot remove folder %1").arg(f);
    return report;
}

qint64 lastContactMs(const QString &cacheDir) {
    QFile f(cacheDir + QStringLiteral("/last-contact"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    return f.readAll().trimmed().toLongLong();
}

void recordContact(const QString &cacheDir, qint64 nowMs) {
    QDir().mkpath(cacheDir);
    QSaveFile f(cacheDir + QStringLiteral("/last-contact"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(nowMs)) < 0 || !f.commit())
        qWarning("document cache: cannot record the last contact with the hub in %s", qPrintable(cacheDir));
}

QStringList evictFromCache(const QString &cacheDir, const QStringList &inPack, const domain::CachePolicy &policy,
                           qint64 nowMs) {
    DocumentCache cache(cacheDir);
    std::vector<domain::CachedBlob> blobs;
    QDirIterator it(cacheDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString sha = info.fileName();
        if (!DocumentCache::isSha256Hex(sha)) continue; // .part files, last-contact, ...
        const bool current = inPack.contains(sha);
        if (current) {
            // "Last used" = the last time a meeting's pack listed it: now.
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadWrite))
                file.setFileTime(QDateTime::fromMSecsSinceEpoch(nowMs), QFileDevice::FileModificationTime);
        }
        blobs.push_back({sha.toStdString(), static_cast<std::uint64_t>(info.size()),
                         current ? nowMs : info.lastModified().toMSecsSinceEpoch(), current});
    }
    QStringList removed;
    for (const auto &sha : domain::chooseEvictions(std::move(blobs), policy, nowMs)) {
        const QString s = QString::fromStdString(sha);
        if (QFile::remove(cache.blobPath(s))) removed << s;
        else qWarning("document cache: cannot evict %s", qPrintable(cache.blobPath(s)));
    }
    return removed;
}

} // namespace ecabinet::client
