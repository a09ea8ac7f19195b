// PDF pages from the document cache: PdfDocument status for good, missing and
// broken blobs; the image provider renders at the requested size off the GUI
// thread and answers a broken document with an error, not a crash; its renders
// stop when the Image or the engine that asked for them goes.
#include "SessionHarness.h"
#include "support/TestPdf.h"

#include "cache/BlobLocator.h"
#include "pdf/PageRenderer.h"
#include "pdf/PdfDocument.h"
#include "pdf/PdfImageProvider.h"
#include "pdf/PdfOutline.h"
#include "pdf/PdfSearch.h"
#include "pdf/RenderQueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace ecabinet::testing;
using namespace ecabinet::testing::client;
using ecabinet::client::BlobLocator;

namespace {

// Puts `bytes` into `cacheDir` as the verified blob it would be after a fetch.
QString putBlob(const QString &cacheDir, const QByteArray &bytes) {
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QDir().mkpath(cacheDir + "/" + sha.left(2));
    QFile f(cacheDir + "/" + sha.left(2) + "/" + sha);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return sha;
}

struct RegisteredCache {
    QTemporaryDir dir;
    RegisteredCache() { BlobLocator::instance().addCacheDir(dir.path()); }
    ~RegisteredCache() { BlobLocator::instance().removeCacheDir(dir.path()); }
};

// Requests one page from the provider and waits for the response.
struct Rendered {
    QImage image;
    QString error;
};
Rendered requestPage(ecabinet::PdfImageProvider &provider, const QString &id, QSize size) {
    std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(id, size));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    EXPECT_TRUE(finished.count() > 0 || finished.wait(20000)) << "no response for " << id.toStdString();
    Rendered r;
    r.error = response->errorString();
    std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
    if (factory) r.image = factory->image();
    return r;
}

} // namespace

TEST(ClientPdf, GoodDocumentIsReadyAndRendersAtTheRequestedWidth) {
    RegisteredCache cache;
    QTemporaryDir work;
    const auto pdfPath = std::filesystem::path(work.path().toStdString()) / "three.pdf";
    ASSERT_TRUE(makeTestPdf(pdfPath, 3, "Ba trang"));
    const QString sha = putBlob(cache.dir.path(), QByteArray::fromStdString(readFileBytes(pdfPath)));

    PdfDocument doc;
    doc.setSha256(sha);
    EXPECT_EQ(doc.status(), PdfDocument::Ready) << doc.errorString().toStdString();
    EXPECT_EQ(doc.pageCount(), 3);
    EXPECT_GT(doc.pageSize().height(), doc.pageSize().width()); // A4 portrait

    ecabinet::PdfImageProvider provider;
    const auto page = requestPage(provider, sha + "/1", QSize(600, 0));
    EXPECT_TRUE(page.error.isEmpty()) << page.error.toStdString();
    EXPECT_EQ(page.image.width(), 600);
    EXPECT_NEAR(page.image.height(), 600 * 297 / 210, 3);

    // Bad input: a page that does not exist, and a malformed id.
    EXPECT_FALSE(requestPage(provider, sha + "/9", QSize(600, 0)).error.isEmpty());
    EXPECT_FALSE(requestPage(provider, sha + "/x", QSize(600, 0)).error.isEmpty());

    // The plain C++ renderer (used by bench/render) agrees.
    auto direct = ecabinet::pdf::PageRenderer::render(BlobLocator::instance().find(sha), 0, 300);
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(direct.value().width(), 300);
}

TEST(ClientPdf, BrokenDocumentIsReportedNotCrashed) {
    RegisteredCache cache;
    // Bad input: a truncated PDF and plain garbage, stored as verified blobs.
    QTemporaryDir work;
    const auto pdfPath = std::filesystem::path(work.path().toStdString()) / "ok.pdf";
    ASSERT_TRUE(makeTestPdf(pdfPath, 2, "Hỏng"));
    const QByteArray whole = QByteArray::fromStdString(readFileBytes(pdfPath));
    for (const QByteArray &bytes : {whole.left(whole.size() / 3), QByteArray("this is not a PDF at all")}) {
        const QString sha = putBlob(cache.dir.path(), bytes);
        PdfDocument doc;
        doc.setSha256(sha);
        EXPECT_EQ(doc.status(), PdfDocument::Broken);
        EXPECT_FALSE(doc.errorString().isEmpty());
        EXPECT_EQ(doc.pageCount(), 0);

        ecabinet::PdfImageProvider provider;
        const auto page = requestPage(provider, sha + "/0", QSize(400, 0));
        EXPECT_FALSE(page.error.isEmpty());
        EXPECT_FALSE(page.image.isNull()) << "an error image is shown in place of the page";
    }
}

TEST(ClientPdf, MissingDocumentIsLoadingUntilItArrives) {
    RegisteredCache cache;
    QTemporaryDir work;
    const auto pdfPath = std::filesystem::path(work.path().toStdString()) / "later.pdf";
    ASSERT_TRUE(makeTestPdf(pdfPath, 2, "Sau"));
    const QByteArray bytes = QByteArray::fromStdString(readFileBytes(pdfPath));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    PdfDocument doc;
    doc.setSha256(sha);
    EXPECT_EQ(doc.status(), PdfDocument::Loading);
    putBlob(cache.dir.path(), bytes);
    BlobLocator::instance().announce(sha); // what a session does after verifying
    EXPECT_TRUE(waitUntil([&] { return doc.status() == PdfDocument::Ready; }));
    EXPECT_EQ(doc.pageCount(), 2);

    // Bad input: not a document id.
    doc.setSha256("../../etc/passwd");
    EXPECT_EQ(doc.status(), PdfDocument::Broken);
}

// --- tests/data: real files of every kind --------------------------------------------

namespace {

QByteArray testData(const char *name) {
    QFile f(QStringLiteral(ECABINET_TEST_DATA_DIR "/%1").arg(QLatin1String(name)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "tests/data/" << name << " missing";
    return f.readAll();
}

// Share of pixels that are not (nearly) white: ink on the page.
double inkShare(const QImage &img) {
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = 0; y < g.height(); ++y) {
        const uchar *row = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x) ink += row[x] < 160;
    }
    return double(ink) / (double(g.width()) * g.height());
}

} // namespace

// Bad input: a truncated download and a password-protected file, both as verified blobs.
TEST(ClientPdf, TestDataBrokenAndEncryptedAreReportedWithAReason) {
    RegisteredCache cache;
    const QString broken = putBlob(cache.dir.path(), testData("broken-truncated.pdf"));
    const QString locked = putBlob(cache.dir.path(), testData("encrypted.pdf"));

    PdfDocument b;
    b.setSha256(broken);
    EXPECT_EQ(b.status(), PdfDocument::Broken);
    EXPECT_TRUE(b.errorString().contains("damaged")) << b.errorString().toStdString();
    PdfDocument l;
    l.setSha256(locked);
    EXPECT_EQ(l.status(), PdfDocument::Locked);
    EXPECT_TRUE(l.errorString().contains("password")) << l.errorString().toStdString();
    EXPECT_EQ(l.pageCount(), 0);

    ecabinet::PdfImageProvider provider;
    for (const QString &sha : {broken, locked}) {
        const auto page = requestPage(provider, sha + "/0", QSize(400, 0));
        EXPECT_FALSE(page.error.isEmpty());
        EXPECT_FALSE(page.image.isNull()) << "an image saying why, in place of the page";
    }
    // Searching and reading the outline of such files fail with the same reason.
    const auto path = BlobLocator::instance().find(locked);
    const auto found = ecabinet::pdf::PageRenderer::search(path, "water", 10);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().kind, ecabinet::pdf::RenderError::Locked);
    EXPECT_FALSE(ecabinet::pdf::PageRenderer::outline(BlobLocator::instance().find(broken)).ok());
}

TEST(ClientPdf, TestDataEveryGoodKindOpensAndRenders) {
    RegisteredCache cache;
    struct Case { const char *file; int pages; };
    for (const Case c : {Case{"vector-text.pdf", 4}, Case{"vietnamese.pdf", 4}, Case{"scanned.pdf", 2},
                         Case{"large.pdf", 120}}) {
        SCOPED_TRACE(c.file);
        const QString sha = putBlob(cache.dir.path(), testData(c.file));
        PdfDocument doc;
        doc.setSha256(sha);
        ASSERT_EQ(doc.status(), PdfDocument::Ready) << doc.errorString().toStdString();
        EXPECT_EQ(doc.pageCount(), c.pages);
        EXPECT_NEAR(doc.pageSizeAt(c.pages - 1).width(), 595, 2) << "A4 width in points";
        ecabinet::PdfImageProvider provider;
        const auto page = requestPage(provider, sha + "/" + QString::number(c.pages - 1), QSize(500, 0));
        EXPECT_TRUE(page.error.isEmpty()) << page.error.toStdString();
        EXPECT_EQ(page.image.width(), 500);
        EXPECT_GT(inkShare(page.image), 0.003) << "the page has visible content";
    }
}

TEST(ClientPdf, SearchFindsWordsIgnoringCaseAndDiacritics) {
    RegisteredCache cache;
    using ecabinet::pdf::PageRenderer;
    const QString largeSha = putBlob(cache.dir.path(), testData("large.pdf"));
    const QString large = BlobLocator::instance().find(largeSha);
    const QString vector = BlobLocator::instance().find(putBlob(cache.dir.path(), testData("vector-text.pdf")));
    const QString vn = BlobLocator::instance().find(putBlob(cache.dir.path(), testData("vietnamese.pdf")));
    const QString scan = BlobLocator::instance().find(putBlob(cache.dir.path(), testData("scanned.pdf")));

    auto hits = PageRenderer::search(large, "DESALINATION", 50);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).page, 86);
    EXPECT_TRUE(hits->at(0).snippet.contains("desalination plant")) << hits->at(0).snippet.toStdString();
    const QRectF r = hits->at(0).rect;
    EXPECT_TRUE(r.left() > 0 && r.right() < 1 && r.top() > 0 && r.bottom() < 1 && r.width() > 0.05)
        << "normalised to the page";

    auto water = PageRenderer::search(vector, "groundwater", 50);
    ASSERT_TRUE(water.ok());
    ASSERT_FALSE(water->isEmpty());
    for (const auto &h : water.value()) EXPECT_EQ(h.page, 1) << "only section 2 mentions it";
    auto capped = PageRenderer::search(large, "budget", 7);
    ASSERT_TRUE(capped.ok());
    EXPECT_EQ(capped->size(), 7) << "at most maxHits";

    // Vietnamese typed without its marks still finds the place.
    auto place = PageRenderer::search(vn, "son ha", 50);
    ASSERT_TRUE(place.ok());
    ASSERT_FALSE(place->isEmpty());
    EXPECT_EQ(place->at(0).page, 0);
    EXPECT_TRUE(place->at(0).snippet.contains(QString::fromUtf8("Sơn Hà"), Qt::CaseInsensitive))
        << place->at(0).snippet.toStdString();
    auto none = PageRenderer::search(scan, "son ha", 50);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty()) << "a scan has no text layer";

    // The QML model gives the same answer, off the GUI thread.
    PdfSearch model;
    model.setSha256(largeSha);
    model.find("desalination");
    ASSERT_TRUE(waitUntil([&] { return model.searched() && !model.running(); }, 30s));
    ASSERT_EQ(model.count(), 1);
    EXPECT_EQ(model.hits().at(0).page, 86);
}

TEST(ClientPdf, OutlineIsFlattenedWithDepth) {
    RegisteredCache cache;
    const QString sha = putBlob(cache.dir.path(), testData("large.pdf"));
    auto outline = ecabinet::pdf::PageRenderer::outline(BlobLocator::instance().find(sha));
    ASSERT_TRUE(outline.ok());
    ASSERT_EQ(outline->size(), 36);
    EXPECT_EQ(outline->at(0).title, QString::fromUtf8("Chương 1. Lĩnh vực kinh tế"));
    EXPECT_EQ(outline->at(0).depth, 0);
    EXPECT_EQ(outline->at(0).page, 0);
    EXPECT_EQ(outline->at(2).depth, 1);
    EXPECT_EQ(outline->at(2).page, 5);
    EXPECT_EQ(outline->at(35).page, 115);

    PdfOutline model;
    model.setSha256(sha);
    ASSERT_TRUE(waitUntil([&] { return model.count() == 36; }, 30s));
    const auto vector = putBlob(cache.dir.path(), testData("vector-text.pdf"));
    model.setSha256(vector);
    ASSERT_TRUE(waitUntil([&] { return !model.loading(); }, 30s));
    EXPECT_EQ(model.count(), 0) << "a document without bookmarks has an empty outline";
}

// --- lifetime: renders end before what they use -------------------------------------

// Bad input of a kind: a page asked for and then not wanted any more, and a provider
// destroyed with requests still waiting. Each ends with finished() and a reason (the
// engine deletes a response only after that), and no page is drawn for it.
TEST(ClientPdf, CancelledAndAbandonedRequestsFinishWithoutAPage) {
    RegisteredCache cache;
    const QString sha = putBlob(cache.dir.path(), testData("large.pdf"));

    auto provider = std::make_unique<ecabinet::PdfImageProvider>();
    std::unique_ptr<QQuickImageResponse> cancelled(provider->requestImageResponse(sha + "/5", QSize(1200, 0)));
    cancelled->cancel(); // before it could start: it must not start drawing
    QSignalSpy cancelledDone(cancelled.get(), &QQuickImageResponse::finished);
    ASSERT_TRUE(cancelledDone.wait(20000)) << "a cancelled response still finishes";
    EXPECT_FALSE(cancelled->errorString().isEmpty());
    EXPECT_EQ(std::unique_ptr<QQuickTextureFactory>(cancelled->textureFactory()), nullptr) << "no page for it";

    std::unique_ptr<QQuickImageResponse> orphan(provider->requestImageResponse(sha + "/6", QSize(1200, 0)));
    QSignalSpy orphanDone(orphan.get(), &QQuickImageResponse::finished);
    provider.reset(); // its queue shuts down before the response could start
    ASSERT_TRUE(orphanDone.count() > 0 || orphanDone.wait(20000)) << "an abandoned response still finishes";
    EXPECT_FALSE(orphan->errorString().isEmpty());
    EXPECT_EQ(ecabinet::pdf::RenderQueue::jobsInFlight(), 0);
}

// The exit-time crash this guards against: Qt Quick keeps an image response (and with
// it the provider) past the engine's end when it finishes too late, so renders went on
// after the engine, and after main(), into the document pool and the render cache as
// they were torn down. Destroying the engine while dozens of big pages are queued or
// being drawn must leave no render running; under ECABINET_SANITIZE any touch of
// freed state shows up here.
TEST(ClientPdf, ClosingTheEngineStopsItsRendersFirst) {
    RegisteredCache cache;
    const QString sha = putBlob(cache.dir.path(), testData("large.pdf"));
    auto engine = std::make_unique<QQmlEngine>();
    ecabinet::installImageProviders(*engine);
    QQmlComponent component(engine.get());
    component.setData(QStringLiteral(R"(
        import QtQuick
        Item {
            property int ready: 0
            Repeater {
                model: 60
                Image {
                    asynchronous: true
                    cache: false
                    sourceSize.width: 1600
                    source: "image://pdf/%1/" + index
                    onStatusChanged: if (status === Image.Ready) parent.ready++
                }
            }
        })").arg(sha).toUtf8(), QUrl());
    std::unique_ptr<QObject> root(component.create());
    ASSERT_TRUE(root) << component.errorString().toStdString();
    ASSERT_TRUE(waitUntil([&] { return root->property("ready").toInt() >= 1; }, 60s)) << "pages are being drawn";

    // As an app quits (QQuickView, QQmlApplicationEngine): the items go, then at once the engine.
    root.reset();
    engine.reset();
    EXPECT_EQ(ecabinet::pdf::RenderQueue::jobsInFlight(), 0) << "no page render outlives the engine";
    // What the renders used can go now.
    ecabinet::pdf::PageRenderer::closeAll();
    QCoreApplication::processEvents();
    EXPECT_EQ(ecabinet::pdf::RenderQueue::jobsInFlight(), 0);
}
