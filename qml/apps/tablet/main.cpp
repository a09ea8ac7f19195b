// ecabinet-tablet: the seat app of a delegate's tablet.
//   ecabinet-tablet --device PATH [--cache DIR] [--lang vi|en]
#include "AppLoader.h"
#include "MeetingSession.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ecabinet-tablet"));
    QGuiApplication::setOrganizationName(QStringLiteral("E-cabinet"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ECABINET_VERSION));

    const auto options = ecabinet::parseAppOptions(app, QStringLiteral("Seat tablet of the E-cabinet meeting room."));
    if (!options)
        return 2;

    MeetingSession session; // declared before the loader: outlives the window
    session.setEnrolmentFile(options->deviceFile);
    if (!options->cacheDir.isEmpty())
        session.setCacheDir(options->cacheDir);

    ecabinet::AppLoader loader(options->language);
    if (!loader.load(ecabinet::Screen::Seat, &session)) {
        qCritical("ecabinet-tablet: %s", qPrintable(loader.errorString()));
        return 1;
    }
    session.start();
    return app.exec();
}
