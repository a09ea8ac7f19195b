// Polls: every state × every action, ballots and their refusals, proxies that can never
// count a weight twice, secret ballots that cannot be linked to voters, and the result
// with its majority verdict and quorum.
#include "domain/Poll.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace ecabinet::domain;
using Reason = PollRefusal::Reason;
using S = PollState;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000;

// Presence as the hub would report it from Attendance.
struct Room {
    std::set<std::string> here;
    IsPresent fn() const {
        return [this](const std::string &id) { return here.contains(id); };
    }
};

std::vector<Voter> fiveDelegates() { return {{"d1", 1}, {"d2", 1}, {"d3", 1}, {"d4", 1}, {"d5", 1}}; }

PollSpec motion(PollMode mode = PollMode::Open) {
    PollSpec s;
    s.id = "poll-1";
    s.agendaItemId = "i1";
    s.question = "Approve the budget?";
    s.mode = mode;
    s.majority = {MajorityRule::simple(), MajorityBase::Cast};
    return s;
}

PollSpec choice(std::uint32_t min, std::uint32_t max) {
    PollSpec s = motion();
    s.kind = PollKind::Choice;
    s.options = {"A", "B", "C"};
    s.minSelections = min;
    s.maxSelections = max;
    return s;
}

Poll prepared(PollSpec spec = motion(), std::vector<Voter> voters = fiveDelegates()) {
    auto p = Poll::prepare(std::move(spec), std::move(voters));
    if (!p) throw std::runtime_error(p.error().text);
    return std::move(p).value();
}

BallotRequest vote(std::string voter, Selection s, std::string castBy = {}) {
    return BallotRequest{std::move(voter), std::move(castBy), std::move(s)};
}

const Room kAll{{"d1", "d2", "d3", "d4", "d5"}};

// A poll brought to the given state by the public API.
Poll pollIn(S state) {
    Poll p = prepared();
    if (state == S::Prepared) return p;
    if (!p.open(kAll.fn(), kT0).ok()) throw std::runtime_error("open");
    if (state == S::Cancelled) {
        (void)p.cancel();
        return p;
    }
    if (state == S::Open) return p;
    (void)p.close(kAll.fn(), kT0 + 1);
    if (state == S::Published) (void)p.publish();
    return p;
}
} // namespace

// ---- lifecycle ------------------------------------------------------------------------

TEST(Poll, EveryStateTimesEveryAction) {
    enum class Action { DeclareProxy, Open, Cast, Close, Publish, Cancel };
    struct Expect {
        bool ok;
        S after;      // state afterwards
        bool changed; // when ok
        Reason reason; // when refused
    };
    auto okTo = [](S s) { return Expect{true, s, true, {}}; };
    auto same = [](S s) { return Expect{true, s, false, {}}; };
    auto no = [](S s, Reason r) { return Expect{false, s, false, r}; };
    const Action actions[] = {Action::DeclareProxy, Action::Open, Action::Cast,
                              Action::Close, Action::Publish, Action::Cancel};
    // The rules of the lifecycle, written out by hand: rows = states, columns = actions above.
    const std::map<S, std::vector<Expect>> table = {
        {S::Prepared, {okTo(S::Prepared), okTo(S::Open), no(S::Prepared, Reason::NotOpen),
                       no(S::Prepared, Reason::NotOpen), no(S::Prepared, Reason::NotClosed), okTo(S::Cancelled)}},
        {S::Open, {no(S::Open, Reason::NotPrepared), no(S::Open, Reason::NotPrepared), okTo(S::Open),
                   okTo(S::Closed), no(S::Open, Reason::NotClosed), okTo(S::Cancelled)}},
        {S::Closed, {no(S::Closed, Reason::NotPrepared), no(S::Closed, Reason::NotPrepared),
                     no(S::Closed, Reason::NotOpen), same(S::Closed), okTo(S::Published), okTo(S::Cancelled)}},
        {S::Published, {no(S::Published, Reason::IsPublished), no(S::Published, Reason::IsPublished),
                        no(S::Published, Reason::IsPublished), same(S::Published), same(S::Published),
                        no(S::Published, Reason::IsPublished)}},
        {S::Cancelled, {no(S::Cancelled, Reason::IsCancelled), no(S::Cancelled, Reason::IsCancelled),
                        no(S::Cancelled, Reason::IsCancelled), no(S::Cancelled, Reason::IsCancelled),
                        no(S::Cancelled, Reason::IsCancelled), same(S::Cancelled)}},
    };
    for (const auto &[state, row] : table) {
        for (std::size_t a = 0; a < std::size(actions); ++a) {
            Poll p = pollIn(state);
            ASSERT_EQ(p.state(), state);
            bool ok = false, changed = false;
            std::optional<Reason> reason;
            auto take = [&](const auto &r) {
                ok = r.ok();
                if (!ok) reason = r.error().reason;
            };
            switch (actions[a]) {
            case Action::DeclareProxy: { auto r = p.declareProxy({"d1", "d2"}); take(r); changed = ok; break; }
            case Action::Open: { auto r = p.open(kAll.fn(), kT0 + 5); take(r); if (ok) changed = r->transition.changed; break; }
            case Action::Cast: { auto r = p.castBallot(vote("d3", {kYes}), kAll.fn(), kT0 + 5); take(r); changed = ok; break; }
            case Action::Close: { auto r = p.close(kAll.fn(), kT0 + 5); take(r); if (ok) changed = r->changed; break; }
            case Action::Publish: { auto r = p.publish(); take(r); if (ok) changed = r->changed; break; }
            case Action::Cancel: { auto r = p.cancel(); take(r); if (ok) changed = r->changed; break; }
            }
            const Expect &e = row[a];
            const auto where = std::string(pollStateName(state)) + " × action " + std::to_string(a);
            EXPECT_EQ(ok, e.ok) << where;
            EXPECT_EQ(p.state(), e.after) << where;
            if (e.ok) EXPECT_EQ(changed, e.changed) << where;
            else EXPECT_EQ(reason, e.reason) << where;
        }
    }
}

TEST(Poll, SecondCloseChangesNothingAndKeepsTheSnapshot) {
    Poll p = pollIn(S::Open);
    Room room{{"d1", "d2", "d3"}};
    ASSERT_TRUE(p.close(room.fn(), kT0 + 10).ok());
    const auto snapshot = p.result()->eligibleAtClose;
    EXPECT_EQ(snapshot.size(), 3u);
    room.here = {"d1", "d2", "d3", "d4", "d5"};
    auto again = p.close(room.fn(), kT0 + 20);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed);
    EXPECT_EQ(p.result()->eligibleAtClose, snapshot);
    EXPECT_EQ(p.closedAtMs(), kT0 + 10);
}

TEST(Poll, CancelledPollIsRerunAsANewPollAndTheOldOneStays) {
    Poll p = prepared();
    ASSERT_TRUE(p.declareProxy({"d1", "d2"}).ok());
    ASSERT_TRUE(p.open(kAll.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("d3", {kYes}), kAll.fn(), kT0).ok());
    EXPECT_EQ(p.rerunAs("poll-2").error().reason, Reason::NotCancelled);
    ASSERT_TRUE(p.cancel().ok());
    auto again = p.rerunAs("poll-2");
    ASSERT_TRUE(again.ok()) << again.error().text;
    EXPECT_EQ(again->spec().id, "poll-2");
    EXPECT_EQ(again->state(), S::Prepared);
    EXPECT_EQ(again->electorate(), p.electorate());
    EXPECT_EQ(again->proxies(), p.proxies());
    EXPECT_FALSE(again->hasVoted("d3"));
    EXPECT_EQ(again->spec().options, p.spec().options);
    EXPECT_EQ(p.state(), S::Cancelled);
    EXPECT_TRUE(p.hasVoted("d3")) << "the old poll keeps its record";
}

TEST(Poll, InvalidSpecsAreRefused) {
    auto spec = [](auto change) { PollSpec s = motion(); change(s); return s; };
    const std::vector<std::pair<const char *, PollSpec>> bad = {
        {"no id", spec([](PollSpec &s) { s.id.clear(); })},
        {"bad majority", spec([](PollSpec &s) { s.majority = {MajorityRule::of(0, 3, Comparison::AtLeast)}; })},
        {"simple of present", spec([](PollSpec &s) { s.majority.base = MajorityBase::Present; })},
        {"bad quorum", spec([](PollSpec &s) { s.quorum = QuorumRule::of(1, 0, Comparison::AtLeast); })},
        {"secret + change", spec([](PollSpec &s) { s.mode = PollMode::Secret; s.allowChange = true; })},
        {"motion with options", spec([](PollSpec &s) { s.options = {"x"}; })},
        {"motion with two choices", spec([](PollSpec &s) { s.maxSelections = 2; })},
        {"choice without options", spec([](PollSpec &s) { s.kind = PollKind::Choice; })},
        {"empty label", [] { auto s = choice(1, 1); s.options[1] = ""; return s; }()},
        {"duplicate label", [] { auto s = choice(1, 1); s.options[2] = "A"; return s; }()},
        {"max 0", choice(0, 0)},
        {"min > max", choice(2, 1)},
        {"max > options", choice(1, 4)},
        {"513 options", [] {
             auto s = choice(1, 1);
             s.options.clear();
             for (std::size_t i = 0; i <= kMaxPollOptions; ++i) s.options.push_back("option " + std::to_string(i));
             return s;
         }()},
    };
    for (const auto &[name, s] : bad) {
        auto p = Poll::prepare(s, fiveDelegates());
        ASSERT_FALSE(p.ok()) << name;
        EXPECT_EQ(p.error().reason, Reason::InvalidSpec) << name;
    }
    const std::vector<std::vector<Voter>> badVoters = {
        {}, {{"d1", 1}, {"d1", 2}}, {{"", 1}}, {{"d1", 0}}, {{"d1", kMaxTotal}, {"d2", 1}}};
    for (const auto &v : badVoters) EXPECT_FALSE(Poll::prepare(motion(), v).ok()) << v.size();
    EXPECT_TRUE(Poll::prepare(choice(0, 3), fiveDelegates()).ok());
    auto largest = choice(1, 1);
    largest.options.clear();
    for (std::size_t i = 0; i < kMaxPollOptions; ++i) largest.options.push_back("option " + std::to_string(i));
    EXPECT_TRUE(Poll::prepare(largest, fiveDelegates()).ok()) << "512 options are allowed";
}

// ---- ballots ------------------------------------------------------------------------

TEST(Poll, BallotRefusals) {
    Poll p = prepared();
    Room room{{"d1", "d2", "guest"}};
    ASSERT_TRUE(p.open(room.fn(), kT0).ok());
    auto refused = [&](BallotRequest r) {
        auto b = p.castBallot(r, room.fn(), kT0 + 1);
        return b.ok() ? std::optional<Reason>{} : std::optional<Reason>{b.error().reason};
    };
    EXPECT_EQ(refused(vote("guest", {kYes})), Reason::NotEligible) << "a guest is not in the electorate";
    EXPECT_EQ(refused(vote("d3", {kYes})), Reason::NotPresent) << "absent";
    EXPECT_EQ(refused(vote("d1", {})), Reason::InvalidChoice);
    EXPECT_EQ(refused(vote("d1", {kYes, kNo})), Reason::InvalidChoice);
    EXPECT_EQ(refused(vote("d1", {3})), Reason::InvalidChoice);
    EXPECT_EQ(refused(vote("d1", {kYes}, "d2")), Reason::NotProxyHolder);
    EXPECT_EQ(p.progress(room.fn()).ballotsIn, 0u) << "no refused ballot was counted";
    EXPECT_FALSE(refused(vote("d1", {kAbstain})));
    EXPECT_EQ(refused(vote("d1", {kYes})), Reason::AlreadyVoted);
    EXPECT_EQ(p.tally()->options[kAbstain].count, 1u);
    EXPECT_EQ(p.tally()->options[kYes].count, 0u) << "the refused second ballot changed nothing";
}

TEST(Poll, ChoiceSelectionsWithinMinAndMax) {
    Poll p = prepared(choice(0, 2));
    ASSERT_TRUE(p.open(kAll.fn(), kT0).ok());
    auto cast = [&](const char *id, Selection s) { return p.castBallot(vote(id, s), kAll.fn(), kT0); };
    EXPECT_EQ(cast("d1", {0, 1, 2}).error().reason, Reason::InvalidChoice) << "more than max";
    EXPECT_EQ(cast("d1", {1, 1}).error().reason, Reason::InvalidChoice) << "duplicate";
    EXPECT_EQ(cast("d1", {7}).error().reason, Reason::InvalidChoice) << "unknown option";
    ASSERT_TRUE(cast("d1", {2, 0}).ok()) << "any order";
    ASSERT_TRUE(cast("d2", {}).ok()) << "blank allowed with min 0";
    ASSERT_TRUE(cast("d3", {0}).ok());
    auto t = p.tally();
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->options[0], (OptionTally{"A", 2, 2}));
    EXPECT_EQ(t->options[1], (OptionTally{"B", 0, 0}));
    EXPECT_EQ(t->options[2], (OptionTally{"C", 1, 1}));
    EXPECT_EQ(t->blank.count, 1u);
    EXPECT_EQ(t->ballots, 3u);
    EXPECT_EQ(p.namedBallots()->front().selection, (Selection{0, 2})) << "stored sorted";

    Poll atLeastTwo = prepared(choice(2, 3));
    ASSERT_TRUE(atLeastTwo.open(kAll.fn(), kT0).ok());
    EXPECT_EQ(atLeastTwo.castBallot(vote("d1", {1}), kAll.fn(), kT0).error().reason, Reason::InvalidChoice);
}

TEST(Poll, ChangingTheVoteReplacesOnlyWhereAllowed) {
    PollSpec s = motion();
    s.allowChange = true;
    Poll p = prepared(s);
    ASSERT_TRUE(p.open(kAll.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("d1", {kNo}), kAll.fn(), kT0).ok());
    auto again = p.castBallot(vote("d1", {kYes}), kAll.fn(), kT0 + 1);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replaced);
    EXPECT_EQ(again->ballotsIn, 1u);
    EXPECT_EQ(p.tally()->options[kYes].weight, 1u);
    EXPECT_EQ(p.tally()->options[kNo].weight, 0u);
    EXPECT_EQ(p.tally()->ballots, 1u);
}

// ---- proxies ------------------------------------------------------------------------

TEST(Poll, ProxyDeclarationsAreOneLevelAndOneEach) {
    Poll p = prepared();
    ASSERT_TRUE(p.declareProxy({"d1", "d2"}).ok()); // d1 carries d2's vote
    EXPECT_TRUE(p.declareProxy({"d1", "d2"}).ok()) << "declared again: no change";
    EXPECT_EQ(p.proxies().size(), 1u);
    const std::vector<std::pair<Proxy, Reason>> refused = {
        {{"d3", "d3"}, Reason::InvalidProxy},    // to oneself
        {{"d3", "d2"}, Reason::InvalidProxy},    // d2 already gave one
        {{"d1", "d3"}, Reason::InvalidProxy},    // d1 already carries one
        {{"d2", "d3"}, Reason::InvalidProxy},    // d2 gave a proxy: cannot hold one
        {{"d3", "d1"}, Reason::InvalidProxy},    // d1 holds one: cannot pass votes on
        {{"guest", "d3"}, Reason::NotEligible},
        {{"d3", "guest"}, Reason::NotEligible},
    };
    for (const auto &[proxy, reason] : refused) {
        auto r = p.declareProxy(proxy);
        ASSERT_FALSE(r.ok()) << proxy.holder << "→" << proxy.principal;
        EXPECT_EQ(r.error().reason, reason) << proxy.holder << "→" << proxy.principal;
    }
    EXPECT_EQ(p.proxies().size(), 1u);
}

TEST(Poll, HolderVotesForAnAbsentPrincipalWithThePrincipalsWeight) {
    Poll p = prepared(motion(PollMode::Named), {{"d1", 3}, {"d2", 7}, {"d3", 1}});
    ASSERT_TRUE(p.declareProxy({"d1", "d2"}).ok());
    Room room{{"d1", "d3"}}; // d2 absent
    ASSERT_TRUE(p.open(room.fn(), kT0).ok());
    EXPECT_EQ(p.progress(room.fn()).eligible, 3u) << "d2 is represented";
    ASSERT_TRUE(p.castBallot(vote("d1", {kNo}), room.fn(), kT0).ok());
    auto proxyVote = p.castBallot(vote("d2", {kYes}, "d1"), room.fn(), kT0);
    ASSERT_TRUE(proxyVote.ok());
    EXPECT_EQ(proxyVote->castBy, "d1");
    EXPECT_EQ(p.castBallot(vote("d2", {kYes}, "d1"), room.fn(), kT0).error().reason, Reason::AlreadyVoted);
    room.here.insert("d2"); // the principal arrives: their vote was already cast by proxy
    EXPECT_EQ(p.castBallot(vote("d2", {kNo}), room.fn(), kT0).error().reason, Reason::AlreadyVoted);
    ASSERT_TRUE(p.close(room.fn(), kT0 + 1).ok());
    auto r = p.result();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->tally.options[kYes].weight, 7u);
    EXPECT_EQ(r->tally.options[kNo].weight, 3u);
    EXPECT_EQ(r->motion->verdict, Verdict::Adopted);
    EXPECT_EQ(p.namedBallots()->at(1), (NamedBallot{"d2", "d1", {kYes}, 7, kT0}));
}

TEST(Poll, PresentPrincipalVotesInPersonAndTheProxyIsRefused) {
    Poll p = prepared();
    ASSERT_TRUE(p.declareProxy({"d1", "d2"}).ok());
    ASSERT_TRUE(p.open(kAll.fn(), kT0).ok());
    EXPECT_EQ(p.castBallot(vote("d2", {kYes}, "d1"), kAll.fn(), kT0).error().reason, Reason::PrincipalPresent);
    ASSERT_TRUE(p.castBallot(vote("d2", {kNo}), kAll.fn(), kT0).ok());
    Room gone{{"d1"}}; // the principal voted then left: the proxy still cannot add a second ballot
    EXPECT_EQ(p.castBallot(vote("d2", {kYes}, "d1"), gone.fn(), kT0).error().reason, Reason::AlreadyVoted);
    Room holderAway{{"d3"}};
    Poll q = prepared();
    ASSERT_TRUE(q.declareProxy({"d1", "d2"}).ok());
    ASSERT_TRUE(q.open(kAll.fn(), kT0).ok());
    EXPECT_EQ(q.castBallot(vote("d2", {kYes}, "d1"), holderAway.fn(), kT0).error().reason, Reason::NotPresent);
}

TEST(Poll, NoSequenceOfEventsCountsAWeightTwice) {
    // Every sequence of up to 6 steps from {principal votes, holder votes for principal,
    // principal enters/leaves}, with and without vote changes: each voter at most one ballot,
    // and the tally's weight is exactly the weight of those who have voted.
    enum Step { PrincipalVotes, HolderVotes, Toggle };
    for (bool allowChange : {false, true})
        for (int len = 1; len <= 6; ++len) {
            int sequences = 1;
            for (int i = 0; i < len; ++i) sequences *= 3;
            for (int code = 0; code < sequences; ++code) {
                PollSpec s = motion();
                s.allowChange = allowChange;
                Poll p = prepared(s, {{"h", 2}, {"pr", 5}});
                ASSERT_TRUE(p.declareProxy({"h", "pr"}).ok());
                Room room{{"h"}};
                ASSERT_TRUE(p.open(room.fn(), kT0).ok());
                int c = code;
                for (int i = 0; i < len; ++i, c /= 3) {
                    switch (static_cast<Step>(c % 3)) {
                    case PrincipalVotes: (void)p.castBallot(vote("pr", {kYes}), room.fn(), kT0); break;
                    case HolderVotes: (void)p.castBallot(vote("pr", {kNo}, "h"), room.fn(), kT0); break;
                    case Toggle: if (!room.here.erase("pr")) room.here.insert("pr"); break;
                    }
                }
                const auto t = p.tally();
                ASSERT_TRUE(t.ok());
                EXPECT_LE(t->ballots, 1u) << "sequence " << code << " of length " << len;
                EXPECT_EQ(t->ballotWeight, p.hasVoted("pr") ? 5u : 0u) << "sequence " << code;
            }
        }
}

// ---- secret ballots -----------------------------------------------------------------

// Nothing in AnonymousBallot but the choice and its weight: a voter id, device or time
// added later would change its size and fail here before it could leak.
static_assert(sizeof(AnonymousBallot) == sizeof(Selection) + sizeof(std::uint64_t));

TEST(Poll, SecretBallotReceiptCarriesNoLinkToTheChoice) {
    Poll p = prepared(motion(PollMode::Secret));
    ASSERT_TRUE(p.open(kAll.fn(), kT0).ok());
    auto r = p.castBallot(vote("d1", {kNo}), kAll.fn(), kT0);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(std::holds_alternative<AnonymousBallot>(r->record)) << "the choice row is anonymous";
    EXPECT_EQ(std::get<AnonymousBallot>(r->record), (AnonymousBallot{{kNo}, 1}));
    EXPECT_TRUE(p.hasVoted("d1"));
    EXPECT_EQ(p.namedBallots().error().reason, Reason::NotVisible);
    EXPECT_EQ(p.tally().error().reason, Reason::NotVisible) << "no partial results while open";
    EXPECT_EQ(p.progress(kAll.fn()).voted, (std::vector<std::string>{"d1"})) << "has-voted is visible";
    ASSERT_TRUE(p.close(kAll.fn(), kT0 + 1).ok());
    EXPECT_EQ(p.namedBallots().error().reason, Reason::NotVisible) << "not even after close";
    EXPECT_EQ(p.tally()->options[kNo].count, 1u);
}

TEST(Poll, SecretPollsWithSwappedChoicesAreIndistinguishable) {
    // Two rooms where d1 and d2 swap their choices (and vote in opposite order): everything
    // the API shows must be identical, so nothing in it tells who chose what.
    auto run = [](bool swapped) {
        Poll p = prepared(motion(PollMode::Secret));
        EXPECT_TRUE(p.open(kAll.fn(), kT0).ok());
        const Selection first = swapped ? Selection{kNo} : Selection{kYes};
        const Selection second = swapped ? Selection{kYes} : Selection{kNo};
        if (swapped) {
            EXPECT_TRUE(p.castBallot(vote("d2", second), kAll.fn(), kT0).ok());
            EXPECT_TRUE(p.castBallot(vote("d1", first), kAll.fn(), kT0 + 7).ok());
        } else {
            EXPECT_TRUE(p.castBallot(vote("d1", first), kAll.fn(), kT0).ok());
            EXPECT_TRUE(p.castBallot(vote("d2", second), kAll.fn(), kT0 + 7).ok());
        }
        EXPECT_TRUE(p.castBallot(vote("d3", {kAbstain}), kAll.fn(), kT0 + 9).ok());
        EXPECT_TRUE(p.close(kAll.fn(), kT0 + 10).ok());
        return p;
    };
    const Poll a = run(false), b = run(true);
    EXPECT_EQ(*a.tally(), *b.tally());
    EXPECT_EQ(a.progress(kAll.fn()), b.progress(kAll.fn()));
    const auto ra = a.result(), rb = b.result();
    ASSERT_TRUE(ra.ok() && rb.ok());
    EXPECT_EQ(ra->tally, rb->tally);
    EXPECT_EQ(ra->motion, rb->motion);
    EXPECT_EQ(ra->eligibleAtClose, rb->eligibleAtClose);
    for (const auto &v : fiveDelegates()) EXPECT_EQ(a.hasVoted(v.id), b.hasVoted(v.id));
    EXPECT_EQ(ra->motion->verdict, Verdict::Tie) << "1 yes, 1 no";
}

// ---- visibility, progress, result ---------------------------------------------------

TEST(Poll, OpenModeIsLiveNamedModeShowsNamesAfterClose) {
    Poll live = prepared(motion(PollMode::Open));
    EXPECT_EQ(live.tally().error().reason, Reason::NotVisible) << "nothing to show before it opens";
    ASSERT_TRUE(live.open(kAll.fn(), kT0).ok());
    ASSERT_TRUE(live.castBallot(vote("d4", {kYes}), kAll.fn(), kT0).ok());
    EXPECT_EQ(live.tally()->options[kYes].count, 1u);
    EXPECT_EQ(live.namedBallots()->front().voter, "d4");

    Poll named = prepared(motion(PollMode::Named));
    ASSERT_TRUE(named.open(kAll.fn(), kT0).ok());
    ASSERT_TRUE(named.castBallot(vote("d4", {kYes}), kAll.fn(), kT0).ok());
    EXPECT_EQ(named.tally().error().reason, Reason::NotVisible);
    EXPECT_EQ(named.namedBallots().error().reason, Reason::NotVisible);
    ASSERT_TRUE(named.close(kAll.fn(), kT0 + 1).ok());
    EXPECT_EQ(named.namedBallots()->front(), (NamedBallot{"d4", "d4", {kYes}, 1, kT0}));
}

TEST(Poll, ProgressListsWhoHasNotVotedAndFreezesAtClose) {
    Poll p = prepared();
    Room room{{"d1", "d2", "d3"}};
    ASSERT_TRUE(p.open(room.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("d2", {kYes}), room.fn(), kT0).ok());
    auto pr = p.progress(room.fn());
    EXPECT_EQ(pr.ballotsIn, 1u);
    EXPECT_EQ(pr.eligible, 3u);
    EXPECT_EQ(pr.notVoted, (std::vector<std::string>{"d1", "d3"}));
    room.here = {"d1", "d3", "d4"}; // d2 left after voting, d4 arrived
    pr = p.progress(room.fn());
    EXPECT_EQ(pr.eligible, 4u) << "d2's ballot stands, d4 may vote";
    EXPECT_EQ(pr.notVoted, (std::vector<std::string>{"d1", "d3", "d4"}));
    ASSERT_TRUE(p.close(room.fn(), kT0 + 1).ok());
    Room empty;
    EXPECT_EQ(p.progress(empty.fn()), pr) << "after close the snapshot is used";
    EXPECT_EQ(p.result()->presentWeight, 4u);
}

TEST(Poll, QuorumIsCheckedAtOpenAndRecorded) {
    PollSpec s = motion();
    s.quorum = QuorumRule::atLeastTwoThirds();
    s.majority = {MajorityRule::twoThirds(), MajorityBase::Present};
    std::vector<Voter> nine;
    for (int i = 1; i <= 9; ++i) nine.push_back({"v" + std::to_string(i), 1});
    Poll p = prepared(s, nine);
    Room room{{"v1", "v2", "v3", "v4", "v5"}};
    auto refused = p.open(room.fn(), kT0);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().reason, Reason::NoQuorum);
    EXPECT_EQ(refused.error().text, "no quorum: 5 of 9 present, at least 2/3 needs 6");
    EXPECT_EQ(p.state(), S::Prepared);

    room.here.insert("v6");
    auto opened = p.open(room.fn(), kT0 + 1);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(opened->quorum);
    EXPECT_TRUE(opened->quorum->reached);
    EXPECT_EQ(opened->quorum->required, 6u);
    for (const char *id : {"v1", "v2", "v3", "v4"}) ASSERT_TRUE(p.castBallot(vote(id, {kYes}), room.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("v5", {kNo}), room.fn(), kT0).ok());
    ASSERT_TRUE(p.close(room.fn(), kT0 + 2).ok());
    auto r = p.result();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->quorumAtOpen, opened->quorum);
    EXPECT_EQ(r->presentWeight, 6u);
    EXPECT_EQ(r->entitledWeight, 9u);
    EXPECT_EQ(r->motion->required, 4u) << "2/3 of 6 present";
    EXPECT_EQ(r->motion->verdict, Verdict::Adopted);
}

TEST(Poll, WeightedChoiceResultReportsATieAmongTheTopOptions) {
    PollSpec s = choice(1, 1);
    Poll p = prepared(s, {{"a", 4}, {"b", 3}, {"c", 1}, {"d", 2}});
    Room room{{"a", "b", "c", "d"}};
    ASSERT_TRUE(p.open(room.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("a", {0}), room.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("b", {2}), room.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("c", {2}), room.fn(), kT0).ok());
    ASSERT_TRUE(p.castBallot(vote("d", {1}), room.fn(), kT0).ok());
    ASSERT_TRUE(p.close(room.fn(), kT0 + 1).ok());
    auto r = p.result();
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->choice);
    EXPECT_EQ(r->choice->verdict, Verdict::Tie);
    EXPECT_EQ(r->choice->leaders, (std::vector<std::size_t>{0, 2})) << "A 4, C 3 + 1";
    EXPECT_EQ(r->tally.options[2], (OptionTally{"C", 4, 2}));
    EXPECT_FALSE(r->motion);
}

TEST(Poll, ResultOnlyOnceClosed) {
    for (S s : {S::Prepared, S::Open, S::Cancelled}) EXPECT_FALSE(pollIn(s).result().ok()) << pollStateName(s);
    for (S s : {S::Closed, S::Published}) EXPECT_TRUE(pollIn(s).result().ok()) << pollStateName(s);
    auto r = pollIn(S::Closed).result();
    EXPECT_EQ(r->motion->verdict, Verdict::Rejected) << "nobody voted";
    EXPECT_EQ(r->eligibleAtClose.size(), 5u);
}

TEST(Poll, RestoredFromItsRecordShowsTheSameState) {
    for (PollMode mode : {PollMode::Named, PollMode::Secret}) {
        Poll p = prepared(motion(mode), {{"d1", 2}, {"d2", 3}, {"d3", 1}});
        ASSERT_TRUE(p.declareProxy({"d1", "d2"}).ok());
        Room room{{"d1", "d3"}};
        ASSERT_TRUE(p.open(room.fn(), kT0).ok());
        PollRecord rec; // what the hub would have stored from the outcomes
        for (auto req : {vote("d1", {kYes}), vote("d2", {kNo}, "d1"), vote("d3", {kYes})}) {
            auto r = p.castBallot(req, room.fn(), kT0);
            ASSERT_TRUE(r.ok());
            rec.voted.push_back(r->voter);
            if (auto *a = std::get_if<AnonymousBallot>(&r->record)) rec.anonymous.push_back(*a);
            else rec.named.push_back(std::get<NamedBallot>(r->record));
        }
        ASSERT_TRUE(p.close(room.fn(), kT0 + 1).ok());
        rec.state = p.state();
        rec.proxies = p.proxies();
        rec.openedAtMs = p.openedAtMs();
        rec.closedAtMs = p.closedAtMs();
        rec.eligibleAtClose = p.result()->eligibleAtClose;

        auto back = Poll::restore(p.spec(), p.electorate(), rec);
        ASSERT_TRUE(back.ok()) << back.error().text;
        EXPECT_EQ(*back->tally(), *p.tally());
        EXPECT_EQ(back->result()->motion, p.result()->motion);
        EXPECT_EQ(back->progress(room.fn()), p.progress(room.fn()));
        EXPECT_EQ(back->state(), S::Closed);

        PollRecord missing = rec; // a ballot without its has-voted row
        missing.voted.pop_back();
        EXPECT_FALSE(Poll::restore(p.spec(), p.electorate(), missing).ok());
        PollRecord stranger = rec;
        stranger.voted.back() = "guest"; // same count, but not a voter of this poll
        EXPECT_FALSE(Poll::restore(p.spec(), p.electorate(), stranger).ok());
    }
    PollRecord wrongWay;
    wrongWay.state = S::Open;
    wrongWay.voted = {"d1"};
    wrongWay.named = {NamedBallot{"d1", "d1", {kYes}, 1, kT0}};
    wrongWay.anonymous = {AnonymousBallot{{kYes}, 1}};
    auto r = Poll::restore(motion(PollMode::Secret), fiveDelegates(), wrongWay);
    ASSERT_FALSE(r.ok()) << "a secret poll never holds named ballots";
    EXPECT_EQ(r.error().reason, Reason::InvalidSpec);
    wrongWay.anonymous = {AnonymousBallot{{kYes}, 9}};
    wrongWay.named.clear();
    EXPECT_FALSE(Poll::restore(motion(PollMode::Secret), fiveDelegates(), wrongWay).ok()) << "weight 9 voted by nobody";
}
