// Who is in the room and where they sit: one person per seat, one seat per person.
// Consoles (chair / secretary desks) have no seat: seat id "" means "present, no seat".
#pragma once

#include "common/Result.h"
#include "domain/MeetingLifecycle.h"
#include "domain/Roles.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::domain {

inline constexpr const char *kConsoleSeat = "";

struct AttendanceMember {
    std::string id;
    Role role = Role::Delegate;
    bool entitled = false; // counts towards quorum and may vote
};

struct AttendanceCounts {
    std::uint32_t present = 0;         // members checked in (seat or console)
    std::uint32_t entitledPresent = 0; // entitled members checked in
    std::uint32_t entitled = 0;        // entitled members in the meeting
    bool operator==(const AttendanceCounts &) const = default;
};

struct AttendanceRefusal {
    enum class Reason { UnknownPerson, UnknownSeat, MeetingClosed };
    Reason reason = Reason::UnknownPerson;
    std::string text;
};

struct CheckInOutcome {
    std::string personId;
    std::string seatId;         // "" for a console
    // Where the person was before, if present: they moved and that seat is free now.
    std::optional<std::string> previousSeat;
    // Who held the seat before: they are now absent (the person at the tablet
    // proved who they are with a PIN; whoever left the seat did not check out).
    std::optional<std::string> displacedPerson;
    // false when the person was already checked in at this very seat.
    bool changed = true;
    AttendanceCounts counts;    // after the change
};

struct CheckOutOutcome {
    std::string personId;
    std::string seatId;   // the seat freed ("" for a console or if not present)
    bool changed = false; // false when the person was not checked in: nothing to record
    AttendanceCounts counts;
};

class Attendance {
public:
    // Members and seats come from a validated MeetingSpec (ids unique). A later
    // duplicate id is ignored; MeetingSpec refuses such files before they get here.
    Attendance(std::vector<AttendanceMember> members, std::vector<std::string> seatIds);

    // Check-in is allowed while the meeting is scheduled (people arrive early) and open.
    Result<CheckInOutcome, AttendanceRefusal> checkIn(MeetingState state, const std::string &personId,
                                                      const std::string &seatId);
    // Refused once closed: the attendance at close is part of the record.
    Result<CheckOutOutcome, AttendanceRefusal> checkOut(MeetingState state, const std::string &personId);

    // Rebuilds state from stored projections (hub restart), whatever the meeting state.
    Result<CheckInOutcome, AttendanceRefusal> restore(const std::string &personId, const std::string &seatId);

    bool isPresent(const std::string &personId) const;
    std::optional<std::string> seatOf(const std::string &personId) const; // nullopt if absent
    std::optional<std::string> personAt(const std::string &seatId) const; // nullopt if free
    const AttendanceMember *member(const std::string &personId) const;    // nullptr if unknown
    bool hasSeat(const std::string &seatId) const;
    AttendanceCounts counts() const;

private:
    Result<CheckInOutcome, AttendanceRefusal> place(const std::string &personId, const std::string &seatId);
    void markAbsent(const std::string &personId);

    std::map<std::string, AttendanceMember> members_;
    std::map<std::string, std::optional<std::string>> seats_;   // seat -> person
    std::map<std::string, std::string> presentAt_;              // person -> seat ("" console)
    std::uint32_t entitled_ = 0;                                // entitled members
    std::uint32_t entitledPresent_ = 0;                         // of them, in presentAt_
};

} // namespace ecabinet::domain
