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

Result<QImage, RenderError> PageRenderer::renderToFit(const QString &path, int pageIndex, QSize box,
                                                      const std::function<bool()> &shouldStop) {
    const auto stopped = [] {
        return fail(RenderError{RenderError::Cancelled, tr("Drawing the page was cancelled.")});
    };
    // `entry` (a shared_ptr) keeps the Poppler document open until this render is done,
    // even if the pool drops it meanwhile (closeAll, or more than kMaxOpen documents).
    auto entry = DocumentPool::instance().get(path);
    std::lock_guard lock(entry->mutex);
    if (shouldStop && shouldStop()) return stopped(); // waited for the lock behind another render
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
    QImage image;
    if (shouldStop) {
        // Poppler asks between drawing operations; the closure carries the question.
        const auto ask = [](const QVariant &closure) {
            return (*static_cast<const std::function<bool()> *>(closure.value<void *>()))();
        };
        image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr, ask,
                                    QVariant::fromValue(const_cast<void *>(static_cast<const void *>(&shouldStop))));
        if (shouldStop()) return stopped(); // the image may be half drawn
    } else {
        image = page->renderToImage(dpi, dpi);
    }
    if (image.isNull())
        return fail(RenderError{RenderError::Broken, tr("Page %1 of the document could not be drawn.").arg(pageIndex + 1)});
    return image;
}

namespace {

// For matching only: lower case, diacritics dropped (NFD, combining marks removed), đ → d,
// punctuation trimmed at both ends. "Hà," and "ha" fold alike; Poppler's own IgnoreDiacritics
// does not cover Vietnamese letters such as ơ, ư, ế.
QString fold(const QString &word) {
    const QString nfd = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(nfd.size());
    for (QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing) continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) c = QLatin1Char('d'); // đ Đ
        out.append(c.toLower());
    }
    qsizetype from = 0, to = out.size();
    while (from < to && !out.at(from).isLetterOrNumber()) ++from;
    while (to > from && !out.at(to - 1).isLetterOrNumber()) --to;
    return out.mid(from, to - from);
}

// Do the words from `i` on spell `tokens`? One token: inside a word ("desal" finds
// "desalination"). Several: the first ends a word, the middle ones are whole words, the last
// begins a word.
bool matchesAt(const QStringList &words, qsizetype i, const QStringList &tokens) {
    const qsizetype n = tokens.size();
    if (i + n > words.size()) return false;
    if (n == 1) return words.at(i).contains(tokens.front());
    if (!words.at(i).endsWith(tokens.front()) || !words.at(i + n - 1).startsWith(tokens.back())) return false;
    for (qsizetype k = 1; k + 1 < n; ++k)
        if (words.at(i + k) != tokens.at(k)) return false;
    return true;
}

} // namespace

Result<QList<TextHit>, RenderError> PageRenderer::search(const QString &path, const QString &text, int maxHits) {
    auto entry = DocumentPool::instance().get(path);
    int pages = 0;
    {
        std::lock_guard lock(entry->mutex);
        if (!entry->doc) return fail(entry->error);
        pages = entry->doc->numPages();
    }
    QList<TextHit> hits;
    const QStringList tokens = fold(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty()) return hits;
    // One page at a time under the document's lock, so a page flip can render in between.
    for (int i = 0; i < pages && hits.size() < maxHits; ++i) {
        std::vector<std::unique_ptr<Poppler::TextBox>> boxes;
        QSizeF pt;
        {
            std::lock_guard lock(entry->mutex);
            auto page = entry->doc->page(i);
            if (!page) continue;
            pt = page->pageSizeF();
            boxes = page->textList();
        }
        if (pt.width() <= 0 || pt.height() <= 0 || boxes.empty()) continue; // a scan: no text layer
        QStringList words;
        words.reserve(qsizetype(boxes.size()));
        for (const auto &box : boxes) words.append(fold(box->text()));
        for (qsizetype w = 0; w < words.size() && hits.size() < maxHits; ++w) {
            if (!matchesAt(words, w, tokens)) continue;
            const qsizetype last = w + tokens.size() - 1;
            QRectF r = boxes[std::size_t(w)]->boundingBox();
            for (qsizetype k = w + 1; k <= last; ++k) r = r.united(boxes[std::size_t(k)]->boundingBox());
            TextHit hit;
            hit.page = i;
            hit.rect = QRectF(r.x() / pt.width(), r.y() / pt.height(), r.width() / pt.width(), r.height() / pt.height());
            // Context: the words around the hit on its line.
            const double mid = r.center().y();
            QStringList line;
            for (qsizetype k = std::max<qsizetype>(0, w - 8); k < std::min<qsizetype>(words.size(), last + 9); ++k) {
                const QRectF b = boxes[std::size_t(k)]->boundingBox();
                if (b.top() <= mid && b.bottom() >= mid) line.append(boxes[std::size_t(k)]->text());
            }
            hit.snippet = line.join(QLatin1Char(' '));
            hits.append(hit);
            w = last;
        }
    }
    return hits;
}

namespace {

void flatten(const QVector<Poppler::OutlineItem> &items, int depth, QList<OutlineEntry> &out) {
    for (const auto &item : items) {
        if (item.isNull()) continue;
        OutlineEntry e;
        e.title = item.name().simplified();
        e.depth = depth;
        if (const auto dest = item.destination()) e.page = dest->pageNumber() - 1; // Poppler counts from 1
        out.append(e);
        if (item.hasChildren()) flatten(item.children(), depth + 1, out);
    }
}

} // namespace

Result<QList<OutlineEntry>, RenderError> PageRenderer::outline(const QString &path) {
    auto entry = DocumentPool::instance().get(path);
    std::lock_guard lock(entry->mutex);
    if (!entry->doc) return fail(entry->error);
    QList<OutlineEntry> out;
    flatten(entry->doc->outline(), 0, out);
    return out;
}

void PageRenderer::closeAll() { DocumentPool::instance().clear(); }

} // namespace ecabinet::pdf
