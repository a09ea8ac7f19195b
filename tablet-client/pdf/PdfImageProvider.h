// Image provider "pdf" for QML: source "image://pdf/<sha256>/<pageIndex>" with
// sourceSize = item size × devicePixelRatio. Renders off the GUI thread on a
// RenderQueue, answers from the LRU RenderCache when it can, and after each
// render prepares the neighbouring pages at the same size so that a page flip
// finds them ready. A missing, broken or locked PDF gives an error response
// (errorString + an image saying so), never a crash. A cancelled response (the
// Image went away) stops its render inside Poppler.
#pragma once

#include <QQmlEngine>
#include <QQuickAsyncImageProvider>

#include <memory>

namespace ecabinet {

namespace pdf {
class RenderQueue;
}

class PdfImageProvider : public QQuickAsyncImageProvider {
public:
    // With a queue of its own (a provider used without an engine, as in tests).
    PdfImageProvider();
    // On `queue`, which its owner may shut down before the provider goes.
    explicit PdfImageProvider(std::shared_ptr<pdf::RenderQueue> queue);
    ~PdfImageProvider() override; // shuts the queue down: waits for its renders
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    std::shared_ptr<pdf::RenderQueue> queue_;
};

// Registers the providers the QML module needs ("pdf").
void installImageProviders(QQmlEngine &engine);

} // namespace ecabinet
