// ecabinet-make-test-pdfs OUTDIR: writes the PDFs of tests/data (see tests/data/README.md).
// tests/data/regenerate.sh runs it, then derives the encrypted and the broken file with qpdf
// and head. The files are committed; this program exists so that anyone can see, and redo,
// how they were made. Four producers, like the papers a secretary really receives:
//   vietnamese.pdf   the demo's official document (QPdfWriter, DejaVu Serif embedded)
//   vector-text.pdf  an English report with vector charts and a table (QPdfWriter)
//   scanned.pdf      image-only pages: vietnamese.pdf rasterised at 200 dpi in grey, aged
//   large.pdf        120 pages with a two-level outline, written by hand (base-14 Helvetica,
//                    Flate streams, Vietnamese outline titles in UTF-16BE): another producer
#include "DemoMeeting.h"

#include <QBuffer>
#include <QDir>
#include <QImageWriter>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <poppler-qt6.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using ecabinet::demo::Lcg;

[[noreturn]] void fail(const QString &what) { throw std::runtime_error(what.toStdString()); }

// ---------------------------------------------------------------- vector-text.pdf

struct Writer {
    QPdfWriter pdf;
    QPainter p;
    Writer(const QString &path, const QString &title) : pdf(path) {
        pdf.setTitle(title);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72); // painter units = points
        pdf.setCreator(QStringLiteral("ecabinet-make-test-pdfs"));
        if (!p.begin(&pdf)) fail(QStringLiteral("cannot write %1").arg(path));
    }
};

void paragraph(QPainter &p, double &y, const QString &text) {
    const QRectF box(60, y, 475, 400);
    QRectF used;
    p.drawText(box, Qt::TextWordWrap | Qt::AlignJustify, text, &used);
    y += used.height() + 10;
}

void barChart(QPainter &p, QRectF area, const QList<double> &values, const QStringList &labels) {
    p.save();
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    const double w = area.width() / values.size();
    for (int i = 0; i < values.size(); ++i) {
        const double h = area.height() * values[i] / 100.0;
        QPainterPath bar;
        bar.addRoundedRect(QRectF(area.left() + i * w + w * 0.2, area.bottom() - h, w * 0.6, h), 2, 2);
        p.fillPath(bar, QColor::fromHsv(210, 140, 200 - i * 12));
        p.drawPath(bar);
        p.drawText(QRectF(area.left() + i * w, area.bottom() + 4, w, 14), Qt::AlignCenter, labels[i]);
    }
    p.restore();
}

void writeVectorText(const QString &path) {
    Writer w(path, QStringLiteral("Water Supply Programme 2026 - Progress Report"));
    QPainter &p = w.p;
    const QFont title(QStringLiteral("DejaVu Serif"), 20, QFont::Bold);
    const QFont h2(QStringLiteral("DejaVu Serif"), 13, QFont::Bold);
    const QFont body(QStringLiteral("DejaVu Serif"), 10.5);
    const QStringList sections = {
        QStringLiteral("1. Summary"), QStringLiteral("2. Groundwater and reservoirs"),
        QStringLiteral("3. Budget execution"), QStringLiteral("4. Risks and next steps")};
    const QStringList text = {
        QStringLiteral("The provincial water supply programme connected 12,480 households in the first ten months "
                       "of 2026, 91 percent of the annual plan. Treatment plants at Son Ha and Ben Cat ran at "
                       "full capacity through the dry season without interruption."),
        QStringLiteral("Groundwater levels in the northern districts fell by 1.8 metres compared with last year. "
                       "The reservoir at Dong Tam holds 64 percent of its design volume; releases are scheduled "
                       "so that irrigation and drinking water share the remaining stock fairly."),
        QStringLiteral("Disbursement of the capital budget reached 71 percent of the allocation. The chart below "
                       "shows disbursement by quarter; the table lists each project with its allocation and "
                       "amount spent, in millions of dong."),
        QStringLiteral("The main risk is the delayed land clearance for the Ben Cat pipeline. The committee is "
                       "asked to approve an extension of the contract deadline to 30 June 2027 and to assign "
                       "the Department of Construction to report monthly.")};
    for (int page = 0; page < 4; ++page) {
        if (page > 0 && !w.pdf.newPage()) fail(QStringLiteral("newPage failed"));
        double y = 60;
        if (page == 0) {
            p.setFont(title);
            p.drawText(QRectF(60, y, 475, 60), Qt::AlignCenter | Qt::TextWordWrap,
                       QStringLiteral("Water Supply Programme 2026\nProgress Report"));
            y += 80;
        }
        p.setFont(h2);
        p.drawText(QPointF(60, y + 14), sections[page]);
        y += 30;
        p.setFont(body);
        for (int k = 0; k < 3; ++k) paragraph(p, y, text[page]);
        if (page == 2) {
            barChart(p, QRectF(90, y + 10, 400, 180), {38, 52, 64, 71},
                     {QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Oct")});
            y += 230;
            const QStringList rows = {QStringLiteral("Son Ha treatment plant|42,000|39,150"),
                                      QStringLiteral("Ben Cat pipeline|65,500|31,900"),
                                      QStringLiteral("Dong Tam reservoir works|18,250|17,020")};
            for (const QString &row : rows) {
                const auto cells = row.split('|');
                p.drawRect(QRectF(60, y, 475, 20));
                p.drawText(QRectF(66, y, 280, 20), Qt::AlignVCenter, cells[0]);
                p.drawText(QRectF(340, y, 90, 20), Qt::AlignVCenter | Qt::AlignRight, cells[1]);
                p.drawText(QRectF(435, y, 90, 20), Qt::AlignVCenter | Qt::AlignRight, cells[2]);
                y += 20;
            }
        }
        p.drawText(QRectF(60, 800, 475, 14), Qt::AlignCenter, QStringLiteral("Page %1 of 4").arg(page + 1));
    }
    if (!w.p.end()) fail(QStringLiteral("writing %1 failed").arg(path));
}

// ---------------------------------------------------------------- scanned.pdf

// Paper tone, sensor noise and dust; deterministic.
void age(QImage &img, std::uint64_t seed) {
    Lcg rng(seed);
    for (int y = 0; y < img.height(); ++y) {
        uchar *row = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            int v = row[x] * 228 / 255 + 14;
            v += int(rng.next() % 7) - 3;
            if (rng.next() % 40000 == 0) v = int(rng.next() % 90);
            row[x] = uchar(std::clamp(v, 0, 255));
        }
    }
}

void writeScannedPdf(const QString &path, const std::vector<QImage> &pages, int dpi);

// Like a document-feeder scanner: each page of `source` in grey at 200 dpi, slightly skewed,
// aged, stored as one baseline JPEG (DCTDecode, DeviceGray, quality 75) per page.
void writeScanned(const QString &source, const QString &path, int pages) {
    constexpr int kDpi = 200;
    auto doc = Poppler::Document::load(source);
    if (!doc || doc->isLocked()) fail(QStringLiteral("cannot open %1").arg(source));
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    std::vector<QImage> scans;
    for (int i = 0; i < pages; ++i) {
        auto page = doc->page(i);
        if (!page) fail(QStringLiteral("no page %1 in %2").arg(i + 1).arg(source));
        QImage img = page->renderToImage(kDpi, kDpi).convertToFormat(QImage::Format_Grayscale8);
        // A scanner never feeds the sheet perfectly straight.
        QImage tilted(img.size(), QImage::Format_Grayscale8);
        tilted.fill(255);
        {
            QPainter t(&tilted);
            t.setRenderHint(QPainter::SmoothPixmapTransform);
            t.translate(img.width() / 2.0, img.height() / 2.0);
            t.rotate(i % 2 ? -0.4 : 0.3);
            t.translate(-img.width() / 2.0, -img.height() / 2.0);
            t.drawImage(0, 0, img);
        }
        age(tilted, 1000 + std::uint64_t(i));
        scans.push_back(std::move(tilted));
    }
    writeScannedPdf(path, scans, kDpi);
}

// ---------------------------------------------------------------- large.pdf

QByteArray pdfString(const QString &s) { // literal (ASCII) or UTF-16BE hex with a BOM
    bool ascii = true;
    for (QChar c : s) ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QByteArray out = "(";
        for (char c : s.toLatin1()) {
            if (c == '(' || c == ')' || c == '\\') out += '\\';
            out += c;
        }
        return out + ")";
    }
    QByteArray out = "<FEFF";
    for (QChar c : s) out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + ">";
}

class RawPdf {
public:
    int reserve() { objects_.emplace_back(); return int(objects_.size()); }
    void set(int id, QByteArray body) { objects_[id - 1] = std::move(body); }
    int add(QByteArray body) { const int id = reserve(); set(id, std::move(body)); return id; }
    int addStream(const QByteArray &data) {
        const QByteArray z = qCompress(data, 9).mid(4); // qCompress = 4-byte length + zlib stream
        return add("<< /Length " + QByteArray::number(z.size()) + " /Filter /FlateDecode >>\nstream\n" + z +
                   "\nendstream");
    }
    void write(const QString &path, int root, const QByteArray &info) {
        QByteArray out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
        std::vector<qsizetype> offsets;
        for (std::size_t i = 0; i < objects_.size(); ++i) {
            offsets.push_back(out.size());
            out += QByteArray::number(qulonglong(i + 1)) + " 0 obj\n" + objects_[i] + "\nendobj\n";
        }
        const int infoId = int(objects_.size()) + 1;
        offsets.push_back(out.size());
        out += QByteArray::number(infoId) + " 0 obj\n" + info + "\nendobj\n";
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(qulonglong(offsets.size() + 1)) + "\n0000000000 65535 f \n";
        for (qsizetype off : offsets) out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(qulonglong(offsets.size() + 1)) + " /Root " +
               QByteArray::number(root) + " 0 R /Info " + QByteArray::number(infoId) + " 0 R >>\nstartxref\n" +
               QByteArray::number(xref) + "\n%%EOF\n";
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out) != out.size())
            fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    }

private:
    std::vector<QByteArray> objects_;
};

QByteArray ref(int id) { return QByteArray::number(id) + " 0 R"; }

void writeScannedPdf(const QString &path, const std::vector<QImage> &pages, int dpi) {
    RawPdf pdf;
    const int catalog = pdf.reserve(), pagesId = pdf.reserve();
    QByteArray kids;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const QImage &img = pages[i];
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(75);
        if (!writer.write(img)) fail(QStringLiteral("JPEG encoding failed: %1").arg(writer.errorString()));
        const int image = pdf.add("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(img.width()) +
                                  " /Height " + QByteArray::number(img.height()) +
                                  " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length " +
                                  QByteArray::number(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
        const double w = img.width() * 72.0 / dpi, h = img.height() * 72.0 / dpi;
        const QByteArray box = QByteArray::number(w, 'f', 2) + " " + QByteArray::number(h, 'f', 2);
        const int content = pdf.addStream("q " + QByteArray::number(w, 'f', 2) + " 0 0 " +
                                          QByteArray::number(h, 'f', 2) + " 0 0 cm /Im0 Do Q\n");
        kids += ref(pdf.add("<< /Type /Page /Parent " + ref(pagesId) + " /MediaBox [0 0 " + box +
                            "] /Resources << /XObject << /Im0 " + ref(image) + " >> >> /Contents " + ref(content) +
                            " >>")) + ' ';
    }
    pdf.set(pagesId, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                         QByteArray::number(qulonglong(pages.size())) + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + ref(pagesId) + " >>");
    pdf.write(path, catalog,
              "<< /Title " + pdfString(QStringLiteral("Bản sao quét")) +
                  " /Producer (ecabinet-make-test-pdfs, scanner-like JPEG pages) /CreationDate (D:20261101080000Z) >>");
}

// Text of page `n` (1-based): chapter/section heading, page number and filler lines.
// Page 87 alone mentions "desalination" (a search test looks for it).
QByteArray largePageContent(int n, int pages, Lcg &rng) {
    const int chapter = (n - 1) / 10 + 1;
    const int section = (n - 1) % 10 < 5 ? 1 : 2;
    QByteArray s = "BT /F2 18 Tf 60 780 Td (Chapter " + QByteArray::number(chapter) + ", section " +
                   QByteArray::number(chapter) + "." + QByteArray::number(section) + ") Tj ET\n";
    static const char *words[] = {"budget", "district", "report", "plan", "capital", "works", "school",
                                  "road", "hospital", "committee", "province", "quarter", "target", "water"};
    s += "BT /F1 11 Tf 14 TL 60 740 Td\n";
    for (int line = 0; line < 40; ++line) {
        QByteArray text;
        for (int w = 0; w < 11; ++w) text += QByteArray(words[rng.next() % 14]) + ' ';
        if (n == 87 && line == 12) text = "The desalination plant at Cua Lo starts trial operation in May. ";
        s += "(" + text.trimmed() + ") Tj T*\n";
    }
    s += "ET\nBT /F1 9 Tf 270 40 Td (Page " + QByteArray::number(n) + " of " + QByteArray::number(pages) +
         ") Tj ET\n0.6 w 60 770 m 535 770 l S\n";
    return s;
}

void writeLarge(const QString &path) {
    constexpr int kPages = 120, kPerChapter = 10;
    RawPdf pdf;
    const int catalog = pdf.reserve(), pagesId = pdf.reserve(), outlines = pdf.reserve();
    const int f1 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    const int f2 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    const QByteArray resources = "<< /Font << /F1 " + ref(f1) + " /F2 " + ref(f2) + " >> >>";
    Lcg rng(120);
    std::vector<int> pageIds;
    for (int n = 1; n <= kPages; ++n) {
        const int content = pdf.addStream(largePageContent(n, kPages, rng));
        pageIds.push_back(pdf.add("<< /Type /Page /Parent " + ref(pagesId) + " /MediaBox [0 0 595 842] /Resources " +
                                  resources + " /Contents " + ref(content) + " >>"));
    }
    QByteArray kids;
    for (int id : pageIds) kids += ref(id) + ' ';
    pdf.set(pagesId, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(kPages) + " >>");

    // Outline: 12 chapters ("Chương N ..."), each with two sections, all open.
    const int chapters = kPages / kPerChapter;
    std::vector<int> chapterIds(chapters);
    for (int &id : chapterIds) id = pdf.reserve();
    for (int c = 0; c < chapters; ++c) {
        const int s1 = pdf.reserve(), s2 = pdf.reserve();
        const int first = pageIds[c * kPerChapter];
        auto dest = [&](int pageIndex) { return "/Dest [" + ref(pageIds[pageIndex]) + " /XYZ 0 842 null]"; };
        const QString chapterTitle = QStringLiteral("Chương %1. Lĩnh vực %2").arg(c + 1).arg(
            QStringList{QStringLiteral("kinh tế"), QStringLiteral("văn hóa - xã hội"), QStringLiteral("quốc phòng")}[c % 3]);
        pdf.set(s1, "<< /Title " + pdfString(QStringLiteral("%1.1 Tình hình thực hiện").arg(c + 1)) + " /Parent " +
                        ref(chapterIds[c]) + " /Next " + ref(s2) + " " + dest(c * kPerChapter) + " >>");
        pdf.set(s2, "<< /Title " + pdfString(QStringLiteral("%1.2 Nhiệm vụ, giải pháp").arg(c + 1)) + " /Parent " +
                        ref(chapterIds[c]) + " /Prev " + ref(s1) + " " + dest(c * kPerChapter + 5) + " >>");
        QByteArray item = "<< /Title " + pdfString(chapterTitle) + " /Parent " + ref(outlines) + " /First " + ref(s1) +
                          " /Last " + ref(s2) + " /Count 2 /Dest [" + ref(first) + " /XYZ 0 842 null]";
        if (c > 0) item += " /Prev " + ref(chapterIds[c - 1]);
        if (c + 1 < chapters) item += " /Next " + ref(chapterIds[c + 1]);
        pdf.set(chapterIds[c], item + " >>");
    }
    pdf.set(outlines, "<< /Type /Outlines /First " + ref(chapterIds.front()) + " /Last " + ref(chapterIds.back()) +
                          " /Count " + QByteArray::number(chapters * 3) + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + ref(pagesId) + " /Outlines " + ref(outlines) +
                         " /PageMode /UseOutlines >>");
    pdf.write(path, catalog,
              "<< /Title " + pdfString(QStringLiteral("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030")) +
                  " /Producer (ecabinet-make-test-pdfs, hand-written PDF) /CreationDate (D:20261101080000Z) >>");
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: ecabinet-make-test-pdfs OUTDIR\n");
        return 2;
    }
    try {
        const QDir out(QString::fromLocal8Bit(argv[1]));
        if (!out.exists() && !QDir().mkpath(out.path())) fail(QStringLiteral("cannot create %1").arg(out.path()));
        ecabinet::demo::loadFonts();
        const QString vn = out.filePath(QStringLiteral("vietnamese.pdf"));
        const int vnPages = ecabinet::demo::writePdf(ecabinet::demo::demoDocuments().first(), vn);
        writeVectorText(out.filePath(QStringLiteral("vector-text.pdf")));
        writeScanned(vn, out.filePath(QStringLiteral("scanned.pdf")), std::min(vnPages, 2));
        writeLarge(out.filePath(QStringLiteral("large.pdf")));
        std::printf("wrote vietnamese.pdf (%d pages), vector-text.pdf, scanned.pdf, large.pdf in %s\n", vnPages,
                    qPrintable(out.path()));
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "ecabinet-make-test-pdfs: %s\n", e.what());
        return 1;
    }
}
