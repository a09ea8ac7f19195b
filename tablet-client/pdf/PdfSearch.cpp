#include "pdf/PdfSearch.h"

#include "Models.h"
#include "cache/BlobLocator.h"
#include "pdf/PageRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

using ecabinet::client::BlobLocator;
using ecabinet::pdf::PageRenderer;

PdfSearch::PdfSearch(QObject *parent) : QAbstractListModel(parent) {
    connect(&watcher_, &QFutureWatcher<QList<Hit>>::finished, this, [this] {
        setHits(watcher_.result(), true);
        emit runningChanged();
        if (!pendingQuery_.isNull()) {
            const QString next = pendingQuery_;
            pendingQuery_ = QString();
            find(next);
        }
    });
}

PdfSearch::~PdfSearch() { watcher_.waitForFinished(); }

void PdfSearch::setSha256(const QString &sha) {
    if (sha == sha_) return;
    sha_ = sha;
    clear();
    emit scopeChanged();
}

void PdfSearch::setTitle(const QString &title) {
    if (title == title_) return;
    title_ = title;
    emit scopeChanged();
}

void PdfSearch::setDocumentId(const QString &id) {
    if (id == documentId_) return;
    documentId_ = id;
    emit scopeChanged();
}

DocumentModel *PdfSearch::pack() const { return pack_; }

void PdfSearch::setPack(DocumentModel *pack) {
    if (pack == pack_) return;
    pack_ = pack;
    clear();
    emit scopeChanged();
}

QList<PdfSearch::Target> PdfSearch::targets() const {
    QList<Target> out;
    if (pack_) {
        for (const auto &row : pack_->documents()) {
            const QString path = BlobLocator::instance().find(row.sha256);
            if (!path.isEmpty()) out.append({row.sha256, row.documentId, row.title, path});
        }
        return out;
    }
    const QString path = sha_.isEmpty() ? QString() : BlobLocator::instance().find(sha_);
    if (!path.isEmpty()) out.append({sha_, documentId_, title_, path});
    return out;
}

void PdfSearch::find(const QString &text) {
    const QString needle = text.simplified();
    if (watcher_.isRunning()) { // one search at a time; the newest question wins
        pendingQuery_ = needle;
        return;
    }
    query_ = needle;
    if (needle.isEmpty()) {
        setHits({}, false);
        return;
    }
    const auto list = targets();
    watcher_.setFuture(QtConcurrent::run([list, needle] {
        QList<Hit> hits;
        for (const auto &t : list) {
            auto found = PageRenderer::search(t.path, needle, kMaxHits - int(hits.size()));
            if (!found) continue; // a broken or locked document has nothing to find
            for (const auto &h : found.value()) hits.append({t.sha256, t.documentId, t.title, h.page, h.snippet, h.rect});
            if (hits.size() >= kMaxHits) break;
        }
        return hits;
    }));
    emit runningChanged();
}

void PdfSearch::clear() {
    pendingQuery_ = QString();
    query_.clear();
    setHits({}, false);
}

void PdfSearch::setHits(QList<Hit> hits, bool searched) {
    beginResetModel();
    hits_ = std::move(hits);
    searched_ = searched;
    endResetModel();
    emit resultsChanged();
}

int PdfSearch::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }

QVariant PdfSearch::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= hits_.size()) return {};
    const Hit &h = hits_.at(index.row());
    switch (role) {
    case Sha256Role: return h.sha256;
    case DocumentIdRole: return h.documentId;
    case TitleRole: return h.title;
    case PageRole: return h.page;
    case SnippetRole: return h.snippet;
    case RectRole: return h.rect;
    }
    return {};
}

QHash<int, QByteArray> PdfSearch::roleNames() const {
    return {{Sha256Role, "sha256"}, {DocumentIdRole, "documentId"}, {TitleRole, "title"},
            {PageRole, "page"},     {SnippetRole, "snippet"},       {RectRole, "rect"}};
}
