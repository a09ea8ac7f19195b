// PDF pages from the document cache: PdfDocument status for good, missing and
// broken blobs; the image provider renders at the requested size off the GUI
// thread and answers a broken document with an error, not a crash.
#include "SessionHarness.h"
#include "support/TestPdf.h"

#include "cache/BlobLocator.h"
#include "pdf/PageRenderer.h"
#include "pdf/PdfDocument.h"
#include "pdf/PdfImageProvider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
