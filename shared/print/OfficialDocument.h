// A Vietnamese administrative document (the layout of Decree 30/2020/ND-CP, simplified)
// and the composer that writes it as a multi-page A4 PDF with QPdfWriter + QPainter.
//
// Used by ecabinet-mkdemo (the demo meeting's documents), bench-render (the vector test
// page), the meeting minutes (MinutesDocument.h) and the registry's directives
// (hub/registry/DirectivePdf.h), so all print the same kind of page: DejaVu Serif text,
// headings, justified paragraphs, ruled tables with figures, page numbers.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <variant>

namespace ecabinet::print {

struct Heading {
    QString text;
    int level = 1; // 1: "I. ..." bold; 2: "1. ..." bold; 3: "a) ..." bold italic
};

struct Paragraph {
    QString text;
};

struct Table {
    QString caption;           // printed above, bold, centred ("" for none)
    QStringList header;
    QList<double> widths;      // relative column widths, one per header cell
    QList<QStringList> rows;   // cells; a row whose first cell starts with "*" is bold
    QString note;              // printed below in italics ("" for none)
};

using Block = std::variant<Heading, Paragraph, Table>;

struct Signer {
    QStringList authority;     // e.g. {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}
    QString name;
};

struct OfficialDocument {
    QString id;                // meeting file document id ("d1")
    QString file;              // relative path ("docs/bao-cao-kt-xh-10-thang-2026.pdf")
    QString title;             // title as listed in the meeting file
    QStringList agency;        // issuing body, upper case, one per line
    QString number;            // "Số: 312/BC-UBND"
    QString placeDate;         // "Sơn Hà, ngày 10 tháng 11 năm 2026"
    bool draft = false;        // prints a boxed "DỰ THẢO"
    QString kind;              // "BÁO CÁO", "TỜ TRÌNH", "NGHỊ QUYẾT"
    QStringList subject;       // lines under the kind, bold, centred
    QString addressee;         // "Kính gửi: ..." ("" for none)
    QList<Block> body;
    QStringList recipients;    // "Nơi nhận:" list
    Signer signer;             // right-hand signature block
    // Minutes are signed twice: the secretary on the left, the chair on the right. When the
    // left signer has a name or authority it takes the place of the recipients list.
    Signer leftSigner;
    QString creator = QStringLiteral("E-cabinet"); // PDF /Creator
    // Printed under the signer's authority on a copy of a signed paper ("" leaves the space
    // empty, e.g. for a visible digital signature: PdfLayout::signatureRect).
    QString signedMark = QStringLiteral("(Đã ký)");
};

// Where things landed on the pages (for a visible digital signature over "(Đã ký)").
struct PdfLayout {
    int pages = 0;
    int signaturePage = 0;  // 0-based page of the right-hand signature block
    QRectF signatureRect;   // the space between the authority lines and the name, as a
                            // fraction of the page (0..1, origin top left)
};

// Writes `doc` to `path` as a PDF. Throws std::runtime_error naming the path and the
// reason on any failure (font missing, file not writable). Needs a QGuiApplication.
// The output is byte-for-byte deterministic for the same input and fonts.
// Returns the number of pages written; `layout` (optional) receives where things are.
int writePdf(const OfficialDocument &doc, const QString &path, PdfLayout *layout = nullptr);

// Loads the DejaVu fonts from the system font directory into the application font
// database and checks that "DejaVu Serif" resolves to them. Throws if it cannot.
void loadFonts();

} // namespace ecabinet::print
