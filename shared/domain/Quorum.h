// Quorum: enough entitled members (or entitled weight) present for the meeting to decide.
// An exact share of the entitled total: "more than half", "at least 2/3", any p/q.
// Checked when a vote opens and recorded with its result (Poll.h).
//
// Decisions:
//  - Quorum counts entitled members present in person. Proxies carry votes, not presence
//    (Poll.h passes only the present weight here).
//  - A quorum of nobody is no quorum: "required" is never below 1, so with 0 entitled
//    members it is 1 and cannot be reached.
//  - Exactly at the threshold: "at least 2/3" of 9 is reached with 6, "more than 1/2" of 10
//    is not reached with 5 (it needs 6).
#pragma once

#include "common/Result.h"
#include "domain/Fraction.h"

#include <cstdint>
#include <string>

namespace ecabinet::domain {

struct QuorumRule {
    Share share{{1, 2}, Comparison::MoreThan};

    static QuorumRule moreThanHalf() { return {}; }
    static QuorumRule atLeastTwoThirds() { return of(2, 3, Comparison::AtLeast); }
    static QuorumRule of(std::uint32_t num, std::uint32_t den, Comparison cmp) {
        return {Share{{num, den}, cmp}};
    }
    bool operator==(const QuorumRule &) const = default;
};

struct QuorumCheck {
    QuorumRule rule;
    bool reached = false;
    std::uint64_t required = 0; // least present (entitled) weight that reaches quorum
    std::uint64_t present = 0;  // entitled weight present
    std::uint64_t entitled = 0; // all entitled weight
    bool operator==(const QuorumCheck &) const = default;
};

struct QuorumRefusal {
    enum class Reason {
        InvalidRule,        // see shareProblem() in Fraction.h
        InconsistentCounts, // more present than entitled, or a total above kMaxTotal
    };
    Reason reason = Reason::InvalidRule;
    std::string text;
};

Result<QuorumCheck, QuorumRefusal> checkQuorum(const QuorumRule &rule, std::uint64_t presentEntitled,
                                               std::uint64_t entitled);

// "quorum reached: 6 of 9 present, at least 2/3 needs 6".
std::string describe(const QuorumCheck &q);

} // namespace ecabinet::domain
