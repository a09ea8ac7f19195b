// MeetingService on a real hub.db made by the real ecabinetctl: idempotency, rights, PIN
// lock-out, durability across reopening, and group commit with one failing request.
#include "StoreFixture.h"

#include "protocol/Codec.h"
#include "store/Meetings.h"

#include <gtest/gtest.h>

using namespace ecabinet;
using namespace ecabinet::test;

namespace {

class Service : public ::testing::Test {
protected:
    void SetUp() override {
        hub.standardHub();
        reopen();
    }
    void reopen() {
        svc.reset();
        store.reset();
        store = hub.openStore();
        ASSERT_TRUE(store);
        svc = std::make_unique<hub::MeetingService>(*store, clock);
    }
    hub::Outcome send(const std::string &device, const wire::Envelope &req) { return svc->handle(device, req); }
    wire::Snapshot snapshot(const std::string &device = "seat-01") {
        const auto o = send(device, snapshotRequest(nextRid++));
        EXPECT_TRUE(o.reply.has_snapshot()) << o.reply.DebugString();
        return o.reply.snapshot();
    }
    static wire::ErrorCode code(const hub::Outcome &o) { return o.reply.has_error() ? o.reply.error().code() : wire::ERROR_UNSPECIFIED; }

    HubDir hub;
    FakeClock clock;
    std::unique_ptr<hub::Store> store;
    std::unique_ptr<hub::MeetingService> svc;
    std::uint64_t nextRid = 1000;
};

} // namespace

TEST_F(Service, RetriedRequestGetsIdenticalBytesAndChangesNothing) {
    const auto first = send("seat-03", checkIn(7, "p03", "3333"));
    ASSERT_TRUE(first.reply.has_check_in_result()) << first.reply.DebugString();
    ASSERT_EQ(first.events.size(), 1u);
    EXPECT_EQ(svc->lastSeq("m1"), 2u);

    clock.now += 5000; // a retry comes later; the stored reply must not be rebuilt
    const auto retry = send("seat-03", checkIn(7, "p03", "3333"));
    EXPECT_EQ(protocol::encode(retry.reply), protocol::encode(first.reply));
    EXPECT_TRUE(retry.events.empty()) << "a retry published its event twice";
    EXPECT_EQ(svc->lastSeq("m1"), 2u);
    EXPECT_EQ(snapshot().attendance().present(), 1u);

    // A wrong PIN retried must not count twice either.
    const auto wrong = send("seat-02", checkIn(8, "p04", "0000"));
    ASSERT_EQ(code(wrong), wire::ERROR_WRONG_PIN);
    const auto wrongAgain = send("seat-02", checkIn(8, "p04", "0000"));
    EXPECT_EQ(protocol::encode(wrongAgain.reply), protocol::encode(wrong.reply));
    EXPECT_EQ(snapshot().failed_pin_attempts(), 1u);
}

TEST_F(Service, ReusedRequestIdWithAnotherRequestIsRefused) {
    ASSERT_TRUE(send("seat-03", checkIn(7, "p03", "3333")).reply.has_check_in_result());
    // Bad input: the same id for a different request from the same device.
    const auto reused = send("seat-03", checkIn(7, "p04", "4444"));
    EXPECT_EQ(code(reused), wire::ERROR_REQUEST_ID_REUSED);
    EXPECT_TRUE(reused.events.empty());
    const auto snap = snapshot();
    for (const auto &m : snap.members()) {
        if (m.id() == "p04") {
            EXPECT_FALSE(m.present());
        }
    }
    // Ids are per device: another device may use 7.
    EXPECT_TRUE(send("seat-02", checkIn(7, "p04", "4444")).reply.has_check_in_result());
}

TEST_F(Service, OnlyChairAndSecretaryMoveTheAgenda) {
    ASSERT_TRUE(send("console-chair", checkIn(1, "p01", "1111")).reply.has_check_in_result());
    ASSERT_TRUE(send("seat-01", checkIn(1, "p02", "2222")).reply.has_check_in_result());
    ASSERT_TRUE(send("seat-03", checkIn(1, "p03", "3333")).reply.has_check_in_result());
    // Bad input: a delegate opening the meeting, then moving the agenda; nobody at seat-02.
    EXPECT_EQ(code(send("seat-03", openMeeting(2))), wire::ERROR_PERMISSION_DENIED);
    ASSERT_TRUE(send("console-chair", openMeeting(2)).reply.has_ack());
    const auto seq = svc->lastSeq("m1");
    EXPECT_EQ(code(send("seat-03", gotoItem(3, -1, 0))), wire::ERROR_PERMISSION_DENIED);
    EXPECT_EQ(code(send("seat-02", gotoItem(3, -1, 0))), wire::ERROR_NOT_CHECKED_IN);
    EXPECT_EQ(svc->lastSeq("m1"), seq);
    EXPECT_EQ(snapshot().meeting().current_item(), -1);

    const auto moved = send("seat-01", gotoItem(4, -1, 0)); // the secretary may
    ASSERT_TRUE(moved.reply.has_ack()) << moved.reply.DebugString();
    ASSERT_EQ(moved.events.size(), 1u);
    EXPECT_EQ(moved.events[0].event().agenda_item_changed().current(), 0);
    // Bad input: the chair moves from a stale position.
    EXPECT_EQ(code(send("console-chair", gotoItem(5, -1, 1))), wire::ERROR_CONFLICT);
    EXPECT_EQ(code(send("console-chair", gotoItem(6, 0, 7))), wire::ERROR_NOT_FOUND);
    EXPECT_TRUE(send("console-chair", gotoItem(7, 0, 1)).reply.has_ack());
    EXPECT_EQ(snapshot().meeting().current_item(), 1);
}

TEST_F(Service, FiveWrongPinsLockOutUntilTheClockSaysSo) {
    for (std::uint32_t i = 1; i <= 4; ++i) {
        clock.now += 1000;
        const auto o = send("seat-02", checkIn(i, "p04", "9999")); // bad input: wrong PIN
        ASSERT_EQ(code(o), wire::ERROR_WRONG_PIN);
        EXPECT_EQ(o.reply.error().attempts_left(), 5 - i);
        ASSERT_EQ(o.events.size(), 1u);
        EXPECT_EQ(o.events[0].event().check_in_refused().failed_pin_attempts(), i);
        EXPECT_EQ(o.events[0].SerializeAsString().find("9999"), std::string::npos) << "the PIN was logged";
    }
    clock.now += 1000;
    const auto fifth = send("seat-02", checkIn(5, "p04", "9999"));
    ASSERT_EQ(code(fifth), wire::ERROR_LOCKED_OUT);
    EXPECT_EQ(fifth.reply.error().retry_after_ms(), 300000u);
    EXPECT_TRUE(fifth.events.at(0).event().check_in_refused().locked_out());
    const auto lockedAt = clock.now;

    // Even the right PIN is refused while locked, and nothing is counted.
    const auto right = send("seat-02", checkIn(6, "p04", "4444"));
    EXPECT_EQ(code(right), wire::ERROR_LOCKED_OUT);
    EXPECT_TRUE(right.events.empty());

    // The lock is in the database, not in memory: it survives a hub restart.
    reopen();
    clock.now = lockedAt + 299'999;
    EXPECT_EQ(code(send("seat-02", checkIn(7, "p04", "4444"))), wire::ERROR_LOCKED_OUT);
    clock.now = lockedAt + 300'000;
    const auto after = send("seat-02", checkIn(8, "p04", "4444"));
    ASSERT_TRUE(after.reply.has_check_in_result()) << after.reply.DebugString();
    EXPECT_EQ(after.reply.check_in_result().you().person_id(), "p04");
    EXPECT_EQ(snapshot().failed_pin_attempts(), 5u);
}

TEST_F(Service, StateSurvivesClosingAndReopeningTheStore) {
    ASSERT_TRUE(send("console-chair", checkIn(1, "p01", "1111")).reply.has_check_in_result());
    ASSERT_TRUE(send("seat-03", checkIn(1, "p03", "3333")).reply.has_check_in_result());
    ASSERT_TRUE(send("console-chair", openMeeting(2)).reply.has_ack());
    const auto moved = send("console-chair", gotoItem(3, -1, 2));
    ASSERT_TRUE(moved.reply.has_ack());
    const auto before = snapshot("seat-03");
    const auto seq = svc->lastSeq("m1");

    reopen();
    auto after = snapshot("seat-03");
    EXPECT_EQ(after.SerializeAsString(), before.SerializeAsString());
    EXPECT_EQ(svc->lastSeq("m1"), seq);
    EXPECT_EQ(after.meeting().state(), wire::MEETING_STATE_OPEN);
    EXPECT_EQ(after.meeting().current_item(), 2);
    EXPECT_EQ(after.you().person_id(), "p03");
    // Idempotency is durable too.
    EXPECT_EQ(protocol::encode(send("console-chair", gotoItem(3, -1, 2)).reply), protocol::encode(moved.reply));
}

TEST_F(Service, UncommittedBatchLeavesNoTrace) {
    svc->beginBatch();
    ASSERT_TRUE(send("seat-03", checkIn(1, "p03", "3333")).reply.has_check_in_result());
    reopen(); // the hub dies before commitBatch
    EXPECT_EQ(svc->lastSeq("m1"), 1u);
    EXPECT_EQ(snapshot().attendance().present(), 0u);
}

TEST_F(Service, FailingRequestInABatchRollsBackAloneAndTheRestCommit) {
    // A real storage failure for p04 only: the database refuses its presence row.
    store->exec(QStringLiteral("CREATE TRIGGER fail_p04 BEFORE INSERT ON presence WHEN NEW.person_id = 'p04' "
                               "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    svc->beginBatch();
    const auto a = send("seat-03", checkIn(1, "p03", "3333"));
    const auto b = send("seat-02", checkIn(1, "p04", "4444"));
    const auto c = send("console-chair", checkIn(1, "p01", "1111"));
    ASSERT_TRUE(svc->commitBatch());
    ASSERT_TRUE(a.reply.has_check_in_result());
    EXPECT_EQ(code(b), wire::ERROR_INTERNAL);
    EXPECT_TRUE(b.events.empty());
    ASSERT_TRUE(c.reply.has_check_in_result());
    // No gap in seq: the failed request's event was rolled back with it.
    EXPECT_EQ(a.events.at(0).event().seq(), 2u);
    EXPECT_EQ(c.events.at(0).event().seq(), 3u);

    store->exec(QStringLiteral("DROP TRIGGER fail_p04"));
    reopen();
    auto snap = snapshot();
    EXPECT_EQ(snap.attendance().present(), 2u);
    EXPECT_EQ(svc->lastSeq("m1"), 3u);
    // The failure was not stored as the answer: the retry now succeeds.
    EXPECT_TRUE(send("seat-02", checkIn(1, "p04", "4444")).reply.has_check_in_result());
    svc.reset();
    store.reset();
    const auto verified = runCtl(hub.path(), {"verify"});
    EXPECT_EQ(verified.exitCode, 0) << verified.out;
}

TEST_F(Service, DocumentsOnlyForSomeoneCheckedIn) {
    const auto snap = snapshot();
    ASSERT_EQ(snap.agenda_size(), 3);
    const auto sha = snap.agenda(0).documents(0).sha256();
    EXPECT_EQ(snap.agenda(0).documents(0).page_count(), 3u);
    EXPECT_EQ(svc->mayReadBlob("seat-03", sha), hub::BlobAccess::NotCheckedIn);
    ASSERT_TRUE(send("seat-03", checkIn(1, "p03", "3333")).reply.has_check_in_result());
    EXPECT_EQ(svc->mayReadBlob("seat-03", sha), hub::BlobAccess::Granted);
    EXPECT_EQ(svc->mayReadBlob("seat-03", std::string(64, 'a')), hub::BlobAccess::NotFound);
    EXPECT_EQ(svc->mayReadBlob("seat-03", "../../hub.key"), hub::BlobAccess::NotFound);
    const auto info = svc->blob(sha);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->size, snap.agenda(0).documents(0).size());
    // Checking out ends access.
    auto out = protocol::envelope(2);
    out.mutable_check_out();
    ASSERT_TRUE(send("seat-03", out).reply.has_ack());
    EXPECT_EQ(svc->mayReadBlob("seat-03", sha), hub::BlobAccess::NotCheckedIn);
}

TEST_F(Service, CheckInAtAnOccupiedSeatDisplacesTheOtherPerson) {
    ASSERT_TRUE(send("seat-03", checkIn(1, "p03", "3333")).reply.has_check_in_result());
    const auto o = send("seat-03", checkIn(2, "p04", "4444"));
    ASSERT_TRUE(o.reply.has_check_in_result());
    ASSERT_EQ(o.events.size(), 2u);
    EXPECT_EQ(o.events[0].event().attendance_changed().person_id(), "p03");
    EXPECT_FALSE(o.events[0].event().attendance_changed().present());
    EXPECT_EQ(o.events[1].event().attendance_changed().person_id(), "p04");
    EXPECT_EQ(o.events[1].event().attendance_changed().attendance().present(), 1u);
}

namespace {

wire::Envelope castBallot(std::uint64_t rid, const std::string &poll, std::uint32_t choice) {
    auto e = protocol::envelope(rid);
    e.mutable_cast_ballot()->set_poll_id(poll);
    e.mutable_cast_ballot()->add_selection(choice);
    return e;
}

wire::Envelope closePoll(std::uint64_t rid, const std::string &poll) {
    auto e = protocol::envelope(rid);
    e.mutable_close_poll()->set_poll_id(poll);
    return e;
}

} // namespace

// A run of ballots in one group commit shares what it reads alike (service/BallotBatch.h: the
// poll, its ballot count, the chain head). Each of these must still come out exact: a ballot
// rolled back after its event was appended, a refused one, a retry, and a ClosePoll in the
// middle of the batch.
TEST_F(Service, BallotsInOneBatchCountExactlyThroughRollbackRefusalAndClose) {
    ASSERT_TRUE(send("console-chair", checkIn(1, "p01", "1111")).reply.has_check_in_result());
    ASSERT_TRUE(send("seat-03", checkIn(1, "p03", "3333")).reply.has_check_in_result());
    ASSERT_TRUE(send("seat-02", checkIn(1, "p04", "4444")).reply.has_check_in_result());
    ASSERT_TRUE(send("seat-01", checkIn(1, "p02", "2222")).reply.has_check_in_result());
    ASSERT_TRUE(send("console-chair", openMeeting(2)).reply.has_ack());
    auto prepare = protocol::envelope(3);
    auto *d = prepare.mutable_prepare_poll()->mutable_definition();
    d->set_question("Thông qua báo cáo?");
    d->set_kind(wire::POLL_KIND_YES_NO_ABSTAIN);
    d->set_mode(wire::POLL_MODE_NAMED);
    d->mutable_majority()->set_simple(true);
    d->mutable_majority()->set_base(wire::MAJORITY_BASE_CAST);
    const auto prepared = send("console-chair", prepare);
    ASSERT_TRUE(prepared.reply.has_ack()) << prepared.reply.DebugString();
    const std::string poll = prepared.reply.ack().created_id();
    auto open = protocol::envelope(4);
    open.mutable_open_poll()->set_poll_id(poll);
    ASSERT_TRUE(send("console-chair", open).reply.has_ack());
    const auto seq = svc->lastSeq("m1");

    // A real storage failure after p04's ballot and its event are written: the database
    // refuses the stored reply of seat-02, so the whole request rolls back.
    store->exec(QStringLiteral("CREATE TRIGGER fail_seat02 BEFORE INSERT ON replies WHEN NEW.device = 'seat-02' "
                               "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    svc->beginBatch();
    const auto a = send("seat-03", castBallot(10, poll, 0));
    const auto b = send("seat-02", castBallot(10, poll, 1)); // rolled back
    const auto c = send("console-chair", castBallot(10, poll, 1));
    const auto again = send("seat-03", castBallot(11, poll, 2)); // bad input: a second ballot
    const auto retry = send("seat-03", castBallot(10, poll, 0)); // the client's retry of (a)
    const auto closed = send("console-chair", closePoll(12, poll));
    const auto late = send("seat-01", castBallot(10, poll, 0)); // after the close, same batch
    ASSERT_TRUE(svc->commitBatch());

    ASSERT_TRUE(a.reply.has_ack()) << a.reply.DebugString();
    ASSERT_EQ(a.events.size(), 1u);
    EXPECT_EQ(a.events[0].event().ballot_cast().ballots_in(), 1u);
    EXPECT_EQ(a.events[0].event().seq(), seq + 1);
    EXPECT_EQ(code(b), wire::ERROR_INTERNAL);
    EXPECT_TRUE(b.events.empty());
    ASSERT_TRUE(c.reply.has_ack()) << c.reply.DebugString();
    ASSERT_EQ(c.events.size(), 1u);
    EXPECT_EQ(c.events[0].event().ballot_cast().ballots_in(), 2u) << "the rolled-back ballot was counted";
    EXPECT_EQ(c.events[0].event().seq(), seq + 2) << "the rolled-back event left a gap";
    EXPECT_EQ(code(again), wire::ERROR_ALREADY_VOTED);
    EXPECT_TRUE(again.events.empty());
    EXPECT_EQ(protocol::encode(retry.reply), protocol::encode(a.reply));
    EXPECT_TRUE(retry.events.empty());
    ASSERT_TRUE(closed.reply.has_ack()) << closed.reply.DebugString();
    ASSERT_EQ(closed.events.size(), 1u);
    EXPECT_EQ(closed.events[0].event().seq(), seq + 3);
    EXPECT_EQ(closed.events[0].event().poll_closed().result().tally().ballots(), 2u);
    EXPECT_EQ(code(late), wire::ERROR_POLL_NOT_OPEN) << "a ballot after the close used the poll as read before it";

    store->exec(QStringLiteral("DROP TRIGGER fail_seat02"));
    EXPECT_EQ(store->scalar(QStringLiteral("SELECT count(*) FROM poll_voted WHERE poll_id = ?"), {QString::fromStdString(poll)})
                  .toInt(),
              2);
    EXPECT_EQ(svc->lastSeq("m1"), seq + 3);
    svc.reset();
    store.reset();
    const auto verified = runCtl(hub.path(), {"verify"});
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
}
