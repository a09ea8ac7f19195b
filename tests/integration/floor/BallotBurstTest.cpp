// 300 headless tablets vote in one burst against the real hub; then the same with kill -9
// of the hub in the middle of the burst, three times. Every acknowledged ballot must be
// counted exactly once and the tally must equal the ballots.
#include "Floor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace ecabinet::testing {

using namespace floor;

namespace {

constexpr int kVoters = 300;

std::uint32_t choiceOf(std::size_t i) { return static_cast<std::uint32_t>((i * 7) % 3); }

struct Room {
    HubProcess hub;
    std::vector<KeyPair> keys;
    KeyPair chairKey;
    std::optional<RawClient> chair;
    std::unique_ptr<VoterSwarm> swarm;

    // Meeting with kVoters delegates, all enrolled (one add-batch), checked in, meeting open.
    void setUp() {
        ASSERT_TRUE(hub.importMeeting(BigMeeting::json(kVoters)).ok());
        hub.start();
        std::vector<std::string> names;
        for (int i = 0; i < kVoters; ++i) names.push_back(BigMeeting::deviceName(i));
        keys = enrolBatch(hub, names, "seat");
        const auto console = enrolBatch(hub, {kChairDevice}, "console");
        ASSERT_EQ(keys.size(), static_cast<std::size_t>(kVoters));
        ASSERT_EQ(console.size(), 1u);
        chairKey = console[0];
        chair.emplace(hub, chairKey);
        ASSERT_TRUE(chair->waitUntilSubscribed());
        const auto in = chair->request(testing::msg::checkIn(kChairId, kChairPin));
        ASSERT_TRUE(in && in->has_check_in_result()) << floor::describe(in);
        ASSERT_TRUE(chair->request(testing::msg::openMeeting())->has_ack());
        swarm = std::make_unique<VoterSwarm>(hub, keys);
        std::map<std::size_t, wire::Envelope> replies;
        for (std::size_t i = 0; i < swarm->size(); ++i) {
            auto env = testing::msg::checkIn(BigMeeting::voterId(static_cast<int>(i)), BigMeeting::voterPin(static_cast<int>(i)));
            env.set_request_id(1'000'000 + i);
            ASSERT_TRUE(swarm->send(i, env));
        }
        ASSERT_TRUE(swarm->pump([&](std::size_t i, const wire::Envelope &r, const std::string &) { replies[i] = r; },
                                [&] { return replies.size() == swarm->size(); }, 30s))
            << "check-in burst: " << replies.size() << " of " << kVoters << " replies";
        for (auto &[i, r] : replies) ASSERT_TRUE(r.has_check_in_result()) << "tablet " << i << ": " << r.ShortDebugString();
    }

    std::string openPoll(wire::PollMode mode) {
        const auto prepared = chair->request(floor::msg::preparePoll(motion("Biểu quyết nghị quyết", mode)));
        EXPECT_TRUE(prepared && prepared->has_ack()) << floor::describe(prepared);
        const std::string id = prepared ? prepared->ack().created_id() : "";
        const auto opened = chair->request(floor::msg::openPoll(id));
        EXPECT_TRUE(opened && opened->has_ack()) << floor::describe(opened);
        return id;
    }

    wire::Envelope ballot(const std::string &poll, std::size_t i) const {
        auto env = floor::msg::castBallot(poll, {choiceOf(i)});
        env.set_request_id(2'000'000 + i);
        return env;
    }

    // The closed poll's result event.
    std::optional<wire::PollResult> close(const std::string &poll) {
        const auto closed = chair->request(floor::msg::closePoll(poll), 10s);
        EXPECT_TRUE(closed && closed->has_ack()) << floor::describe(closed);
        const auto snap = chair->request(testing::msg::snapshot(), 10s);
        if (!snap || !snap->has_snapshot()) return std::nullopt;
        for (const auto &p : snap->snapshot().polls())
            if (p.id() == poll) return p.result();
        return std::nullopt;
    }
};

} // namespace

// Bad input tried: 300 ballots at once, with every 10th tablet sending its ballot twice with
// the same request id and every 15th also a second ballot with a new id.
TEST(BallotBurst, ThreeHundredTabletsEveryAckCountedOnce) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.setUp());
    const auto poll = room.openPoll(wire::POLL_MODE_NAMED);
    auto &swarm = *room.swarm;
    std::map<std::size_t, std::string> acked; // tablet -> first reply bytes
    int duplicates = 0, secondRefused = 0, others = 0;
    for (std::size_t i = 0; i < swarm.size(); ++i) {
        ASSERT_TRUE(swarm.send(i, room.ballot(poll, i)));
        if (i % 10 == 0) {
            ASSERT_TRUE(swarm.send(i, room.ballot(poll, i)));
        }
        if (i % 15 == 0) {
            auto second = floor::msg::castBallot(poll, {(choiceOf(i) + 1) % 3});
            second.set_request_id(3'000'000 + i);
            ASSERT_TRUE(swarm.send(i, second));
        }
    }
    const int expectedReplies = kVoters + kVoters / 10 + kVoters / 15;
    int replies = 0;
    ASSERT_TRUE(swarm.pump(
        [&](std::size_t i, const wire::Envelope &r, const std::string &bytes) {
            ++replies;
            if (r.request_id() >= 3'000'000) {
                if (r.has_error() && r.error().code() == wire::ERROR_ALREADY_VOTED) ++secondRefused;
                else ADD_FAILURE() << "tablet " << i << ": a second ballot was not refused: " << r.ShortDebugString();
                return;
            }
            if (!r.has_ack()) {
                ++others;
                ADD_FAILURE() << "tablet " << i << ": " << r.ShortDebugString();
                return;
            }
            if (auto [it, fresh] = acked.emplace(i, bytes); !fresh) {
                ++duplicates;
                EXPECT_EQ(it->second, bytes) << "tablet " << i << ": the retry got a different receipt";
            }
        },
        [&] { return replies >= expectedReplies; }, 60s))
        << replies << " of " << expectedReplies << " replies";
    EXPECT_EQ(acked.size(), static_cast<std::size_t>(kVoters));
    EXPECT_EQ(duplicates, kVoters / 10);
    EXPECT_EQ(secondRefused, kVoters / 15);
    EXPECT_EQ(others, 0);

    const auto result = room.close(poll);
    ASSERT_TRUE(result.has_value()) << "no result for " << poll;
    std::array<std::uint32_t, 3> expected{};
    for (std::size_t i = 0; i < swarm.size(); ++i) ++expected[choiceOf(i)];
    EXPECT_EQ(result->tally().ballots(), static_cast<std::uint32_t>(kVoters)) << "tally != ballots acknowledged";
    for (int o = 0; o < 3; ++o) EXPECT_EQ(result->tally().options(o).count(), expected[o]) << "option " << o;
    std::set<std::string> voters;
    for (const auto &b : result->ballots()) {
        EXPECT_TRUE(voters.insert(b.voter()).second) << b.voter() << " counted twice";
        const int i = std::stoi(b.voter().substr(1)) - 1;
        ASSERT_EQ(b.selection_size(), 1);
        EXPECT_EQ(b.selection(0), choiceOf(static_cast<std::size_t>(i))) << b.voter() << "'s ballot was changed";
    }
    EXPECT_EQ(voters.size(), static_cast<std::size_t>(kVoters));
}

// Bad input tried: SIGKILL of the hub three times while ballots of a secret poll are in
// flight; after each restart every unacknowledged ballot is resent with its request id.
TEST(BallotBurst, KillNineThreeTimesLosesNoAckAndCountsNoneTwice) {
    Room room;
    ASSERT_NO_FATAL_FAILURE(room.setUp());
    const auto poll = room.openPoll(wire::POLL_MODE_SECRET);
    std::map<std::size_t, std::string> acked;
    int kills = 0;
    for (int round = 0; round < 4; ++round) {
        // (Re)send every ballot not acknowledged yet, with its own request id: the first half
        // now; the second half right before the kill (below), so that it is surely in flight —
        // the hub cannot store and answer ~100 ballots between a send and the SIGKILL that
        // follows it, whatever the speed of the machine or the size of its commit batches.
        std::vector<std::size_t> outstanding;
        for (std::size_t i = 0; i < room.swarm->size(); ++i)
            if (!acked.contains(i)) outstanding.push_back(i);
        const std::size_t half = round < 3 ? outstanding.size() / 2 : outstanding.size();
        for (std::size_t k = 0; k < half; ++k) ASSERT_TRUE(room.swarm->send(outstanding[k], room.ballot(poll, outstanding[k])));
        const std::size_t target = round < 3 ? acked.size() + std::max<std::size_t>(1, half / 2)
                                             : static_cast<std::size_t>(kVoters);
        auto onReply = [&](std::size_t i, const wire::Envelope &r, const std::string &bytes) {
            if (!r.has_ack()) {
                ADD_FAILURE() << "round " << round << ", tablet " << i << ": " << r.ShortDebugString();
                return;
            }
            auto [it, fresh] = acked.emplace(i, bytes);
            if (!fresh) {
                EXPECT_EQ(it->second, bytes) << "tablet " << i << ": a retry got a different receipt";
            }
        };
        ASSERT_TRUE(room.swarm->pump(onReply, [&] { return acked.size() >= target; }, 30s))
            << "round " << round << ": " << acked.size() << " acknowledged, waiting for " << target;
        if (round == 3) break;
        for (std::size_t k = half; k < outstanding.size(); ++k)
            ASSERT_TRUE(room.swarm->send(outstanding[k], room.ballot(poll, outstanding[k])));
        room.hub.kill9();
        ++kills;
        // Replies already on their way still count as acknowledged.
        room.swarm->pump(onReply, [] { return false; }, 200ms);
        ASSERT_LT(acked.size(), static_cast<std::size_t>(kVoters)) << "the kill did not interrupt the burst";
        room.hub.restart();
        const auto verify = room.hub.ctl({"verify"});
        EXPECT_TRUE(verify.ok()) << "verify after kill " << kills << ":\n" << verify.out << verify.err;
        // Every acknowledged ballot survived the kill (has-voted is public in every mode).
        room.chair.reset();
        room.chair.emplace(room.hub, room.chairKey);
        const auto snap = room.chair->request(testing::msg::snapshot(), 10s);
        ASSERT_TRUE(snap && snap->has_snapshot()) << floor::describe(snap);
        std::set<std::string> voted;
        for (const auto &p : snap->snapshot().polls())
            if (p.id() == poll) voted.insert(p.progress().voted().begin(), p.progress().voted().end());
        for (const auto &[i, bytes] : acked)
            EXPECT_TRUE(voted.contains(BigMeeting::voterId(static_cast<int>(i))))
                << "kill " << kills << ": the acknowledged ballot of " << BigMeeting::voterId(static_cast<int>(i))
                << " was lost";
    }
    EXPECT_EQ(kills, 3);
    EXPECT_EQ(acked.size(), static_cast<std::size_t>(kVoters));
    const auto result = room.close(poll);
    ASSERT_TRUE(result.has_value());
    std::array<std::uint32_t, 3> expected{};
    for (std::size_t i = 0; i < room.swarm->size(); ++i) ++expected[choiceOf(i)];
    EXPECT_EQ(result->tally().ballots(), static_cast<std::uint32_t>(kVoters)) << "a ballot was lost or counted twice";
    for (int o = 0; o < 3; ++o) EXPECT_EQ(result->tally().options(o).count(), expected[o]) << "option " << o;
    EXPECT_EQ(result->ballots_size(), 0) << "a secret poll's result lists ballots";
}

} // namespace ecabinet::testing
