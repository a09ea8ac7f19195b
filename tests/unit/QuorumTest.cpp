// Quorum as an exact share of the entitled members (or weight), at its boundaries.
#include "domain/Quorum.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using Cmp = Comparison;

namespace {
struct Case {
    const char *name;
    QuorumRule rule;
    std::uint64_t present, entitled;
    bool reached;
    std::uint64_t required;
};

const Case kCases[] = {
    {"more than half of 10: 5 is not enough", QuorumRule::moreThanHalf(), 5, 10, false, 6},
    {"more than half of 10: 6", QuorumRule::moreThanHalf(), 6, 10, true, 6},
    {"more than half of 9: 5", QuorumRule::moreThanHalf(), 5, 9, true, 5},
    {"more than half of 9: 4", QuorumRule::moreThanHalf(), 4, 9, false, 5},
    {"at least 2/3 of 9: exactly 6", QuorumRule::atLeastTwoThirds(), 6, 9, true, 6},
    {"at least 2/3 of 9: 5", QuorumRule::atLeastTwoThirds(), 5, 9, false, 6},
    {"at least 2/3 of 10: 7 (6.67 rounds up)", QuorumRule::atLeastTwoThirds(), 7, 10, true, 7},
    {"at least 2/3 of 10: 6", QuorumRule::atLeastTwoThirds(), 6, 10, false, 7},
    {"at least 1/2 of 10: exactly 5", QuorumRule::of(1, 2, Cmp::AtLeast), 5, 10, true, 5},
    {"all of 3 present", QuorumRule::of(1, 1, Cmp::AtLeast), 3, 3, true, 3},
    {"all of 3: one missing", QuorumRule::of(1, 1, Cmp::AtLeast), 2, 3, false, 3},
    {"0 entitled: no quorum of nobody", QuorumRule::of(1, 2, Cmp::AtLeast), 0, 0, false, 1},
    {"0 entitled, more than half", QuorumRule::moreThanHalf(), 0, 0, false, 1},
    {"1 entitled present", QuorumRule::moreThanHalf(), 1, 1, true, 1},
    {"nobody present of 10", QuorumRule::moreThanHalf(), 0, 10, false, 6},
    {"weights: 500,001 of 1,000,000", QuorumRule::moreThanHalf(), 500001, 1000000, true, 500001},
    {"weights: 500,000 of 1,000,000", QuorumRule::moreThanHalf(), 500000, 1000000, false, 500001},
};
} // namespace

TEST(Quorum, TableOfCases) {
    for (const auto &c : kCases) {
        auto q = checkQuorum(c.rule, c.present, c.entitled);
        ASSERT_TRUE(q.ok()) << c.name << ": " << q.error().text;
        EXPECT_EQ(q->reached, c.reached) << c.name;
        EXPECT_EQ(q->required, c.required) << c.name;
        EXPECT_EQ(q->present, c.present) << c.name;
        EXPECT_EQ(q->entitled, c.entitled) << c.name;
        EXPECT_EQ(q->rule, c.rule) << c.name;
    }
}

TEST(Quorum, ReachedExactlyFromRequiredOnward) {
    // Sweep every present count for a few rules: reached ⇔ present ≥ required.
    for (const auto &rule : {QuorumRule::moreThanHalf(), QuorumRule::atLeastTwoThirds(),
                             QuorumRule::of(3, 4, Cmp::MoreThan), QuorumRule::of(1, 3, Cmp::AtLeast)})
        for (std::uint64_t entitled = 0; entitled <= 40; ++entitled)
            for (std::uint64_t present = 0; present <= entitled; ++present) {
                auto q = checkQuorum(rule, present, entitled);
                ASSERT_TRUE(q.ok());
                EXPECT_EQ(q->reached, present >= q->required)
                    << describe(rule.share) << ": " << present << " of " << entitled;
            }
}

TEST(Quorum, RefusesInvalidRulesAndCounts) {
    using R = QuorumRefusal::Reason;
    for (const auto &bad : {QuorumRule::of(0, 2, Cmp::AtLeast), QuorumRule::of(1, 0, Cmp::AtLeast),
                            QuorumRule::of(3, 2, Cmp::AtLeast), QuorumRule::of(2, 2, Cmp::MoreThan)}) {
        auto q = checkQuorum(bad, 1, 2);
        ASSERT_FALSE(q.ok()) << describe(bad.share);
        EXPECT_EQ(q.error().reason, R::InvalidRule);
    }
    auto more = checkQuorum(QuorumRule::moreThanHalf(), 11, 10);
    ASSERT_FALSE(more.ok());
    EXPECT_EQ(more.error().reason, R::InconsistentCounts);
    auto huge = checkQuorum(QuorumRule::moreThanHalf(), 1, kMaxTotal + 1);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().reason, R::InconsistentCounts);
}

TEST(Quorum, DescribesItself) {
    auto q = checkQuorum(QuorumRule::atLeastTwoThirds(), 6, 9);
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(describe(*q), "quorum reached: 6 of 9 present, at least 2/3 needs 6");
    auto n = checkQuorum(QuorumRule::moreThanHalf(), 5, 10);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(describe(*n), "no quorum: 5 of 10 present, more than 1/2 needs 6");
}
