// Moving the current agenda item: state, stale expectation (conflict) and bounds.
#include "domain/Agenda.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using Reason = AgendaRefusal::Reason;

namespace {
constexpr auto Open = MeetingState::Open;
struct Case {
    const char *name;
    AgendaMove move; // state, current, expected, target, count
    std::optional<Reason> refusal;
    bool changed = false;
};

const Case kCases[] = {
    {"first item after opening", {Open, -1, -1, 0, 3}, std::nullopt, true},
    {"next item", {Open, 0, 0, 1, 3}, std::nullopt, true},
    {"jump to last item", {Open, 0, 0, 2, 3}, std::nullopt, true},
    {"back to an earlier item", {Open, 2, 2, 0, 3}, std::nullopt, true},
    {"target == current is an ok no-op", {Open, 1, 1, 1, 3}, std::nullopt, false},
    {"scheduled meeting", {MeetingState::Scheduled, -1, -1, 0, 3}, Reason::NotOpen},
    {"closed meeting", {MeetingState::Closed, 2, 2, 1, 3}, Reason::NotOpen},
    {"stale expectation", {Open, 1, 0, 1, 3}, Reason::Conflict},
    {"stale expectation from before the first", {Open, 0, -1, 0, 3}, Reason::Conflict},
    {"conflict wins over out of range", {Open, 1, 0, 99, 3}, Reason::Conflict},
    {"one past the end", {Open, 1, 1, 3, 3}, Reason::OutOfRange},
    {"negative target", {Open, 1, 1, -1, 3}, Reason::OutOfRange},
    {"far negative target", {Open, 1, 1, -1000, 3}, Reason::OutOfRange},
    {"empty agenda", {Open, -1, -1, 0, 0}, Reason::OutOfRange},
    {"closed wins over conflict", {MeetingState::Closed, 1, 0, 1, 3}, Reason::NotOpen},
};
} // namespace

TEST(Agenda, MovesAndRefusals) {
    for (const auto &c : kCases) {
        SCOPED_TRACE(c.name);
        auto got = moveAgenda(c.move);
        if (!c.refusal) {
            ASSERT_TRUE(got.ok()) << got.error().text;
            EXPECT_EQ(got->previous, c.move.current);
            EXPECT_EQ(got->current, c.move.target);
            EXPECT_EQ(got->changed, c.changed);
        } else {
            ASSERT_FALSE(got.ok());
            EXPECT_EQ(got.error().reason, *c.refusal);
        }
    }
}

TEST(Agenda, ConflictTextSaysWhereTheAgendaReallyIs) {
    // Bad input tried: the console believes item 1 is current while item 3 is.
    auto got = moveAgenda({MeetingState::Open, 2, 0, 1, 5});
    ASSERT_FALSE(got.ok());
    EXPECT_NE(got.error().text.find("item 3"), std::string::npos) << got.error().text;
}
