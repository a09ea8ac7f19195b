// Is a file a PDF every tablet can show? Used by `meeting import`, `document add` and the
// hub's AddDocument. Also computes per-page text hashes, from which a new version's
// "changed pages" are derived (domain::changedPages).
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ecabinet::hub {

struct PdfFacts {
    std::uint32_t pageCount = 0;
    // Per page: the first 16 hex digits of SHA-256 of the page's text (Poppler's text
    // extraction); a page without text hashes the empty string (scans compare equal).
    std::vector<std::string> pageTextHashes;
};

// The reason names what is wrong in words a secretary can act on.
Result<PdfFacts, std::string> inspectPdf(const std::string &bytes);

} // namespace ecabinet::hub
