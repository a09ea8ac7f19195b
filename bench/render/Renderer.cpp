#include "Renderer.h"

#ifdef ECABINET_BENCH_PAGE_RENDERER
#include "pdf/PageRenderer.h"
#endif

#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>

namespace ecabinet::bench {
namespace {

[[noreturn]] void fail(const QString &what) { throw std::runtime_error(what.toStdString()); }

std::unique_ptr<Poppler::Document> open(const QString &path) {
    auto doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked()) fail(QStringLiteral("Poppler cannot open %1").arg(path));
    return doc;
}

QImage renderWith(Poppler::Document &doc, int index, double dpi) {
    auto page = doc.page(index);
    if (!page) fail(QStringLiteral("no page %1").arg(index + 1));
    QImage img = page->renderToImage(dpi, dpi);
    if (img.isNull()) fail(QStringLiteral("Poppler failed to render page %1").arg(index + 1));
    return img;
}

} // namespace

#ifdef ECABINET_BENCH_PAGE_RENDERER

QString oursName() { return QStringLiteral("tablet-client PageRenderer (poppler-qt6, Splash)"); }

QImage renderOurs(const QString &path, int index, double dpi, bool cold) {
    if (cold) pdf::PageRenderer::closeAll();
    auto info = pdf::PageRenderer::inspect(path);
    if (!info) fail(info.error().message);
    // PageRenderer takes a pixel width; this is the width pdftoppm produces at `dpi`.
    const int width = int(std::ceil(info.value().firstPageSizePt.width() * dpi / 72.0 - 0.5));
    auto img = pdf::PageRenderer::render(path, index, width);
    if (!img) fail(img.error().message);
    return img.value();
}

#else

QString oursName() { return QStringLiteral("poppler-qt6 directly (Splash; PageRenderer not in the build)"); }

QImage renderOurs(const QString &path, int index, double dpi, bool cold) {
    static std::map<QString, std::unique_ptr<Poppler::Document>> warm;
    if (cold) warm.erase(path);
    auto &doc = warm[path];
    if (!doc) {
        doc = open(path);
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    }
    return renderWith(*doc, index, dpi);
}

#endif

QImage renderPoppler(const QString &path, int index, double dpi, const PopplerSettings &settings) {
    auto doc = open(path);
    doc->setRenderBackend(settings.backend);
    doc->setRenderHint(Poppler::Document::Antialiasing, false); // start from none, then set ours
    doc->setRenderHint(Poppler::Document::TextAntialiasing, false);
    for (auto hint : {Poppler::Document::Antialiasing, Poppler::Document::TextAntialiasing,
                      Poppler::Document::TextHinting, Poppler::Document::TextSlightHinting,
                      Poppler::Document::ThinLineSolid, Poppler::Document::ThinLineShape,
                      Poppler::Document::IgnorePaperColor, Poppler::Document::HideAnnotations})
        if (settings.hints.testFlag(hint)) doc->setRenderHint(hint, true);
    return renderWith(*doc, index, dpi);
}

int pageCount(const QString &path) { return open(path)->numPages(); }

} // namespace ecabinet::bench
