// Image provider "pdf" for QML: source "image://pdf/<sha256>/<pageIndex>" with
// sourceSize = item size × devicePixelRatio. Renders off the GUI thread in a
// thread pool, answers from the LRU RenderCache when it can, and after each
// render prepares the neighbouring pages at the same size so that a page flip
// finds them ready. A missing, broken or locked PDF gives an error response
// (errorString + an image saying so), never a crash.
#pragma once

#include <QQmlEngine>
#include <QQuickAsyncImageProvider>
#include <QThreadPool>

namespace ecabinet {

class PdfImageProvider : public QQuickAsyncImageProvider {
public:
    PdfImageProvider();
    ~PdfImageProvider() override;
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    QThreadPool pool_;
};

// Registers the providers the QML module needs ("pdf").
void installImageProviders(QQmlEngine &engine);

} // namespace ecabinet
