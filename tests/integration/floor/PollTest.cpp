// Polls against the real hub: refusals with clear errors, retries not counted twice,
// quorum at open, the majority verdict, and the secret ballot's unlinkability in the
// database file itself.
#include "Floor.h"

#include "../hub/HubFixture.h"
#include "domain/HashChain.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

namespace ecabinet::testing {

using namespace floor;

namespace {

std::string pollIdOf(const std::optional<wire::Envelope> &r) {
    EXPECT_TRUE(r && r->has_ack() && !r->ack().created_id().empty()) << "PreparePoll: " << floor::describe(r);
    return r && r->has_ack() ? r->ack().created_id() : std::string();
}

void expectError(const std::optional<wire::Envelope> &r, wire::ErrorCode code, const std::string &needle,
                 const std::string &what) {
    ASSERT_TRUE(r && r->has_error()) << what << ": expected " << wire::ErrorCode_Name(code) << ", got "
                                     << floor::describe(r);
    EXPECT_EQ(r->error().code(), code) << what << ": " << r->error().message();
    EXPECT_NE(r->error().message().find(needle), std::string::npos)
        << what << ": the message should mention '" << needle << "': " << r->error().message();
}

std::optional<wire::Event> waitFor(RawClient &c, const std::function<bool(const wire::Event &)> &pred,
                                   std::chrono::milliseconds timeout = 5s) {
    auto e = c.waitForEvent([&](const wire::Envelope &env) { return env.has_event() && pred(env.event()); }, timeout);
    if (!e) return std::nullopt;
    return e->event();
}

std::string readFile(const std::filesystem::path &p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string deterministicBytes(const google::protobuf::Message &m) {
    std::string out;
    {
        google::protobuf::io::StringOutputStream raw(&out);
        google::protobuf::io::CodedOutputStream coded(&raw);
        coded.SetSerializationDeterministic(true);
        m.SerializeToCodedStream(&coded);
    }
    return out;
}

} // namespace

// Bad input tried: a guest's ballot, a ballot from a device where nobody is checked in,
// a ballot "on behalf of" an absent member without a proxy, a retry with the same id, a
// second ballot with a new id, a choice out of range, closing twice.
TEST_F(HubTest, BallotRefusalsAndRetriesAreNeverCountedTwice) {
    auto chair = openMeetingAsChair();
    ASSERT_TRUE(chair.waitUntilSubscribed());
    auto del1 = connectSeat(2);
    checkIn(del1, standard::kDelegate1, standard::kDelegate1Pin);
    auto guest = connectSeat(3);
    checkIn(guest, standard::kGuest, standard::kGuestPin);
    auto del3 = connectSeat(4);
    checkIn(del3, standard::kDelegate3, standard::kDelegate3Pin);
    auto empty = connectSeat(5); // nobody checks in here

    const auto poll = pollIdOf(chair.request(floor::msg::preparePoll(motion("Thông qua tờ trình?", wire::POLL_MODE_NAMED))));
    ASSERT_FALSE(poll.empty());
    expectError(del1.request(floor::msg::castBallot(poll, {0})), wire::ERROR_POLL_NOT_OPEN, "open",
                "ballot in a prepared poll");
    expectError(del1.request(floor::msg::openPoll(poll)), wire::ERROR_PERMISSION_DENIED, "chair",
                "a delegate opening a poll");
    const auto opened = chair.request(floor::msg::openPoll(poll));
    ASSERT_TRUE(opened && opened->has_ack()) << floor::describe(opened);

    // The first ballot, then the same request again (a retry): the same bytes, nothing new.
    auto ballot = floor::msg::castBallot(poll, {0});
    ballot.set_request_id(4242);
    const auto firstId = del1.send(ballot);
    const auto first = del1.replyBytes(firstId);
    ASSERT_TRUE(first.has_value());
    wire::Envelope firstReply;
    ASSERT_TRUE(firstReply.ParseFromString(*first));
    ASSERT_TRUE(firstReply.has_ack()) << firstReply.ShortDebugString();
    EXPECT_EQ(firstReply.ack().created_id(), "") << "a ballot receipt carries nothing but the seq";
    const auto retryId = del1.send(ballot);
    const auto retry = del1.replyBytes(retryId);
    ASSERT_TRUE(retry.has_value());
    EXPECT_EQ(*retry, *first) << "a retried ballot must get the stored receipt byte for byte";
    expectError(del1.request(floor::msg::castBallot(poll, {1})), wire::ERROR_ALREADY_VOTED, "already",
                "a second ballot with a new request id");

    expectError(guest.request(floor::msg::castBallot(poll, {0})), wire::ERROR_NOT_ELIGIBLE, "guest",
                "the guest's ballot");
    expectError(empty.request(floor::msg::castBallot(poll, {0})), wire::ERROR_NOT_CHECKED_IN, "check in",
                "a ballot from a device where nobody is checked in");
    expectError(del3.request(floor::msg::castBallot(poll, {0}, standard::kDelegate2)), wire::ERROR_PROXY_REFUSED,
                standard::kDelegate2, "a ballot for the absent p-del2 without a proxy");
    expectError(del3.request(floor::msg::castBallot(poll, {7})), wire::ERROR_INVALID_CHOICE, "no option 7",
                "option 7 of yes/no/abstain");
    const auto del3Ballot = del3.request(floor::msg::castBallot(poll, {1}));
    ASSERT_TRUE(del3Ballot && del3Ballot->has_ack()) << floor::describe(del3Ballot);
    const auto before = waitFor(chair, [](const wire::Event &e) { return e.has_ballot_cast() && e.ballot_cast().ballots_in() == 2; });
    ASSERT_TRUE(before.has_value()) << "no progress event for the second ballot";
    EXPECT_EQ(before->ballot_cast().eligible(), 3u) << "chair, p-del1, p-del3 are present; p-del2 is not";
    EXPECT_EQ(before->ballot_cast().voter(), standard::kDelegate3);
    EXPECT_EQ(before->ballot_cast().selection_size(), 0) << "a named poll shows no choice before close";
    // p-del2 arrives while the poll is open: eligible goes up, and they vote.
    auto del2 = connectSeat(6);
    checkIn(del2, standard::kDelegate2, standard::kDelegate2Pin);
    ASSERT_TRUE(del2.request(floor::msg::castBallot(poll, {2}))->has_ack());
    const auto after = waitFor(chair, [](const wire::Event &e) { return e.has_ballot_cast() && e.ballot_cast().ballots_in() == 3; });
    ASSERT_TRUE(after.has_value()) << "no progress event for the third ballot";
    EXPECT_EQ(after->ballot_cast().eligible(), 4u) << "the check-in of p-del2 must count in the live progress";

    const auto closed = chair.request(floor::msg::closePoll(poll));
    ASSERT_TRUE(closed && closed->has_ack() && closed->ack().seq() > 0) << floor::describe(closed);
    const auto again = chair.request(floor::msg::closePoll(poll));
    ASSERT_TRUE(again && again->has_ack()) << "closing twice must be harmless: " << floor::describe(again);
    EXPECT_EQ(again->ack().seq(), 0u) << "the second close must change nothing";
    expectError(del3.request(floor::msg::castBallot(poll, {0}, standard::kDelegate2)), wire::ERROR_POLL_NOT_OPEN,
                "closed", "a ballot after close");

    const auto result = waitFor(chair, [&](const wire::Event &e) { return e.has_poll_closed(); });
    ASSERT_TRUE(result.has_value()) << "no PollClosed event";
    const auto &r = result->poll_closed().result();
    EXPECT_EQ(r.tally().ballots(), 3u) << r.ShortDebugString();
    EXPECT_EQ(r.tally().options(0).count(), 1u) << "yes: " << r.ShortDebugString();
    EXPECT_EQ(r.tally().options(1).count(), 1u) << "no: " << r.ShortDebugString();
    EXPECT_EQ(r.verdict(), wire::VERDICT_TIE) << "1 yes : 1 no is a tie: " << r.ShortDebugString();
    ASSERT_EQ(r.ballots_size(), 3) << "a named poll shows its ballots after close";
    EXPECT_EQ(r.eligible_at_close_size(), 4) << r.ShortDebugString();
    EXPECT_EQ(r.entitled_weight(), 4u);

    // A late joiner sees the poll and its result in the snapshot.
    const auto snap = guest.request(testing::msg::snapshot());
    ASSERT_TRUE(snap && snap->has_snapshot()) << floor::describe(snap);
    ASSERT_EQ(snap->snapshot().polls_size(), 1);
    EXPECT_EQ(snap->snapshot().polls(0).status(), wire::POLL_STATUS_CLOSED);
    EXPECT_EQ(snap->snapshot().polls(0).result().tally().ballots(), 3u);
    EXPECT_EQ(snap->snapshot().polls(0).progress().not_voted_size(), 1) << "the chair did not vote";

    // Cancel after close and re-run: the old poll stays, a new one is prepared.
    const auto cancelled = chair.request(floor::msg::cancelPoll(poll, true));
    ASSERT_TRUE(cancelled && cancelled->has_ack()) << floor::describe(cancelled);
    EXPECT_FALSE(cancelled->ack().created_id().empty()) << "rerun must name the new poll";
    EXPECT_NE(cancelled->ack().created_id(), poll);
}

// Bad input tried: opening a poll with a quorum rule while too few are present.
// Then the verdict of "at least 2/3 of votes cast" on 9 voters: 6 passes, 5 does not.
TEST(FloorPolls, QuorumAtOpenAndTwoThirdsOfNine) {
    HubProcess hub;
    constexpr int kVoters = 8; // + the chair = 9 entitled
    ASSERT_TRUE(hub.importMeeting(BigMeeting::json(kVoters)).ok());
    hub.start();
    std::vector<std::string> names;
    for (int i = 0; i < kVoters; ++i) names.push_back(BigMeeting::deviceName(i));
    const auto keys = enrolBatch(hub, names, "seat");
    const auto chairKey = enrolBatch(hub, {kChairDevice}, "console");
    ASSERT_EQ(chairKey.size(), 1u);
    RawClient chair(hub, chairKey[0]);
    ASSERT_TRUE(chair.waitUntilSubscribed());
    ASSERT_TRUE(chair.request(testing::msg::checkIn(kChairId, kChairPin))->has_check_in_result());
    ASSERT_TRUE(chair.request(testing::msg::openMeeting())->has_ack());

    VoterSwarm swarm(hub, keys);
    std::uint64_t nextId = 1000;
    std::map<std::size_t, wire::Envelope> replies;
    auto roundTrip = [&](const std::vector<std::size_t> &who, const std::function<wire::Envelope(std::size_t)> &make) {
        replies.clear();
        for (auto i : who) {
            auto env = make(i);
            env.set_request_id(++nextId);
            ASSERT_TRUE(swarm.send(i, env));
        }
        ASSERT_TRUE(swarm.pump([&](std::size_t i, const wire::Envelope &r, const std::string &) { replies[i] = r; },
                               [&] { return replies.size() == who.size(); }, 15s))
            << replies.size() << " of " << who.size() << " replies";
    };
    auto checkInVoters = [&](std::vector<std::size_t> who) {
        roundTrip(who, [](std::size_t i) {
            return testing::msg::checkIn(BigMeeting::voterId(static_cast<int>(i)), BigMeeting::voterPin(static_cast<int>(i)));
        });
        for (auto &[i, r] : replies) ASSERT_TRUE(r.has_check_in_result()) << "voter " << i << ": " << r.ShortDebugString();
    };

    // Chair + 3 present of 9: "more than 1/2" needs 5.
    checkInVoters({0, 1, 2});
    auto def = motion("Thông qua nghị quyết (2/3)", wire::POLL_MODE_OPEN, 2, 3, wire::COMPARISON_AT_LEAST);
    def.mutable_quorum()->set_num(1);
    def.mutable_quorum()->set_den(2);
    def.mutable_quorum()->set_comparison(wire::COMPARISON_MORE_THAN);
    const auto poll = pollIdOf(chair.request(floor::msg::preparePoll(def)));
    expectError(chair.request(floor::msg::openPoll(poll)), wire::ERROR_NO_QUORUM, "4 of 9",
                "opening with 4 of 9 present");
    const auto refusedEvent = waitFor(chair, [](const wire::Event &e) { return e.has_poll_open_refused(); });
    ASSERT_TRUE(refusedEvent.has_value()) << "the refused open must be recorded as an event";
    EXPECT_FALSE(refusedEvent->poll_open_refused().quorum().reached());
    EXPECT_EQ(refusedEvent->poll_open_refused().quorum().required(), 5u);
    EXPECT_EQ(refusedEvent->poll_open_refused().quorum().present(), 4u);

    checkInVoters({3, 4, 5, 6, 7});
    const auto opened = chair.request(floor::msg::openPoll(poll));
    ASSERT_TRUE(opened && opened->has_ack()) << floor::describe(opened);

    // 6 yes (chair + 5), 3 no: at least 2/3 of 9 cast = 6 → passed.
    ASSERT_TRUE(chair.request(floor::msg::castBallot(poll, {0}))->has_ack());
    roundTrip({0, 1, 2, 3, 4, 5, 6, 7}, [&](std::size_t i) { return floor::msg::castBallot(poll, {i < 5 ? 0u : 1u}); });
    for (auto &[i, r] : replies) ASSERT_TRUE(r.has_ack()) << "voter " << i << ": " << r.ShortDebugString();
    ASSERT_TRUE(chair.request(floor::msg::closePoll(poll))->has_ack());
    const auto closed = waitFor(chair, [](const wire::Event &e) { return e.has_poll_closed(); });
    ASSERT_TRUE(closed.has_value());
    const auto &r = closed->poll_closed().result();
    EXPECT_EQ(r.verdict(), wire::VERDICT_PASSED) << r.ShortDebugString();
    EXPECT_EQ(r.required(), 6u) << "2/3 of 9 is 6: " << r.explanation();
    EXPECT_EQ(r.base_total(), 9u);
    ASSERT_TRUE(r.has_quorum_at_open()) << "the quorum check must be recorded with the result";
    EXPECT_TRUE(r.quorum_at_open().reached());
    EXPECT_EQ(r.quorum_at_open().present(), 9u);
    EXPECT_EQ(r.eligible_at_close_size(), 9);

    // The same with 5 yes, 4 no: not adopted, still "needs 6".
    const auto poll2 = pollIdOf(chair.request(floor::msg::preparePoll(motion("Lần 2", wire::POLL_MODE_OPEN, 2, 3,
                                                                              wire::COMPARISON_AT_LEAST))));
    ASSERT_TRUE(chair.request(floor::msg::openPoll(poll2))->has_ack());
    ASSERT_TRUE(chair.request(floor::msg::castBallot(poll2, {1}))->has_ack());
    roundTrip({0, 1, 2, 3, 4, 5, 6, 7}, [&](std::size_t i) { return floor::msg::castBallot(poll2, {i < 5 ? 0u : 1u}); });
    ASSERT_TRUE(chair.request(floor::msg::closePoll(poll2))->has_ack());
    const auto closed2 = waitFor(chair, [&](const wire::Event &e) { return e.has_poll_closed() && e.poll_closed().poll_id() == poll2; });
    ASSERT_TRUE(closed2.has_value());
    EXPECT_EQ(closed2->poll_closed().result().verdict(), wire::VERDICT_FAILED) << closed2->ShortDebugString();
    EXPECT_EQ(closed2->poll_closed().result().required(), 6u);
}

// Vote weights from the meeting file: the chair carries 3 votes, four delegates one each.
// One yes (the chair) against two no wins by weight though not by head count; the
// "entitled" base is the sum of weights, not of people.
TEST(FloorPolls, WeightsFromTheMeetingFileDecideTheTally) {
    HubProcess hub;
    constexpr int kVoters = 4;
    auto meeting = nlohmann::json::parse(BigMeeting::json(kVoters));
    bool weighted = false;
    for (auto &m : meeting["members"])
        if (m["id"] == kChairId) {
            m["weight"] = 3;
            weighted = true;
        }
    ASSERT_TRUE(weighted) << "the big meeting has no chair " << kChairId;
    ASSERT_TRUE(hub.importMeeting(meeting.dump()).ok());
    hub.start();
    std::vector<std::string> names;
    for (int i = 0; i < kVoters; ++i) names.push_back(BigMeeting::deviceName(i));
    const auto keys = enrolBatch(hub, names, "seat");
    const auto chairKey = enrolBatch(hub, {kChairDevice}, "console");
    ASSERT_EQ(chairKey.size(), 1u);
    RawClient chair(hub, chairKey[0]);
    ASSERT_TRUE(chair.waitUntilSubscribed());
    ASSERT_TRUE(chair.request(testing::msg::checkIn(kChairId, kChairPin))->has_check_in_result());
    ASSERT_TRUE(chair.request(testing::msg::openMeeting())->has_ack());
    std::vector<std::unique_ptr<RawClient>> voters;
    for (int i = 0; i < 2; ++i) {
        voters.push_back(std::make_unique<RawClient>(hub, keys[static_cast<std::size_t>(i)]));
        const auto in = voters.back()->request(testing::msg::checkIn(BigMeeting::voterId(i), BigMeeting::voterPin(i)));
        ASSERT_TRUE(in && in->has_check_in_result()) << floor::describe(in);
    }

    const auto prepared = chair.request(floor::msg::preparePoll(motion("Biểu quyết có trọng số", wire::POLL_MODE_NAMED)));
    const auto poll = pollIdOf(prepared);
    ASSERT_TRUE(chair.request(floor::msg::openPoll(poll))->has_ack());
    ASSERT_TRUE(chair.request(floor::msg::castBallot(poll, {0}))->has_ack());
    for (auto &v : voters) ASSERT_TRUE(v->request(floor::msg::castBallot(poll, {1}))->has_ack());
    ASSERT_TRUE(chair.request(floor::msg::closePoll(poll))->has_ack());
    const auto closed = waitFor(chair, [&](const wire::Event &e) { return e.has_poll_closed() && e.poll_closed().poll_id() == poll; });
    ASSERT_TRUE(closed.has_value());
    const auto &r = closed->poll_closed().result();
    ASSERT_GE(r.tally().options_size(), 2);
    EXPECT_EQ(r.tally().options(0).count(), 1u);
    EXPECT_EQ(r.tally().options(0).weight(), 3u) << r.ShortDebugString();
    EXPECT_EQ(r.tally().options(1).count(), 2u);
    EXPECT_EQ(r.tally().options(1).weight(), 2u);
    EXPECT_EQ(r.verdict(), wire::VERDICT_PASSED) << "3 votes against 2: " << r.explanation();
    EXPECT_EQ(r.entitled_weight(), 3u + kVoters) << "the entitled weight is the sum of the weights";
    bool chairWeighed = false;
    for (const auto &b : r.ballots())
        if (b.voter() == kChairId) chairWeighed = b.weight() == 3;
    EXPECT_TRUE(chairWeighed) << "the chair's named ballot must carry weight 3: " << r.ShortDebugString();
}

// Where each secret ballot slot of `poll` sits in hub.db: key -> byte offset in the file,
// after a checkpoint made from here (so the pages are in the file, not in the WAL).
std::map<std::string, std::size_t> secretSlotLayout(const std::filesystem::path &db, const std::string &poll) {
    std::vector<std::string> keys;
    {
        auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("slot-layout"));
        sql.setDatabaseName(QString::fromStdString(db.string()));
        sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!sql.open()) return {};
        QSqlQuery q(sql);
        if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next()) {
            EXPECT_EQ(q.value(0).toInt(), 0) << "the checkpoint was blocked";
        }
        q.finish();
        if (q.exec(QStringLiteral("SELECT ballot_key FROM secret_choices WHERE poll_id = '%1'")
                       .arg(QString::fromStdString(poll))))
            while (q.next()) keys.push_back(q.value(0).toByteArray().toStdString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("slot-layout"));
    const std::string file = readFile(db);
    std::map<std::string, std::size_t> out;
    for (const auto &k : keys) {
        const auto at = file.find(k);
        EXPECT_NE(at, std::string::npos) << "a slot key is not in hub.db after the checkpoint";
        EXPECT_EQ(file.find(k, at + 1), std::string::npos) << "a slot key is twice in hub.db";
        out.emplace(k, at);
    }
    return out;
}

// Bad input tried: a secret poll whose ballots the administrator then reads with SQL and
// byte by byte, looking for anything that ties a person or a device to a choice.
TEST_F(HubTest, SecretPollLeavesNoLinkBetweenPersonAndChoice) {
    auto chair = openMeetingAsChair();
    ASSERT_TRUE(chair.waitUntilSubscribed());
    struct Voter {
        int seat;
        std::string id, pin;
        std::uint32_t choice;
    };
    const std::vector<Voter> voters = {{2, standard::kDelegate1, standard::kDelegate1Pin, 1},
                                       {3, standard::kDelegate2, standard::kDelegate2Pin, 2},
                                       {4, standard::kDelegate3, standard::kDelegate3Pin, 1}};
    std::vector<RawClient> clients;
    for (const auto &v : voters) {
        clients.push_back(connectSeat(v.seat));
        checkIn(clients.back(), v.id, v.pin);
    }
    auto def = motion("Bầu kín: đồng ý miễn nhiệm?", wire::POLL_MODE_SECRET);
    const auto poll = pollIdOf(chair.request(floor::msg::preparePoll(def)));
    ASSERT_TRUE(chair.request(floor::msg::openPoll(poll))->has_ack());
    // The slots are laid out before the first ballot: where each one sits in hub.db now.
    const auto db = hub.dataDir() / "hub.db";
    const auto layoutBefore = secretSlotLayout(db, poll);
    ASSERT_FALSE(layoutBefore.empty()) << "a secret poll should have its empty ballot slots once it is prepared";
    ASSERT_TRUE(chair.request(floor::msg::castBallot(poll, {0}))->has_ack());
    for (std::size_t i = 0; i < voters.size(); ++i) {
        const auto r = clients[i].request(floor::msg::castBallot(poll, {voters[i].choice}));
        ASSERT_TRUE(r && r->has_ack()) << voters[i].id << ": " << floor::describe(r);
    }
    expectError(clients[0].request(floor::msg::castBallot(poll, {0})), wire::ERROR_ALREADY_VOTED, "already",
                "changing a secret vote");
    const auto progress = waitFor(chair, [](const wire::Event &e) { return e.has_ballot_cast() && e.ballot_cast().ballots_in() == 4; });
    ASSERT_TRUE(progress.has_value()) << "no live progress event with 4 ballots in";
    EXPECT_EQ(progress->ballot_cast().selection_size(), 0) << "a secret ballot's event carries a choice";
    EXPECT_EQ(progress->ballot_cast().eligible(), 4u) << "chair and three delegates are present";
    ASSERT_TRUE(chair.request(floor::msg::closePoll(poll))->has_ack());
    ASSERT_TRUE(chair.request(floor::msg::publishPoll(poll))->has_ack());
    const auto published = waitFor(chair, [](const wire::Event &e) { return e.has_poll_published(); });
    ASSERT_TRUE(published.has_value());
    const auto &tally = published->poll_published().result().tally();
    EXPECT_EQ(tally.options(0).count(), 1u) << tally.ShortDebugString();
    EXPECT_EQ(tally.options(1).count(), 2u) << tally.ShortDebugString();
    EXPECT_EQ(tally.options(2).count(), 1u) << tally.ShortDebugString();
    EXPECT_EQ(published->poll_published().result().ballots_size(), 0) << "a secret result lists ballots";

    // --- the database, as its administrator sees it (the hub keeps running) --------------
    // 0. Ballots arrived one after another (the event log says in which order), yet no slot
    //    moved: the byte layout of the choices is the one made before anyone voted.
    EXPECT_EQ(secretSlotLayout(db, poll), layoutBefore)
        << "secret ballot slots moved in hub.db when ballots arrived: their order could follow the voters'";
    std::set<std::string> people = {standard::kChair};
    std::set<std::string> devices = {standard::seatDevice(1)};
    for (const auto &v : voters) {
        people.insert(v.id);
        devices.insert(standard::seatDevice(v.seat));
    }
    {
        auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("secret-scan"));
        sql.setDatabaseName(QString::fromStdString(db.string()));
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(sql.open());
        QSqlQuery q(sql);
        // 1. The choice table: exactly (meeting, poll, random key, filled, choice), no rowid;
        //    one slot per member of the electorate, four of them filled, all the same size.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('secret_choices') ORDER BY cid")));
        std::vector<std::string> columns;
        while (q.next()) columns.push_back(q.value(0).toString().toStdString());
        EXPECT_EQ(columns, (std::vector<std::string>{"meeting_id", "poll_id", "ballot_key", "filled", "choice"}));
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT rowid FROM secret_choices")))
            << "secret_choices has a rowid, which would give the order ballots arrived in";
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM poll_voters WHERE poll_id = '%1'")
                               .arg(QString::fromStdString(poll))));
        ASSERT_TRUE(q.next());
        const int electorate = q.value(0).toInt();
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT length(ballot_key), length(choice), count(*), sum(filled) "
                                          "FROM secret_choices WHERE poll_id = '%1' GROUP BY 1, 2")
                               .arg(QString::fromStdString(poll))));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 16);
        EXPECT_EQ(q.value(1).toInt(), 72);
        EXPECT_EQ(q.value(2).toInt(), electorate);
        EXPECT_EQ(q.value(3).toInt(), 4);
        EXPECT_FALSE(q.next()) << "secret ballot slots of different sizes";
        // 2. No row of any table holds both a person or device and a selection of this poll.
        QSqlQuery tables(sql);
        ASSERT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (tables.next()) {
            const auto table = tables.value(0).toString();
            QSqlQuery rows(sql);
            ASSERT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            const auto rec = rows.record();
            const bool hasSelection = rec.indexOf(QStringLiteral("selection")) >= 0 ||
                                      rec.indexOf(QStringLiteral("choice")) >= 0;
            while (rows.next()) {
                bool mentionsPoll = false, mentionsSomeone = false;
                for (int c = 0; c < rec.count(); ++c) {
                    const auto v = rows.value(c).toString().toStdString();
                    mentionsPoll = mentionsPoll || v == poll;
                    mentionsSomeone = mentionsSomeone || people.contains(v) || devices.contains(v);
                }
                EXPECT_FALSE(hasSelection && mentionsPoll && mentionsSomeone)
                    << "table " << table.toStdString() << " links a person or device to a secret choice";
            }
        }
        // 3. The event log: "X voted", never what.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT seq, payload FROM events WHERE type = 'ballot_cast'")));
        int ballotEvents = 0;
        while (q.next()) {
            wire::Event e;
            const auto bytes = q.value(1).toByteArray();
            ASSERT_TRUE(e.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size())));
            if (e.ballot_cast().poll_id() != poll) continue;
            ++ballotEvents;
            EXPECT_EQ(e.ballot_cast().selection_size(), 0) << "event " << q.value(0).toLongLong() << " holds a choice";
            EXPECT_EQ(e.ballot_cast().weight(), 0u);
        }
        EXPECT_EQ(ballotEvents, 4);
        // 4. Stored replies: receipts only, and the request hash is the same whatever was chosen.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT device, request_hash, reply FROM replies")));
        wire::Envelope withoutChoice = protocol::envelope();
        withoutChoice.clear_major();
        withoutChoice.clear_minor();
        withoutChoice.mutable_cast_ballot()->set_poll_id(poll);
        const auto neutralHash = domain::sha256(deterministicBytes(withoutChoice));
        int secretReplies = 0;
        while (q.next()) {
            wire::Envelope reply;
            const auto bytes = q.value(2).toByteArray();
            ASSERT_TRUE(reply.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size())));
            const auto h = q.value(1).toByteArray();
            if (std::string(h.constData(), static_cast<std::size_t>(h.size())) != neutralHash) continue;
            ++secretReplies;
            EXPECT_TRUE(reply.has_ack() || reply.has_error()) << reply.ShortDebugString();
            EXPECT_EQ(reply.ack().created_id(), "");
        }
        EXPECT_EQ(secretReplies, 5) << "4 ballots and the refused change should be stored with the choice-free hash";
    }
    QSqlDatabase::removeDatabase(QStringLiteral("secret-scan"));

    // 5. Byte-wise: no CastBallot request body (poll + a choice) anywhere in the file or its WAL.
    const std::string file = readFile(db) + readFile(hub.dataDir() / "hub.db-wal");
    ASSERT_FALSE(file.empty());
    for (std::uint32_t choice = 0; choice < 3; ++choice) {
        wire::CastBallot body;
        body.set_poll_id(poll);
        body.add_selection(choice);
        EXPECT_EQ(file.find(deterministicBytes(body)), std::string::npos)
            << "the bytes of a CastBallot request for option " << choice << " are in the database";
    }
}

} // namespace ecabinet::testing
