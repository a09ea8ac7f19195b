// Follow the presenter through real sessions and the real hub (issue 5): the console
// presents a page, every following seat is told to show it; a seat that turned a page by
// hand stays where it is until it taps "Follow presenter", then jumps to the page shown now;
// a seat that checks in late follows from the snapshot; the presenting right shows up on
// the speaker's seat and lapses when the speech ends.
#include "SessionHarness.h"
#include "support/TestMeeting.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ecabinet::testing;
using namespace ecabinet::testing::client;
namespace std_ = ecabinet::testing::standard;

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

// The last showPresentedPage a seat emitted: document id and page, or {"", -1}.
std::pair<QString, int> lastShown(const QSignalSpy &spy) {
    if (spy.isEmpty()) return {QString(), -1};
    const auto &args = spy.last();
    return {args.at(0).toString(), args.at(3).toInt()};
}

} // namespace

TEST(ClientPresent, FollowingSeatsJumpManualTurnLeavesLateJoinerFollows) {
    auto hub = startStandardHub();
    const auto &d1 = std_::documents().at(0);
    const auto &d2 = std_::documents().at(1);
    Tablet chair = startTablet(hub->enrolDevice("console-chair", "console"));
    Tablet seat1 = startTablet(hub->enrolDevice(std_::seatDevice(1), "seat"));
    Tablet seat2 = startTablet(hub->enrolDevice(std_::seatDevice(2), "seat"));
    for (auto *t : {&chair, &seat1, &seat2}) ASSERT_TRUE(waitLive(**t)) << (*t)->connectionMessage().toStdString();
    ASSERT_TRUE(checkIn(*chair, std_::kChair, std_::kChairPin).ok);
    ASSERT_TRUE(checkIn(*seat1, std_::kDelegate1, std_::kDelegate1Pin).ok);
    ASSERT_TRUE(checkIn(*seat2, std_::kDelegate2, std_::kDelegate2Pin).ok);
    ASSERT_TRUE(run(*chair, "openMeeting", [&] { chair->openMeeting(); }).ok) << chair->lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return seat1->meetingState() == MeetingSession::Open; }));

    EXPECT_TRUE(chair->canPresent());
    EXPECT_FALSE(seat1->canPresent()) << "a delegate without the right";
    EXPECT_TRUE(seat1->followingPresenter()) << "a seat follows by default";
    QSignalSpy shown1(&*seat1, &MeetingSession::showPresentedPage);
    QSignalSpy shown2(&*seat2, &MeetingSession::showPresentedPage);

    // A delegate without the right is refused by the hub, with a message.
    const auto refused = run(*seat1, "presentPage", [&] { seat1->presentPage(q(d1.id), 0); });
    EXPECT_FALSE(refused.ok);
    EXPECT_FALSE(refused.message.isEmpty());

    ASSERT_TRUE(run(*chair, "presentPage", [&] { chair->presentPage(q(d2.id), 2); }).ok) << chair->lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return lastShown(shown1).second == 2 && lastShown(shown2).second == 2; }))
        << "both following seats are told to show page 3 of d2";
    EXPECT_EQ(lastShown(shown1).first, q(d2.id));
    EXPECT_EQ(shown1.last().at(1).toString(), seat1->presentedSha256());
    EXPECT_FALSE(seat1->presentedSha256().isEmpty());
    EXPECT_EQ(seat1->presenterName(), chair->personName());

    // Seat 1 turns a page by hand: it leaves follow mode and is not moved any more.
    seat1->leaveFollowMode();
    EXPECT_FALSE(seat1->followingPresenter());
    const auto countBefore = shown1.count();
    ASSERT_TRUE(run(*chair, "presentPage", [&] { chair->presentPage(q(d1.id), 1); }).ok);
    ASSERT_TRUE(waitUntil([&] { return lastShown(shown2) == std::make_pair(q(d1.id), 1); }));
    ASSERT_TRUE(waitUntil([&] { return seat1->presentedPage() == 1; })) << "seat 1 still knows what is shown";
    EXPECT_EQ(shown1.count(), countBefore) << "a seat out of follow mode is not moved";

    // One tap: back to follow mode, straight to the page shown now.
    seat1->followPresenter();
    EXPECT_TRUE(seat1->followingPresenter());
    EXPECT_EQ(lastShown(shown1), std::make_pair(q(d1.id), 1));

    // A seat that checks in late follows from the snapshot.
    Tablet seat3 = startTablet(hub->enrolDevice(std_::seatDevice(3), "seat"));
    QSignalSpy shown3(&*seat3, &MeetingSession::showPresentedPage);
    ASSERT_TRUE(waitLive(*seat3));
    ASSERT_TRUE(checkIn(*seat3, std_::kDelegate3, std_::kDelegate3Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return lastShown(shown3) == std::make_pair(q(d1.id), 1); }))
        << "the late joiner jumps to the presented page";

    // The presenting right: given to the speaker, visible on the seat, gone with the speech.
    ASSERT_TRUE(run(*seat1, "requestFloor", [&] { seat1->requestFloor(); }).ok);
    ASSERT_TRUE(run(*chair, "grantFloor", [&] { chair->grantFloor(q(std_::kDelegate1)); }).ok);
    ASSERT_TRUE(waitUntil([&] { return chair->canGrantPresentingRight(); }));
    ASSERT_TRUE(run(*chair, "grantPresentingRight", [&] { chair->grantPresentingRight(); }).ok)
        << chair->lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return seat1->canPresent(); })) << "the speaker may present now";
    EXPECT_EQ(seat2->presentingRightHolderId(), q(std_::kDelegate1));
    ASSERT_TRUE(run(*seat1, "presentPage", [&] { seat1->presentPage(q(d2.id), 0); }).ok) << seat1->lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return lastShown(shown2) == std::make_pair(q(d2.id), 0); }));
    EXPECT_EQ(seat2->presenterName(), seat1->personName());
    ASSERT_TRUE(run(*chair, "endSpeech", [&] { chair->endSpeech(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return !seat1->canPresent(); })) << "the right lapses with the speech";
    EXPECT_TRUE(seat2->presentingRightHolderId().isEmpty());

    ASSERT_TRUE(run(*chair, "stopPresenting", [&] { chair->stopPresenting(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return !seat2->presenting() && seat2->presentedPage() == -1; }));
}
