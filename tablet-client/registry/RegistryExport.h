// Files a dispatch desk exports from what it shows: CSV (UTF-8 with BOM, CRLF,
// RFC 4180 quoting — opens in Excel with Vietnamese intact) and iCalendar
// (RFC 5545) of task deadlines. Pure functions over rows; writing is atomic.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ecabinet::client::exports {

QByteArray csv(const QStringList &header, const QList<QStringList> &rows);

struct DeadlineEvent {
    QString uid;        // stable per task: a re-import updates instead of duplicating
    QDate date;         // the deadline's date (all-day event)
    QString summary;
    QString description;
};
// One VEVENT per deadline (all-day, DTEND = next day), lines folded at 75 octets
// without splitting a UTF-8 character; `stamp` is DTSTAMP (UTC).
QByteArray ics(const QList<DeadlineEvent> &events, const QDateTime &stamp);

// A status report as PDF (A4 landscape, DejaVu Sans for the Vietnamese letters): a title, a
// line saying what it covers, then tables. Written on the desk from what it shows, when the
// registry offers no PDF report. Needs a QGuiApplication (fonts). Returns "" or the error.
struct PdfTable {
    QString caption;
    QStringList header;
    QList<QStringList> rows;
};
QString writeStatusPdf(const QString &path, const QString &title, const QString &subtitle,
                       const QList<PdfTable> &tables);

// Writes through QSaveFile (all or nothing); returns "" or the error text.
QString writeFile(const QString &path, const QByteArray &bytes);

} // namespace ecabinet::client::exports
