// Majority = rule × base in exact integers: the table of cases the issue names, plus the
// arithmetic underneath (Fraction.h) checked against a brute-force oracle.
#include "domain/Majority.h"

#include <gtest/gtest.h>

#include <limits>

using namespace ecabinet::domain;
using Base = MajorityBase;
using Cmp = Comparison;

namespace {

// The obvious definition, only valid while the products fit in 64 bits (small numbers).
bool naiveMeets(std::uint64_t value, std::uint64_t num, std::uint64_t den, Cmp c, std::uint64_t total) {
    return c == Cmp::AtLeast ? value * den >= num * total : value * den > num * total;
}

} // namespace

TEST(Fraction, WideProductIsExactAtTheExtremes) {
    constexpr auto max = std::numeric_limits<std::uint64_t>::max();
    // (2^64 - 1)^2 = 2^128 - 2^65 + 1
    EXPECT_EQ(exact::multiply(max, max), (exact::Wide{max - 1, 1}));
    EXPECT_EQ(exact::multiply(std::uint64_t{1} << 32, std::uint64_t{1} << 32), (exact::Wide{1, 0}));
    EXPECT_EQ(exact::multiply(123456789, 987654321), (exact::Wide{0, 123456789ULL * 987654321ULL}));
    EXPECT_LT(exact::multiply(max, 2), exact::multiply(max, 3));
}

TEST(Fraction, SmallestMeetingMatchesBruteForceForEveryShareUpToTwelfths) {
    for (std::uint32_t den = 1; den <= 12; ++den)
        for (std::uint32_t num = 1; num <= den; ++num)
            for (Cmp c : {Cmp::MoreThan, Cmp::AtLeast}) {
                const Share s{{num, den}, c};
                if (shareProblem(s)) continue; // "more than 1/1"
                for (std::uint64_t total = 0; total <= 60; ++total) {
                    std::uint64_t brute = 0;
                    while (!naiveMeets(brute, num, den, c, total)) ++brute;
                    EXPECT_EQ(smallestMeeting(s, total), brute) << describe(s) << " of " << total;
                    for (std::uint64_t v = 0; v <= total + 1; ++v)
                        EXPECT_EQ(meetsShare(s, v, total), naiveMeets(v, num, den, c, total))
                            << v << " vs " << describe(s) << " of " << total;
                }
            }
}

TEST(Fraction, LargeWeightsDoNotOverflow) {
    const Share twoThirds{{2, 3}, Cmp::AtLeast};
    // 2/3 of 2^62 = 3074457345618258602.67 → at least 3074457345618258603
    const std::uint64_t need = 3074457345618258603ULL;
    EXPECT_EQ(smallestMeeting(twoThirds, kMaxTotal), need);
    EXPECT_TRUE(meetsShare(twoThirds, need, kMaxTotal));
    EXPECT_FALSE(meetsShare(twoThirds, need - 1, kMaxTotal));

    const std::uint32_t bigDen = std::numeric_limits<std::uint32_t>::max();
    const Share nearlyAll{{bigDen - 1, bigDen}, Cmp::MoreThan};
    const auto n = smallestMeeting(nearlyAll, kMaxTotal);
    EXPECT_TRUE(meetsShare(nearlyAll, n, kMaxTotal));
    EXPECT_FALSE(meetsShare(nearlyAll, n - 1, kMaxTotal));
    EXPECT_LT(n, kMaxTotal);
}

TEST(Fraction, InvalidSharesAreNamed) {
    EXPECT_TRUE(shareProblem(Share{{0, 3}, Cmp::AtLeast}));
    EXPECT_TRUE(shareProblem(Share{{1, 0}, Cmp::AtLeast}));
    EXPECT_TRUE(shareProblem(Share{{4, 3}, Cmp::AtLeast}));
    EXPECT_TRUE(shareProblem(Share{{3, 3}, Cmp::MoreThan}));
    EXPECT_FALSE(shareProblem(Share{{3, 3}, Cmp::AtLeast})) << "unanimity is a rule";
    EXPECT_EQ(describe(Share{{2, 3}, Cmp::AtLeast}), "at least 2/3");
}

namespace {

struct Case {
    const char *name;
    Majority majority;
    VoteCounts counts; // yes, no, abstain, present, entitled
    Verdict verdict;
    std::uint64_t required;
};

const MajorityRule kSimple = MajorityRule::simple();
const MajorityRule kAbsolute = MajorityRule::absolute();
const MajorityRule kTwoThirds = MajorityRule::twoThirds();
const MajorityRule kThreeQuarters = MajorityRule::threeQuarters();
const MajorityRule kAtLeastHalf = MajorityRule::of(1, 2, Cmp::AtLeast);
const MajorityRule kUnanimous = MajorityRule::of(1, 1, Cmp::AtLeast);

const Case kCases[] = {
    // 2/3 of 9 = 6
    {"2/3 of 9 entitled, 6 yes", {kTwoThirds, Base::Entitled}, {6, 3, 0, 9, 9}, Verdict::Adopted, 6},
    {"2/3 of 9 entitled, 5 yes", {kTwoThirds, Base::Entitled}, {5, 1, 0, 7, 9}, Verdict::Rejected, 6},
    {"2/3 of 9 cast, 6 yes", {kTwoThirds, Base::Cast}, {6, 3, 0, 0, 0}, Verdict::Adopted, 6},
    {"2/3 of 9 cast, 5 yes", {kTwoThirds, Base::Cast}, {5, 4, 0, 0, 0}, Verdict::Rejected, 6},
    // more than half of 10 needs 6; at least half of 10 needs 5
    {"more than 1/2 of 10 present, 5 yes", {kAbsolute, Base::Present}, {5, 2, 0, 10, 12}, Verdict::Rejected, 6},
    {"more than 1/2 of 10 present, 6 yes", {kAbsolute, Base::Present}, {6, 2, 0, 10, 12}, Verdict::Adopted, 6},
    {"at least 1/2 of 10 cast, 5 : 5", {kAtLeastHalf, Base::Cast}, {5, 5, 0, 0, 0}, Verdict::Adopted, 5},
    {"at least 1/2 of 10 present, 4 yes", {kAtLeastHalf, Base::Present}, {4, 0, 0, 10, 10}, Verdict::Rejected, 5},
    // 3/4 of 7 = 6 (5.25 rounds up)
    {"3/4 of 7 with abstain, 6 yes", {kThreeQuarters, Base::CastWithAbstain}, {6, 0, 1, 0, 0}, Verdict::Adopted, 6},
    {"3/4 of 7 with abstain, 5 yes", {kThreeQuarters, Base::CastWithAbstain}, {5, 1, 1, 0, 0}, Verdict::Rejected, 6},
    // the same 5 yes, 4 no, 3 abstain under each base (present 14, entitled 20)
    {"absolute, cast base ignores abstentions", {kAbsolute, Base::Cast}, {5, 4, 3, 14, 20}, Verdict::Adopted, 5},
    {"absolute, abstentions count against", {kAbsolute, Base::CastWithAbstain}, {5, 4, 3, 14, 20}, Verdict::Rejected, 7},
    {"absolute of present", {kAbsolute, Base::Present}, {5, 4, 3, 14, 20}, Verdict::Rejected, 8},
    {"absolute of entitled", {kAbsolute, Base::Entitled}, {5, 4, 3, 14, 20}, Verdict::Rejected, 11},
    // simple majority: more yes than no, abstentions never count
    {"simple 5 : 4, 100 abstain", {kSimple, Base::Cast}, {5, 4, 100, 0, 0}, Verdict::Adopted, 5},
    {"simple 4 : 4 is a tie", {kSimple, Base::Cast}, {4, 4, 1, 0, 0}, Verdict::Tie, 5},
    {"simple 3 : 4", {kSimple, Base::Cast}, {3, 4, 0, 0, 0}, Verdict::Rejected, 5},
    {"simple 1 : 0", {kSimple, Base::Cast}, {1, 0, 0, 0, 0}, Verdict::Adopted, 1},
    {"absolute 5 : 5 is a tie", {kAbsolute, Base::Cast}, {5, 5, 0, 0, 0}, Verdict::Tie, 6},
    {"2/3 with 3 : 3 not adopted, equal: tie", {kTwoThirds, Base::Cast}, {3, 3, 0, 0, 0}, Verdict::Tie, 4},
    // zero votes cast: never adopted, and 0 : 0 is not a tie
    {"simple, nobody voted", {kSimple, Base::Cast}, {0, 0, 0, 0, 0}, Verdict::Rejected, 1},
    {"simple, only abstentions", {kSimple, Base::Cast}, {0, 0, 5, 0, 0}, Verdict::Rejected, 1},
    {"absolute of 0 cast", {kAbsolute, Base::Cast}, {0, 0, 0, 0, 0}, Verdict::Rejected, 1},
    {"at least 1/2 of 0 cast still needs a yes", {kAtLeastHalf, Base::Cast}, {0, 0, 0, 0, 0}, Verdict::Rejected, 1},
    {"absolute of 9 entitled, nobody voted", {kAbsolute, Base::Entitled}, {0, 0, 0, 0, 9}, Verdict::Rejected, 5},
    // weights: two voters of weight 60 and 40
    {"weights 60 : 40 under 2/3", {kTwoThirds, Base::Cast}, {60, 40, 0, 0, 0}, Verdict::Rejected, 67},
    {"weights 60 : 40 under 3/5", {MajorityRule::of(3, 5, Cmp::AtLeast), Base::Cast}, {60, 40, 0, 0, 0},
     Verdict::Adopted, 60},
    {"weights 1,000,000 : 999,999 simple", {kSimple, Base::Cast}, {1000000, 999999, 0, 0, 0}, Verdict::Adopted,
     1000000},
    // p/q edges
    {"unanimity, all yes", {kUnanimous, Base::Cast}, {5, 0, 0, 0, 0}, Verdict::Adopted, 5},
    {"unanimity, one no", {kUnanimous, Base::Cast}, {5, 1, 0, 0, 0}, Verdict::Rejected, 6},
    {"unanimity of entitled, one absent", {kUnanimous, Base::Entitled}, {8, 0, 0, 8, 9}, Verdict::Rejected, 9},
    {"2/4 is 1/2 unreduced", {MajorityRule::of(2, 4, Cmp::AtLeast), Base::Cast}, {5, 5, 0, 0, 0}, Verdict::Adopted,
     5},
};

} // namespace

TEST(Majority, TableOfCases) {
    for (const auto &c : kCases) {
        auto r = evaluate(c.majority, c.counts);
        ASSERT_TRUE(r.ok()) << c.name << ": " << r.error().text;
        EXPECT_EQ(r->verdict, c.verdict) << c.name;
        EXPECT_EQ(r->required, c.required) << c.name;
    }
}

TEST(Majority, RequiredIsExactlyTheTurningPoint) {
    // For share rules: required yes adopts, one less does not (the rest voting no).
    for (const auto &c : kCases) {
        if (c.majority.rule.kind != MajorityRule::Kind::Share || c.majority.base != Base::Entitled) continue;
        auto at = evaluate(c.majority, VoteCounts{c.required, 0, 0, 0, c.counts.entitled});
        auto below = evaluate(c.majority, VoteCounts{c.required - 1, 0, 0, 0, c.counts.entitled});
        ASSERT_TRUE(at.ok() && below.ok()) << c.name;
        EXPECT_EQ(at->verdict, Verdict::Adopted) << c.name;
        EXPECT_NE(below->verdict, Verdict::Adopted) << c.name;
    }
}

TEST(Majority, ExplainsTheThreshold) {
    const Majority twoThirds{kTwoThirds, Base::Entitled};
    auto r = evaluate(twoThirds, VoteCounts{6, 3, 0, 9, 9});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(explain(twoThirds, *r), "at least 2/3 of 9 = at least 6");
    const Majority half{kAbsolute, Base::Present};
    auto h = evaluate(half, VoteCounts{1, 0, 0, 10, 10});
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(explain(half, *h), "more than 1/2 of 10 = at least 6");
    const Majority simple{kSimple, Base::Cast};
    auto s = evaluate(simple, VoteCounts{2, 4, 0, 0, 0});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(explain(simple, *s), "more yes than no: 4 no, so at least 5");
    EXPECT_EQ(describe(twoThirds), "at least 2/3 of entitled members");
}

TEST(Majority, InvalidRulesAreRefused) {
    const Majority invalid[] = {
        {MajorityRule::of(0, 3, Cmp::AtLeast), Base::Cast},   // p = 0
        {MajorityRule::of(2, 0, Cmp::AtLeast), Base::Cast},   // q = 0
        {MajorityRule::of(4, 3, Cmp::AtLeast), Base::Cast},   // p > q
        {MajorityRule::of(1, 1, Cmp::MoreThan), Base::Cast},  // more than the whole
        {kSimple, Base::Present},                             // simple majority has no other base
        {kSimple, Base::CastWithAbstain},
        {kSimple, Base::Entitled},
    };
    for (const auto &m : invalid) {
        EXPECT_FALSE(validate(m).ok()) << describe(m);
        auto r = evaluate(m, VoteCounts{1, 0, 0, 1, 1});
        ASSERT_FALSE(r.ok()) << describe(m);
        EXPECT_EQ(r.error().reason, MajorityRefusal::Reason::InvalidRule);
        EXPECT_FALSE(r.error().text.empty());
    }
}

TEST(Majority, InconsistentCountsAreRefused) {
    using R = MajorityRefusal::Reason;
    auto fewerPresent = evaluate({kAbsolute, Base::Present}, VoteCounts{5, 4, 3, 11, 20});
    ASSERT_FALSE(fewerPresent.ok());
    EXPECT_EQ(fewerPresent.error().reason, R::InconsistentCounts);
    auto fewerEntitled = evaluate({kAbsolute, Base::Entitled}, VoteCounts{5, 4, 0, 9, 8});
    ASSERT_FALSE(fewerEntitled.ok());
    EXPECT_EQ(fewerEntitled.error().reason, R::InconsistentCounts);
    auto tooLarge = evaluate({kSimple, Base::Cast}, VoteCounts{kMaxTotal, 1, 0, 0, 0});
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().reason, R::InconsistentCounts);
    // present is not looked at under the Cast base
    EXPECT_TRUE(evaluate({kAbsolute, Base::Cast}, VoteCounts{5, 4, 3, 0, 0}).ok());
}

TEST(MajorityChoice, PluralityTiesAndShares) {
    using Leaders = std::vector<std::size_t>;
    const Majority plurality{kSimple, Base::Cast};
    auto unique = evaluateChoice(plurality, ChoiceCounts{{3, 5, 2}, 10, 0, 0, 0});
    ASSERT_TRUE(unique.ok());
    EXPECT_EQ(unique->verdict, Verdict::Adopted);
    EXPECT_EQ(unique->leaders, Leaders{1});
    EXPECT_EQ(unique->required, 4u) << "runner-up 3 + 1";

    auto tie = evaluateChoice(plurality, ChoiceCounts{{4, 2, 4}, 10, 0, 0, 0});
    ASSERT_TRUE(tie.ok());
    EXPECT_EQ(tie->verdict, Verdict::Tie);
    EXPECT_EQ(tie->leaders, (Leaders{0, 2}));
    EXPECT_EQ(tie->required, 5u);

    auto none = evaluateChoice(plurality, ChoiceCounts{{0, 0}, 0, 3, 0, 0});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->verdict, Verdict::Rejected);
    EXPECT_TRUE(none->leaders.empty());

    // 5 of 10 cast is not more than half; with blanks in the base even less so.
    const ChoiceCounts c{{5, 3, 2}, 10, 2, 14, 20};
    auto cast = evaluateChoice({kAbsolute, Base::Cast}, c);
    ASSERT_TRUE(cast.ok());
    EXPECT_EQ(cast->verdict, Verdict::Rejected);
    EXPECT_EQ(cast->required, 6u);
    EXPECT_EQ(cast->leaders, Leaders{0});
    auto withBlank = evaluateChoice({MajorityRule::of(2, 5, Cmp::AtLeast), Base::CastWithAbstain}, c);
    ASSERT_TRUE(withBlank.ok());
    EXPECT_EQ(withBlank->baseTotal, 12u);
    EXPECT_EQ(withBlank->required, 5u) << "2/5 of 12 = 4.8 → 5";
    EXPECT_EQ(withBlank->verdict, Verdict::Adopted);
    auto entitled = evaluateChoice({MajorityRule::of(2, 5, Cmp::AtLeast), Base::Entitled}, c);
    ASSERT_TRUE(entitled.ok());
    EXPECT_EQ(entitled->required, 8u);
    EXPECT_EQ(entitled->verdict, Verdict::Rejected);

    auto inconsistent = evaluateChoice(plurality, ChoiceCounts{{11}, 10, 0, 0, 0});
    ASSERT_FALSE(inconsistent.ok());
    EXPECT_EQ(inconsistent.error().reason, MajorityRefusal::Reason::InconsistentCounts);
}
