// Plain C++ page rendering (no QML): the seat app's image provider and the
// render benchmark (bench/render) both call this. The only public door to
// Poppler; everything that includes Poppler lives in tablet-client/pdf/.
//
// Thread-safe: documents are opened once and kept in a small process-wide
// pool; each open document has its own mutex (Poppler documents are not safe
// to use from two threads at once — Okular's rule), so different documents
// render in parallel and pages of one document one after another.
#pragma once

#include "common/Result.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <functional>

namespace ecabinet::pdf {

struct RenderError {
    enum Kind { NotFound, Broken, Locked, NoSuchPage, Cancelled };
    Kind kind = Broken;
    QString message; // translated, for a person
};

struct DocumentInfo {
    int pageCount = 0;
    QSizeF firstPageSizePt;      // in points (1/72 in)
    QList<QSizeF> pageSizesPt;   // every page, in points; pages may differ (a landscape annex)
};

// A place where a search found its text.
struct TextHit {
    int page = 0;     // 0-based
    QString snippet;  // the line the hit is on
    QRectF rect;      // the hit on its page, normalised to 0..1 (x right, y down)
};

// One bookmark of the document's outline, flattened (depth 0 = top level).
struct OutlineEntry {
    QString title;
    int page = -1;    // 0-based; -1 when it points outside the document
    int depth = 0;
};

class PageRenderer {
public:
    // Opens (or reuses) the document and reports its pages.
    static Result<DocumentInfo, RenderError> inspect(const QString &path);
    // Renders page `pageIndex` (0-based) `widthPx` pixels wide, keeping its aspect.
    static Result<QImage, RenderError> render(const QString &path, int pageIndex, int widthPx);
    // Renders to fit inside `box` (a zero width or height is unconstrained). Poppler
    // asks `shouldStop` (from this thread) while it draws; once it says yes the
    // render ends early with Cancelled.
    static Result<QImage, RenderError> renderToFit(const QString &path, int pageIndex, QSize box,
                                                   const std::function<bool()> &shouldStop = {});
    // Finds `text` on every page, case and diacritics ignored ("son ha" finds "Sơn Hà"),
    // at most `maxHits`, in page order. Locks the document one page at a time.
    static Result<QList<TextHit>, RenderError> search(const QString &path, const QString &text, int maxHits);
    // The outline (bookmarks), flattened depth-first; empty when the PDF has none.
    static Result<QList<OutlineEntry>, RenderError> outline(const QString &path);
    // Closes pooled documents (e.g. before the cache file is replaced).
    static void closeAll();
};

} // namespace ecabinet::pdf
