// Check-in and check-out: one person per seat, one seat per person, live counts.
#include "domain/Attendance.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using Reason = AttendanceRefusal::Reason;

namespace {
constexpr auto Open = MeetingState::Open;

// chair and two delegates are entitled; the secretary and the guest are not.
Attendance room() {
    return Attendance({{"chair", Role::Chair, true},
                       {"sec", Role::Secretary, false},
                       {"d1", Role::Delegate, true},
                       {"d2", Role::Delegate, true},
                       {"guest", Role::Guest, false}},
                      {"s1", "s2", "s3"});
}
} // namespace

TEST(Attendance, NobodyIsPresentAtFirst) {
    const auto a = room();
    EXPECT_EQ(a.counts(), (AttendanceCounts{0, 0, 3}));
    EXPECT_FALSE(a.isPresent("d1"));
    EXPECT_FALSE(a.personAt("s1"));
}

TEST(Attendance, CheckInTakesTheSeatAndCounts) {
    auto a = room();
    auto r = a.checkIn(Open, "d1", "s1");
    ASSERT_TRUE(r.ok()) << r.error().text;
    EXPECT_TRUE(r->changed);
    EXPECT_FALSE(r->previousSeat);
    EXPECT_FALSE(r->displacedPerson);
    EXPECT_EQ(r->counts, (AttendanceCounts{1, 1, 3}));
    EXPECT_EQ(a.personAt("s1"), "d1");
    EXPECT_EQ(a.seatOf("d1"), "s1");

    auto g = a.checkIn(Open, "guest", "s2");
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->counts, (AttendanceCounts{2, 1, 3})) << "a guest is present but not entitled";
}

TEST(Attendance, CheckingInElsewhereMovesAndFreesTheOldSeat) {
    auto a = room();
    ASSERT_TRUE(a.checkIn(Open, "d1", "s1").ok());
    auto r = a.checkIn(Open, "d1", "s2");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->previousSeat, "s1");
    EXPECT_FALSE(r->displacedPerson);
    EXPECT_FALSE(a.personAt("s1")) << "old seat must be free";
    EXPECT_EQ(a.personAt("s2"), "d1");
    EXPECT_EQ(r->counts.present, 1u) << "moving is not a second person";
}

TEST(Attendance, CheckingInAtAnOccupiedSeatDisplacesTheHolder) {
    auto a = room();
    ASSERT_TRUE(a.checkIn(Open, "d1", "s1").ok());
    auto r = a.checkIn(Open, "d2", "s1");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->displacedPerson, "d1");
    EXPECT_EQ(a.personAt("s1"), "d2");
    EXPECT_FALSE(a.isPresent("d1"));
    EXPECT_EQ(r->counts, (AttendanceCounts{1, 1, 3}));
}

TEST(Attendance, MoveOntoAnOccupiedSeatFreesOneAndDisplacesTheOther) {
    auto a = room();
    ASSERT_TRUE(a.checkIn(Open, "d1", "s1").ok());
    ASSERT_TRUE(a.checkIn(Open, "d2", "s2").ok());
    auto r = a.checkIn(Open, "d1", "s2");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->previousSeat, "s1");
    EXPECT_EQ(r->displacedPerson, "d2");
    EXPECT_FALSE(a.personAt("s1"));
    EXPECT_EQ(a.personAt("s2"), "d1");
    EXPECT_EQ(r->counts.present, 1u);
}

TEST(Attendance, CheckingInTwiceAtTheSameSeatChangesNothing) {
    auto a = room();
    ASSERT_TRUE(a.checkIn(Open, "d1", "s1").ok());
    auto r = a.checkIn(Open, "d1", "s1");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->changed);
    EXPECT_FALSE(r->displacedPerson);
    EXPECT_EQ(r->counts.present, 1u);
}

TEST(Attendance, ConsolesHaveNoSeatAndSeveralMayBeUsed) {
    auto a = room();
    auto c = a.checkIn(Open, "chair", kConsoleSeat);
    auto s = a.checkIn(Open, "sec", kConsoleSeat);
    ASSERT_TRUE(c.ok() && s.ok());
    EXPECT_FALSE(s->displacedPerson) << "the console is not a seat to fight over";
    EXPECT_EQ(s->counts, (AttendanceCounts{2, 1, 3}));
    EXPECT_EQ(a.seatOf("chair"), "");
    // From the console to a seat and back.
    auto seat = a.checkIn(Open, "chair", "s3");
    ASSERT_TRUE(seat.ok());
    EXPECT_EQ(seat->previousSeat, "");
    auto back = a.checkIn(Open, "chair", kConsoleSeat);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->previousSeat, "s3");
    EXPECT_FALSE(a.personAt("s3"));
}

TEST(Attendance, CheckInIsAllowedBeforeOpeningButNotAfterClosing) {
    auto a = room();
    EXPECT_TRUE(a.checkIn(MeetingState::Scheduled, "d1", "s1").ok());
    // Bad input tried: check-in and check-out after close.
    auto late = a.checkIn(MeetingState::Closed, "d2", "s2");
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().reason, Reason::MeetingClosed);
    auto leave = a.checkOut(MeetingState::Closed, "d1");
    ASSERT_FALSE(leave.ok());
    EXPECT_EQ(leave.error().reason, Reason::MeetingClosed);
    EXPECT_TRUE(a.isPresent("d1")) << "refused check-out must change nothing";
}

TEST(Attendance, UnknownPersonAndSeatAreRefusedWithoutChange) {
    auto a = room();
    // Bad input tried: a stranger, a seat not in the room, ids differing only by case.
    for (auto [person, seat, reason] : {std::tuple{"stranger", "s1", Reason::UnknownPerson},
                                        std::tuple{"D1", "s1", Reason::UnknownPerson},
                                        std::tuple{"d1", "s9", Reason::UnknownSeat},
                                        std::tuple{"d1", "S1", Reason::UnknownSeat}}) {
        auto r = a.checkIn(Open, person, seat);
        ASSERT_FALSE(r.ok()) << person << "@" << seat;
        EXPECT_EQ(r.error().reason, reason);
    }
    EXPECT_EQ(a.counts().present, 0u);
    EXPECT_FALSE(a.personAt("s1"));
    auto out = a.checkOut(Open, "stranger");
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().reason, Reason::UnknownPerson);
}

TEST(Attendance, CheckOutFreesTheSeatAndAbsentCheckOutIsANoOp) {
    auto a = room();
    ASSERT_TRUE(a.checkIn(Open, "d1", "s1").ok());
    auto out = a.checkOut(Open, "d1");
    ASSERT_TRUE(out.ok());
    EXPECT_TRUE(out->changed);
    EXPECT_EQ(out->seatId, "s1");
    EXPECT_EQ(out->counts, (AttendanceCounts{0, 0, 3}));
    EXPECT_FALSE(a.personAt("s1"));
    auto again = a.checkOut(Open, "d1");
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed);
}

TEST(Attendance, RestoreRebuildsEvenAClosedMeeting) {
    auto a = room();
    ASSERT_TRUE(a.restore("d1", "s1").ok());
    ASSERT_TRUE(a.restore("chair", "").ok());
    EXPECT_EQ(a.counts(), (AttendanceCounts{2, 2, 3}));
    EXPECT_FALSE(a.restore("nobody", "s2").ok());
}

TEST(Attendance, ConsoleIdIsNeverAPhysicalSeat) {
    // Bad input tried: a seat list that contains "".
    Attendance a({{"d1", Role::Delegate, true}, {"d2", Role::Delegate, true}}, {"", "s1"});
    EXPECT_FALSE(a.hasSeat(""));
    ASSERT_TRUE(a.checkIn(Open, "d1", "").ok());
    auto r = a.checkIn(Open, "d2", "");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->displacedPerson);
    EXPECT_EQ(r->counts.present, 2u);
}

TEST(Attendance, RunningCountsAlwaysEqualARecount) {
    // Every check-in (any person, any seat or console, including unknown ones)
    // and check-out, in a long seeded pseudo-random sequence: the O(1) counts
    // must equal a recount from isPresent() after each step, and the seat map
    // must stay one person per seat.
    const std::vector<std::string> people = {"chair", "sec", "d1", "d2", "guest", "nobody"};
    const std::vector<std::string> seats = {"s1", "s2", "s3", "", "s9"};
    Attendance a = room();
    std::uint32_t state = 12345;
    auto next = [&](std::uint32_t n) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % n;
    };
    for (int step = 0; step < 5000; ++step) {
        const auto &person = people[next(static_cast<std::uint32_t>(people.size()))];
        if (next(3) == 0) {
            (void)a.checkOut(Open, person);
        } else {
            (void)a.checkIn(Open, person, seats[next(static_cast<std::uint32_t>(seats.size()))]);
        }
        AttendanceCounts recount;
        for (const auto &p : people) {
            const auto *m = a.member(p);
            if (!m) continue;
            recount.entitled += m->entitled ? 1 : 0;
            recount.present += a.isPresent(p) ? 1 : 0;
            recount.entitledPresent += (m->entitled && a.isPresent(p)) ? 1 : 0;
        }
        ASSERT_EQ(a.counts(), recount) << "after step " << step;
        for (const auto &seat : {"s1", "s2", "s3"}) {
            if (auto holder = a.personAt(seat); holder) ASSERT_EQ(a.seatOf(*holder), seat) << "after step " << step;
        }
    }
}
