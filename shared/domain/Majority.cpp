#include "domain/Majority.h"

#include <algorithm>
#include <optional>

namespace ecabinet::domain {

using Reason = MajorityRefusal::Reason;

namespace {

std::string baseName(MajorityBase b) {
    switch (b) {
    case MajorityBase::Cast: return "votes cast (yes + no)";
    case MajorityBase::CastWithAbstain: return "votes cast including abstentions";
    case MajorityBase::Present: return "members present";
    case MajorityBase::Entitled: return "entitled members";
    }
    return "?";
}

// Adds without wrapping; nullopt when the sum passes kMaxTotal.
std::optional<std::uint64_t> add(std::uint64_t a, std::uint64_t b) {
    if (a > kMaxTotal || b > kMaxTotal - a) return std::nullopt;
    return a + b;
}

MajorityRefusal tooLarge() {
    return {Reason::InconsistentCounts, "the vote totals exceed the largest total a rule accepts"};
}

// The base's total, checked against what was actually voted: the present or entitled weight
// can never be smaller than the weight of the ballots (a caller mixing up numbers must hear it).
Result<std::uint64_t, MajorityRefusal> baseTotal(MajorityBase base, std::uint64_t cast, std::uint64_t abstain,
                                                 std::uint64_t present, std::uint64_t entitled) {
    const auto all = add(cast, abstain);
    if (!all) return fail(tooLarge());
    auto checked = [&](std::uint64_t total, const char *what) -> Result<std::uint64_t, MajorityRefusal> {
        if (total > kMaxTotal) return fail(tooLarge());
        if (total < *all)
            return fail(MajorityRefusal{Reason::InconsistentCounts,
                                        std::string("the ") + what + " weight (" + std::to_string(total) +
                                            ") is smaller than the weight of the ballots (" +
                                            std::to_string(*all) + ")"});
        return total;
    };
    switch (base) {
    case MajorityBase::Cast: return cast;
    case MajorityBase::CastWithAbstain: return *all;
    case MajorityBase::Present: return checked(present, "present");
    case MajorityBase::Entitled: return checked(entitled, "entitled");
    }
    return cast;
}

} // namespace

Status<MajorityRefusal> validate(const Majority &m) {
    if (m.rule.kind == MajorityRule::Kind::Simple) {
        if (m.base != MajorityBase::Cast)
            return fail(MajorityRefusal{Reason::InvalidRule,
                                        "a simple majority compares yes with no; its base is always "
                                        "the votes cast, not " + baseName(m.base)});
        return {};
    }
    if (auto problem = shareProblem(m.rule.share)) return fail(MajorityRefusal{Reason::InvalidRule, *problem});
    return {};
}

Result<MajorityOutcome, MajorityRefusal> evaluate(const Majority &m, const VoteCounts &c) {
    if (auto v = validate(m); !v) return fail(v.error());
    const auto cast = add(c.yes, c.no);
    if (!cast) return fail(tooLarge());
    auto total = baseTotal(m.base, *cast, c.abstain, c.present, c.entitled);
    if (!total) return fail(total.error());

    MajorityOutcome out;
    out.baseTotal = *total;
    bool adopted = false;
    if (m.rule.kind == MajorityRule::Kind::Simple) {
        out.required = c.no + 1; // no ≤ kMaxTotal, cannot wrap
        adopted = c.yes > c.no;
    } else {
        out.required = std::max<std::uint64_t>(1, smallestMeeting(m.rule.share, *total));
        adopted = c.yes > 0 && meetsShare(m.rule.share, c.yes, *total);
    }
    if (adopted) out.verdict = Verdict::Adopted;
    else if (c.yes == c.no && c.yes > 0) out.verdict = Verdict::Tie;
    else out.verdict = Verdict::Rejected;
    return out;
}

Result<ChoiceOutcome, MajorityRefusal> evaluateChoice(const Majority &m, const ChoiceCounts &c) {
    if (auto v = validate(m); !v) return fail(v.error());
    for (auto w : c.options)
        if (w > c.cast)
            return fail(MajorityRefusal{Reason::InconsistentCounts,
                                        "an option has more weight (" + std::to_string(w) +
                                            ") than all ballots that chose something (" +
                                            std::to_string(c.cast) + ")"});
    auto total = baseTotal(m.base, c.cast, c.blank, c.present, c.entitled);
    if (!total) return fail(total.error());

    ChoiceOutcome out;
    out.baseTotal = *total;
    std::uint64_t best = 0, runnerUp = 0;
    for (std::size_t i = 0; i < c.options.size(); ++i) {
        const auto w = c.options[i];
        if (w == 0) continue;
        if (w > best) {
            runnerUp = best;
            best = w;
            out.leaders = {i};
        } else if (w == best) {
            out.leaders.push_back(i);
            runnerUp = best;
        } else {
            runnerUp = std::max(runnerUp, w);
        }
    }
    bool adopted = false;
    if (m.rule.kind == MajorityRule::Kind::Simple) {
        out.required = runnerUp + 1;
        adopted = out.leaders.size() == 1;
    } else {
        out.required = std::max<std::uint64_t>(1, smallestMeeting(m.rule.share, *total));
        adopted = out.leaders.size() == 1 && meetsShare(m.rule.share, best, *total);
    }
    if (out.leaders.size() > 1) out.verdict = Verdict::Tie;
    else out.verdict = adopted ? Verdict::Adopted : Verdict::Rejected;
    return out;
}

std::string describe(const Majority &m) {
    if (m.rule.kind == MajorityRule::Kind::Simple) return "simple majority (more yes than no)";
    return describe(m.rule.share) + " of " + baseName(m.base);
}

std::string explain(const Majority &m, const MajorityOutcome &o) {
    if (m.rule.kind == MajorityRule::Kind::Simple)
        return "more yes than no: " + std::to_string(o.required - 1) + " no, so at least " +
               std::to_string(o.required);
    return describe(m.rule.share) + " of " + std::to_string(o.baseTotal) + " = at least " +
           std::to_string(o.required);
}

} // namespace ecabinet::domain
