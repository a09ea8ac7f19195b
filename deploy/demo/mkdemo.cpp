// ecabinet-mkdemo OUTDIR: writes the demo meeting for `ecabinetctl meeting import`:
//   OUTDIR/meeting.json   the meeting file (docs/ARCHITECTURE.md "Meeting file")
//   OUTDIR/docs/*.pdf     its documents: multi-page A4 PDFs in Vietnamese official style
//   OUTDIR/pins.txt       the members' PINs, for the demo operator
// The output is the same on every run.
#include "DemoMeeting.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHashFunctions>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>

namespace {

using namespace ecabinet::demo;

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()).toStdString());
}

QByteArray pinsText(const QList<Member> &members) {
    QString out = QStringLiteral("# PINs of the demo meeting (ecabinet-mkdemo). For the demo operator only.\n"
                                 "# id  PIN     role       name — position\n");
    for (const Member &m : members)
        out += QStringLiteral("%1  %2  %3 %4 — %5\n").arg(m.id, m.pin, m.role.leftJustified(10), m.name, m.position);
    return out.toUtf8();
}

int run(const QString &outDir) {
    loadFonts();
    const QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("docs")))
        throw std::runtime_error(QStringLiteral("cannot create %1/docs").arg(outDir).toStdString());
    const QList<OfficialDocument> docs = demoDocuments();
    for (OfficialDocument d : docs) {
        d.creator = QStringLiteral("ecabinet-mkdemo");
        const int pages = writePdf(d, dir.filePath(d.file));
        std::printf("%s  %2d pages  %s\n", qPrintable(d.file), pages, qPrintable(d.title));
        if (pages < 3 || pages > 12)
            throw std::runtime_error(QStringLiteral("%1 has %2 pages; the demo wants 3 to 12")
                                         .arg(d.file).arg(pages).toStdString());
    }
    writeFile(dir.filePath(QStringLiteral("meeting.json")),
              QByteArray::fromStdString(demoMeetingJson(docs).dump(2, ' ', false) + "\n"));
    writeFile(dir.filePath(QStringLiteral("pins.txt")), pinsText(demoMembers()));
    std::printf("wrote %s/meeting.json and %s/pins.txt\n", qPrintable(outDir), qPrintable(outDir));
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    // QPdfWriter embeds fonts in QHash order; a fixed seed makes equal input give equal bytes.
    QHashSeed::setDeterministicGlobalSeed();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a QGuiApplication, not a display
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 2 || args[1].startsWith(u'-')) {
        std::fprintf(stderr, "usage: ecabinet-mkdemo OUTDIR\n"
                             "writes OUTDIR/meeting.json, OUTDIR/docs/*.pdf and OUTDIR/pins.txt\n");
        return 2;
    }
    try {
        return run(args[1]);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "ecabinet-mkdemo: error: %s\n", e.what());
        return 1;
    }
}
