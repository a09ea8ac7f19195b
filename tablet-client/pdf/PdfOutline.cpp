#include "pdf/PdfOutline.h"

#include "cache/BlobLocator.h"

#include <QtConcurrent/QtConcurrentRun>

using ecabinet::client::BlobLocator;
using ecabinet::pdf::OutlineEntry;
using ecabinet::pdf::PageRenderer;

PdfOutline::PdfOutline(QObject *parent) : QAbstractListModel(parent) {
    connect(&watcher_, &QFutureWatcher<QList<OutlineEntry>>::finished, this, [this] {
        beginResetModel();
        entries_ = watcher_.result();
        endResetModel();
        loading_ = false;
        emit countChanged();
        emit loadingChanged();
    });
    // A document that arrives later gets its outline then.
    connect(&BlobLocator::instance(), &BlobLocator::blobAvailable, this,
            [this](const QString &sha) {
                if (sha == sha_ && entries_.isEmpty()) load();
            },
            Qt::QueuedConnection);
}

PdfOutline::~PdfOutline() { watcher_.waitForFinished(); }

void PdfOutline::setSha256(const QString &sha) {
    if (sha == sha_) return;
    sha_ = sha;
    emit sha256Changed();
    load();
}

void PdfOutline::load() {
    watcher_.waitForFinished(); // a previous document's outline is small and quick
    beginResetModel();
    entries_.clear();
    endResetModel();
    emit countChanged();
    const QString path = sha_.isEmpty() ? QString() : BlobLocator::instance().find(sha_);
    if (path.isEmpty()) return;
    loading_ = true;
    emit loadingChanged();
    watcher_.setFuture(QtConcurrent::run([path] {
        auto r = PageRenderer::outline(path);
        return r ? r.value() : QList<OutlineEntry>(); // a broken file says so in PdfDocument
    }));
}

int PdfOutline::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }

QVariant PdfOutline::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= entries_.size()) return {};
    const auto &e = entries_.at(index.row());
    switch (role) {
    case TitleRole: return e.title;
    case PageRole: return e.page;
    case DepthRole: return e.depth;
    }
    return {};
}

QHash<int, QByteArray> PdfOutline::roleNames() const {
    return {{TitleRole, "title"}, {PageRole, "page"}, {DepthRole, "depth"}};
}
