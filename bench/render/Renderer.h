// What bench-render measures: "ours" is tablet-client's PageRenderer when it is in the build
// (ECABINET_BENCH_PAGE_RENDERER), else Poppler-Qt called the way PageRenderer calls it.
#pragma once

#include <QImage>
#include <QString>

#include <poppler-qt6.h>

namespace ecabinet::bench {

// Name of what renderOurs measures, for the report.
QString oursName();

// Renders page `index` (0-based) of `path` at `dpi`. `cold`: open the document first (what
// pdftoppm does on every run); otherwise reuse an open document (what a seat does on a page
// flip). Throws std::runtime_error on failure.
QImage renderOurs(const QString &path, int index, double dpi, bool cold);

// Poppler-Qt directly, with explicit render hints and backend, for exploration.
struct PopplerSettings {
    Poppler::Document::RenderHints hints;
    Poppler::Document::RenderBackend backend = Poppler::Document::SplashBackend;
};
QImage renderPoppler(const QString &path, int index, double dpi, const PopplerSettings &settings);

int pageCount(const QString &path);

} // namespace ecabinet::bench
