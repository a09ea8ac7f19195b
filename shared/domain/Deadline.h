// A task deadline as the issuer writes it: a date in the issuer's zone, meaning the end of
// that day, or a date and a time of day.
//
// Rules we decided (tested in TaskTimingTest):
//  - "2026-12-31" means until 23:59:59.999 local time on that date in the issuer's zone; the
//    task is overdue from 2027-01-01 00:00:00.000 local.
//  - "2026-12-31 17:00" means until 17:00:00.000 local exactly; overdue from the next ms.
//  - The zone is the issuer's (a fixed UTC offset), stored with the deadline, so a unit in
//    another zone sees the same instant and the issuer's calendar date.
#pragma once

#include "common/Result.h"
#include "domain/CivilTime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ecabinet::domain {

struct Deadline {
    LocalDate date;
    std::optional<std::int32_t> minuteOfDay; // nullopt: end of day; else 0..1439 (HH*60 + MM)
    UtcOffset zone = kHanoi;

    static Deadline endOf(LocalDate date, UtcOffset zone = kHanoi) { return {date, std::nullopt, zone}; }
    static Deadline at(LocalDate date, std::int32_t hour, std::int32_t minute, UtcOffset zone = kHanoi) {
        return {date, hour * 60 + minute, zone};
    }

    bool valid() const;
    // The last instant (Unix ms) at which the task is still on time. The deadline must be valid.
    std::int64_t dueAtMs() const;
    bool operator==(const Deadline &) const = default;
};

// "2026-12-31" or "2026-12-31 17:00" (24-hour clock), in `zone`.
Result<Deadline, std::string> parseDeadline(std::string_view text, UtcOffset zone);
std::string formatDeadline(const Deadline &deadline); // "2026-12-31" / "2026-12-31 17:00"

} // namespace ecabinet::domain
