#include "registry/RegistryExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ecabinet::client::exports {

namespace {

QString csvField(const QString &value) {
    if (!value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const auto &f : fields) out << csvField(f);
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// RFC 5545 §3.3.11 TEXT escaping.
QString icsText(QString s) {
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    s.replace(QLatin1Char(','), QStringLiteral("\\,"));
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    s.remove(QLatin1Char('\r'));
    return s;
}

// RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF + space; never
// inside a UTF-8 sequence.
QByteArray folded(const QString &line) {
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    int lineOctets = 0;
    for (int i = 0; i < bytes.size();) {
        int len = 1;
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        len = std::min<int>(len, int(bytes.size()) - i);
        if (lineOctets + len > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += bytes.mid(i, len);
        lineOctets += len;
        i += len;
    }
    return out + "\r\n";
}

} // namespace

QByteArray csv(const QStringList &header, const QList<QStringList> &rows) {
    QByteArray out("\xEF\xBB\xBF");
    out += csvLine(header);
    for (const auto &r : rows) out += csvLine(r);
    return out;
}

QByteArray ics(const QList<DeadlineEvent> &events, const QDateTime &stamp) {
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    out += folded(QStringLiteral("BEGIN:VCALENDAR"));
    out += folded(QStringLiteral("VERSION:2.0"));
    out += folded(QStringLiteral("PRODID:-//E-cabinet//ecabinet-dispatch//VI"));
    out += folded(QStringLiteral("CALSCALE:GREGORIAN"));
    out += folded(QStringLiteral("METHOD:PUBLISH"));
    for (const auto &e : events) {
        if (!e.date.isValid()) continue;
        out += folded(QStringLiteral("BEGIN:VEVENT"));
        out += folded(QStringLiteral("UID:") + icsText(e.uid));
        out += folded(QStringLiteral("DTSTAMP:") + dtstamp);
        out += folded(QStringLiteral("DTSTART;VALUE=DATE:") + e.date.toString(QStringLiteral("yyyyMMdd")));
        out += folded(QStringLiteral("DTEND;VALUE=DATE:") + e.date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        out += folded(QStringLiteral("SUMMARY:") + icsText(e.summary));
        if (!e.description.isEmpty()) out += folded(QStringLiteral("DESCRIPTION:") + icsText(e.description));
        out += folded(QStringLiteral("TRANSP:TRANSPARENT"));
        out += folded(QStringLiteral("END:VEVENT"));
    }
    out += folded(QStringLiteral("END:VCALENDAR"));
    return out;
}

QString writeStatusPdf(const QString &path, const QString &title, const QString &subtitle,
                       const QList<PdfTable> &tables) {
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
    for (const auto &t : tables) {
        html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>")
                    .arg(t.caption.toHtmlEscaped());
        for (const auto &h : t.header) html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const auto &r : t.rows) {
            html += QStringLiteral("<tr>");
            for (const auto &cell : r) html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ecabinet-dispatch"));
        QTextDocument doc;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (!bytes.startsWith("%PDF"))
        return QCoreApplication::translate("RegistryExport", "The PDF could not be made.");
    return writeFile(path, bytes);
}

QString writeFile(const QString &path, const QByteArray &bytes) {
    if (path.isEmpty()) return QCoreApplication::translate("RegistryExport", "No file name was given.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("RegistryExport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace ecabinet::client::exports
