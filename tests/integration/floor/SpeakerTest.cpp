// The speaker queue against the real hub: order with points of order, rights, speakers
// without a tablet, the timer's numbers in the events, and the queue surviving kill -9.
#include "Floor.h"

#include "../hub/HubFixture.h"

namespace ecabinet::testing {

using namespace floor;

namespace {

wire::SpeakersView changedView(RawClient &c, const std::string &reason) {
    const auto e = c.waitForEvent([&](const wire::Envelope &env) {
        return env.has_event() && env.event().has_speakers_changed() && env.event().speakers_changed().reason() == reason;
    });
    EXPECT_TRUE(e.has_value()) << "no SpeakersChanged event with reason " << reason;
    return e ? e->event().speakers_changed().speakers() : wire::SpeakersView{};
}

std::vector<std::string> order(const wire::SpeakersView &v) {
    std::vector<std::string> out;
    for (const auto &q : v.queue()) out.push_back(q.speaker().person_id().empty() ? q.speaker().name() : q.speaker().person_id());
    return out;
}

void expectError(const std::optional<wire::Envelope> &r, wire::ErrorCode code, const std::string &what) {
    ASSERT_TRUE(r && r->has_error()) << what << ": expected " << wire::ErrorCode_Name(code) << ", got " << floor::describe(r);
    EXPECT_EQ(r->error().code(), code) << what << ": " << r->error().message();
    EXPECT_FALSE(r->error().message().empty()) << what << ": an error needs a message";
}

} // namespace

// Bad input tried: a delegate calling the next speaker, a delegate adding a named speaker,
// withdrawing twice, ending a speech nobody gives, requesting the floor twice.
TEST_F(HubTest, SpeakerQueueOrderRightsTimerAndRestart) {
    auto chair = openMeetingAsChair();
    ASSERT_TRUE(chair.waitUntilSubscribed());
    auto del1 = connectSeat(2);
    checkIn(del1, standard::kDelegate1, standard::kDelegate1Pin);
    auto del2 = connectSeat(3);
    checkIn(del2, standard::kDelegate2, standard::kDelegate2Pin);

    ASSERT_TRUE(del1.request(floor::msg::requestFloor())->has_ack());
    EXPECT_EQ(order(changedView(chair, "requested")), std::vector<std::string>{standard::kDelegate1});
    ASSERT_TRUE(del2.request(floor::msg::requestFloor(true))->has_ack());
    EXPECT_EQ(order(changedView(chair, "point_of_order")),
              (std::vector<std::string>{standard::kDelegate2, standard::kDelegate1}))
        << "a point of order jumps the queue";
    const auto again = del1.request(floor::msg::requestFloor());
    ASSERT_TRUE(again && again->has_ack());
    EXPECT_EQ(again->ack().seq(), 0u) << "asking again keeps one's place and changes nothing";

    expectError(del1.request(floor::msg::nextSpeaker()), wire::ERROR_PERMISSION_DENIED, "a delegate calling next");
    expectError(del1.request(floor::msg::requestFloor(false, "Khách mời")), wire::ERROR_PERMISSION_DENIED,
                "a delegate adding a speaker without a tablet");

    ASSERT_TRUE(chair.request(floor::msg::setSpeakingTime(120000))->has_ack());
    EXPECT_EQ(changedView(chair, "time_limit").time_limit_ms(), 120000);
    ASSERT_TRUE(chair.request(floor::msg::nextSpeaker())->has_ack());
    const auto next = changedView(chair, "next");
    ASSERT_TRUE(next.has_current());
    EXPECT_EQ(next.current().speaker().person_id(), standard::kDelegate2);
    EXPECT_EQ(next.current().kind(), wire::FLOOR_KIND_POINT_OF_ORDER);
    EXPECT_GT(next.current().started_at_ms(), 0) << "every seat needs the start time for the timer";
    EXPECT_EQ(next.time_limit_ms(), 120000);

    const std::string guestSpeaker = "Ông Trần Văn Khách (Sở Nội vụ)";
    ASSERT_TRUE(chair.request(floor::msg::requestFloor(false, guestSpeaker))->has_ack());
    EXPECT_EQ(order(changedView(chair, "requested")), (std::vector<std::string>{standard::kDelegate1, guestSpeaker}));
    ASSERT_TRUE(del1.request(floor::msg::withdrawFloor())->has_ack());
    EXPECT_EQ(order(changedView(chair, "withdrawn")), std::vector<std::string>{guestSpeaker});
    expectError(del1.request(floor::msg::withdrawFloor()), wire::ERROR_NOT_FOUND, "withdrawing twice");

    ASSERT_TRUE(chair.request(floor::msg::grantFloor(standard::kDelegate1))->has_ack());
    EXPECT_EQ(changedView(chair, "granted").current().speaker().person_id(), standard::kDelegate1);
    ASSERT_TRUE(chair.request(floor::msg::endSpeech())->has_ack());
    EXPECT_FALSE(changedView(chair, "ended").has_current());
    expectError(chair.request(floor::msg::endSpeech()), wire::ERROR_INVALID_STATE, "ending a speech nobody gives");

    // The queue is in the store: a late joiner after kill -9 sees it as it was.
    hub.kill9();
    hub.restart();
    auto late = connectSeat(4);
    const auto snap = late.request(testing::msg::snapshot());
    ASSERT_TRUE(snap && snap->has_snapshot()) << floor::describe(snap);
    const auto &v = snap->snapshot().speakers();
    EXPECT_EQ(order(v), std::vector<std::string>{guestSpeaker});
    EXPECT_FALSE(v.has_current());
    EXPECT_EQ(v.time_limit_ms(), 120000);
}

} // namespace ecabinet::testing
