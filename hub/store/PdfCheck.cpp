#include "store/PdfCheck.h"

#include "store/BlobStore.h"

#include <poppler-qt6.h>

namespace ecabinet::hub {

Result<PdfFacts, std::string> inspectPdf(const std::string &bytes) {
    if (bytes.rfind("%PDF-", 0) != 0) return fail(std::string("not a PDF (no %PDF- header)"));
    // Poppler repairs a cut-off file silently; a complete PDF ends with %%EOF, so a
    // missing marker means a truncated copy (the classic interrupted USB transfer).
    const auto tail = bytes.substr(bytes.size() > 2048 ? bytes.size() - 2048 : 0);
    if (tail.find("%%EOF") == std::string::npos)
        return fail(std::string("incomplete PDF (no %%EOF at the end: truncated?)"));
    auto doc = Poppler::Document::loadFromData(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
    if (!doc) return fail(std::string("Poppler cannot read it (damaged PDF)"));
    if (doc->isLocked()) return fail(std::string("password-protected PDF: tablets cannot open it"));
    if (doc->isEncrypted()) return fail(std::string("encrypted PDF: export it without encryption"));
    const int pages = doc->numPages();
    if (pages <= 0) return fail(std::string("PDF has no pages"));
    PdfFacts facts;
    facts.pageCount = static_cast<std::uint32_t>(pages);
    for (int i = 0; i < pages; ++i) {
        const auto page = doc->page(i);
        if (!page) return fail("page " + std::to_string(i + 1) + " cannot be read (damaged PDF)");
        const QByteArray text = page->text(QRectF()).simplified().toUtf8();
        facts.pageTextHashes.push_back(
            BlobStore::sha256Hex(std::string_view(text.constData(), static_cast<std::size_t>(text.size()))).substr(0, 16));
    }
    return facts;
}

} // namespace ecabinet::hub
