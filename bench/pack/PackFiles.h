// Valid PDFs of a chosen size for bench-pack: one page of text plus an unreferenced stream
// of random bytes (incompressible, as scans are), with a correct cross-reference table, so
// that `ecabinetctl meeting import` accepts them (Poppler opens them, %%EOF at the end).
#pragma once

#include <cstdint>
#include <filesystem>

namespace ecabinet::bench {

void writeSizedPdf(const std::filesystem::path &path, std::uint64_t bytes, std::uint32_t seed);

} // namespace ecabinet::bench
