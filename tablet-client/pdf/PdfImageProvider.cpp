#include "pdf/PdfImageProvider.h"

#include "cache/BlobLocator.h"
#include "pdf/PageRenderer.h"
#include "pdf/RenderCache.h"
#include "pdf/RenderQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QQuickTextureFactory>

#include <atomic>
#include <functional>
#include <memory>

namespace ecabinet {

namespace {

struct PageRequest {
    QString sha;
    int page = -1;
    QSize size;
};

std::optional<PageRequest> parseId(const QString &id, QSize size) {
    const auto parts = id.split('/');
    if (parts.size() != 2) return std::nullopt;
    bool ok = false;
    const int page = parts[1].toInt(&ok);
    if (!ok || page < 0) return std::nullopt;
    return PageRequest{parts[0], page, size};
}

// Diagonal, translucent, repeated: readable over text and scans, hard to crop away.
void drawWatermark(QImage &image, const QString &text) {
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    f.setPixelSize(std::max(12, image.width() / 28));
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(200, 0, 0, 70));
    p.translate(image.width() / 2.0, image.height() / 2.0);
    p.rotate(-35);
    const int step = f.pixelSize() * 5;
    const int reach = image.width() + image.height();
    for (int y = -reach; y < reach; y += step)
        p.drawText(QRect(-reach, y, 2 * reach, step), Qt::AlignCenter, text);
}

Result<QImage, pdf::RenderError> renderCached(const PageRequest &r, const std::function<bool()> &shouldStop) {
    const pdf::RenderCache::Key key{r.sha, r.page, r.size};
    if (auto hit = pdf::RenderCache::instance().get(key)) return *hit;
    const QString path = client::BlobLocator::instance().find(r.sha);
    if (path.isEmpty())
        return fail(pdf::RenderError{pdf::RenderError::NotFound,
                                     QCoreApplication::translate("PdfImageProvider",
                                                                 "The document has not been downloaded yet.")});
    auto image = pdf::PageRenderer::renderToFit(path, r.page, r.size, shouldStop);
    if (!image) return image;
    // Confidential documents carry their reader's name and the time on every page (issue 5).
    if (const QString mark = client::BlobLocator::instance().watermark(r.sha); !mark.isEmpty())
        drawWatermark(image.value(), mark + QStringLiteral(" · ") +
                                         QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    pdf::RenderCache::instance().put(key, image.value());
    return image;
}

QImage errorImage(const QString &message, QSize size) {
    if (size.width() <= 0 || size.height() <= 0) size = QSize(800, 1131);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(0xee, 0xee, 0xee));
    QPainter p(&img);
    p.setPen(QColor(0x80, 0x10, 0x10));
    QFont f = p.font();
    f.setPixelSize(std::max(14, size.width() / 30));
    p.setFont(f);
    p.drawText(img.rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, message);
    return img;
}

// Renders a neighbour into the cache; nobody waits for it. Runs on `queue`, so
// the queue outlives it.
void prefetch(const pdf::RenderQueue &queue, const PageRequest &r) {
    const auto stop = [&queue] { return queue.stopping(); };
    if (!stop() && !pdf::RenderCache::instance().contains({r.sha, r.page, r.size})) (void)renderCached(r, stop);
}

// Owned by whoever called requestImageResponse (the QML engine, which deletes it
// after finished()); shares the queue, so the queue lives while it does. Every
// path ends in exactly one finished(), also when cancelled: the engine deletes a
// response only then.
class PageResponse : public QQuickImageResponse {
public:
    PageResponse(QString id, QSize size, std::shared_ptr<pdf::RenderQueue> queue)
        : id_(std::move(id)), size_(size), queue_(std::move(queue)) {}

    // On the response's thread, once the caller has connected to finished().
    void start() {
        if (!queue_->start([this] { run(); }, 1)) finishCancelled();
    }

    // From the engine's image reader thread, when the Image no longer wants the page.
    void cancel() override { cancelled_.store(true, std::memory_order_release); }

    QQuickTextureFactory *textureFactory() const override {
        return QQuickTextureFactory::textureFactoryForImage(image_);
    }
    QString errorString() const override { return error_; }

private:
    bool shouldStop() const { return cancelled_.load(std::memory_order_acquire) || queue_->stopping(); }

    // On a worker of queue_.
    void run() {
        if (shouldStop()) {
            finishCancelled();
            return;
        }
        const auto req = parseId(id_, size_);
        if (!req) {
            finishWithError(QCoreApplication::translate("PdfImageProvider", "Invalid page address \"%1\".").arg(id_));
            return;
        }
        auto image = renderCached(*req, [this] { return shouldStop(); });
        if (!image) {
            if (image.error().kind == pdf::RenderError::Cancelled)
                finishCancelled();
            else
                finishWithError(image.error().message);
            return;
        }
        image_ = image.value();
        for (const int n : {req->page + 1, req->page - 1})
            if (n >= 0)
                (void)queue_->start([q = queue_.get(), r = PageRequest{req->sha, n, req->size}] { prefetch(*q, r); },
                                    -1); // low priority; refused once the queue shuts down
        // Last statement: the engine may delete this response once it is finished.
        emit finished();
    }

    void finishWithError(const QString &message) {
        error_ = message;
        image_ = errorImage(message, size_);
        emit finished();
    }

    // Nobody shows this response any more: no image, just the reason and the end.
    void finishCancelled() {
        error_ = QCoreApplication::translate("PdfImageProvider", "Drawing the page was cancelled.");
        emit finished();
    }

    QString id_;
    QSize size_;
    std::shared_ptr<pdf::RenderQueue> queue_;
    std::atomic<bool> cancelled_{false};
    QImage image_;
    QString error_;
};

// Poppler renders one page of a document at a time anyway; two threads keep the
// current page and a prefetch going without starving the GUI on 2 cores.
constexpr int kRenderThreads = 2;

} // namespace

PdfImageProvider::PdfImageProvider() : PdfImageProvider(std::make_shared<pdf::RenderQueue>(kRenderThreads)) {}

PdfImageProvider::PdfImageProvider(std::shared_ptr<pdf::RenderQueue> queue) : queue_(std::move(queue)) {}

PdfImageProvider::~PdfImageProvider() { queue_->shutdown(); }

QQuickImageResponse *PdfImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize) {
    auto response = std::make_unique<PageResponse>(id, requestedSize, queue_);
    // Start from the event loop, not here: the caller connects to finished()
    // only after we return, and a fast answer (cache hit, bad id) emitted
    // before that would be lost. If the response is deleted first, Qt drops
    // the queued call with it.
    QMetaObject::invokeMethod(
        response.get(), [r = response.get()] { r->start(); }, Qt::QueuedConnection);
    return response.release(); // ownership passes to the QML engine (Qt's API)
}

void installImageProviders(QQmlEngine &engine) {
    auto queue = std::make_shared<pdf::RenderQueue>(kRenderThreads);
    engine.addImageProvider(QStringLiteral("pdf"), std::make_unique<PdfImageProvider>(queue).release());
    // Rendering ends with the engine, not with the provider (see RenderQueue.h): when
    // the engine is destroyed, renders under way are aborted and waited for before
    // its image reader, its windows and — at the end of main() — the document pool
    // and the render cache go.
    QObject::connect(&engine, &QObject::destroyed, [queue] { queue->shutdown(); });
}

} // namespace ecabinet
