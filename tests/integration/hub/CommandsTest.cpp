// Commands through the real hub: permissions, PIN refusals, idempotent
// retries, and the event stream's seq / heartbeat guarantees.
#include "HubFixture.h"

namespace ecabinet::testing {

// Bad input: a delegate asks to move the agenda (chair/secretary only).
TEST_F(HubTest, DelegateCannotMoveTheAgenda) {
    auto chair = openMeetingAsChair();
    auto delegate = connectSeat(3);
    checkIn(delegate, standard::kDelegate1, standard::kDelegate1Pin);

    const auto denied = delegate.request(msg::gotoItem(-1, 0));
    ASSERT_TRUE(denied && denied->has_error()) << describe(denied);
    EXPECT_EQ(denied->error().code(), wire::ERROR_PERMISSION_DENIED);

    // The same move is fine for the chair: the refusal was about the role.
    const auto moved = chair.request(msg::gotoItem(-1, 0));
    ASSERT_TRUE(moved && moved->has_ack()) << describe(moved);
}

// Bad input: wrong PINs, then the right one.
TEST_F(HubTest, WrongPinAnswersAttemptsLeftAndPublishesCheckInRefused) {
    auto seat = connectSeat(2);
    ASSERT_TRUE(seat.waitUntilSubscribed());

    const auto first = seat.request(msg::checkIn(standard::kDelegate1, "0000"));
    ASSERT_TRUE(first && first->has_error()) << describe(first);
    EXPECT_EQ(first->error().code(), wire::ERROR_WRONG_PIN);
    EXPECT_GT(first->error().attempts_left(), 0u);
    const auto refused = seat.waitForEvent([](const wire::Envelope &e) { return e.event().has_check_in_refused(); });
    ASSERT_TRUE(refused) << "no CheckInRefused event was published";
    EXPECT_EQ(refused->event().check_in_refused().person_id(), standard::kDelegate1);
    EXPECT_EQ(refused->event().check_in_refused().seat_id(), standard::seatId(2));
    EXPECT_EQ(refused->event().check_in_refused().failed_pin_attempts(), 1u);
    EXPECT_EQ(refused->event().meeting_id(), standard::kMeetingId);

    const auto second = seat.request(msg::checkIn(standard::kDelegate1, "9999"));
    ASSERT_TRUE(second && second->has_error()) << describe(second);
    EXPECT_EQ(second->error().code(), wire::ERROR_WRONG_PIN);
    EXPECT_EQ(second->error().attempts_left(), first->error().attempts_left() - 1);

    checkIn(seat, standard::kDelegate1, standard::kDelegate1Pin);
}

// Bad input: the same request id sent twice, then reused for another request.
TEST_F(HubTest, RetriedRequestGetsTheIdenticalReplyAndOneEvent) {
    auto chair = openMeetingAsChair();
    auto watcher = connectSeat(6);
    ASSERT_TRUE(watcher.waitUntilSubscribed());

    auto move = msg::gotoItem(-1, 0);
    move.set_request_id(424242);
    chair.send(move);
    const auto firstReply = chair.replyBytes(424242);
    ASSERT_TRUE(firstReply);
    chair.send(move);
    const auto retryReply = chair.replyBytes(424242);
    ASSERT_TRUE(retryReply);
    EXPECT_EQ(*firstReply, *retryReply) << "a retry must get the stored reply byte for byte";

    auto other = msg::gotoItem(0, 1);
    other.set_request_id(424242);
    const auto reused = chair.request(other);
    ASSERT_TRUE(reused && reused->has_error()) << describe(reused);
    EXPECT_EQ(reused->error().code(), wire::ERROR_REQUEST_ID_REUSED);

    // A later, different move marks the end of what the retries could have published.
    const auto next = chair.request(msg::gotoItem(0, 1));
    ASSERT_TRUE(next && next->has_ack()) << describe(next);
    int movesToFirst = 0;
    const auto last = watcher.waitForEvent([&](const wire::Envelope &e) {
        if (e.event().has_agenda_item_changed() && e.event().agenda_item_changed().current() == 0) ++movesToFirst;
        return e.event().seq() == next->ack().seq();
    });
    ASSERT_TRUE(last) << "the second move's event never arrived";
    EXPECT_EQ(movesToFirst, 1) << "the retried move was published more than once";
}

// Events are numbered +1 without gaps; acks name their event's seq; the
// heartbeat carries the newest seq.
TEST_F(HubTest, EventsCarrySeqPlusOneAndHeartbeatsTheCurrentSeq) {
    auto watcher = connectSeat(6);
    ASSERT_TRUE(watcher.waitUntilSubscribed());
    auto chair = openMeetingAsChair();
    std::vector<std::uint64_t> ackSeqs;
    for (auto [from, to] : {std::pair{-1, 0}, {0, 1}, {1, 2}, {2, 0}}) {
        const auto r = chair.request(msg::gotoItem(from, to));
        ASSERT_TRUE(r && r->has_ack()) << describe(r);
        ackSeqs.push_back(r->ack().seq());
    }
    std::vector<std::uint64_t> seen;
    while (seen.empty() || seen.back() < ackSeqs.back()) {
        const auto e = watcher.waitForEvent([](const wire::Envelope &m) { return m.has_event(); });
        ASSERT_TRUE(e) << "events stopped after seq " << (seen.empty() ? 0 : seen.back());
        EXPECT_EQ(e->event().meeting_id(), standard::kMeetingId);
        if (!seen.empty()) {
            EXPECT_EQ(e->event().seq(), seen.back() + 1) << "gap or reorder in the event stream";
        }
        seen.push_back(e->event().seq());
    }
    for (auto s : ackSeqs) EXPECT_NE(std::find(seen.begin(), seen.end(), s), seen.end()) << "ack seq " << s;

    const auto hb = watcher.waitForEvent([](const wire::Envelope &m) { return m.has_heartbeat(); },
                                         std::chrono::milliseconds(3 * protocol::kHeartbeatIntervalMs));
    ASSERT_TRUE(hb) << "no heartbeat within three intervals";
    EXPECT_EQ(hb->heartbeat().meeting_id(), standard::kMeetingId);
    EXPECT_EQ(hb->heartbeat().seq(), ackSeqs.back());

    const auto snap = chair.request(msg::snapshot());
    ASSERT_TRUE(snap && snap->has_snapshot()) << describe(snap);
    EXPECT_EQ(snap->snapshot().seq(), ackSeqs.back());
    EXPECT_EQ(snap->snapshot().meeting().current_item(), 0);
}

} // namespace ecabinet::testing
