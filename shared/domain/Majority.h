// Majority = rule × base: when is a motion adopted? Exact integer arithmetic only.
//
// Rules:
//  - Simple: more yes than no (yes > no). Abstentions and absentees do not count, so the
//    only base that makes sense is Cast; any other base is refused as a contradiction
//    rather than silently ignored. "required" = no + 1 (the yes weight that would adopt).
//  - Share: yes (comparison) num/den × base total. absolute() = more than 1/2,
//    twoThirds() = at least 2/3, threeQuarters() = at least 3/4, of(p, q, cmp) = any p/q.
//    "required" = the smallest yes weight that meets the share: 2/3 of 9 = at least 6.
// Bases: Cast = yes + no; CastWithAbstain = yes + no + abstain; Present = weight of the
// eligible voters present (or represented) when the poll closed; Entitled = all entitled
// weight. The hub computes Present/Entitled; here they are plain numbers.
//
// Decisions (rules of procedure differ; these are ours, tested in MajorityTest):
//  - Nothing is adopted without at least one yes: "at least 1/2 of 0 cast" would otherwise
//    adopt a motion nobody voted for, so "required" is never below 1.
//  - Tie = the motion is not adopted and yes == no > 0. It is a rejection, reported apart
//    because many rules give the chair a casting vote or call a second vote. 0 : 0 is not
//    a tie (nobody voted either way): it is Rejected.
//  - Choice polls: "leaders" are the options with the greatest weight (> 0). Several leaders
//    = Tie. Simple = plurality (a unique leader is adopted). A Share rule adopts the unique
//    leader if its weight meets the share of the base; Cast = weight of ballots that chose
//    at least one option, CastWithAbstain adds blank ballots. Multi-seat choices are read
//    off the tally; the verdict speaks about the top option only.
#pragma once

#include "common/Result.h"
#include "domain/Fraction.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ecabinet::domain {

enum class MajorityBase { Cast, CastWithAbstain, Present, Entitled };

struct MajorityRule {
    enum class Kind { Simple, Share };
    Kind kind = Kind::Simple;
    Share share{}; // used when kind == Share

    static MajorityRule simple() { return {}; }
    static MajorityRule absolute() { return of(1, 2, Comparison::MoreThan); }
    static MajorityRule twoThirds() { return of(2, 3, Comparison::AtLeast); }
    static MajorityRule threeQuarters() { return of(3, 4, Comparison::AtLeast); }
    static MajorityRule of(std::uint32_t num, std::uint32_t den, Comparison cmp) {
        return {Kind::Share, Share{{num, den}, cmp}};
    }
    bool operator==(const MajorityRule &) const = default;
};

struct Majority {
    MajorityRule rule;
    MajorityBase base = MajorityBase::Cast;
    bool operator==(const Majority &) const = default;
};

// Weighted sums (a voter of weight 1 counts 1).
struct VoteCounts {
    std::uint64_t yes = 0;
    std::uint64_t no = 0;
    std::uint64_t abstain = 0;
    std::uint64_t present = 0;  // used only by base Present
    std::uint64_t entitled = 0; // used only by base Entitled
};

struct ChoiceCounts {
    std::vector<std::uint64_t> options; // weight per option, in the poll's option order
    std::uint64_t cast = 0;             // weight of ballots choosing at least one option
    std::uint64_t blank = 0;            // weight of ballots choosing none (min = 0)
    std::uint64_t present = 0;
    std::uint64_t entitled = 0;
};

enum class Verdict { Adopted, Rejected, Tie };

struct MajorityOutcome {
    Verdict verdict = Verdict::Rejected;
    std::uint64_t required = 0; // least yes weight that adopts (see the header comment)
    std::uint64_t baseTotal = 0; // the base's total (Simple: yes + no)
    bool operator==(const MajorityOutcome &) const = default;
};

struct ChoiceOutcome {
    Verdict verdict = Verdict::Rejected;
    std::vector<std::size_t> leaders; // indexes of the options with the greatest weight > 0
    std::uint64_t required = 0;       // Simple: runner-up + 1; Share: as for yes/no
    std::uint64_t baseTotal = 0;
};

struct MajorityRefusal {
    enum class Reason {
        InvalidRule,        // bad fraction, or Simple with a base other than Cast
        InconsistentCounts, // more votes than present / entitled weight, or totals too large
    };
    Reason reason = Reason::InvalidRule;
    std::string text;
};

Status<MajorityRefusal> validate(const Majority &m);

Result<MajorityOutcome, MajorityRefusal> evaluate(const Majority &m, const VoteCounts &c);
Result<ChoiceOutcome, MajorityRefusal> evaluateChoice(const Majority &m, const ChoiceCounts &c);

// "at least 2/3 of votes cast (yes + no)", "simple majority (more yes than no)".
std::string describe(const Majority &m);
// "at least 2/3 of 9 = at least 6", "more than 1/2 of 10 = at least 6"; for Simple "more yes than no: 4 no, so at least 5".
std::string explain(const Majority &m, const MajorityOutcome &o);

} // namespace ecabinet::domain
