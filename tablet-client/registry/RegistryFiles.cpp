// Files from the registry: a directive's signed PDF and the files attached to reports.
// Fetched one chunk at a time (GetDirectivePdf / GetAttachment, each answered with
// AttachmentData), the whole checked against the SHA-256 the registry names, then written all
// or nothing (QSaveFile). Nothing is written when a chunk is refused or the bytes do not match.
#include "registry/RegistryExport.h"
#include "registry/RegistrySessionPrivate.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace ecabinet;

namespace {

constexpr qsizetype kMaxDownload = 256LL * 1024 * 1024; // the registry's attachment limit

QString toLocalPath(const QString &pathOrUrl) {
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace

void RegistrySession::saveDirectivePdf(const QString &directiveId, const QString &pathOrUrl) {
    const std::string id = directiveId.toStdString();
    d->startDownload(toLocalPath(pathOrUrl), tr("the signed PDF"), [id](quint64 offset, quint32 length) {
        wire::RegistryEnvelope env;
        auto *r = env.mutable_get_directive_pdf();
        r->set_directive_id(id);
        r->set_offset(offset);
        r->set_length(length);
        return env;
    });
}

void RegistrySession::saveAttachment(const QString &sha256, const QString &pathOrUrl) {
    const std::string sha = sha256.toStdString();
    d->startDownload(toLocalPath(pathOrUrl), tr("the attached file"), [sha](quint64 offset, quint32 length) {
        wire::RegistryEnvelope env;
        auto *r = env.mutable_get_attachment();
        r->set_sha256(sha);
        r->set_offset(offset);
        r->set_length(length);
        return env;
    });
}

void RegistrySession::Private::startDownload(const QString &path, const QString &label,
                                             std::function<wire::RegistryEnvelope(quint64, quint32)> request) {
    const QString command = QStringLiteral("saveFile");
    if (path.isEmpty()) {
        finish(command, false, tr("No file name was given."));
        return;
    }
    if (download) {
        finish(command, false, tr("Another file is still being saved; try again when it is done."));
        return;
    }
    download = std::make_unique<Download>();
    download->path = path;
    download->label = label;
    download->request = std::move(request);
    setBusy(+1);
    fetchNextChunk();
}

void RegistrySession::Private::fetchNextChunk() {
    auto &dl = *download;
    const bool sent = send(dl.request(quint64(dl.bytes.size()), chunkSize), QStringLiteral("saveFile"),
                           [this](const wire::RegistryEnvelope &reply) {
        if (!download) return; // signed out meanwhile
        auto &d = *download;
        if (!reply.has_attachment_data()) {
            failDownload(tr("The registry answered with something other than %1.").arg(d.label));
            return;
        }
        const auto &a = reply.attachment_data();
        if (a.offset() != quint64(d.bytes.size()) || a.total_size() > quint64(kMaxDownload) ||
            quint64(d.bytes.size()) + a.data().size() > a.total_size()) {
            failDownload(tr("The registry sent %1 out of order; nothing was saved.").arg(d.label));
            return;
        }
        d.bytes.append(a.data().data(), qsizetype(a.data().size()));
        if (quint64(d.bytes.size()) < a.total_size()) {
            if (a.data().empty()) {
                failDownload(tr("The registry stopped sending %1; nothing was saved.").arg(d.label));
                return;
            }
            fetchNextChunk();
            return;
        }
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(d.bytes, QCryptographicHash::Sha256).toHex());
        if (sha != QString::fromStdString(a.sha256())) {
            failDownload(tr("The copy of %1 arrived damaged (its checksum does not match); nothing was saved.").arg(d.label));
            return;
        }
        const QString error = client::exports::writeFile(d.path, d.bytes);
        if (!error.isEmpty()) {
            failDownload(error);
            return;
        }
        const QString path = d.path;
        download.reset();
        setBusy(-1);
        setLastInfo(tr("Saved %1.").arg(path));
        emit q->exported(path);
        finish(QStringLiteral("saveFile"), true, {});
    }, true);
    if (!sent) failDownload(tr("Not connected to the registry."));
}

void RegistrySession::Private::failDownload(const QString &text) {
    download.reset();
    setBusy(-1);
    finish(QStringLiteral("saveFile"), false, text);
}
