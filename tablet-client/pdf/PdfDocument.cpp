#include "pdf/PdfDocument.h"

#include "cache/BlobLocator.h"
#include "cache/DocumentCache.h"
#include "pdf/PageRenderer.h"

using ecabinet::client::BlobLocator;

PdfDocument::PdfDocument(QObject *parent) : QObject(parent) {
    // Queued: a session may announce from any thread; we read state here.
    connect(&BlobLocator::instance(), &BlobLocator::blobAvailable, this,
            [this](const QString &sha) {
                if (sha == sha_ && status_ == Loading) load();
            },
            Qt::QueuedConnection);
}

void PdfDocument::setSha256(const QString &sha) {
    if (sha == sha_) return;
    sha_ = sha;
    emit sha256Changed();
    load();
}

QString PdfDocument::pageSource(int pageIndex) const {
    return QStringLiteral("image://pdf/%1/%2").arg(sha_).arg(pageIndex);
}

QSizeF PdfDocument::pageSizeAt(int pageIndex) const {
    const QSizeF s = pageSizes_.value(pageIndex);
    return s.isValid() && !s.isEmpty() ? s : pageSize_;
}

void PdfDocument::load() {
    if (sha_.isEmpty()) {
        setStatus(Null, 0, {});
        return;
    }
    if (!ecabinet::client::DocumentCache::isSha256Hex(sha_)) {
        setStatus(Broken, 0, tr("\"%1\" is not a document id.").arg(sha_));
        return;
    }
    const QString path = BlobLocator::instance().find(sha_);
    if (path.isEmpty()) {
        setStatus(Loading, 0, {});
        return;
    }
    // Opening parses only the cross-reference table (milliseconds); pages
    // themselves are drawn off the GUI thread by the image provider.
    auto info = ecabinet::pdf::PageRenderer::inspect(path);
    if (!info) {
        const auto &e = info.error();
        setStatus(e.kind == ecabinet::pdf::RenderError::Locked ? Locked : Broken, 0, e.message);
        return;
    }
    setStatus(Ready, info->pageCount, {}, info->pageSizesPt);
}

void PdfDocument::setStatus(Status s, int pages, const QString &error, const QList<QSizeF> &sizes) {
    if (s == status_ && pages == pageCount_ && error == error_ && sizes == pageSizes_) return;
    status_ = s;
    pageCount_ = pages;
    error_ = error;
    pageSizes_ = sizes;
    pageSize_ = sizes.value(0);
    emit statusChanged();
}
