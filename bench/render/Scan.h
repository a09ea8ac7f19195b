// A scanned, image-only PDF like the ones secretaries upload: each page of a vector PDF is
// rasterised at 300 dpi in grey, given paper tone and sensor noise, and embedded as one
// full-page image with QPdfWriter at 300 dpi (Qt stores it as JPEG/DCT or Flate, whichever
// is smaller; for noisy greys that is JPEG, as with most scanners).
#pragma once

#include <QString>

namespace ecabinet::bench {

// Writes `out` from the first `pages` pages of `vectorPdf`. Throws on failure.
void makeScannedPdf(const QString &vectorPdf, const QString &out, int pages);

} // namespace ecabinet::bench
