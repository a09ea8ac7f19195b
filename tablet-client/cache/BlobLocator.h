// Process-wide directory of the document caches that sessions use, so that
// the PDF image provider (which only gets "<sha256>/<page>" from QML) can find
// a blob's file. Thread-safe; blobAvailable() is emitted on the thread that
// announced it (connect queued from other threads).
#pragma once

#include <QObject>
#include <QString>

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

signals:
    void blobAvailable(const QString &sha256);

private:
    BlobLocator() = default;
    mutable std::mutex mutex_;
    std::map<QString, int> dirs_;
};

} // namespace ecabinet::client
