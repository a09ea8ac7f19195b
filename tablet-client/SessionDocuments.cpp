// MeetingSession's documents (issue 5): pack progress, confidential papers (memory only,
// watermarked with the reader's name), device wipe and the offline self-wipe.
#include "MeetingSessionPrivate.h"

#include "cache/BlobLocator.h"
#include "cache/DeviceWipe.h"
#include "domain/CacheEviction.h"
#include "protocol/Codec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QUrl>

#include <optional>

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

// --- adding and replacing documents (console) ---------------------------------

namespace {

std::optional<wire::DocumentAccess> accessFromText(const QString &text) {
    if (text.isEmpty()) return wire::DOCUMENT_ACCESS_UNSPECIFIED;
    if (text == QLatin1String("meeting")) return wire::DOCUMENT_ACCESS_MEETING;
    if (text == QLatin1String("named")) return wire::DOCUMENT_ACCESS_NAMED;
    if (text == QLatin1String("confidential")) return wire::DOCUMENT_ACCESS_CONFIDENTIAL;
    return std::nullopt;
}

} // namespace

bool MeetingSession::uploading() const { return !d->pendingUploads.isEmpty(); }
double MeetingSession::uploadProgress() const { return d->uploadFraction; }

void MeetingSession::addDocument(const QString &filePath, const QString &title, const QString &agendaItemId,
                                 const QString &access, const QStringList &readers) {
    const QString command = QStringLiteral("addDocument");
    if (filePath.isEmpty() || title.trimmed().isEmpty() || agendaItemId.isEmpty()) {
        d->refuseLocally(command, tr("Choose a PDF file, an agenda item and a title."));
        return;
    }
    auto env = d->documentRequest(command, title, access, readers);
    if (!env) return;
    env->mutable_add_document()->set_agenda_item_id(agendaItemId.toStdString());
    d->submitDocument(command, filePath, std::move(*env));
}

void MeetingSession::replaceDocument(const QString &documentId, const QString &filePath, const QString &title,
                                     const QString &access, const QStringList &readers) {
    const QString command = QStringLiteral("replaceDocument");
    auto env = d->documentRequest(command, title, access, readers);
    if (!env) return;
    auto *req = env->mutable_add_document();
    req->set_document_id(documentId.toStdString());
    for (const auto &item : d->state.agenda())
        for (const auto &doc : item.documents())
            if (doc.id() == documentId.toStdString()) req->set_expected_version(doc.version());
    d->submitDocument(command, filePath, std::move(*env));
}

// The AddDocument common to adding and replacing: title, access and readers. Refuses locally
// (commandFinished false) and returns nothing for an access text it does not know.
std::optional<wire::Envelope> MeetingSession::Private::documentRequest(const QString &command, const QString &title,
                                                                       const QString &access,
                                                                       const QStringList &readers) {
    const auto acc = accessFromText(access);
    if (!acc) {
        refuseLocally(command, MeetingSession::tr("Unknown access \"%1\".").arg(access));
        return std::nullopt;
    }
    wire::Envelope env;
    auto *req = env.mutable_add_document();
    req->set_title(title.trimmed().toStdString());
    req->set_access(*acc);
    for (const auto &r : readers) req->add_readers(r.toStdString());
    return env;
}

void MeetingSession::Private::submitDocument(const QString &command, const QString &filePath, wire::Envelope request) {
    if (filePath.isEmpty()) {
        send(std::move(request), command); // title / access only, or a blob the hub has
        return;
    }
    if (!agent) {
        refuseLocally(command, MeetingSession::tr("Not connected to the hub: the session has not been started."));
        return;
    }
    QFile file(filePath.startsWith(QLatin1String("file:")) ? QUrl(filePath).toLocalFile() : filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        refuseLocally(command, MeetingSession::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-")) {
        refuseLocally(command, MeetingSession::tr("%1 is not a PDF file.").arg(file.fileName()));
        return;
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    request.mutable_add_document()->set_sha256(sha.toStdString());
    pendingUploads.insert(sha, {command, std::move(request)});
    uploadFraction = 0.0;
    emit q->uploadChanged();
    agent->uploadBlob(sha, std::move(bytes));
}

void MeetingSession::Private::onUploadFinished(const QString &sha, bool ok, int errorCode, const QString &message) {
    const auto it = pendingUploads.find(sha);
    if (it == pendingUploads.end()) return;
    auto pending = std::move(it.value());
    pendingUploads.erase(it);
    emit q->uploadChanged();
    if (!ok) {
        setLastError(message);
        emit q->commandFinished(pending.command, false, errorCode, message);
        return;
    }
    send(std::move(pending.request), pending.command);
}
