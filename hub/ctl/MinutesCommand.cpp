// minutes [MEETING] --pdf FILE [--agency "LINE|LINE"] [--place NAME] [--number N]: the meeting's minutes as a
// PDF (shared/print/MinutesDocument). A meeting not yet closed is printed as a draft.
#include "ctl/Ctl.h"

#include "print/MinutesDocument.h"
#include "service/MinutesQuery.h"
#include "store/Meetings.h"

#include <QGuiApplication>

#include <iostream>

namespace ecabinet::ctl {

int cmdMinutes(const Args &a) {
    if (a.words.size() > 2) throw CtlError("usage: minutes [MEETING] --pdf FILE [--agency \"LINE|LINE\"] [--place NAME] [--number N]");
    const std::string pdf = a.required("pdf");
    auto store = openStore(a);
    const std::string meetingId = a.words.size() == 2 ? a.words[1] : hub::MeetingTable(*store).currentId();
    if (meetingId.empty()) throw CtlError("the hub has no meeting: import one first");
    if (!hub::MeetingTable(*store).meeting(meetingId)) throw CtlError("no meeting '" + meetingId + "'");
    const auto record = hub::minutesRecord(*store, meetingId, nowMs());

    print::MinutesOptions options;
    if (const auto agency = a.option("agency"))
        options.agency = QString::fromStdString(*agency).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (const auto number = a.option("number")) options.number = QString::fromStdString(*number);
    if (const auto place = a.option("place")) options.place = QString::fromStdString(*place);

    // Fonts need a QGuiApplication; offscreen: the hub has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "ecabinetctl";
    static char *argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    try {
        print::loadFonts();
        const int pages = print::writePdf(print::minutesDocument(record, options), QString::fromStdString(pdf));
        std::cout << "minutes of " << meetingId << ": " << pdf << " (" << pages << " page" << (pages == 1 ? "" : "s")
                  << ", " << record.conclusions_size() << " conclusion" << (record.conclusions_size() == 1 ? "" : "s")
                  << ", " << record.polls_size() << " poll" << (record.polls_size() == 1 ? "" : "s") << ")\n";
    } catch (const std::runtime_error &e) {
        throw CtlError(std::string("cannot write the minutes: ") + e.what());
    }
    if (record.closed_at_ms() == 0)
        std::cerr << "ecabinetctl: meeting " << meetingId << " is not closed: the minutes are a draft (DỰ THẢO)\n";
    return kExitOk;
}

} // namespace ecabinet::ctl
