// ecabinet-console: the console of the chair and the secretary.
//   ecabinet-console --device PATH [--cache DIR] [--lang vi|en]
#include "AppLoader.h"

int main(int argc, char *argv[])
{
    return ecabinet::runApp(argc, argv, QStringLiteral("ecabinet-console"),
                            QStringLiteral("Chair and secretary console of the E-cabinet meeting room."), ecabinet::Screen::ChairConsole);
}
