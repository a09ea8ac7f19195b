// Polls and their ballots (schema version 2, see Schema.cpp). Rows only: the rules are in
// shared/domain/Poll and applied by hub/service/PollHandlers. Everything runs inside the
// caller's savepoint; the unique keys are the last line of defence against a second ballot.
#pragma once

#include "domain/Poll.h"

#include <QByteArray>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;

struct PollRow {
    std::string id;
    int position = 0;
    std::string itemId;
    std::string question;
    domain::PollMode mode = domain::PollMode::Open;
    std::string definition; // wire::PollDefinition bytes
    domain::PollState state = domain::PollState::Prepared;
    std::string rerunOf;
    std::optional<std::int64_t> openedMs, closedMs;
    std::optional<domain::QuorumCheck> quorumAtOpen; // rule filled in by the caller
    std::uint32_t eligible = 0; // open polls: eligible voters now (see refreshEligible)
};

std::string_view modeName(domain::PollMode m); // "open", "named", "secret"
std::optional<domain::PollState> parsePollState(const std::string &name);

class PollTable {
public:
    explicit PollTable(Store &store) : s_(store) {}

    std::vector<PollRow> all(const std::string &meetingId);
    std::optional<PollRow> poll(const std::string &meetingId, const std::string &pollId);
    int nextPosition(const std::string &meetingId);
    bool hasRerunOf(const std::string &meetingId, const std::string &pollId);

    void insert(const std::string &meetingId, const PollRow &row, const std::vector<domain::Voter> &electorate,
                const std::vector<domain::Proxy> &proxies, std::int64_t nowMs);
    void setState(const std::string &meetingId, const std::string &pollId, domain::PollState state);
    void setOpened(const std::string &meetingId, const std::string &pollId, std::int64_t ms,
                   const std::optional<domain::QuorumCheck> &quorum);
    void setClosed(const std::string &meetingId, const std::string &pollId, std::int64_t ms,
                   const std::vector<domain::Voter> &eligibleAtClose);

    std::vector<domain::Voter> electorate(const std::string &meetingId, const std::string &pollId);
    std::optional<domain::Voter> voter(const std::string &meetingId, const std::string &pollId,
                                       const std::string &personId);
    std::vector<domain::Voter> eligibleAtClose(const std::string &meetingId, const std::string &pollId);

    std::vector<domain::Proxy> proxies(const std::string &meetingId, const std::string &pollId);
    std::optional<domain::Proxy> proxyFor(const std::string &meetingId, const std::string &pollId,
                                          const std::string &principal);
    void addProxy(const std::string &meetingId, const std::string &pollId, const domain::Proxy &proxy);
    // `count` empty secret ballot slots with random keys (see Schema.cpp, version 5).
    void addSecretSlots(const std::string &meetingId, const std::string &pollId, std::size_t count);

    bool hasVoted(const std::string &meetingId, const std::string &pollId, const std::string &personId);
    // A ballot's three reads in one statement: the voter's weight (nullopt = not in the
    // electorate), the holder of their proxy if any, and whether a ballot for them is in.
    struct VoterState {
        std::optional<domain::Voter> voter;
        std::optional<domain::Proxy> proxy;
        bool hasVoted = false;
    };
    VoterState voterState(const std::string &meetingId, const std::string &pollId, const std::string &personId);
    std::vector<std::string> voted(const std::string &meetingId, const std::string &pollId); // sorted
    std::uint32_t ballotsIn(const std::string &meetingId, const std::string &pollId);
    // Electorate members present now, represented by a present proxy holder, or who voted
    // (Poll::progress's "eligible" before close), counted in SQL.
    std::uint32_t eligibleNow(const std::string &meetingId, const std::string &pollId);
    // Recounts polls.eligible of every open poll of the meeting (after a check-in or -out).
    void refreshEligible(const std::string &meetingId);
    void setEligible(const std::string &meetingId, const std::string &pollId, std::uint32_t eligible);

    std::optional<domain::NamedBallot> namedBallot(const std::string &meetingId, const std::string &pollId,
                                                   const std::string &voter);
    std::vector<domain::NamedBallot> namedBallots(const std::string &meetingId, const std::string &pollId);
    std::vector<domain::AnonymousBallot> anonymousBallots(const std::string &meetingId, const std::string &pollId);

    // Stores an accepted ballot: the has-voted row (insert; a second one for the same voter
    // violates the primary key and throws) and the choice — with the voter for open/named
    // polls (replaced when `replaced`), under a fresh random key for secret ones.
    void storeBallot(const std::string &meetingId, const std::string &pollId, const domain::BallotReceipt &receipt);

    // Everything Poll::restore needs.
    domain::PollRecord record(const std::string &meetingId, const PollRow &row);

private:
    Store &s_;
};

std::string selectionText(const domain::Selection &s);                 // {0,2} -> "0,2"
std::optional<domain::Selection> parseSelection(const std::string &text); // "0,2" -> {0,2}
domain::Selection selectionOrThrow(const std::string &text);            // parseSelection or StoreError

// A secret ballot slot's choice column: 8 bytes weight (big-endian) + a 64-byte bitmask of
// the chosen options; always kSecretChoiceBytes long, so filling a slot never resizes its row.
inline constexpr int kSecretChoiceBytes = 72;
QByteArray encodeSecretChoice(const domain::Selection &selection, std::uint64_t weight);
domain::AnonymousBallot decodeSecretChoice(const QByteArray &choice); // StoreError if malformed

} // namespace ecabinet::hub
