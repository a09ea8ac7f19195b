// The meeting floor through real sessions and the real hub (issue 4): a poll
// from preparation to the announced result on every tablet, with the ballot
// receipt coming only from the hub's Ack; a secret poll whose choices no
// tablet ever holds; the speaker queue with points of order and the timer.
#include "SessionHarness.h"
#include "support/TestMeeting.h"

#include "FloorModels.h"
#include "ecabinet.pb.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ecabinet::testing;
using namespace ecabinet::testing::client;
namespace std_ = ecabinet::testing::standard;
namespace wire = ecabinet::wire;

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

struct Room {
    std::unique_ptr<HubProcess> hub = startStandardHub();
    Tablet chair = startTablet(hub->enrolDevice("console-chair", "console"));
    Tablet seat1 = startTablet(hub->enrolDevice(std_::seatDevice(1), "seat"));
    Tablet seat2 = startTablet(hub->enrolDevice(std_::seatDevice(2), "seat"));

    void openMeeting() {
        for (auto *t : {&chair, &seat1, &seat2}) ASSERT_TRUE(waitLive(**t)) << (*t)->connectionMessage().toStdString();
        ASSERT_TRUE(checkIn(*chair, std_::kChair, std_::kChairPin).ok);
        ASSERT_TRUE(checkIn(*seat1, std_::kDelegate1, std_::kDelegate1Pin).ok);
        ASSERT_TRUE(checkIn(*seat2, std_::kDelegate2, std_::kDelegate2Pin).ok);
        ASSERT_TRUE(run(*chair, "openMeeting", [&] { chair->openMeeting(); }).ok) << chair->lastError().toStdString();
        ASSERT_TRUE(waitUntil([&] {
            return seat1->meetingState() == MeetingSession::Open && seat2->meetingState() == MeetingSession::Open;
        }));
    }

    // Prepares a poll from the console; returns its id ("" on failure).
    QString prepare(const QVariantMap &definition) {
        QSignalSpy prepared(&*chair, &MeetingSession::pollPrepared);
        const auto out = run(*chair, "preparePoll", [&] { chair->preparePoll(definition); });
        EXPECT_TRUE(out.ok) << out.message.toStdString();
        if (!out.ok || !waitUntil([&] { return !prepared.isEmpty(); })) return {};
        const QString id = prepared.takeFirst().at(0).toString();
        EXPECT_TRUE(waitUntil([&] {
            return !seat1->poll(id).isEmpty() && !seat2->poll(id).isEmpty() && !chair->poll(id).isEmpty();
        })) << "every tablet sees poll " << id.toStdString();
        return id;
    }

    bool allSee(const QString &id, PollModel::Status status) {
        return waitUntil([&] {
            for (auto *t : {&chair, &seat1, &seat2})
                if ((*t)->poll(id).value("status").toInt() != status) return false;
            return true;
        });
    }
};

// Casts a ballot and waits for the receipt (ballotRecorded, i.e. the hub's Ack).
CommandOutcome vote(MeetingSession &s, const QString &pollId, const QList<int> &selection, bool *receipt = nullptr) {
    QSignalSpy recorded(&s, &MeetingSession::ballotRecorded);
    const auto out = run(s, "castBallot", [&] { s.castBallot(pollId, selection); });
    if (receipt) *receipt = !recorded.isEmpty() && recorded.first().at(0).toString() == pollId;
    return out;
}

wire::Snapshot replica(const MeetingSession &s) {
    wire::Snapshot snap;
    const QByteArray bytes = s.replicaForTest();
    EXPECT_TRUE(snap.ParseFromArray(bytes.constData(), int(bytes.size())));
    return snap;
}

} // namespace

TEST(ClientFloor, PollFromPreparationToTheAnnouncedResultOnEveryTablet) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Thông qua dự toán ngân sách năm 2027?")},
                                     {"kind", "yesno"}, {"mode", "named"}, {"majority", "simple"}});
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(room.chair->focusPollId(), id) << "the poll just prepared is the console's focus";
    EXPECT_EQ(room.seat1->poll(id).value("status").toInt(), PollModel::StatusPrepared);
    EXPECT_FALSE(room.seat1->hasActivePoll()) << "a prepared poll is not shown to seats";
    EXPECT_FALSE(room.seat1->poll(id).value("canVote").toBool());

    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok) << room.chair->lastError().toStdString();
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));
    EXPECT_EQ(room.seat1->activePoll().value("pollId").toString(), id);
    EXPECT_TRUE(room.seat1->activePoll().value("canVote").toBool());
    EXPECT_EQ(room.seat1->activePoll().value("options").toStringList().size(), 3);
    EXPECT_EQ(room.chair->focusPoll().value("eligible").toInt(), 3) << "chair, delegate 1 and delegate 2 are present";

    bool receipt = false;
    auto v1 = vote(*room.seat1, id, {0}, &receipt);
    ASSERT_TRUE(v1.ok) << v1.message.toStdString();
    EXPECT_TRUE(receipt) << "the receipt is the hub's Ack";
    EXPECT_EQ(room.seat1->activePoll().value("myBallot").toInt(), PollModel::BallotRecorded);
    EXPECT_TRUE(waitUntil([&] { return room.seat1->activePoll().value("hasVoted").toBool(); }));
    EXPECT_FALSE(room.seat1->activePoll().value("canVote").toBool()) << "no second ballot without allowChange";

    ASSERT_TRUE(vote(*room.seat2, id, {1}).ok);
    // The console follows live: ballots in, and who is still to vote (the chair).
    ASSERT_TRUE(waitUntil([&] { return room.chair->focusPoll().value("ballotsIn").toInt() == 2; }));
    const QString chairName = room.chair->personName();
    EXPECT_EQ(room.chair->focusPoll().value("notVotedNames").toStringList(), QStringList{chairName});
    EXPECT_EQ(room.chair->focusPoll().value("resultVisible").toBool(), false) << "a named poll shows no tally while open";

    // A second ballot of the same voter is refused in words, and counted nowhere.
    const auto again = vote(*room.seat1, id, {1});
    EXPECT_FALSE(again.ok);
    EXPECT_EQ(again.errorCode, wire::ERROR_ALREADY_VOTED);
    EXPECT_FALSE(again.message.isEmpty());

    ASSERT_TRUE(vote(*room.chair, id, {0}).ok);
    ASSERT_TRUE(waitUntil([&] { return room.seat2->poll(id).value("ballotsIn").toInt() == 3; }));

    ASSERT_TRUE(run(*room.chair, "closePoll", [&] { room.chair->closePoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusClosed));
    ASSERT_TRUE(run(*room.chair, "publishPoll", [&] { room.chair->publishPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusPublished));

    for (auto *t : {&room.seat1, &room.seat2, &room.chair}) {
        const QVariantMap p = (*t)->activePoll();
        ASSERT_EQ(p.value("pollId").toString(), id);
        EXPECT_EQ(p.value("verdict").toInt(), PollModel::VerdictPassed) << "2 in favour, 1 against, simple majority";
        EXPECT_FALSE(p.value("verdictText").toString().isEmpty());
        const QVariantList tally = p.value("tally").toList();
        ASSERT_EQ(tally.size(), 3);
        EXPECT_EQ(tally.at(0).toMap().value("count").toInt(), 2);
        EXPECT_EQ(tally.at(1).toMap().value("count").toInt(), 1);
        EXPECT_EQ(tally.at(2).toMap().value("count").toInt(), 0);
    }
    // Named poll: after close the console names each choice.
    const auto &voters = room.chair->focusVoters()->voters();
    ASSERT_EQ(voters.size(), 4) << "entitled: chair and three delegates";
    for (const auto &v : voters) {
        if (v.personId == q(std_::kDelegate3)) {
            EXPECT_FALSE(v.hasVoted);
            EXPECT_TRUE(v.choiceText.isEmpty());
        } else {
            EXPECT_TRUE(v.hasVoted) << v.personId.toStdString();
            EXPECT_FALSE(v.choiceText.isEmpty()) << v.personId.toStdString();
        }
    }
}

TEST(ClientFloor, ASecretPollNeverPutsAChoiceOnAnyTablet) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Bầu trưởng ban (bỏ phiếu kín)")},
                                     {"kind", "yesno"}, {"mode", "secret"}, {"majority", "simple"}});
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));

    bool receipt = false;
    ASSERT_TRUE(vote(*room.seat1, id, {0}, &receipt).ok);
    EXPECT_TRUE(receipt);
    ASSERT_TRUE(vote(*room.seat2, id, {1}).ok);
    // Not even one's own second ballot: a secret vote cannot be changed.
    EXPECT_EQ(vote(*room.seat2, id, {0}).errorCode, wire::ERROR_ALREADY_VOTED);
    ASSERT_TRUE(waitUntil([&] { return room.chair->focusPoll().value("ballotsIn").toInt() == 2; }));

    auto noChoiceAnywhere = [&](const char *when) {
        for (auto *t : {&room.chair, &room.seat1, &room.seat2}) {
            const auto snap = replica(**t);
            bool found = false;
            for (const auto &p : snap.polls()) {
                if (p.id() != id.toStdString()) continue;
                found = true;
                EXPECT_EQ(p.live_ballots_size(), 0) << when;
                EXPECT_EQ(p.result().ballots_size(), 0) << when;
            }
            EXPECT_TRUE(found) << when;
            for (const auto &v : (*t)->focusVoters()->voters()) {
                EXPECT_TRUE(v.choiceText.isEmpty()) << when;
            }
            const QVariantMap p = (*t)->poll(id);
            if (p.value("status").toInt() == PollModel::StatusOpen) {
                EXPECT_FALSE(p.value("resultVisible").toBool()) << "no tally of a secret poll while open, " << when;
            }
        }
    };
    noChoiceAnywhere("while open");
    // Has-voted is visible (never with choices).
    EXPECT_TRUE(waitUntil([&] { return room.seat2->poll(id).value("votedNames").toStringList().size() == 2; }));

    ASSERT_TRUE(run(*room.chair, "closePoll", [&] { room.chair->closePoll(id); }).ok);
    ASSERT_TRUE(run(*room.chair, "publishPoll", [&] { room.chair->publishPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusPublished));
    noChoiceAnywhere("after publication");
    const QVariantList tally = room.seat1->poll(id).value("tally").toList();
    ASSERT_EQ(tally.size(), 3);
    EXPECT_EQ(tally.at(0).toMap().value("count").toInt(), 1);
    EXPECT_EQ(tally.at(1).toMap().value("count").toInt(), 1);
    EXPECT_EQ(room.seat1->poll(id).value("verdict").toInt(), PollModel::VerdictTie);
}

TEST(ClientFloor, CancelAndRerunKeepsTheOldPollAndFocusesTheNewOne) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Điều chỉnh chương trình họp?")}, {"mode", "open"},
                                     {"majority", "absolute"}, {"base", "entitled"}, {"quorum", "half"}});
    ASSERT_FALSE(id.isEmpty());
    EXPECT_TRUE(room.chair->poll(id).value("quorumRequired").toBool());
    EXPECT_FALSE(room.chair->poll(id).value("quorumText").toString().isEmpty());
    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));
    ASSERT_TRUE(vote(*room.seat1, id, {0}).ok);
    // Open mode: the tally is live on every tablet.
    ASSERT_TRUE(waitUntil([&] {
        const auto t = room.seat2->poll(id).value("tally").toList();
        return t.size() == 3 && t.at(0).toMap().value("count").toInt() == 1;
    }));
    EXPECT_TRUE(room.seat2->poll(id).value("resultVisible").toBool());

    QSignalSpy prepared(&*room.chair, &MeetingSession::pollPrepared);
    ASSERT_TRUE(run(*room.chair, "cancelPoll", [&] { room.chair->cancelPoll(id, true); }).ok);
    ASSERT_TRUE(waitUntil([&] { return !prepared.isEmpty(); }));
    const QString rerun = prepared.first().at(0).toString();
    EXPECT_NE(rerun, id);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusCancelled));
    ASSERT_TRUE(room.allSee(rerun, PollModel::StatusPrepared));
    EXPECT_EQ(room.chair->focusPollId(), rerun);
    EXPECT_EQ(room.seat1->poll(rerun).value("rerunOf").toString(), id);
    EXPECT_EQ(room.seat1->polls()->rowCount(), 2) << "the cancelled poll stays in the record";
}

TEST(ClientFloor, ABallotCastWhileTheHubIsDownGetsItsReceiptOnceItIsBackAndCountsOnce) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Thông qua biên bản?")}, {"mode", "open"}});
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));

    room.hub->kill9();
    ASSERT_TRUE(waitUntil([&] { return room.seat1->connectionState() != MeetingSession::Live; }, 15s));
    QSignalSpy recorded(&*room.seat1, &MeetingSession::ballotRecorded);
    QSignalSpy finished(&*room.seat1, &MeetingSession::commandFinished);
    room.seat1->castBallot(id, {0});
    EXPECT_EQ(room.seat1->poll(id).value("myBallot").toInt(), PollModel::BallotSending);
    EXPECT_FALSE(room.seat1->poll(id).value("canVote").toBool()) << "no second ballot while one is on its way";
    EXPECT_TRUE(recorded.isEmpty()) << "no receipt without the hub";

    room.hub->restart();
    // The agent re-sends the same request id after the new Welcome: one receipt, one ballot.
    ASSERT_TRUE(waitUntil([&] { return !recorded.isEmpty(); }, 30s)) << room.seat1->lastError().toStdString();
    EXPECT_EQ(recorded.first().at(0).toString(), id);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().at(1).toBool());
    EXPECT_EQ(room.seat1->poll(id).value("myBallot").toInt(), PollModel::BallotRecorded);
    ASSERT_TRUE(waitUntil([&] { return room.chair->poll(id).value("ballotsIn").toInt() == 1; }, 20s));
    ASSERT_TRUE(run(*room.chair, "closePoll", [&] { room.chair->closePoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusClosed));
    const QVariantList tally = room.seat2->poll(id).value("tally").toList();
    ASSERT_EQ(tally.size(), 3);
    EXPECT_EQ(tally.at(0).toMap().value("count").toInt(), 1) << "counted once";
    EXPECT_EQ(room.chair->poll(id).value("ballotsIn").toInt(), 1);
}

TEST(ClientFloor, AProxyHolderVotesForAnAbsentPrincipalOnce) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Thông qua kế hoạch?")}, {"mode", "named"}});
    ASSERT_FALSE(id.isEmpty());
    // Delegate 3 is absent and gave delegate 1 a written proxy; the chair records it.
    ASSERT_TRUE(run(*room.chair, "declareProxy", [&] {
        room.chair->declareProxy(id, q(std_::kDelegate1), q(std_::kDelegate3));
    }).ok) << room.chair->lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !room.seat1->poll(id).value("proxyPrincipalId").toString().isEmpty(); }));
    EXPECT_EQ(room.seat1->poll(id).value("proxyPrincipalId").toString(), q(std_::kDelegate3));
    EXPECT_FALSE(room.seat1->poll(id).value("proxyPrincipalName").toString().isEmpty());
    EXPECT_FALSE(room.chair->poll(id).value("proxiesText").toString().isEmpty());
    EXPECT_TRUE(room.seat2->poll(id).value("proxyPrincipalId").toString().isEmpty()) << "only the holder carries it";

    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));
    EXPECT_EQ(room.chair->focusPoll().value("eligible").toInt(), 4) << "three present and one represented";
    // The principal's ballot first: it is not the holder's own vote.
    QSignalSpy recorded(&*room.seat1, &MeetingSession::ballotRecorded);
    const auto forPrincipal = run(*room.seat1, "castBallot", [&] { room.seat1->castBallot(id, {1}, q(std_::kDelegate3)); });
    ASSERT_TRUE(forPrincipal.ok) << forPrincipal.message.toStdString();
    EXPECT_EQ(recorded.size(), 1);
    ASSERT_TRUE(waitUntil([&] { return room.seat1->poll(id).value("proxyPrincipalVoted").toBool(); }));
    EXPECT_EQ(room.seat1->poll(id).value("myBallot").toInt(), PollModel::BallotNone);
    EXPECT_FALSE(room.seat1->poll(id).value("hasVoted").toBool());
    EXPECT_TRUE(room.seat1->poll(id).value("canVote").toBool()) << "the holder still has their own vote";
    ASSERT_TRUE(vote(*room.seat1, id, {0}).ok);
    EXPECT_EQ(room.seat1->poll(id).value("myBallot").toInt(), PollModel::BallotRecorded);
    const auto twice = run(*room.seat1, "castBallot", [&] { room.seat1->castBallot(id, {0}, q(std_::kDelegate3)); });
    EXPECT_EQ(twice.errorCode, wire::ERROR_ALREADY_VOTED) << "never counted twice";
    ASSERT_TRUE(waitUntil([&] { return room.chair->poll(id).value("ballotsIn").toInt() == 2; }));
    ASSERT_TRUE(run(*room.chair, "closePoll", [&] { room.chair->closePoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusClosed));
    bool castByProxy = false;
    for (const auto &v : room.chair->focusVoters()->voters())
        if (v.personId == q(std_::kDelegate3)) castByProxy = v.hasVoted && !v.castByName.isEmpty();
    EXPECT_TRUE(castByProxy) << "the named result shows the proxy holder who cast it";
}

TEST(ClientFloor, AChoiceAmongOptionsWithMinAndMax) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Chọn tối đa hai dự án ưu tiên")},
                                     {"kind", "choice"},
                                     {"options", QStringList{"Đường tỉnh 741", "Bệnh viện đa khoa", "Trường THPT"}},
                                     {"minSelections", 1}, {"maxSelections", 2}, {"mode", "open"},
                                     {"majority", "absolute"}, {"base", "cast"}});
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(room.seat1->poll(id).value("options").toStringList().at(1), QStringLiteral("Bệnh viện đa khoa"));
    EXPECT_EQ(room.seat1->poll(id).value("maxSelections").toInt(), 2);
    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));
    const auto tooMany = vote(*room.seat1, id, {0, 1, 2});
    EXPECT_EQ(tooMany.errorCode, wire::ERROR_INVALID_CHOICE);
    EXPECT_TRUE(room.seat1->poll(id).value("canVote").toBool()) << "a refused ballot leaves the vote to cast";
    ASSERT_TRUE(vote(*room.seat1, id, {0, 2}).ok);
    ASSERT_TRUE(vote(*room.seat2, id, {0}).ok);
    ASSERT_TRUE(vote(*room.chair, id, {1}).ok);
    ASSERT_TRUE(waitUntil([&] {
        const auto t = room.seat2->poll(id).value("tally").toList();
        return t.size() == 3 && t.at(0).toMap().value("count").toInt() == 2 && t.at(2).toMap().value("count").toInt() == 1;
    })) << "open mode: live tally on every tablet";
    // Open mode: names and choices are public while voting.
    bool named = false;
    for (const auto &v : room.chair->focusVoters()->voters())
        if (v.personId == q(std_::kDelegate1)) named = v.choiceText.contains(QStringLiteral("Trường THPT"));
    EXPECT_TRUE(named);
    ASSERT_TRUE(run(*room.chair, "closePoll", [&] { room.chair->closePoll(id); }).ok);
    ASSERT_TRUE(run(*room.chair, "publishPoll", [&] { room.chair->publishPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusPublished));
    const QVariantMap p = room.seat1->poll(id);
    EXPECT_EQ(p.value("verdict").toInt(), PollModel::VerdictPassed) << p.value("verdictText").toString().toStdString();
    EXPECT_TRUE(p.value("verdictText").toString().contains(QStringLiteral("Đường tỉnh 741")))
        << p.value("verdictText").toString().toStdString();
}

TEST(ClientFloor, TheNextPersonAtASeatDoesNotSeeTheLastOnesReceipt) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    const QString id = room.prepare({{"question", QStringLiteral("Thông qua?")}});
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(run(*room.chair, "openPoll", [&] { room.chair->openPoll(id); }).ok);
    ASSERT_TRUE(room.allSee(id, PollModel::StatusOpen));
    ASSERT_TRUE(vote(*room.seat1, id, {0}).ok);
    EXPECT_EQ(room.seat1->activePoll().value("myBallot").toInt(), PollModel::BallotRecorded);
    ASSERT_TRUE(run(*room.seat1, "checkOut", [&] { room.seat1->checkOut(); }).ok);
    ASSERT_TRUE(checkIn(*room.seat1, std_::kDelegate3, std_::kDelegate3Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return room.seat1->personId() == q(std_::kDelegate3); }));
    const QVariantMap p = room.seat1->activePoll();
    EXPECT_EQ(p.value("myBallot").toInt(), PollModel::BallotNone);
    EXPECT_FALSE(p.value("hasVoted").toBool());
    EXPECT_TRUE(p.value("canVote").toBool());
    ASSERT_TRUE(vote(*room.seat1, id, {1}).ok) << "delegate 3 votes at the same seat";
    ASSERT_TRUE(waitUntil([&] { return room.chair->poll(id).value("ballotsIn").toInt() == 2; }));
}

TEST(ClientFloor, SpeakerQueueWithPointsOfOrderAndTheTimer) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    auto &chair = *room.chair;
    auto &s1 = *room.seat1;
    auto &s2 = *room.seat2;

    ASSERT_TRUE(run(s1, "requestFloor", [&] { s1.requestFloor(false); }).ok) << s1.lastError().toStdString();
    ASSERT_TRUE(run(s2, "requestFloor", [&] { s2.requestFloor(false); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s1.myQueuePosition() == 1 && s2.myQueuePosition() == 2; }));
    ASSERT_TRUE(waitUntil([&] { return chair.speakerQueue()->rowCount() == 2; }));

    // A point of order jumps the ordinary requests.
    ASSERT_TRUE(run(s2, "withdrawFloor", [&] { s2.withdrawFloor(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s2.myQueuePosition() == 0 && s1.myQueuePosition() == 1; }));
    ASSERT_TRUE(run(s2, "requestFloor", [&] { s2.requestFloor(true); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s2.myQueuePosition() == 1 && s1.myQueuePosition() == 2; }));
    EXPECT_TRUE(s2.myRequestIsPointOfOrder());
    ASSERT_TRUE(run(chair, "addSpeaker", [&] { chair.addSpeakerWithoutTablet(QStringLiteral("Bà Lê Thị Khách")); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s1.speakerQueue()->rowCount() == 3; }));
    EXPECT_EQ(s1.speakerQueue()->speakers().at(0).personId, q(std_::kDelegate2));
    EXPECT_TRUE(s1.speakerQueue()->speakers().at(0).pointOfOrder);
    EXPECT_EQ(s1.speakerQueue()->speakers().at(2).name, QStringLiteral("Bà Lê Thị Khách"));
    EXPECT_TRUE(s1.speakerQueue()->speakers().at(1).isMe);

    // Two minutes per speech; the head of the queue speaks and every seat counts down.
    ASSERT_TRUE(run(chair, "setSpeakingTime", [&] { chair.setSpeakingTime(120); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s1.speakingTimeLimitMs() == 120'000; }));
    ASSERT_TRUE(run(chair, "nextSpeaker", [&] { chair.nextSpeaker(); }).ok) << chair.lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return s2.amSpeaking() && s1.someoneSpeaking(); }));
    EXPECT_EQ(s1.currentSpeakerId(), q(std_::kDelegate2));
    EXPECT_EQ(s1.currentSpeakerName(), s2.personName());
    EXPECT_TRUE(s1.currentSpeakerPointOfOrder());
    const qint64 left = s1.speakingTimeLeftMs();
    EXPECT_GT(left, 100'000) << "offset " << s1.hubClockOffsetMs();
    EXPECT_LE(left, 120'000);
    EXPECT_FALSE(s1.speakingTimeText().isEmpty());
    // The local timer ticks without any message from the hub.
    EXPECT_TRUE(waitUntil([&] { return s1.speakingTimeLeftMs() <= left - 1000; }, 5s));
    EXPECT_FALSE(s1.speakingOvertime());

    // The chair gives the floor to delegate 1 out of order; then ends the speech.
    ASSERT_TRUE(run(chair, "grantFloor", [&] { chair.grantFloor(q(std_::kDelegate1)); }).ok) << chair.lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return s1.amSpeaking() && !s2.amSpeaking(); }));
    EXPECT_EQ(s1.myQueuePosition(), 0);
    ASSERT_TRUE(run(chair, "endSpeech", [&] { chair.endSpeech(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return !s1.someoneSpeaking() && !s2.someoneSpeaking(); }));
    EXPECT_TRUE(s1.speakingTimeText().isEmpty());

    // The speaker without a tablet is next.
    ASSERT_TRUE(run(chair, "nextSpeaker", [&] { chair.nextSpeaker(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s2.currentSpeakerName() == QStringLiteral("Bà Lê Thị Khách"); }));
    EXPECT_EQ(s2.speakerQueue()->rowCount(), 0);

    // A delegate may not run the floor.
    const auto denied = run(s1, "nextSpeaker", [&] { s1.nextSpeaker(); });
    EXPECT_FALSE(denied.ok);
    EXPECT_EQ(denied.errorCode, wire::ERROR_PERMISSION_DENIED);

    // A new agenda item starts with an empty floor, on every tablet.
    ASSERT_TRUE(run(s1, "requestFloor", [&] { s1.requestFloor(false); }).ok);
    ASSERT_TRUE(waitUntil([&] { return s2.speakerQueue()->rowCount() == 1; }));
    ASSERT_TRUE(run(chair, "gotoItem", [&] { chair.nextItem(); }).ok);
    ASSERT_TRUE(waitUntil([&] {
        return s2.speakerQueue()->rowCount() == 0 && !s2.someoneSpeaking() && s1.myQueuePosition() == 0;
    }));
    EXPECT_EQ(s1.speakingTimeLimitMs(), 120'000) << "the limit carries over";
}

TEST(ClientFloor, RefusalsOfTheFloorAreClearText) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.openMeeting());
    // Local checks say what is wrong and send nothing.
    const auto empty = run(*room.chair, "preparePoll", [&] { room.chair->preparePoll({{"question", "  "}}); });
    EXPECT_TRUE(empty.finished);
    EXPECT_FALSE(empty.ok);
    EXPECT_FALSE(empty.message.isEmpty());
    const auto oneOption = run(*room.chair, "preparePoll", [&] {
        room.chair->preparePoll({{"question", "Chọn phương án"}, {"kind", "choice"}, {"options", QStringList{"A"}}});
    });
    EXPECT_FALSE(oneOption.ok);
    // The hub refuses a delegate's poll and a ballot in a poll that is not open.
    const auto denied = run(*room.seat1, "preparePoll", [&] { room.seat1->preparePoll({{"question", "?"}}); });
    EXPECT_EQ(denied.errorCode, wire::ERROR_PERMISSION_DENIED);
    const QString id = room.prepare({{"question", QStringLiteral("Thông qua?")}});
    ASSERT_FALSE(id.isEmpty());
    const auto early = vote(*room.seat1, id, {0});
    EXPECT_EQ(early.errorCode, wire::ERROR_POLL_NOT_OPEN);
    EXPECT_FALSE(early.message.isEmpty());
    EXPECT_EQ(room.seat1->poll(id).value("myBallot").toInt(), PollModel::BallotRefused);
}
