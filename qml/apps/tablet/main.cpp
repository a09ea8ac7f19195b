// ecabinet-tablet: the seat app of a delegate's tablet.
//   ecabinet-tablet --device PATH [--cache DIR] [--lang vi|en]
#include "AppLoader.h"

int main(int argc, char *argv[])
{
    return ecabinet::runApp(argc, argv, QStringLiteral("ecabinet-tablet"),
                            QStringLiteral("Seat tablet of the E-cabinet meeting room."), ecabinet::Screen::Seat);
}
