// A hub that dies (kill -9) and comes back on the same ports: tablets
// reconnect by themselves, resync, and a command typed during the outage is
// delivered once — its effect happens exactly once.
#include "SessionHarness.h"
#include "support/TestMeeting.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ecabinet::testing;
using namespace ecabinet::testing::client;
namespace std_ = ecabinet::testing::standard;

TEST(ClientReconnect, Kill9AndRestartLosesNoCommandAndDoublesNone) {
    auto hub = startStandardHub();
    Tablet chair = startTablet(hub->enrolDevice("console-chair", "console"));
    Tablet seat = startTablet(hub->enrolDevice(std_::seatDevice(1), "seat"));
    ASSERT_TRUE(waitLive(*chair));
    ASSERT_TRUE(waitLive(*seat));
    ASSERT_TRUE(checkIn(*chair, std_::kChair, std_::kChairPin).ok);
    ASSERT_TRUE(checkIn(*seat, std_::kDelegate1, std_::kDelegate1Pin).ok);
    ASSERT_TRUE(run(*chair, "openMeeting", [&] { chair->openMeeting(); }).ok);
    ASSERT_TRUE(run(*chair, "gotoItem", [&] { chair->nextItem(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return seat->currentItem() == 0 && seat->seq() == chair->seq(); }));
    const quint64 seqBefore = chair->seq();

    hub->kill9();
    ASSERT_TRUE(waitUntil([&] { return chair->connectionState() == MeetingSession::Disconnected &&
                                       seat->connectionState() == MeetingSession::Disconnected; }))
        << "tablets did not notice the hub was gone";
    EXPECT_FALSE(chair->connectionMessage().isEmpty());

    // Typed while the hub is down: must not be lost, must not apply twice.
    QSignalSpy finished(chair.session.get(), &MeetingSession::commandFinished);
    chair->nextItem();
    EXPECT_TRUE(chair->busy());

    hub->restart();
    ASSERT_TRUE(waitUntil([&] { return finished.count() >= 1; }, 30s)) << "the command typed offline never completed";
    EXPECT_TRUE(finished.at(0).at(1).toBool()) << finished.at(0).at(3).toString().toStdString();
    ASSERT_TRUE(waitLive(*chair, 30s));
    ASSERT_TRUE(waitLive(*seat, 30s));
    EXPECT_TRUE(waitUntil([&] { return seat->currentItem() == 1 && chair->currentItem() == 1; }));
    // Exactly one more event in the meeting's log: the move happened once.
    EXPECT_TRUE(waitUntil([&] { return seat->seq() == seqBefore + 1; })) << seat->seq() << " vs " << seqBefore;
    EXPECT_EQ(chair->seq(), seqBefore + 1);
    EXPECT_FALSE(chair->busy());
    EXPECT_EQ(finished.count(), 1); // one reply for one command, although it may have been sent twice
    // Still fully working afterwards.
    EXPECT_TRUE(run(*chair, "gotoItem", [&] { chair->nextItem(); }).ok);
    EXPECT_TRUE(waitUntil([&] { return seat->currentItem() == 2; }));
}
