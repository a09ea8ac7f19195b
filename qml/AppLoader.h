// AppLoader: everything a program needs to show an E-cabinet screen.
//
// It installs the translator (Vietnamese by default, English on request),
// makes a QQmlApplicationEngine that sees both static QML modules (Ecabinet
// and Ecabinet.Client) and the "pdf" image provider, and creates the screens
// with their MeetingSession as the required `session` property. Used by
// ecabinet-tablet, ecabinet-console, the demo (which loads several screens
// offscreen and grabs them) and the QML tests (prepareEngine only).
//
//   QGuiApplication app(argc, argv);
//   ecabinet::AppLoader loader(QStringLiteral("vi"));
//   MeetingSession seat;                      // must outlive the window
//   seat.setEnrolmentFile(path);
//   QQuickWindow *w = loader.load(ecabinet::Screen::Seat, &seat);
//   if (!w) qFatal("%s", qPrintable(loader.errorString()));
//   seat.start();
//   ... w->grabWindow().save("seat.png");
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <memory>
#include <optional>

class QCoreApplication;
class QQmlApplicationEngine;
class QQmlEngine;
class QQuickWindow;
class QTranslator;
class MeetingSession;
class QObject;

namespace ecabinet {

// The root screens of the module.
enum class Screen {
    Seat,         // SeatApp.qml: a delegate's tablet
    ChairConsole, // ChairConsole.qml: chair / secretary console
    DispatchDesk, // DispatchDesk.qml: dispatch office / unit desk (its session is a RegistrySession)
};

// Command line shared by the programs:
//   --device PATH  (required) device.json written by ecabinet-enroll
//   --cache DIR    document cache (default: $ECABINET_CACHE, else the app data folder)
//   --lang vi|en   interface language (default vi)
struct AppOptions {
    QString deviceFile;
    QString cacheDir;
    QString language = QStringLiteral("vi");
};

// Parses the application's arguments. Prints usage/errors and returns nullopt
// when they are wrong (exit with status 2 then); --help/--version exit itself.
std::optional<AppOptions> parseAppOptions(const QCoreApplication &app, const QString &description);

// The whole main() of ecabinet-tablet, ecabinet-console and ecabinet-dispatch: the
// application object, the command line (parseAppOptions), the session on the enrolment
// file (a MeetingSession, or a RegistrySession for the dispatch desk), the screen, the
// event loop. The dispatch desk gets a QApplication (its charts, QtCharts, draw through
// Qt Graphics View); the others a QGuiApplication. Returns the exit code (2: bad command
// line, 1: the screen could not be created).
int runApp(int &argc, char **argv, const QString &programName, const QString &description, Screen screen);

// Languages the UI is translated into ("vi", "en").
QStringList supportedLanguages();

class AppLoader {
public:
    // Installs the translator of `language` ("vi" or "en"; anything else falls
    // back to "vi" with a warning) on the application and sets the default
    // QLocale. Needs a QGuiApplication to exist.
    explicit AppLoader(const QString &language = QStringLiteral("vi"));
    ~AppLoader(); // destroys the windows it created, then the engine

    AppLoader(const AppLoader &) = delete;
    AppLoader &operator=(const AppLoader &) = delete;

    QString language() const;
    QQmlApplicationEngine &engine();

    // Creates the screen with `session` as its `session` property (plus any
    // other initial properties) and shows it: a MeetingSession for the seat and
    // the console, a RegistrySession for the dispatch desk. The window belongs to
    // the loader; the session must outlive it. Returns nullptr on failure (errorString()).
    QQuickWindow *load(Screen screen, QObject *session,
                       const QVariantMap &extraProperties = {});
    QList<QQuickWindow *> windows() const;
    // Destroys the windows created so far (before their sessions go away).
    void closeWindows();
    QString errorString() const;

    // Import path "qrc:/" and the image providers, for any engine (tests).
    static void prepareEngine(QQmlEngine &engine);
    // qrc URL of a screen's QML file (Qt 6.4 has no loadFromModule).
    static QUrl rootUrl(Screen screen);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecabinet
