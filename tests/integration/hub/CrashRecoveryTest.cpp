// kill -9 of the hub in the middle of a stream of commands: every command the
// hub acknowledged must survive, none may apply twice, the hash chain must verify.
#include "HubFixture.h"

#include <map>

namespace ecabinet::testing {

namespace {

constexpr int kCommands = 300;      // agenda moves in the whole stream
constexpr int kKillAfterAcks = 100; // kill the hub once this many were acknowledged
constexpr int kWindow = 20;         // commands in flight: some are always unacknowledged

// Command k moves the agenda from item (k-1)%3 to k%3 (from -1 for k = 0), so
// each must apply exactly once and in order, or a later one conflicts.
wire::Envelope move(int k, std::uint64_t firstId) {
    auto env = msg::gotoItem(k == 0 ? -1 : (k - 1) % 3, k % 3);
    env.set_request_id(firstId + static_cast<std::uint64_t>(k));
    return env;
}

} // namespace

// Bad input: SIGKILL with kWindow commands in flight, then every command resent with its id.
TEST_F(HubTest, KillNineLosesNoAcknowledgedCommand) {
    const auto chairDevice = hub.enrolDevice(standard::seatDevice(1));
    RawClient chair(hub, chairDevice);
    checkIn(chair, standard::kChair, standard::kChairPin);
    ASSERT_TRUE(chair.request(msg::openMeeting()).has_value());
    const auto before = chair.request(msg::snapshot());
    ASSERT_TRUE(before && before->has_snapshot()) << describe(before);
    const auto baseSeq = before->snapshot().seq();
    ASSERT_EQ(before->snapshot().meeting().current_item(), -1);
    const std::uint64_t firstId = 7'000'000;

    // --- the stream, killed in the middle ------------------------------------
    std::map<std::uint64_t, std::string> acked; // request id -> reply bytes
    int sent = 0;
    while (static_cast<int>(acked.size()) < kKillAfterAcks) {
        while (sent - static_cast<int>(acked.size()) < kWindow) chair.send(move(sent++, firstId));
        const auto r = chair.nextReply();
        ASSERT_TRUE(r && r->has_ack()) << "before the kill: " << describe(r);
        acked[r->request_id()] = protocol::encode(*r);
    }
    hub.kill9();
    while (auto late = chair.nextReply(300ms)) { // replies already on their way
        ASSERT_TRUE(late->has_ack()) << describe(late);
        acked[late->request_id()] = protocol::encode(*late);
    }
    ASSERT_LT(static_cast<int>(acked.size()), sent) << "the kill did not interrupt the stream";
    const std::uint64_t lastAcked = acked.rbegin()->first - firstId; // acks come in order

    // --- after the restart: every acknowledged move is there -----------------
    hub.restart();
    const auto verify = hub.ctl({"verify"});
    EXPECT_TRUE(verify.ok()) << "verify after kill -9:\n" << verify.out << verify.err;
    RawClient chairAgain(hub, chairDevice);
    const auto after = chairAgain.request(msg::snapshot());
    ASSERT_TRUE(after && after->has_snapshot()) << describe(after);
    const auto applied = after->snapshot().seq() - baseSeq; // one event per applied move
    EXPECT_GE(applied, lastAcked + 1) << "an acknowledged move was lost";
    EXPECT_LE(applied, static_cast<std::uint64_t>(sent)) << "more moves applied than were sent";
    EXPECT_EQ(after->snapshot().meeting().current_item(), static_cast<int>((applied - 1) % 3));
    EXPECT_EQ(after->snapshot().you().person_id(), standard::kChair) << "the check-in was lost";

    // --- resend everything with the same ids: nothing applies twice ----------
    std::map<std::uint64_t, std::string> replies;
    int resent = 0;
    while (static_cast<int>(replies.size()) < kCommands) {
        while (resent < kCommands && resent - static_cast<int>(replies.size()) < kWindow)
            chairAgain.send(move(resent++, firstId));
        const auto r = chairAgain.nextReply();
        ASSERT_TRUE(r && r->has_ack()) << "after the restart: " << describe(r);
        replies[r->request_id()] = protocol::encode(*r);
    }
    for (const auto &[id, bytes] : acked)
        EXPECT_EQ(replies[id], bytes) << "request " << id << " got a different reply after the restart";
    const auto final = chairAgain.request(msg::snapshot());
    ASSERT_TRUE(final && final->has_snapshot()) << describe(final);
    EXPECT_EQ(final->snapshot().seq(), baseSeq + kCommands) << "a move was applied twice or not at all";
    EXPECT_EQ(final->snapshot().meeting().current_item(), (kCommands - 1) % 3);
    const auto verifyEnd = hub.ctl({"verify"});
    EXPECT_TRUE(verifyEnd.ok()) << verifyEnd.out << verifyEnd.err;
}

} // namespace ecabinet::testing
