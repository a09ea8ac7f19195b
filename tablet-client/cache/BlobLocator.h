// Process-wide directory of the document caches that sessions use, so that
// the PDF image provider (which only gets "<sha256>/<page>" from QML) can find
// a blob's file. Thread-safe; blobAvailable() is emitted on the thread that
// announced it (connect queued from other threads).
//
// Confidential documents (issue 5) never touch the cache folder: their verified
// bytes live in an anonymous memory file (memfd_create) held here, found by
// find() as "/proc/self/fd/N" (so Poppler opens them like any file), and every
// page rendered from them carries the watermark set for them (the reader's
// name; PdfImageProvider adds the time). dropFromMemory() closes them (check-out,
// wipe, end of session) and flushes rendered pages and open documents.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "common/Result.h"

#include <map>
#include <mutex>

namespace ecabinet::client {

class BlobLocator : public QObject {
    Q_OBJECT
public:
    static BlobLocator &instance();

    // Reference-counted: two sessions may share one folder.
    void addCacheDir(const QString &dir);
    void removeCacheDir(const QString &dir);
    // Path of the verified blob in any registered cache, "" if none holds it.
    QString find(const QString &sha256) const;
    // Called by a session when a blob was verified and put in place.
    void announce(const QString &sha256);

    // --- confidential blobs, in memory only ---
    // Keeps verified `bytes` in memory; returns the path find() will give ("" + reason on failure).
    Result<QString, QString> holdInMemory(const QString &sha256, const QByteArray &bytes);
    bool holdsInMemory(const QString &sha256) const;
    // Text drawn across every page rendered from this blob ("" = none).
    void setWatermark(const QString &sha256, const QString &text);
    QString watermark(const QString &sha256) const;
    // Forgets these in-memory blobs (all when empty) and every page rendered from them.
    void dropFromMemory(const QStringList &sha256s = {});
    QStringList inMemory() const;

signals:
    void blobAvailable(const QString &sha256);

private:
    BlobLocator() = default;
    mutable std::mutex mutex_;
    std::map<QString, int> dirs_;
    std::map<QString, int> memory_;       // sha -> memfd
    std::map<QString, QString> watermarks_;
};

} // namespace ecabinet::client
