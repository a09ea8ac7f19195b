// The dispatch desk's client-side exports (tablet-client/registry/RegistryExport):
// CSV that Excel opens with Vietnamese intact, iCalendar that calendar apps accept.
#include "registry/RegistryExport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QFile>

using namespace ecabinet::client::exports;

TEST(RegistryExport, CsvStartsWithBomAndUsesCrlf) {
    const QByteArray out = csv({QStringLiteral("Đơn vị"), QStringLiteral("Đã đọc")},
                               {{QStringLiteral("Sở Y tế"), QStringLiteral("3")}});
    ASSERT_TRUE(out.startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM first";
    EXPECT_EQ(out.mid(3), QStringLiteral("Đơn vị,Đã đọc\r\nSở Y tế,3\r\n").toUtf8());
}

TEST(RegistryExport, CsvQuotesCommasQuotesAndLineBreaks) {
    const QByteArray out = csv({QStringLiteral("a")}, {{QStringLiteral("x, y")},
                                                       {QStringLiteral("say \"no\"")},
                                                       {QStringLiteral("two\nlines")},
                                                       {QString()}});
    EXPECT_EQ(out.mid(3), QByteArray("a\r\n\"x, y\"\r\n\"say \"\"no\"\"\"\r\n\"two\nlines\"\r\n\r\n"));
}

TEST(RegistryExport, IcsHasOneAllDayEventPerDeadline) {
    const QDateTime stamp(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC);
    const QByteArray out = ics({{QStringLiteral("t1@x"), QDate(2026, 12, 31), QStringLiteral("Báo cáo; quý 4, 2026"),
                                 QStringLiteral("Sở Y tế")},
                                {QStringLiteral("t2@x"), QDate(), QStringLiteral("no date: skipped"), {}}},
                               stamp);
    const QString text = QString::fromUtf8(out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VEVENT")), 1) << "an event without a date is left out";
    EXPECT_TRUE(text.contains(QStringLiteral("UID:t1@x\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTAMP:20261123T073000Z\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20261231\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTEND;VALUE=DATE:20270101\r\n"))) << "all-day: end is the next day";
    EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY:Báo cáo\\; quý 4\\, 2026\r\n"))) << "RFC 5545 TEXT escaping";
}

TEST(RegistryExport, IcsFoldsLongLinesWithoutSplittingCharacters) {
    const QString summary = QString(60, QChar(0x1EA1)); // "ạ": 3 octets in UTF-8
    const QByteArray out = ics({{QStringLiteral("u"), QDate(2027, 1, 5), summary, {}}}, QDateTime::currentDateTimeUtc());
    for (const QByteArray &line : out.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        EXPECT_LE(l.size(), 75) << "line longer than 75 octets: " << l.constData();
        EXPECT_FALSE(QString::fromUtf8(l).contains(QChar::ReplacementCharacter)) << "a character was split";
    }
    // Unfolding (CRLF + space removed) gives the summary back.
    QByteArray unfolded = out;
    unfolded.replace("\r\n ", "");
    EXPECT_TRUE(QString::fromUtf8(unfolded).contains(QStringLiteral("SUMMARY:") + summary + QStringLiteral("\r\n")));
}

TEST(RegistryExport, WriteFileReportsWhatFailed) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ok = dir.filePath(QStringLiteral("sub/out.csv"));
    EXPECT_EQ(writeFile(ok, "abc"), QString());
    QFile f(ok);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("abc"));
    // A directory where the file should be: refused with the path in the text, nothing written.
    const QString error = writeFile(dir.path(), "abc");
    EXPECT_TRUE(error.contains(dir.path())) << error.toStdString();
    EXPECT_EQ(writeFile(QString(), "abc").isEmpty(), false);
}
