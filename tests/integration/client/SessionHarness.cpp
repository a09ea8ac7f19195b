#include "SessionHarness.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ecabinet::testing::client {

bool waitUntil(const std::function<bool()> &pred, std::chrono::milliseconds timeout) {
    return QTest::qWaitFor(pred, static_cast<int>(timeout.count()));
}

Tablet startTablet(const EnrolledDevice &device, const QString &cacheDir, qint64 byteCapForTest) {
    Tablet t;
    QString dir = cacheDir;
    if (dir.isEmpty()) {
        t.ownCache = std::make_unique<QTemporaryDir>();
        dir = t.ownCache->path();
    }
    t.session = std::make_unique<MeetingSession>();
    t.session->setEnrolmentFile(QString::fromStdString(device.deviceJson.string()));
    t.session->setCacheDir(dir);
    if (byteCapForTest >= 0) t.session->capDocumentBytesForTest(byteCapForTest);
    t.session->start();
    return t;
}

bool waitLive(const MeetingSession &s, std::chrono::milliseconds timeout) {
    return waitUntil([&] { return s.connectionState() == MeetingSession::Live && !s.meetingId().isEmpty(); },
                     timeout);
}

CommandOutcome run(MeetingSession &s, const QString &command, const std::function<void()> &issue,
                   std::chrono::milliseconds timeout) {
    QSignalSpy spy(&s, &MeetingSession::commandFinished);
    issue();
    CommandOutcome out;
    waitUntil(
        [&] {
            for (const auto &args : spy)
                if (args.at(0).toString() == command) {
                    out = {true, args.at(1).toBool(), args.at(2).toInt(), args.at(3).toString()};
                    return true;
                }
            return false;
        },
        timeout);
    return out;
}

CommandOutcome checkIn(MeetingSession &s, const std::string &person, const std::string &pin) {
    return run(s, QStringLiteral("checkIn"),
               [&] { s.checkIn(QString::fromStdString(person), QString::fromStdString(pin)); });
}

std::unique_ptr<HubProcess> startStandardHub() {
    auto hub = std::make_unique<HubProcess>();
    const auto imported = hub->importStandardMeeting();
    EXPECT_TRUE(imported.ok()) << imported.err;
    hub->start();
    return hub;
}

} // namespace ecabinet::testing::client
