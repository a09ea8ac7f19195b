// Scheduled -> Open -> Closed, and every transition that must be refused.
#include "domain/MeetingLifecycle.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using Reason = LifecycleRefusal::Reason;

namespace {
struct Case {
    const char *name;
    MeetingState from;
    bool open; // true: openMeeting, false: closeMeeting
    std::optional<MeetingState> to;
    std::optional<Reason> refusal;
};

const Case kCases[] = {
    {"open a scheduled meeting", MeetingState::Scheduled, true, MeetingState::Open, std::nullopt},
    {"open an open meeting", MeetingState::Open, true, std::nullopt, Reason::AlreadyOpen},
    {"reopen a closed meeting", MeetingState::Closed, true, std::nullopt, Reason::CannotReopen},
    {"close an open meeting", MeetingState::Open, false, MeetingState::Closed, std::nullopt},
    {"close a meeting never opened", MeetingState::Scheduled, false, std::nullopt, Reason::NotOpen},
    {"close a closed meeting", MeetingState::Closed, false, std::nullopt, Reason::AlreadyClosed},
};
} // namespace

TEST(MeetingLifecycle, EveryStateTimesEveryTransition) {
    for (const auto &c : kCases) {
        SCOPED_TRACE(c.name);
        auto got = c.open ? openMeeting(c.from) : closeMeeting(c.from);
        if (c.to) {
            ASSERT_TRUE(got.ok()) << got.error().text;
            EXPECT_EQ(*got, *c.to);
        } else {
            ASSERT_FALSE(got.ok());
            EXPECT_EQ(got.error().reason, *c.refusal);
            EXPECT_FALSE(got.error().text.empty());
        }
    }
}

TEST(MeetingLifecycle, AFullMeetingGoesForwardOnly) {
    auto open = openMeeting(MeetingState::Scheduled);
    ASSERT_TRUE(open.ok());
    auto closed = closeMeeting(*open);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(*closed, MeetingState::Closed);
    EXPECT_FALSE(openMeeting(*closed).ok());
}

TEST(MeetingLifecycle, StateNamesAreDistinct) {
    EXPECT_EQ(stateName(MeetingState::Scheduled), "scheduled");
    EXPECT_EQ(stateName(MeetingState::Open), "open");
    EXPECT_EQ(stateName(MeetingState::Closed), "closed");
}
