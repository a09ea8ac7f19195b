// Real PDFs for tests, written with QPdfWriter (needs a QGuiApplication).
#pragma once

#include <filesystem>
#include <string>

namespace ecabinet::testing {

// Writes an A4 PDF of `pages` pages with `title` and Vietnamese body text on
// each page ("Trang 2/3", diacritics), so page counts and text extraction can
// be checked. With `withScan` the first page also carries a 700x700 noise
// image, which makes the file larger than one 256 KiB blob chunk.
// Returns false (and ADD_FAILUREs with the reason) if the file was not written.
bool makeTestPdf(const std::filesystem::path &path, int pages, const std::string &title,
                 bool withScan = false);

// Whole file as bytes ("" and ADD_FAILURE if unreadable).
std::string readFileBytes(const std::filesystem::path &path);

} // namespace ecabinet::testing
