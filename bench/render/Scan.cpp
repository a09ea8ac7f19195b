#include "Scan.h"
#include "Renderer.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cstdint>
#include <stdexcept>

namespace ecabinet::bench {
namespace {

constexpr int kScanDpi = 300;

// Paper tone, noise and a few specks; deterministic (fixed LCG seed).
void age(QImage &img, std::uint64_t seed) {
    std::uint64_t s = seed;
    auto next = [&s] {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(s >> 33);
    };
    for (int y = 0; y < img.height(); ++y) {
        uchar *row = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            int v = row[x] * 232 / 255 + 12;                 // paper is never white, ink never black
            v += int(next() % 25) - 12;                      // sensor noise
            if (next() % 20000 == 0) v = int(next() % 90);   // dust
            row[x] = uchar(std::clamp(v, 0, 255));
        }
    }
}

} // namespace

void makeScannedPdf(const QString &vectorPdf, const QString &out, int pages) {
    PopplerSettings settings;
    settings.hints = Poppler::Document::Antialiasing | Poppler::Document::TextAntialiasing;
    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kScanDpi);
    writer.setCreator(QStringLiteral("bench-render"));
    QPainter painter;
    if (!painter.begin(&writer)) throw std::runtime_error("cannot write " + out.toStdString());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage()) throw std::runtime_error("QPdfWriter::newPage failed");
        QImage img = renderPoppler(vectorPdf, i, kScanDpi, settings).convertToFormat(QImage::Format_Grayscale8);
        age(img, 1000 + std::uint64_t(i));
        painter.drawImage(QRect(0, 0, img.width(), img.height()), img);
    }
    if (!painter.end()) throw std::runtime_error("writing " + out.toStdString() + " failed");
}

} // namespace ecabinet::bench
