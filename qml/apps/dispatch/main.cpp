// ecabinet-dispatch: the desk of the dispatch office and of the receiving units
// (directives, tasks, receipts, reports, statistics).
//   ecabinet-dispatch [--registry tcp://HOST:7403] --registry-key KEY|FILE [--lang vi|en]
// The person signs in with their account; the desk itself is not enrolled.
#include "AppLoader.h"

int main(int argc, char *argv[])
{
    return ecabinet::runApp(argc, argv, QStringLiteral("ecabinet-dispatch"),
                            QStringLiteral("Dispatch desk of E-cabinet: directives, tasks, receipts and reports."),
                            ecabinet::Screen::DispatchDesk);
}
