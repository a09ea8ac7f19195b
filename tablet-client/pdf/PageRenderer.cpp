#include "pdf/PageRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <poppler-qt6.h>

#include <list>
#include <memory>
#include <mutex>

namespace ecabinet::pdf {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageRenderer", text); }

struct OpenDocument {
    std::mutex mutex; // one renderer at a time per document
    std::unique_ptr<Poppler::Document> doc;
    RenderError error; // when doc is null
    QString path;
};

// A few recently used documents stay open: reopening parses the xref each time.
class DocumentPool {
public:
    static DocumentPool &instance() {
        static DocumentPool pool;
        return pool;
    }

    std::shared_ptr<OpenDocument> get(const QString &path) {
        std::lock_guard lock(mutex_);
        for (auto it = docs_.begin(); it != docs_.end(); ++it)
            if ((*it)->path == path) {
                docs_.splice(docs_.begin(), docs_, it);
                return docs_.front();
            }
        auto entry = std::make_shared<OpenDocument>();
        entry->path = path;
        open(*entry);
        // A missing file may arrive later (download under way): do not remember it.
        if (!entry->doc && entry->error.kind == RenderError::NotFound) return entry;
        docs_.push_front(entry);
        if (docs_.size() > kMaxOpen) docs_.pop_back(); // a renderer still holding it keeps it alive
        return entry;
    }

    void clear() {
        std::lock_guard lock(mutex_);
        docs_.clear();
    }

private:
    static constexpr std::size_t kMaxOpen = 16;

    static void open(OpenDocument &e) {
        if (!QFileInfo(e.path).isFile()) {
            e.error = {RenderError::NotFound, tr("The document file %1 is not there.").arg(e.path)};
            return;
        }
        auto doc = Poppler::Document::load(e.path);
        if (!doc) {
            e.error = {RenderError::Broken, tr("The document is damaged and cannot be shown. Ask the secretary for a new copy.")};
            return;
        }
        if (doc->isLocked()) {
            e.error = {RenderError::Locked, tr("The document is protected by a password and cannot be shown.")};
            return;
        }
        if (doc->numPages() <= 0) {
            e.error = {RenderError::Broken, tr("The document has no pages.")};
            return;
        }
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        e.doc = std::move(doc);
    }

    std::mutex mutex_;
    std::list<std::shared_ptr<OpenDocument>> docs_;
};

// Scale factor so that a page of `pt` points fits `box` pixels.
double scaleFor(QSizeF pt, QSize box) {
    const double sx = box.width() > 0 ? box.width() / pt.width() : 0.0;
    const double sy = box.height() > 0 ? box.height() / pt.height() : 0.0;
    if (sx > 0 && sy > 0) return std::min(sx, sy);
    return sx > 0 ? sx : sy;
}

} // namespace

Result<DocumentInfo, RenderError> PageRenderer::inspect(const QString &path) {
    auto entry = DocumentPool::instance().get(path);
    std::lock_guard lock(entry->mutex);
    if (!entry->doc) return fail(entry->error);
    DocumentInfo info;
    info.pageCount = entry->doc->numPages();
    info.pageSizesPt.reserve(info.pageCount);
    for (int i = 0; i < info.pageCount; ++i) {
        auto page = entry->doc->page(i);
        info.pageSizesPt.append(page ? page->pageSizeF() : QSizeF());
    }
    info.firstPageSizePt = info.pageSizesPt.value(0);
    return info;
}

Result<QImage, RenderError> PageRenderer::render(const QString &path, int pageIndex, int widthPx) {
    return renderToFit(path, pageIndex, QSize(widthPx, 0));
}

Result<QImage, RenderError> PageRenderer::renderToFit(const QString &path, int pageIndex, QSize box) {
    auto entry = DocumentPool::instance().get(path);
    std::lock_guard lock(entry->mutex);
    if (!entry->doc) return fail(entry->error);
    if (pageIndex < 0 || pageIndex >= entry->doc->numPages())
        return fail(RenderError{RenderError::NoSuchPage,
                                tr("The document has no page %1.").arg(pageIndex + 1)});
    auto page = entry->doc->page(pageIndex);
    if (!page) return fail(RenderError{RenderError::Broken, tr("Page %1 of the document is damaged.").arg(pageIndex + 1)});
    const QSizeF pt = page->pageSizeF();
    if (pt.width() <= 0 || pt.height() <= 0)
        return fail(RenderError{RenderError::Broken, tr("Page %1 of the document has no size.").arg(pageIndex + 1)});
    if (box.width() <= 0 && box.height() <= 0) box = QSize(1024, 0); // QML gave no sourceSize
    const double scale = scaleFor(pt, box);
    const double dpi = 72.0 * scale;
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        return fail(RenderError{RenderError::Broken, tr("Page %1 of the document could not be drawn.").arg(pageIndex + 1)});
    return image;
}

void PageRenderer::closeAll() { DocumentPool::instance().clear(); }

} // namespace ecabinet::pdf
