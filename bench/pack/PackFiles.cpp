#include "PackFiles.h"

#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace ecabinet::bench {

void writeSizedPdf(const std::filesystem::path &path, std::uint64_t bytes, std::uint32_t seed) {
    std::string out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string &body) {
        offsets.push_back(out.size());
        out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const std::string text = "BT /F1 24 Tf 72 720 Td (bench-pack document " + std::to_string(seed) + ") Tj ET";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const std::uint64_t fill = bytes > out.size() + 600 ? bytes - out.size() - 600 : 1;
    std::string noise(fill, '\0');
    std::mt19937 rng(seed);
    for (auto &c : noise) c = static_cast<char>(rng());
    object("<< /Length " + std::to_string(noise.size()) + " >>\nstream\n" + noise + "\nendstream");
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    char line[32];
    for (auto off : offsets) {
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    std::ofstream f(path, std::ios::binary);
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f) throw std::runtime_error("cannot write " + path.string());
}

} // namespace ecabinet::bench
