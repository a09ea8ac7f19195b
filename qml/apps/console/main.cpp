// ecabinet-console: the console of the chair and the secretary.
//   ecabinet-console --device PATH [--cache DIR] [--lang vi|en]
#include "AppLoader.h"
#include "MeetingSession.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ecabinet-console"));
    QGuiApplication::setOrganizationName(QStringLiteral("E-cabinet"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ECABINET_VERSION));

    const auto options = ecabinet::parseAppOptions(app, QStringLiteral("Chair and secretary console of the E-cabinet meeting room."));
    if (!options)
        return 2;

    MeetingSession session; // declared before the loader: outlives the window
    session.setEnrolmentFile(options->deviceFile);
    if (!options->cacheDir.isEmpty())
        session.setCacheDir(options->cacheDir);

    ecabinet::AppLoader loader(options->language);
    if (!loader.load(ecabinet::Screen::ChairConsole, &session)) {
        qCritical("ecabinet-console: %s", qPrintable(loader.errorString()));
        return 1;
    }
    session.start();
    return app.exec();
}
