// bench-render: how long our page render takes compared with pdftoppm, side by side.
//
// Two committed documents from tests/data (README there says how they were made):
// (a) vector-text.pdf, 4 pages of text, a vector chart and a table, DejaVu Serif embedded;
// (b) scanned.pdf, 2 image-only pages (200 dpi grey JPEG, like a document feeder).
// For each, every page at the same DPI (150):
//   ours   = open the document + render the page to a QImage, in process, nothing written;
//   theirs = `pdftoppm -r DPI -f N -l N -singlefile (PPM) DOC OUT`, one process per page, OUT in
//            a tmpfs when there is one (pdftoppm cannot write to /dev/null: it appends ".ppm").
// Runs are interleaved (ours, theirs, ours, theirs, ...) and the medians compared.
// pdftoppm pays a process start that we do not; its size is printed so it can be judged.
#include "Renderer.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstring>
#include <chrono>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

extern char **environ;

namespace {

using namespace ecabinet;
using bench::renderOurs;
using Clock = std::chrono::steady_clock;

struct Options {
    int runs = 7;
    double dpi = 150;
    bool explore = false;
};

double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void runProcess(const std::vector<std::string> &argv) {
    std::vector<char *> args;
    for (const std::string &a : argv) args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    if (const int rc = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ); rc != 0)
        throw std::runtime_error("cannot start " + argv[0] + " (install poppler-utils): " + std::strerror(rc));
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(argv[0] + " failed on " + argv[argv.size() - 2]);
}

void pdftoppm(const QString &pdf, int page, double dpi, const QString &outBase) {
    const std::string p = std::to_string(page + 1);
    runProcess({"pdftoppm", "-r", std::to_string(int(dpi)), "-f", p, "-l", p, "-singlefile",
                pdf.toStdString(), outBase.toStdString()});
}

struct Result {
    double ours = 0, theirs = 0, oursWarm = 0; // medians, ms per page
};

// Median over `runs` of the mean time per page, for ours (cold and warm) and pdftoppm.
Result measure(const QString &pdf, int pages, const Options &o, const QString &outBase) {
    std::vector<double> ours, theirs, warm;
    renderOurs(pdf, 0, o.dpi, true); // warm-up: libraries, fonts, page cache of the file
    pdftoppm(pdf, 0, o.dpi, outBase);
    for (int run = 0; run < o.runs; ++run) {
        auto t0 = Clock::now();
        for (int p = 0; p < pages; ++p) renderOurs(pdf, p, o.dpi, true);
        ours.push_back(msSince(t0) / pages);
        t0 = Clock::now();
        for (int p = 0; p < pages; ++p) pdftoppm(pdf, p, o.dpi, outBase);
        theirs.push_back(msSince(t0) / pages);
        renderOurs(pdf, 0, o.dpi, false);
        t0 = Clock::now();
        for (int p = 0; p < pages; ++p) renderOurs(pdf, p, o.dpi, false);
        warm.push_back(msSince(t0) / pages);
    }
    return {median(ours), median(theirs), median(warm)};
}

// pdftoppm's fixed cost: start, open, render page 1 at 1 dpi.
double pdftoppmOverhead(const QString &pdf, const Options &o, const QString &outBase) {
    std::vector<double> t;
    for (int run = 0; run < o.runs; ++run) {
        const auto t0 = Clock::now();
        runProcess({"pdftoppm", "-r", "1", "-f", "1", "-l", "1", "-singlefile", pdf.toStdString(),
                    outBase.toStdString()});
        t.push_back(msSince(t0));
    }
    return median(t);
}

// Why is Poppler-Qt slower than pdftoppm on scans? Same pages, different settings.
void explore(const QString &pdf, int pages, const Options &o) {
    using D = Poppler::Document;
    const std::pair<const char *, bench::PopplerSettings> variants[] = {
        {"Splash, Antialiasing|TextAntialiasing (ours)", {D::Antialiasing | D::TextAntialiasing}},
        {"Splash, no hints", {{}}},
        {"Splash, Antialiasing only", {D::Antialiasing}},
        {"Splash, AA|TextAA|ThinLineSolid", {D::Antialiasing | D::TextAntialiasing | D::ThinLineSolid}},
        {"Splash, AA|TextAA|IgnorePaperColor", {D::Antialiasing | D::TextAntialiasing | D::IgnorePaperColor}},
        {"QPainter backend, AA|TextAA", {D::Antialiasing | D::TextAntialiasing, D::QPainterBackend}},
    };
    std::printf("  explore (%s, ms per page, median of %d, document opened each time):\n",
                qPrintable(QFileInfo(pdf).fileName()), o.runs);
    for (const auto &[name, settings] : variants) {
        std::vector<double> t;
        for (int run = 0; run < o.runs; ++run) {
            const auto t0 = Clock::now();
            for (int p = 0; p < pages; ++p) bench::renderPoppler(pdf, p, o.dpi, settings);
            t.push_back(msSince(t0) / pages);
        }
        std::printf("    %-48s %8.1f\n", name, median(t));
    }
}

Options parse(const QStringList &args) {
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        bool ok = true;
        if (a == u"--runs" && i + 1 < args.size()) o.runs = args[++i].toInt(&ok);
        else if (a == u"--dpi" && i + 1 < args.size()) o.dpi = args[++i].toDouble(&ok);
        else if (a == u"--explore") o.explore = true;
        else ok = false;
        if (!ok || o.runs < 1 || o.dpi < 10 || o.dpi > 1200)
            throw std::invalid_argument("usage: bench-render [--runs N>=1] [--dpi 10..1200] [--explore]");
    }
    return o;
}

int run(const Options &o) {
    // A tmpfs keeps pdftoppm's output off the disk.
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir tmp(base + QStringLiteral("/bench-render-XXXXXX"));
    if (!tmp.isValid()) throw std::runtime_error("cannot create a temporary directory in " + base.toStdString());
    const QString data = QStringLiteral(ECABINET_TEST_DATA_DIR);
    const QString vector = data + QStringLiteral("/vector-text.pdf");
    const QString scanned = data + QStringLiteral("/scanned.pdf");
    for (const QString &f : {vector, scanned})
        if (!QFileInfo::exists(f)) throw std::runtime_error(f.toStdString() + " is missing (tests/data)");
    const QString outBase = tmp.filePath(QStringLiteral("page"));
    const int vectorPages = bench::pageCount(vector);
    const int scannedPages = bench::pageCount(scanned);

    std::printf("bench-render: ours = %s\n", qPrintable(bench::oursName()));
    std::printf("  baseline = pdftoppm -r %g -f N -l N -singlefile (PPM) (one process per page, output in %s)\n",
                o.dpi, qPrintable(base));
    std::printf("  %g dpi; median of %d interleaved runs; ms per page\n", o.dpi, o.runs);
    std::printf("  %-22s %6s %12s %12s %14s\n", "document", "pages", "ours (cold)", "pdftoppm",
                "ours (warm)");
    const Result v = measure(vector, vectorPages, o, outBase);
    std::printf("  %-22s %6d %12.1f %12.1f %14.1f\n", "vector text", vectorPages, v.ours, v.theirs, v.oursWarm);
    const Result s = measure(scanned, scannedPages, o, outBase);
    std::printf("  %-22s %6d %12.1f %12.1f %14.1f\n", "scanned (200 dpi JPEG)", scannedPages, s.ours,
                s.theirs, s.oursWarm);
    std::printf("  cold = document opened for every page, like pdftoppm; warm = already open (a page flip)\n");
    const double fixed = pdftoppmOverhead(vector, o, outBase);
    std::printf("  pdftoppm fixed cost (start + open + 1-dpi page): %.1f ms per run\n", fixed);
    std::printf("  for information, pdftoppm minus its fixed cost: vector %.2f, scanned %.2f\n",
                v.ours / std::max(0.1, v.theirs - fixed), s.ours / std::max(0.1, s.theirs - fixed));
    if (o.explore) {
        explore(vector, vectorPages, o);
        explore(scanned, scannedPages, o);
    }
    const double x = v.ours / v.theirs, y = s.ours / s.theirs;
    std::printf("render ratio (vector): %.2f (target ≤ 1.1)\n", x);
    std::printf("render ratio (scanned): %.2f (target ≤ 1.1)\n", y);
    std::printf("render ratio: %.2f (target ≤ 1.1)\n", std::max(x, y));
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    try {
        return run(parse(QGuiApplication::arguments()));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench-render: error: %s\n", e.what());
        return 1;
    }
}
