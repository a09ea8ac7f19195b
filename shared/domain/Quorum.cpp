#include "domain/Quorum.h"

#include <algorithm>

namespace ecabinet::domain {

using Reason = QuorumRefusal::Reason;

Result<QuorumCheck, QuorumRefusal> checkQuorum(const QuorumRule &rule, std::uint64_t presentEntitled,
                                               std::uint64_t entitled) {
    if (auto problem = shareProblem(rule.share)) return fail(QuorumRefusal{Reason::InvalidRule, *problem});
    if (entitled > kMaxTotal)
        return fail(QuorumRefusal{Reason::InconsistentCounts, "the entitled total exceeds the largest total a rule accepts"});
    if (presentEntitled > entitled)
        return fail(QuorumRefusal{Reason::InconsistentCounts,
                                  "more entitled weight present (" + std::to_string(presentEntitled) +
                                      ") than entitled (" + std::to_string(entitled) + ")"});
    QuorumCheck q;
    q.rule = rule;
    q.present = presentEntitled;
    q.entitled = entitled;
    q.required = std::max<std::uint64_t>(1, smallestMeeting(rule.share, entitled));
    q.reached = presentEntitled > 0 && meetsShare(rule.share, presentEntitled, entitled);
    return q;
}

std::string describe(const QuorumCheck &q) {
    return std::string(q.reached ? "quorum reached: " : "no quorum: ") + std::to_string(q.present) + " of " +
           std::to_string(q.entitled) + " present, " + describe(q.rule.share) + " needs " +
           std::to_string(q.required);
}

} // namespace ecabinet::domain
