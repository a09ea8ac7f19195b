// Poppler's command-line tools as the judges of our PDFs: pdffonts (are the fonts embedded?),
// pdftotext (does the Vietnamese text come back exactly?), pdfsig (is the signature valid?).
#pragma once

#include "support/HubProcess.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace ecabinet::testing::pdf {

// pdftotext -layout? No: plain reading order, UTF-8, to stdout.
inline std::string text(const std::filesystem::path &pdf) {
    const auto r = runProgram("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf.string(), "-"});
    EXPECT_TRUE(r.ok()) << "pdftotext " << pdf << ": " << r.err;
    return r.out;
}

// pdftotext joins lines with '\n' where ours broke them; compare with spaces only.
inline std::string flat(std::string s) {
    for (auto &c : s)
        if (c == '\n' || c == '\r' || c == '\f') c = ' ';
    std::string out;
    for (char c : s)
        if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    return out;
}

// The pdffonts table; every font row must say "yes" in the "emb" column.
struct Fonts {
    std::string table;
    int fonts = 0;
    int embedded = 0;
};
inline Fonts fonts(const std::filesystem::path &pdf) {
    const auto r = runProgram("/usr/bin/pdffonts", {pdf.string()});
    EXPECT_TRUE(r.ok()) << "pdffonts " << pdf << ": " << r.err;
    Fonts f{r.out};
    std::size_t line = 0, pos = 0;
    while (pos < r.out.size()) {
        const auto end = r.out.find('\n', pos);
        const std::string row = r.out.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        pos = end == std::string::npos ? r.out.size() : end + 1;
        if (++line <= 2 || row.empty()) continue; // header and ruler
        ++f.fonts;
        // columns: name type encoding emb sub uni object ID; "emb" is the 4th from the right
        std::vector<std::string> cols;
        std::size_t p = 0;
        while (p < row.size()) {
            while (p < row.size() && row[p] == ' ') ++p;
            const auto q = row.find(' ', p);
            if (p < row.size()) cols.push_back(row.substr(p, q == std::string::npos ? std::string::npos : q - p));
            p = q == std::string::npos ? row.size() : q;
        }
        if (cols.size() >= 5 && cols[cols.size() - 5] == "yes") ++f.embedded;
    }
    return f;
}

} // namespace ecabinet::testing::pdf
