#include "domain/PinGuard.h"

namespace ecabinet::domain {

PinGuard::PinGuard(std::uint32_t maxConsecutiveWrong, std::int64_t lockoutMs)
    // A limit of 0 would lock before any attempt; treat it as 1 rather than lock everyone out.
    : maxWrong_(maxConsecutiveWrong == 0 ? 1 : maxConsecutiveWrong), lockoutMs_(lockoutMs) {}

bool PinGuard::lockedAt(const Record &r, std::int64_t nowMs) const {
    return r.lockedUntilMs && nowMs < *r.lockedUntilMs;
}

Status<PinLockedOut> PinGuard::check(const std::string &personId, std::int64_t nowMs) const {
    auto it = records_.find(personId);
    if (it != records_.end() && lockedAt(it->second, nowMs))
        return fail(PinLockedOut{*it->second.lockedUntilMs - nowMs});
    return {};
}

WrongPinOutcome PinGuard::wrongPin(const std::string &personId, std::int64_t nowMs) {
    Record &r = records_[personId];
    if (lockedAt(r, nowMs)) return WrongPinOutcome{0, false, *r.lockedUntilMs - nowMs};
    if (r.lockedUntilMs) r = Record{}; // the lock has run out: a fresh set of attempts
    ++totalWrong_;
    ++r.consecutiveWrong;
    if (r.consecutiveWrong >= maxWrong_) {
        r.lockedUntilMs = nowMs + lockoutMs_;
        return WrongPinOutcome{0, true, lockoutMs_};
    }
    return WrongPinOutcome{maxWrong_ - r.consecutiveWrong, false, 0};
}

void PinGuard::correctPin(const std::string &personId) { records_.erase(personId); }

std::uint32_t PinGuard::attemptsLeft(const std::string &personId, std::int64_t nowMs) const {
    auto it = records_.find(personId);
    if (it == records_.end()) return maxWrong_;
    if (lockedAt(it->second, nowMs)) return 0;
    if (it->second.lockedUntilMs) return maxWrong_;
    return maxWrong_ - it->second.consecutiveWrong;
}

} // namespace ecabinet::domain
