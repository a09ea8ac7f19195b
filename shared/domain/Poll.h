// A vote on a motion (yes / no / abstain) or a choice among options, from preparation to
// the published result. Pure: presence and time are passed in; the hub persists what the
// outcomes say and rebuilds from its store.
//
// Lifecycle: Prepared → Open → Closed → Published; Cancelled from Prepared, Open or Closed
// (never from Published: a published result is part of the record). A cancelled poll stays
// as it is and can be re-run as a new poll (rerunAs). close, publish and cancel repeated on
// a poll already in that state succeed with changed = false (two consoles, one intent).
//
// Rules we decided (tested in PollTest):
//  - Electorate = the entitled members with their weights, fixed at prepare(). Guests,
//    observers and the secretary are simply not in it (NotEligible).
//  - A voter must be present to vote (NotPresent); a ballot cast stays counted if they leave.
//  - Proxies are declared while the poll is Prepared. One level: a holder carries at most one
//    principal, a holder cannot give a proxy, a principal cannot hold one. The proxy is used
//    only while the principal is absent: a present principal votes in person and the
//    holder's ballot for them is refused (PrincipalPresent); the principal's own vote wins.
//    One ballot per voter whoever casts it, so a weight is never counted twice: once the
//    holder voted for an absent principal who then arrives, the principal is AlreadyVoted.
//  - Changing one's vote while open only if the poll allows it, and never in a secret poll
//    (its choices are not linked to voters, so there is nothing to replace).
//  - Secret polls keep "who has voted" and an anonymous multiset of (choice, weight) apart;
//    nothing in the type links them and the multiset's order is by content, not arrival.
//    Caveat: a voter with a unique weight is recognisable by weight, as on paper.
//  - Quorum (entitled weight present in person) is checked at open() if the poll has a rule;
//    open is refused without quorum and the check is recorded with the result.
//  - Eligible at close = electorate members present, or represented by a present proxy
//    holder, or who have voted. Its weight is the Present base of the majority.
//  - Visibility: Open mode shows tally and names live; Named shows both after close;
//    Secret shows the tally after close and names never. Progress (ballots in / eligible,
//    who has and has not voted) is visible in every mode.
#pragma once

#include "common/Result.h"
#include "domain/Majority.h"
#include "domain/Quorum.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ecabinet::domain {

enum class PollKind { YesNoAbstain, Choice };
enum class PollMode { Open, Named, Secret };
enum class PollState { Prepared, Open, Closed, Published, Cancelled };
std::string_view pollStateName(PollState s);

// Option indexes of a yes/no/abstain poll.
inline constexpr std::uint32_t kYes = 0, kNo = 1, kAbstain = 2;

using Selection = std::vector<std::uint32_t>; // chosen option indexes (stored sorted)
// At most this many options in a poll: a ballot has to fit the fixed-size secret ballot slot
// the hub stores (see hub/store/Polls.cpp), and no real ballot paper comes near it.
inline constexpr std::size_t kMaxPollOptions = 512;
using IsPresent = std::function<bool(const std::string &personId)>;

struct PollSpec {
    std::string id;
    std::string agendaItemId;
    std::string question;
    PollKind kind = PollKind::YesNoAbstain;
    PollMode mode = PollMode::Open;
    std::vector<std::string> options;  // Choice only; yes/no/abstain are fixed
    std::uint32_t minSelections = 1;   // Choice only (0 allows a blank ballot)
    std::uint32_t maxSelections = 1;
    bool allowChange = false;          // re-voting while open replaces the ballot (not Secret)
    Majority majority;
    std::optional<QuorumRule> quorum;  // nullopt: no quorum needed (e.g. procedural votes)
};

struct Voter {
    std::string id;
    std::uint64_t weight = 1;
    bool operator==(const Voter &) const = default;
};

struct Proxy {
    std::string holder;
    std::string principal;
    bool operator==(const Proxy &) const = default;
};

struct PollRefusal {
    enum class Reason {
        InvalidSpec, NotPrepared, NotOpen, NotClosed, IsCancelled, IsPublished, NotCancelled,
        NoQuorum, NotEligible, NotPresent, NotProxyHolder, PrincipalPresent, InvalidProxy,
        InvalidChoice, AlreadyVoted, NotVisible,
    };
    Reason reason = Reason::InvalidSpec;
    std::string text;
};

struct PollTransition {
    PollState previous = PollState::Prepared;
    PollState current = PollState::Prepared;
    bool changed = false;
};

struct OpenOutcome {
    PollTransition transition;
    std::optional<QuorumCheck> quorum; // recorded with the result
};

// A secret ballot's content: no voter, no device, no time.
struct AnonymousBallot {
    Selection selection;
    std::uint64_t weight = 0;
    auto operator<=>(const AnonymousBallot &) const = default;
};

struct NamedBallot {
    std::string voter;  // whose vote (and weight)
    std::string castBy; // voter, or their proxy holder
    Selection selection;
    std::uint64_t weight = 0;
    std::int64_t castAtMs = 0;
    bool operator==(const NamedBallot &) const = default;
};

// What the hub stores for an accepted ballot: for a secret poll the has-voted row
// (voter, castBy) and the anonymous row, to be written apart.
struct BallotReceipt {
    std::string voter;
    std::string castBy;
    bool replaced = false;          // an earlier ballot of this voter was replaced
    std::uint32_t ballotsIn = 0;    // after this ballot
    std::variant<NamedBallot, AnonymousBallot> record;
};

struct Progress {
    std::uint32_t ballotsIn = 0;
    std::uint32_t eligible = 0;
    std::vector<std::string> voted;    // sorted ids (has-voted; never with choices)
    std::vector<std::string> notVoted; // sorted ids of eligible voters still to vote
    bool operator==(const Progress &) const = default;
};

struct OptionTally {
    std::string label;
    std::uint64_t weight = 0;
    std::uint32_t count = 0;
    bool operator==(const OptionTally &) const = default;
};

struct Tally {
    std::vector<OptionTally> options; // in option order (yes, no, abstain for motions)
    OptionTally blank{"blank", 0, 0}; // Choice ballots with no option (min = 0)
    std::uint32_t ballots = 0;
    std::uint64_t ballotWeight = 0;
    bool operator==(const Tally &) const = default;
};

struct PollResult {
    Tally tally;
    std::optional<MajorityOutcome> motion; // YesNoAbstain
    std::optional<ChoiceOutcome> choice;   // Choice
    std::optional<QuorumCheck> quorumAtOpen;
    std::vector<Voter> eligibleAtClose;    // sorted by id
    std::uint64_t presentWeight = 0;       // weight of eligibleAtClose
    std::uint64_t entitledWeight = 0;
};

struct BallotRequest {
    std::string voter;       // whose vote
    std::string castBy;      // "" = the voter themself; else their declared proxy holder
    Selection selection;
};

// What the hub has stored about a poll, to rebuild it after a restart (presence then is
// not presence now, so nothing is re-decided: the record is checked for consistency only).
struct PollRecord {
    PollState state = PollState::Prepared;
    std::vector<Proxy> proxies;
    std::optional<QuorumCheck> quorumAtOpen;
    std::optional<std::int64_t> openedAtMs, closedAtMs;
    std::vector<Voter> eligibleAtClose;
    std::vector<std::string> voted;          // has-voted rows (every mode)
    std::vector<NamedBallot> named;          // Open / Named polls
    std::vector<AnonymousBallot> anonymous;  // Secret polls
};

class Poll {
public:
    static Result<Poll, PollRefusal> prepare(PollSpec spec, std::vector<Voter> electorate);
    // Refused (InvalidSpec) when the record contradicts itself or the spec: choices stored the
    // wrong way for the mode, ballots of unknown voters, has-voted rows not matching ballots.
    static Result<Poll, PollRefusal> restore(PollSpec spec, std::vector<Voter> electorate, PollRecord record);
    // A new Prepared poll with the same question, electorate and proxies (from Cancelled).
    Result<Poll, PollRefusal> rerunAs(std::string newId) const;

    Status<PollRefusal> declareProxy(const Proxy &proxy);
    Result<OpenOutcome, PollRefusal> open(const IsPresent &present, std::int64_t nowMs);
    Result<BallotReceipt, PollRefusal> castBallot(const BallotRequest &req, const IsPresent &present,
                                                  std::int64_t nowMs);
    Result<PollTransition, PollRefusal> close(const IsPresent &present, std::int64_t nowMs);
    Result<PollTransition, PollRefusal> publish();
    Result<PollTransition, PollRefusal> cancel();

    const PollSpec &spec() const { return spec_; }
    PollState state() const { return state_; }
    const std::vector<Voter> &electorate() const { return electorate_; }
    const std::vector<Proxy> &proxies() const { return proxies_; }
    std::optional<std::int64_t> openedAtMs() const { return openedAtMs_; }
    std::optional<std::int64_t> closedAtMs() const { return closedAtMs_; }

    bool hasVoted(const std::string &voter) const { return voted_.contains(voter); }
    // Before close: from presence now; from close on: the snapshot taken at close.
    Progress progress(const IsPresent &present) const;
    Result<Tally, PollRefusal> tally() const;
    Result<std::vector<NamedBallot>, PollRefusal> namedBallots() const; // sorted by voter
    Result<PollResult, PollRefusal> result() const;                     // Closed / Published

private:
    Poll() = default;
    const Voter *voter(const std::string &id) const;
    const Proxy *proxyFor(const std::string &principal) const;
    bool eligibleNow(const Voter &v, const IsPresent &present) const;
    Result<Selection, PollRefusal> checkSelection(Selection s) const;
    std::uint64_t weightOf(const std::vector<Voter> &voters) const;

    PollSpec spec_;
    PollState state_ = PollState::Prepared;
    std::vector<Voter> electorate_; // sorted by id
    std::vector<Proxy> proxies_;
    std::optional<QuorumCheck> quorumAtOpen_;
    std::optional<std::int64_t> openedAtMs_, closedAtMs_;
    std::vector<Voter> eligibleAtClose_;

    // Has-voted, for every mode. The choices live in exactly one of the two boxes below:
    // named_ for Open / Named polls, anonymous_ for Secret polls.
    std::set<std::string> voted_;
    std::map<std::string, NamedBallot> named_;
    std::multiset<AnonymousBallot> anonymous_;
};

} // namespace ecabinet::domain
