#include "OfficialDocument.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <memory>
#include <stdexcept>

namespace ecabinet::print {
namespace {

constexpr int kDpi = 1200;                 // QPdfWriter's default; painter units are 1/1200 in
constexpr double kPageW = 210.0, kPageH = 297.0;
constexpr double kLeft = 30.0, kRight = 18.0, kTop = 20.0, kBottom = 20.0; // mm
constexpr const char *kFamily = "DejaVu Serif";
constexpr double kBodyPt = 12.5, kTablePt = 10.0;

double mm(double v) { return v * kDpi / 25.4; }

QFont font(double pt, bool bold = false, bool italic = false) {
    QFont f(QString::fromLatin1(kFamily));
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting); // metrics independent of the screen
    return f;
}

std::runtime_error failure(const QString &what) { return std::runtime_error(what.toStdString()); }

// Lays out text pages top to bottom, starting a new page when the next line does not fit.
class Composer {
public:
    Composer(const QString &path, const OfficialDocument &doc) : writer_(path) {
        writer_.setPageSize(QPageSize(QPageSize::A4));
        writer_.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer_.setResolution(kDpi);
        writer_.setTitle(doc.title);
        writer_.setCreator(doc.creator);
        if (!painter_.begin(&writer_))
            throw failure(QStringLiteral("cannot write PDF %1 (directory missing or not writable?)").arg(path));
        painter_.setRenderHint(QPainter::Antialiasing);
        y_ = mm(kTop);
    }

    int finish() {
        if (!painter_.end())
            throw failure(QStringLiteral("writing the PDF failed"));
        return page_;
    }

    double width() const { return mm(kPageW - kLeft - kRight); }
    double left() const { return mm(kLeft); }
    double bottom() const { return mm(kPageH - kBottom); }
    double remaining() const { return bottom() - y_; }
    double y() const { return y_; }
    void skip(double units) { y_ += units; }
    QPainter &painter() { return painter_; }

    void ensure(double height) {
        if (y_ + height > bottom())
            newPage();
    }

    void newPage() {
        if (!writer_.newPage())
            throw failure(QStringLiteral("QPdfWriter::newPage failed"));
        ++page_;
        // Page numbers: centred in the top margin from the second page on (Decree 30).
        painter_.setFont(font(11));
        painter_.drawText(QRectF(0, mm(8), mm(kPageW), mm(8)), Qt::AlignCenter, QString::number(page_));
        y_ = mm(kTop);
    }

    // A wrapped paragraph; `indent` on the first line; the last line is never justified.
    void text(const QString &s, const QFont &f, Qt::Alignment align, double indent = 0,
              double x = -1, double w = -1, double spacing = 1.2) {
        if (x < 0) x = left();
        if (w < 0) w = width();
        QTextLayout layout(s, f, painter_.device());
        QTextOption opt(align);
        opt.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(opt);
        layout.beginLayout();
        double ly = 0;
        for (bool first = true;; first = false) {
            QTextLine line = layout.createLine();
            if (!line.isValid()) break;
            line.setLineWidth(w - (first ? indent : 0));
            line.setPosition(QPointF(first ? indent : 0, ly));
            ly += line.height() * spacing;
        }
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine line = layout.lineAt(i);
            const double h = line.height() * spacing;
            ensure(h);
            line.draw(&painter_, QPointF(x, y_ - line.y()));
            y_ += h;
        }
    }

    void hline(double x, double w, double atY, double thickness = 0.3) {
        painter_.setPen(QPen(Qt::black, mm(thickness)));
        painter_.drawLine(QPointF(x, atY), QPointF(x + w, atY));
    }

    int page() const { return page_; }

private:
    QPdfWriter writer_;
    QPainter painter_;
    double y_ = 0;
    int page_ = 1;
};

// Largest size <= pt at which every line fits in width.
QFont fitted(const QStringList &lines, double pt, bool bold, double width, QPaintDevice *dev) {
    for (; pt > 6; pt -= 0.5) {
        QFontMetricsF fm(font(pt, bold), dev);
        bool ok = true;
        for (const QString &l : lines) ok = ok && fm.horizontalAdvance(l) <= width;
        if (ok) break;
    }
    return font(pt, bold);
}

void drawCentredLines(Composer &c, const QStringList &lines, const QFont &f, double x, double w,
                      double &y, double underline = 0) {
    QPainter &p = c.painter();
    p.setFont(f);
    QFontMetricsF fm(f, p.device());
    double widest = 0;
    for (const QString &l : lines) {
        p.drawText(QRectF(x, y, w, fm.height()), Qt::AlignHCenter | Qt::AlignTop, l);
        widest = std::max(widest, fm.horizontalAdvance(l));
        y += fm.height();
    }
    if (underline > 0) { // a rule under the lines, `underline` of their width
        const double lw = std::min(widest, w) * underline;
        c.hline(x + (w - lw) / 2, lw, y + mm(0.8));
        y += mm(2.5);
    }
}

void drawHeader(Composer &c, const OfficialDocument &doc) {
    QPainter &p = c.painter();
    const double leftW = mm(68), rightW = c.width() - leftW, x0 = mm(kLeft - 12);
    const double xr = c.left() + leftW;
    if (doc.draft) {
        p.setFont(font(12, true));
        const QRectF box(c.left() + c.width() - mm(30), mm(9), mm(30), mm(8));
        p.setPen(QPen(Qt::black, mm(0.3)));
        p.drawRect(box);
        p.drawText(box, Qt::AlignCenter, QStringLiteral("DỰ THẢO"));
    }
    double yl = c.y(), yr = c.y();
    QStringList upper = doc.agency.mid(0, doc.agency.size() - 1);
    drawCentredLines(c, upper, fitted(upper, 12.5, false, leftW + mm(12), p.device()), x0, leftW + mm(12), yl);
    drawCentredLines(c, {doc.agency.last()}, fitted({doc.agency.last()}, 12.5, true, leftW + mm(12), p.device()),
                     x0, leftW + mm(12), yl, 0.5);
    drawCentredLines(c, {doc.number}, font(12.5), x0, leftW + mm(12), yl);

    const QString motto1 = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const QString motto2 = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    drawCentredLines(c, {motto1}, fitted({motto1}, 12, true, rightW, p.device()), xr, rightW, yr);
    drawCentredLines(c, {motto2}, font(12.5, true), xr, rightW, yr, 1.0);
    yr += mm(1.5);
    drawCentredLines(c, {doc.placeDate}, font(12.5, false, true), xr, rightW, yr);

    c.skip(std::max(yl, yr) - c.y() + mm(8));
    double y = c.y();
    drawCentredLines(c, {doc.kind}, font(14, true), c.left(), c.width(), y);
    c.skip(y - c.y());
    for (const QString &line : doc.subject)
        c.text(line, font(13, true), Qt::AlignHCenter, 0, -1, -1, 1.1);
    y = c.y() + mm(1);
    c.hline(c.left() + c.width() * 0.4, c.width() * 0.2, y);
    c.skip(mm(6));
    if (!doc.addressee.isEmpty()) {
        c.text(doc.addressee, font(kBodyPt), Qt::AlignHCenter);
        c.skip(mm(4));
    }
}

void drawHeading(Composer &c, const Heading &h) {
    c.ensure(mm(20)); // never leave a heading alone at the foot of a page
    c.skip(mm(h.level == 1 ? 3 : 1.5));
    c.text(h.text, font(kBodyPt, true, h.level == 3), Qt::AlignJustify, h.level == 1 ? 0 : mm(10));
    c.skip(mm(1));
}

double rowHeight(QPainter &p, const QStringList &cells, const QList<double> &xs, const QFont &f) {
    p.setFont(f);
    double h = 0;
    for (int i = 0; i < cells.size() && i + 1 < xs.size(); ++i) {
        const QRectF r(0, 0, xs[i + 1] - xs[i] - mm(2.4), 1e6);
        h = std::max(h, p.boundingRect(r, Qt::TextWordWrap, cells[i]).height());
    }
    return h + mm(2.4);
}

bool numeric(const QString &s) {
    static const QRegularExpression re(QStringLiteral("^[-+]?[0-9.,]+%?$"));
    return re.match(s).hasMatch();
}

void drawRow(Composer &c, const QStringList &cells, const QList<double> &xs, const QFont &f,
             double h, bool header) {
    QPainter &p = c.painter();
    p.setFont(f);
    p.setPen(QPen(Qt::black, mm(0.25)));
    const double top = c.y();
    for (int i = 0; i < cells.size() && i + 1 < xs.size(); ++i) {
        const QRectF cell(xs[i], top, xs[i + 1] - xs[i], h);
        p.drawRect(cell);
        int flags = Qt::AlignVCenter | Qt::TextWordWrap;
        if (header || (i == 0 && cells[i].size() <= 4) || cells[i] == u"-") flags |= Qt::AlignHCenter;
        else if (numeric(cells[i])) flags |= Qt::AlignRight;
        else flags |= Qt::AlignLeft;
        p.drawText(cell.adjusted(mm(1.2), mm(1.2), -mm(1.2), -mm(1.2)), flags, cells[i]);
    }
    c.skip(h);
}

void drawTable(Composer &c, const Table &t) {
    if (t.widths.size() != t.header.size())
        throw failure(QStringLiteral("table \"%1\": %2 widths for %3 columns")
                          .arg(t.caption).arg(t.widths.size()).arg(t.header.size()));
    double total = 0;
    for (double w : t.widths) total += w;
    QList<double> xs{c.left()};
    for (double w : t.widths) xs.append(xs.last() + c.width() * w / total);

    QPainter &p = c.painter();
    const QFont hf = font(kTablePt, true), bf = font(kTablePt), bb = font(kTablePt, true);
    const double hh = rowHeight(p, t.header, xs, hf);
    c.skip(mm(2));
    if (!t.caption.isEmpty()) {
        c.ensure(mm(12) + hh * 2);
        c.text(t.caption, font(kBodyPt - 0.5, true), Qt::AlignHCenter);
        c.skip(mm(1));
    }
    c.ensure(hh * 2);
    drawRow(c, t.header, xs, hf, hh, true);
    for (const QStringList &row : t.rows) {
        const bool bold = !row.isEmpty() && row.first().startsWith(u'*');
        QStringList cells = row;
        if (bold) cells.first().remove(0, 1);
        const double h = rowHeight(p, cells, xs, bold ? bb : bf);
        if (h > c.remaining()) {
            c.newPage();
            drawRow(c, t.header, xs, hf, hh, true); // header repeated on every page
        }
        drawRow(c, cells, xs, bold ? bb : bf, h, false);
    }
    if (!t.note.isEmpty()) {
        c.skip(mm(1));
        c.text(t.note, font(kTablePt, false, true), Qt::AlignLeft);
    }
    c.skip(mm(3));
}

void drawSignature(Composer &c, const OfficialDocument &doc, PdfLayout &layout) {
    const QFont small = font(10.5);
    QFontMetricsF fm(small, c.painter().device());
    const double needed = std::max<double>(fm.height() * (doc.recipients.size() + 1),
                                           mm(8) * doc.signer.authority.size() + mm(40));
    c.skip(mm(4));
    c.ensure(needed);
    const double top = c.y(), half = c.width() / 2;
    QPainter &p = c.painter();
    double y = top;
    auto signerBlock = [&](const Signer &s, double x, double &yy) {
        drawCentredLines(c, s.authority, font(12.5, true), x, half, yy);
        if (&s == &doc.signer) {
            layout.signaturePage = c.page() - 1;
            // Between the authority lines and the name (drawn 18 mm below): 1 mm clear of each.
            layout.signatureRect = QRectF((x + half * 0.1) / mm(kPageW), (yy + mm(1)) / mm(kPageH),
                                          half * 0.8 / mm(kPageW), mm(16) / mm(kPageH));
        }
        yy += mm(4);
        if (!doc.draft && !doc.signedMark.isEmpty()) // a draft is not signed yet
            drawCentredLines(c, {doc.signedMark}, font(12.5, false, true), x, half, yy);
        yy += mm(14);
        if (!s.name.isEmpty()) drawCentredLines(c, {s.name}, font(12.5, true), x, half, yy);
    };
    if (!doc.leftSigner.authority.isEmpty() || !doc.leftSigner.name.isEmpty()) {
        signerBlock(doc.leftSigner, c.left(), y);
        double yr = top;
        signerBlock(doc.signer, c.left() + half, yr);
        c.skip(std::max(y, yr) - c.y());
        return;
    }
    p.setFont(font(11.5, true, true));
    p.drawText(QRectF(c.left(), y, half, fm.height() * 1.3), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("Nơi nhận:"));
    y += fm.height() * 1.3;
    p.setFont(small);
    for (const QString &r : doc.recipients) {
        p.drawText(QRectF(c.left(), y, half, fm.height()), Qt::AlignLeft | Qt::AlignTop, r);
        y += fm.height();
    }
    double yr = top;
    signerBlock(doc.signer, c.left() + half, yr);
    c.skip(std::max(y, yr) - c.y());
}

// QPdfWriter stamps /CreationDate with the current time; pin it so that equal input gives
// equal bytes. The replacement has the same length, so the xref offsets stay valid.
void pinCreationDate(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw failure(QStringLiteral("cannot reread %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
    f.close();
    static const QRegularExpression re(QStringLiteral("/CreationDate \\(D:([0-9]{14})"));
    const auto m = re.match(QString::fromLatin1(bytes));
    if (!m.hasMatch()) return; // nothing to pin (another Qt version): content is still deterministic
    bytes.replace(m.capturedStart(1), 14, QByteArrayLiteral("20261101080000"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw failure(QStringLiteral("cannot rewrite %1: %2").arg(path, f.errorString()));
}

} // namespace

void loadFonts() {
    const QDir dir(QStringLiteral("/usr/share/fonts/truetype/dejavu"));
    for (const char *name : {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                             "DejaVuSerif-BoldItalic.ttf"}) {
        const QString file = dir.filePath(QString::fromLatin1(name));
        if (QFile::exists(file) && QFontDatabase::addApplicationFont(file) < 0)
            throw failure(QStringLiteral("cannot load font %1").arg(file));
    }
    const QFontInfo info(font(12));
    if (info.family() != QLatin1String(kFamily))
        throw failure(QStringLiteral("font \"%1\" not found (got \"%2\"): install fonts-dejavu-core")
                          .arg(QLatin1String(kFamily), info.family()));
}

int writePdf(const OfficialDocument &doc, const QString &path, PdfLayout *layoutOut) {
    PdfLayout layout;
    if (doc.agency.isEmpty())
        throw failure(QStringLiteral("%1: no issuing agency").arg(doc.id));
    int pages = 0;
    {
        Composer c(path, doc);
        drawHeader(c, doc);
        for (const Block &b : doc.body) {
            if (const auto *h = std::get_if<Heading>(&b)) drawHeading(c, *h);
            else if (const auto *par = std::get_if<Paragraph>(&b))
                c.text(par->text, font(kBodyPt), Qt::AlignJustify, mm(10)), c.skip(mm(1.2));
            else drawTable(c, std::get<Table>(b));
        }
        drawSignature(c, doc, layout);
        pages = c.finish();
    }
    layout.pages = pages;
    if (layoutOut) *layoutOut = layout;
    pinCreationDate(path);
    return pages;
}

} // namespace ecabinet::print
