#include "pdf/PdfImageProvider.h"

#include "cache/BlobLocator.h"
#include "pdf/PageRenderer.h"
#include "pdf/RenderCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QQuickTextureFactory>
#include <QRunnable>

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

Result<QImage, pdf::RenderError> renderCached(const PageRequest &r) {
    const pdf::RenderCache::Key key{r.sha, r.page, r.size};
    if (auto hit = pdf::RenderCache::instance().get(key)) return *hit;
    const QString path = client::BlobLocator::instance().find(r.sha);
    if (path.isEmpty())
        return fail(pdf::RenderError{pdf::RenderError::NotFound,
                                     QCoreApplication::translate("PdfImageProvider",
                                                                 "The document has not been downloaded yet.")});
    auto image = pdf::PageRenderer::renderToFit(path, r.page, r.size);
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

// Renders neighbours into the cache; nobody waits for it.
class Prefetch : public QRunnable {
public:
    explicit Prefetch(PageRequest r) : r_(std::move(r)) {}
    void run() override {
        if (!pdf::RenderCache::instance().contains({r_.sha, r_.page, r_.size})) (void)renderCached(r_);
    }

private:
    PageRequest r_;
};

class PageResponse : public QQuickImageResponse, public QRunnable {
public:
    PageResponse(QString id, QSize size, QThreadPool &pool) : id_(std::move(id)), size_(size), pool_(pool) {
        setAutoDelete(false); // the QML engine owns the response, not the pool
    }

    void run() override {
        const auto req = parseId(id_, size_);
        if (!req) {
            finishWithError(QCoreApplication::translate("PdfImageProvider", "Invalid page address \"%1\".").arg(id_));
            return;
        }
        auto image = renderCached(*req);
        if (!image) {
            finishWithError(image.error().message);
            return;
        }
        image_ = image.value();
        for (const int n : {req->page + 1, req->page - 1})
            if (n >= 0) {
                auto pre = std::make_unique<Prefetch>(PageRequest{req->sha, n, req->size});
                pool_.start(pre.release(), -1); // low priority; the pool deletes it (autoDelete)
            }
        // Last statement: the engine may delete this response once it is finished.
        emit finished();
    }

    QQuickTextureFactory *textureFactory() const override {
        return QQuickTextureFactory::textureFactoryForImage(image_);
    }
    QString errorString() const override { return error_; }

private:
    void finishWithError(const QString &message) {
        error_ = message;
        image_ = errorImage(message, size_);
        emit finished();
    }

    QString id_;
    QSize size_;
    QThreadPool &pool_;
    QImage image_;
    QString error_;
};

} // namespace

PdfImageProvider::PdfImageProvider() {
    // Poppler renders one page of a document at a time anyway; two threads keep
    // the current page and a prefetch going without starving the GUI on 2 cores.
    pool_.setMaxThreadCount(2);
}

PdfImageProvider::~PdfImageProvider() { pool_.waitForDone(); }

QQuickImageResponse *PdfImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize) {
    auto response = std::make_unique<PageResponse>(id, requestedSize, pool_);
    // Start from the event loop, not here: the caller connects to finished()
    // only after we return, and a fast answer (cache hit, bad id) emitted
    // before that would be lost. If the response is deleted first, Qt drops
    // the queued call with it.
    QMetaObject::invokeMethod(
        response.get(), [r = response.get(), pool = &pool_] { pool->start(r, 1); }, Qt::QueuedConnection);
    return response.release(); // ownership passes to the QML engine (Qt's API)
}

void installImageProviders(QQmlEngine &engine) {
    engine.addImageProvider(QStringLiteral("pdf"), std::make_unique<PdfImageProvider>().release());
}

} // namespace ecabinet
