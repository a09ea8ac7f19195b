// Erasing what a tablet holds of meetings: `ecabinetctl device wipe` (delivered in Welcome)
// and the self-wipe of a tablet that has not reached its hub for too long. Also the cache's
// housekeeping (eviction by age and size, domain/CacheEviction.h) and the last-contact stamp.
//
// WHERE A STORE MUST REGISTER: everything that keeps meeting data on the tablet registers
// with WipeTargets, so that a wipe erases it too:
//   - a folder whose whole contents go:  WipeTargets::instance().addDirectory(dir, "annotations")
//     (MeetingSession registers its document cache folder this way);
//   - anything needing more care (close a database first): addEraser("annotations", fn),
//     fn returns the number of files removed or a reason.
// The annotation store (tablet-client/annotations, helper "annot") registers its folder or
// eraser when it opens and removes the registration when it closes.
// In-memory confidential blobs and every rendered page are always erased.
#pragma once

#include "common/Result.h"
#include "domain/CacheEviction.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <mutex>

namespace ecabinet::client {

struct WipeReport {
    quint64 filesRemoved = 0;
    QStringList failures; // what could not be erased, for a person (and the log)
    bool ok() const { return failures.isEmpty(); }
};

class WipeTargets {
public:
    using Eraser = std::function<Result<quint64, QString>()>;

    static WipeTargets &instance();

    // Reference-counted: two sessions may share one folder. The folder itself stays.
    void addDirectory(const QString &dir, const QString &what);
    void removeDirectory(const QString &dir);
    int addEraser(const QString &what, Eraser eraser); // returns an id for removeEraser
    void removeEraser(int id);
    QStringList directories() const;

    // Erases every registered folder's contents, runs every eraser, drops in-memory blobs.
    WipeReport wipeAll();

private:
    WipeTargets() = default;
    mutable std::mutex mutex_;
    struct Dir {
        QString what;
        int refs = 0;
    };
    std::map<QString, Dir> dirs_;
    std::map<int, std::pair<QString, Eraser>> erasers_;
    int nextId_ = 1;
};

// Removes everything inside `dir` (not `dir` itself); counts files removed.
WipeReport eraseDirectoryContents(const QString &dir);

// The last time this device reached its hub (Unix ms, 0 if never), kept as
// "<cache>/last-contact" (the cache folder is the device's own, created at enrolment).
qint64 lastContactMs(const QString &cacheDir);
void recordContact(const QString &cacheDir, qint64 nowMs);

// Eviction (domain::chooseEvictions) over the blobs of `cacheDir`; `inPack` are the blobs the
// current meeting lists: they are never evicted and their "last used" time becomes `nowMs`.
// Returns the blobs removed.
QStringList evictFromCache(const QString &cacheDir, const QStringList &inPack, const domain::CachePolicy &policy,
                           qint64 nowMs);

} // namespace ecabinet::client
