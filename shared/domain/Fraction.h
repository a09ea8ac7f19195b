// Exact shares of a whole: "more than 1/2", "at least 2/3" of votes, members or weight.
//
// Rules of procedure are written as fractions, and users of other systems report "2/3 of 9"
// rounded the wrong way; so there is no floating point here. A share is met by comparing
// value × den with num × total on 128 bits (cross multiplication cannot overflow), and the
// smallest value that meets a share is found by integer division with the remainder kept.
//
// Both quorum (Quorum.h) and majority (Majority.h) are built from a Share.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace ecabinet::domain {

enum class Comparison {
    MoreThan, // value > share × total ("more than half": 6 of 10)
    AtLeast,  // value ≥ share × total ("at least 2/3": 6 of 9)
};

// Largest total (sum of weights or counts) the rules accept. Far above any real meeting,
// and it leaves headroom so that "threshold + 1" can never wrap around.
inline constexpr std::uint64_t kMaxTotal = std::uint64_t{1} << 62;

// num/den as written in the rules; not reduced, so "2/4" is shown as the chair typed it.
// 32-bit parts keep the integer-division path below within 64 bits; totals are 64-bit.
struct Fraction {
    std::uint32_t num = 1;
    std::uint32_t den = 2;
    bool operator==(const Fraction &) const = default;
};

struct Share {
    Fraction fraction;
    Comparison comparison = Comparison::MoreThan;
    bool operator==(const Share &) const = default;
};

namespace exact {

// An unsigned 128-bit value as (hi, lo). Members in this order make the defaulted <=>
// compare hi first, which is numeric order.
struct Wide {
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
    auto operator<=>(const Wide &) const = default;
};

// Full 64 × 64 → 128-bit product from 32-bit halves (portable; no __int128).
constexpr Wide multiply(std::uint64_t a, std::uint64_t b) {
    constexpr std::uint64_t mask = 0xffff'ffffULL;
    const std::uint64_t a0 = a & mask, a1 = a >> 32, b0 = b & mask, b1 = b >> 32;
    const std::uint64_t p00 = a0 * b0, p10 = a1 * b0, p01 = a0 * b1, p11 = a1 * b1;
    // Each term is < 2^32 or ≤ (2^32-1)^2, so their sum stays below 2^64.
    const std::uint64_t middle = (p00 >> 32) + (p10 & mask) + p01;
    return Wide{p11 + (p10 >> 32) + (middle >> 32), (middle << 32) | (p00 & mask)};
}

} // namespace exact

// Why a share cannot be a rule, or nullopt when it can. Refused: den = 0 (no fraction),
// num = 0 (a share of nothing is met by nobody voting at all), num > den and "more than
// the whole" (both can never be met).
inline std::optional<std::string> shareProblem(const Share &s) {
    const auto text = std::to_string(s.fraction.num) + "/" + std::to_string(s.fraction.den);
    if (s.fraction.den == 0) return "the fraction " + text + " has a denominator of 0";
    if (s.fraction.num == 0) return "a share of " + text + " would be met with no votes at all";
    if (s.fraction.num > s.fraction.den) return "more than the whole (" + text + ") can never be reached";
    if (s.fraction.num == s.fraction.den && s.comparison == Comparison::MoreThan)
        return "more than " + text + " (the whole) can never be reached";
    return std::nullopt;
}

// value (comparison) num/den × total, by cross multiplication. Precondition: den > 0.
constexpr bool meetsShare(const Share &s, std::uint64_t value, std::uint64_t total) {
    const auto lhs = exact::multiply(value, s.fraction.den);
    const auto rhs = exact::multiply(total, s.fraction.num);
    return s.comparison == Comparison::AtLeast ? lhs >= rhs : lhs > rhs;
}

// The smallest whole value that meets the share of total ("at least 2/3 of 9" → 6,
// "more than 1/2 of 10" → 6, "at least 3/4 of 7" → 6). Preconditions: no shareProblem(),
// total ≤ kMaxTotal. It is 0 only for "at least" of a total of 0; callers that must
// never accept nothing (quorum, majority) raise it to 1 themselves.
constexpr std::uint64_t smallestMeeting(const Share &s, std::uint64_t total) {
    const std::uint64_t num = s.fraction.num, den = s.fraction.den;
    // num × total / den = num × (total / den) + num × (total % den) / den; with num ≤ den
    // the first term is ≤ total and the second product is < 2^64 (both factors < 2^32).
    const std::uint64_t part = num * (total % den);
    const std::uint64_t floor = num * (total / den) + part / den;
    const bool exact = part % den == 0;
    if (s.comparison == Comparison::AtLeast) return exact ? floor : floor + 1;
    return floor + 1;
}

// "more than 1/2", "at least 2/3".
inline std::string describe(const Share &s) {
    return std::string(s.comparison == Comparison::MoreThan ? "more than " : "at least ") +
           std::to_string(s.fraction.num) + "/" + std::to_string(s.fraction.den);
}

} // namespace ecabinet::domain
