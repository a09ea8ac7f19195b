// ecabinet-demo: the demo meeting on the embedded default (SQLite).
//   ecabinet-demo [--out DIR] [--tablets N] [--lang vi|en] [--headless]
// Generates the demo meeting (ecabinet-mkdemo), prepares a hub in DIR/hub
// (init, import, enrolment of every device) and starts it, then either opens
// windows (console + two seats; with a display) or runs the whole meeting
// headless with the console and N simulated tablets, writing screenshots to
// DIR/screenshots and printing what happened.
#include "AppLoader.h"
#include "DemoRun.h"
#include "HubLauncher.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>
#include <iostream>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
    return !hasDisplay();
}

} // namespace

int main(int argc, char *argv[])
{
    // Decided before QGuiApplication exists: the platform plugin is chosen then.
    const bool headless = wantsHeadless(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ecabinet-demo"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ECABINET_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Runs the E-cabinet demo meeting."));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addOption({QStringLiteral("out"), QStringLiteral("Output folder (hub data, screenshots)."),
                   QStringLiteral("DIR"), QStringLiteral("demo-output")});
    cli.addOption({QStringLiteral("tablets"), QStringLiteral("Simulated seat tablets (headless run)."),
                   QStringLiteral("N"), QStringLiteral("20")});
    cli.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: vi or en."),
                   QStringLiteral("LANG"), QStringLiteral("vi")});
    cli.addOption({QStringLiteral("headless"), QStringLiteral("Run without windows even with a display.")});
    cli.process(app);

    bool numberOk = false;
    const int tablets = cli.value(QStringLiteral("tablets")).toInt(&numberOk);
    if (!numberOk || tablets < 1) {
        std::cerr << "ecabinet-demo: --tablets must be a positive number\n";
        return 2;
    }
    const QString outDir = QDir(cli.value(QStringLiteral("out"))).absolutePath();
    const QString binDir = QCoreApplication::applicationDirPath();

    try {
        // A fresh meeting every run: the demo's hub data is the demo's own.
        QDir(outDir + QStringLiteral("/hub")).removeRecursively();
        QDir(outDir + QStringLiteral("/cache")).removeRecursively();
        QDir().mkpath(outDir + QStringLiteral("/screenshots"));

        std::cout << "== Preparing the demo meeting in " << outDir.toStdString() << "\n";
        const auto made = ecabinet::launch::runProgram((binDir + QStringLiteral("/ecabinet-mkdemo")).toStdString(),
                                                       {(outDir + QStringLiteral("/meeting")).toStdString()});
        if (!made.ok()) {
            std::cerr << "ecabinet-mkdemo failed:\n" << made.err << made.out;
            return 1;
        }
        ecabinet::launch::HubLauncher hub((outDir + QStringLiteral("/hub")).toStdString(), binDir.toStdString());
        const QString meetingFile = outDir + QStringLiteral("/meeting/meeting.json");
        const auto imported = hub.ctl({"meeting", "import", meetingFile.toStdString()});
        if (!imported.ok()) {
            std::cerr << "ecabinetctl meeting import failed:\n" << imported.err;
            return 1;
        }
        std::cout << imported.out;
        const auto meeting = DemoMeetingFile::read(meetingFile);
        const DemoPerson *chair = meeting.firstWithRole(QStringLiteral("chair"));
        if (!prepareDemoRegistry(hub, chair ? chair->name : QStringLiteral("Chủ tọa")))
            return 1;
        hub.start();
        std::cout << "== Hub running: command=" << hub.ports().command << " event=" << hub.ports().event
                  << " blob=" << hub.ports().blob << " (log: " << hub.logPath().string() << ")\n";

        ecabinet::AppLoader loader(cli.value(QStringLiteral("lang")));
        DemoRun run(hub, loader, meeting, outDir, tablets);
        run.prepare();
        const int code = headless ? run.runScripted() : run.runInteractive();
        const int hubExit = hub.stop();
        if (hubExit != 0) {
            std::cerr << "ecabinet-hub did not stop cleanly (exit " << hubExit << ")\n";
            return code ? code : 1;
        }
        return code;
    } catch (const std::exception &e) {
        std::cerr << "ecabinet-demo: " << e.what() << "\n";
        return 1;
    }
}
