// Wrong-PIN lock-out at check-in. Time is passed in (Unix ms) so that the rule
// is tested at its exact boundaries; the guard keeps no clock.
//
// Use: check(person, now) before verifying the PIN; then wrongPin() or correctPin().
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ecabinet::domain {

struct PinLockedOut {
    std::int64_t retryAfterMs = 0; // > 0: how long until the person may try again
};

struct WrongPinOutcome {
    std::uint32_t attemptsLeft = 0; // wrong PINs left before lock-out (0 when locked)
    bool lockedOut = false;         // this wrong PIN locked the person out
    std::int64_t retryAfterMs = 0;  // when lockedOut: the full lock duration
};

class PinGuard {
public:
    explicit PinGuard(std::uint32_t maxConsecutiveWrong = 5, std::int64_t lockoutMs = 5 * 60 * 1000);

    // Refused while now < (time of the wrong PIN that locked) + lockoutMs; at exactly
    // that instant the lock is over and the person has a fresh set of attempts.
    Status<PinLockedOut> check(const std::string &personId, std::int64_t nowMs) const;

    // Records a wrong PIN. Called while locked (the caller skipped check()) it
    // neither counts nor extends the lock, and reports the time remaining.
    WrongPinOutcome wrongPin(const std::string &personId, std::int64_t nowMs);
    // A correct PIN forgets the person's wrong attempts.
    void correctPin(const std::string &personId);

    std::uint32_t attemptsLeft(const std::string &personId, std::int64_t nowMs) const;
    // Every wrong PIN ever recorded (the snapshot's failed_pin_attempts).
    std::uint64_t totalWrong() const { return totalWrong_; }

private:
    struct Record {
        std::uint32_t consecutiveWrong = 0;
        std::optional<std::int64_t> lockedUntilMs; // set by the wrong PIN that locked
    };
    bool lockedAt(const Record &r, std::int64_t nowMs) const;

    std::uint32_t maxWrong_;
    std::int64_t lockoutMs_;
    std::map<std::string, Record> records_;
    std::uint64_t totalWrong_ = 0;
};

} // namespace ecabinet::domain
