// MeetingSession's documents (issue 5): pack progress, confidential papers (memory only,
// watermarked with the reader's name), device wipe and the offline self-wipe.
#include "MeetingSessionPrivate.h"

#include "cache/BlobLocator.h"
#include "cache/DeviceWipe.h"
#include "domain/CacheEviction.h"
#include "protocol/Codec.h"

#include <QDateTime>

using namespace ecabinet;

namespace {
// Unique blobs of the pack this person may read, with their state.
template <typename F>
void forEachPackBlob(const DocumentModel &docs, F &&f) {
    QSet<QString> seen;
    for (const auto &r : docs.documents()) {
        if (r.locked || seen.contains(r.sha256)) continue;
        seen.insert(r.sha256);
        f(r);
    }
}
} // namespace

qint64 MeetingSession::packBytesDone() const {
    qint64 n = 0;
    forEachPackBlob(d->allDocuments, [&](const DocumentRow &r) {
        n += r.ready ? r.size : static_cast<qint64>(r.progress * double(r.size));
    });
    return n;
}

qint64 MeetingSession::packBytesTotal() const {
    qint64 n = 0;
    forEachPackBlob(d->allDocuments, [&](const DocumentRow &r) { n += r.size; });
    return n;
}

int MeetingSession::packDocumentsDone() const {
    int n = 0;
    forEachPackBlob(d->allDocuments, [&](const DocumentRow &r) { n += r.ready ? 1 : 0; });
    return n;
}

int MeetingSession::packDocumentsTotal() const {
    int n = 0;
    forEachPackBlob(d->allDocuments, [&](const DocumentRow &) { ++n; });
    return n;
}

bool MeetingSession::canManageDocuments() const { return role() == Chair || role() == Secretary; }

void MeetingSession::setNowForTest(qint64 unixMs) { d->nowForTest = unixMs; }

qint64 MeetingSession::Private::nowMs() const {
    return nowForTest > 0 ? nowForTest : QDateTime::currentMSecsSinceEpoch();
}

void MeetingSession::Private::guardConfidential() {
    auto &locator = client::BlobLocator::instance();
    const QString reader = q->personName();
    QSet<QString> mine;
    for (const auto &r : allDocuments.documents())
        if (r.confidential && !r.locked && !reader.isEmpty()) mine.insert(r.sha256);
    // Whatever this session holds in memory that the person here may no longer read (checked
    // out, another person, access changed) is dropped at once.
    QStringList drop;
    for (const auto &sha : std::as_const(confidentialHeld))
        if (!mine.contains(sha)) drop << sha;
    if (!drop.isEmpty()) {
        locator.dropFromMemory(drop);
        for (const auto &sha : drop) {
            confidentialHeld.remove(sha);
            setBlob(sha, {});
        }
    }
    for (const auto &sha : std::as_const(mine)) locator.setWatermark(sha, reader);
}

void MeetingSession::Private::onWipeRequested(const QString &wipeId, quint64 filesRemovedByAgent) {
    const auto report = client::WipeTargets::instance().wipeAll();
    confidentialHeld.clear();
    blobs.clear();
    rebuildDocuments();
    for (const auto &f : report.failures) qWarning("device wipe: %s", qPrintable(f));
    const quint64 files = filesRemovedByAgent + report.filesRemoved;
    wire::Envelope done;
    done.mutable_wipe_done()->set_wipe_id(wipeId.toStdString());
    done.mutable_wipe_done()->set_files_removed(files);
    send(std::move(done), QStringLiteral("wipeDone"));
    emit q->deviceWiped(true, files);
}

bool MeetingSession::Private::selfWipeIfOffline(const client::DeviceConfig &config) {
    const qint64 last = client::lastContactMs(cacheDir);
    if (!domain::offlineTooLong(last, nowMs(), config.wipeAfterMs)) return false;
    const auto report = client::WipeTargets::instance().wipeAll();
    for (const auto &f : report.failures) qWarning("self-wipe: %s", qPrintable(f));
    qWarning("ecabinet: %s has not reached its hub since %s: documents and annotations erased (%llu files)",
             qPrintable(config.name), qPrintable(QDateTime::fromMSecsSinceEpoch(last).toString(Qt::ISODate)),
             static_cast<unsigned long long>(report.filesRemoved));
    emit q->deviceWiped(false, report.filesRemoved);
    return true;
}
