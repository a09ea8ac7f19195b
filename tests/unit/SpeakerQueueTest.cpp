// The speaker queue: order with points of order, idempotent requests, the chair's grants,
// the per-item time limit at its boundaries. Time is passed in (Unix ms).
#include "domain/SpeakerQueue.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using Reason = SpeakerRefusal::Reason;
using Kind = RequestKind;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000; // 2026-11-23T08:00:00+07:00
constexpr std::int64_t kThreeMinutes = 3 * 60 * 1000;

Speaker m(const char *id) { return Speaker::member(id); }

// The queue as "id:kind" strings, in speaking order, to compare whole orders at once.
std::vector<std::string> order(const SpeakerQueue &q) {
    std::vector<std::string> out;
    for (const auto &e : q.queue())
        out.push_back((e.speaker.personId.empty() ? e.speaker.name : e.speaker.personId) +
                      (e.kind == Kind::PointOfOrder ? ":PO" : ""));
    return out;
}
using Order = std::vector<std::string>;
} // namespace

TEST(SpeakerQueue, FirstComeFirstServed) {
    SpeakerQueue q;
    for (const char *id : {"d1", "d2", "d3"}) {
        auto r = q.request(m(id), Kind::Speak, kT0);
        ASSERT_TRUE(r.ok());
        EXPECT_TRUE(r->changed);
    }
    EXPECT_EQ(order(q), (Order{"d1", "d2", "d3"}));
    EXPECT_EQ(q.position(m("d3")), 2u);
    EXPECT_FALSE(q.position(m("d9")));
}

TEST(SpeakerQueue, PointsOfOrderJumpAheadFifoAmongThemselves) {
    SpeakerQueue q;
    ASSERT_TRUE(q.request(m("d1"), Kind::Speak, kT0).ok());
    ASSERT_TRUE(q.request(m("d2"), Kind::Speak, kT0 + 1).ok());
    auto po1 = q.request(m("d3"), Kind::PointOfOrder, kT0 + 2);
    ASSERT_TRUE(po1.ok());
    EXPECT_EQ(po1->position, 0u);
    auto po2 = q.request(m("d4"), Kind::PointOfOrder, kT0 + 3);
    ASSERT_TRUE(po2.ok());
    EXPECT_EQ(po2->position, 1u) << "behind the earlier point of order";
    ASSERT_TRUE(q.request(m("d5"), Kind::Speak, kT0 + 4).ok());
    EXPECT_EQ(order(q), (Order{"d3:PO", "d4:PO", "d1", "d2", "d5"}));

    // next() serves them in exactly that order
    Order served;
    while (!q.queue().empty()) {
        auto n = q.next(kT0 + 10);
        ASSERT_TRUE(n.ok());
        served.push_back(n->current.speaker.personId);
    }
    EXPECT_EQ(served, (Order{"d3", "d4", "d1", "d2", "d5"}));
}

TEST(SpeakerQueue, RequestIsIdempotentAndOnlyUpgrades) {
    SpeakerQueue q;
    ASSERT_TRUE(q.request(m("d1"), Kind::Speak, kT0).ok());
    ASSERT_TRUE(q.request(m("d2"), Kind::Speak, kT0 + 1).ok());
    auto again = q.request(m("d1"), Kind::Speak, kT0 + 2);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed);
    EXPECT_EQ(again->position, 0u);
    EXPECT_EQ(order(q), (Order{"d1", "d2"})) << "a repeated request keeps one entry and its place";

    auto up = q.request(m("d2"), Kind::PointOfOrder, kT0 + 3);
    ASSERT_TRUE(up.ok());
    EXPECT_TRUE(up->changed);
    EXPECT_EQ(order(q), (Order{"d2:PO", "d1"}));

    auto down = q.request(m("d2"), Kind::Speak, kT0 + 4);
    ASSERT_TRUE(down.ok());
    EXPECT_FALSE(down->changed) << "no downgrade";
    EXPECT_EQ(order(q), (Order{"d2:PO", "d1"}));
}

TEST(SpeakerQueue, WithdrawLeavesTheOthersInOrder) {
    SpeakerQueue q;
    for (const char *id : {"d1", "d2", "d3"}) ASSERT_TRUE(q.request(m(id), Kind::Speak, kT0).ok());
    ASSERT_TRUE(q.withdraw(m("d2")).ok());
    EXPECT_EQ(order(q), (Order{"d1", "d3"}));
    auto twice = q.withdraw(m("d2"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().reason, Reason::NotInQueue);
}

TEST(SpeakerQueue, SpeakerCannotQueueOrBeGrantedAgain) {
    SpeakerQueue q;
    ASSERT_TRUE(q.grant(m("d1"), kT0).ok());
    auto r = q.request(m("d1"), Kind::Speak, kT0 + 1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().reason, Reason::AlreadySpeaking);
    auto po = q.request(m("d1"), Kind::PointOfOrder, kT0 + 1);
    ASSERT_FALSE(po.ok());
    EXPECT_EQ(po.error().reason, Reason::AlreadySpeaking);
    auto g = q.grant(m("d1"), kT0 + 2);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().reason, Reason::AlreadySpeaking);
    EXPECT_EQ(q.current()->startedAtMs, kT0) << "a refused grant does not restart the timer";
}

TEST(SpeakerQueue, ChairGrantsFromTheQueueOrAnyoneAndTheSpeakerChanges) {
    SpeakerQueue q;
    for (const char *id : {"d1", "d2", "d3"}) ASSERT_TRUE(q.request(m(id), Kind::Speak, kT0).ok());
    auto g = q.grant(m("d2"), kT0 + 5);
    ASSERT_TRUE(g.ok());
    EXPECT_FALSE(g->previous);
    EXPECT_EQ(g->current.speaker.personId, "d2");
    EXPECT_EQ(order(q), (Order{"d1", "d3"})) << "granted from the queue: leaves it";

    auto outsider = q.grant(m("d7"), kT0 + 9);
    ASSERT_TRUE(outsider.ok());
    ASSERT_TRUE(outsider->previous);
    EXPECT_EQ(outsider->previous->speaker.personId, "d2");
    EXPECT_EQ(order(q), (Order{"d1", "d3"})) << "granting someone not waiting leaves the queue alone";

    // A speaker without a tablet, named by the chair: queued and granted by name.
    auto guest = Speaker::byName("Ông Trần Văn B (Sở Tài chính)");
    ASSERT_TRUE(q.request(guest, Kind::Speak, kT0 + 10).ok());
    EXPECT_TRUE(q.request(guest, Kind::Speak, kT0 + 11).ok());
    EXPECT_EQ(q.queue().size(), 3u) << "the same name is the same speaker";
    auto gg = q.grant(guest, kT0 + 12);
    ASSERT_TRUE(gg.ok());
    EXPECT_EQ(gg->current.speaker.name, guest.name);
    EXPECT_TRUE(gg->current.speaker.personId.empty());
    EXPECT_EQ(order(q), (Order{"d1", "d3"}));

    auto nobody = q.grant(Speaker{}, kT0);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().reason, Reason::InvalidSpeaker);
}

TEST(SpeakerQueue, GrantKeepsThePointOfOrderKind) {
    SpeakerQueue q;
    ASSERT_TRUE(q.request(m("d1"), Kind::PointOfOrder, kT0).ok());
    auto g = q.grant(m("d1"), kT0 + 1);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->current.kind, Kind::PointOfOrder);
}

TEST(SpeakerQueue, NextOnAnEmptyQueueIsRefusedAndKeepsTheSpeaker) {
    SpeakerQueue q;
    ASSERT_TRUE(q.grant(m("d1"), kT0).ok());
    auto n = q.next(kT0 + 1);
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(n.error().reason, Reason::QueueEmpty);
    ASSERT_TRUE(q.current());
    EXPECT_EQ(q.current()->speaker.personId, "d1");

    auto f = q.finish();
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->speaker.personId, "d1");
    EXPECT_FALSE(q.current());
    auto again = q.finish();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().reason, Reason::NobodySpeaking);
}

TEST(SpeakerQueue, NextReportsWhoStopped) {
    SpeakerQueue q;
    ASSERT_TRUE(q.request(m("d1"), Kind::Speak, kT0).ok());
    ASSERT_TRUE(q.request(m("d2"), Kind::Speak, kT0).ok());
    ASSERT_TRUE(q.next(kT0 + 1).ok());
    auto n = q.next(kT0 + 2);
    ASSERT_TRUE(n.ok());
    ASSERT_TRUE(n->previous);
    EXPECT_EQ(n->previous->speaker.personId, "d1");
    EXPECT_EQ(n->current.speaker.personId, "d2");
    EXPECT_EQ(n->current.startedAtMs, kT0 + 2);
}

TEST(SpeakerQueue, TimeLimitAtItsBoundaries) {
    SpeakerQueue q(kThreeMinutes);
    EXPECT_FALSE(q.remainingMs(kT0)) << "nobody speaks";
    EXPECT_FALSE(q.overrun(kT0));
    ASSERT_TRUE(q.grant(m("d1"), kT0).ok());
    EXPECT_EQ(q.remainingMs(kT0), kThreeMinutes);
    EXPECT_EQ(q.remainingMs(kT0 + 60'000), kThreeMinutes - 60'000);
    EXPECT_EQ(q.remainingMs(kT0 + kThreeMinutes), 0);
    EXPECT_FALSE(q.overrun(kT0 + kThreeMinutes)) << "time is up, not over";
    EXPECT_EQ(q.remainingMs(kT0 + kThreeMinutes + 1), -1);
    EXPECT_TRUE(q.overrun(kT0 + kThreeMinutes + 1));
    EXPECT_EQ(q.remainingMs(kT0 - 5000), kThreeMinutes) << "a clock stepping back counts no time";
    EXPECT_EQ(q.elapsedMs(kT0 + 42), 42);

    // The next speaker starts a fresh timer.
    ASSERT_TRUE(q.grant(m("d2"), kT0 + kThreeMinutes + 10).ok());
    EXPECT_FALSE(q.overrun(kT0 + kThreeMinutes + 10));
    EXPECT_EQ(q.remainingMs(kT0 + kThreeMinutes + 10), kThreeMinutes);
}

TEST(SpeakerQueue, NoLimitMeansNoTimer) {
    SpeakerQueue q;
    ASSERT_TRUE(q.grant(m("d1"), kT0).ok());
    EXPECT_FALSE(q.remainingMs(kT0 + 10'000'000));
    EXPECT_FALSE(q.overrun(kT0 + 10'000'000));
    EXPECT_EQ(q.elapsedMs(kT0 + 10'000'000), 10'000'000);
    ASSERT_TRUE(q.setTimeLimit(60'000).ok());
    EXPECT_TRUE(q.overrun(kT0 + 60'001)) << "a limit set during the speech counts from its start";
    auto bad = q.setTimeLimit(-1);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().reason, Reason::InvalidLimit);
    EXPECT_EQ(q.timeLimitMs(), 60'000);
}

TEST(SpeakerQueue, NewAgendaItemClearsEverything) {
    SpeakerQueue q(kThreeMinutes);
    ASSERT_TRUE(q.request(m("d1"), Kind::Speak, kT0).ok());
    ASSERT_TRUE(q.request(m("d2"), Kind::PointOfOrder, kT0).ok());
    ASSERT_TRUE(q.grant(m("d3"), kT0).ok());
    ASSERT_TRUE(q.clearForItem(5 * 60 * 1000).ok());
    EXPECT_TRUE(q.queue().empty());
    EXPECT_FALSE(q.current());
    EXPECT_EQ(q.timeLimitMs(), 5 * 60 * 1000);
    auto bad = q.clearForItem(-5);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().reason, Reason::InvalidLimit);
    // d1 may ask again for the new item
    auto r = q.request(m("d1"), Kind::Speak, kT0 + 1);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->changed);
}
