#include "domain/Attendance.h"

namespace ecabinet::domain {

using Reason = AttendanceRefusal::Reason;

Attendance::Attendance(std::vector<AttendanceMember> members, std::vector<std::string> seatIds) {
    for (auto &m : members) {
        const std::string id = m.id;
        if (members_.try_emplace(id, std::move(m)).second && members_.at(id).entitled) ++entitled_;
    }
    for (auto &s : seatIds) {
        if (s.empty()) continue; // "" is the console, never a physical seat
        seats_.try_emplace(std::move(s), std::nullopt);
    }
}

Result<CheckInOutcome, AttendanceRefusal> Attendance::checkIn(MeetingState state, const std::string &personId,
                                                              const std::string &seatId) {
    if (state == MeetingState::Closed)
        return fail(AttendanceRefusal{Reason::MeetingClosed, "the meeting is closed; check-in is over"});
    return place(personId, seatId);
}

Result<CheckInOutcome, AttendanceRefusal> Attendance::restore(const std::string &personId,
                                                              const std::string &seatId) {
    return place(personId, seatId);
}

Result<CheckInOutcome, AttendanceRefusal> Attendance::place(const std::string &personId,
                                                            const std::string &seatId) {
    if (!members_.contains(personId))
        return fail(AttendanceRefusal{Reason::UnknownPerson, "'" + personId + "' is not a member of this meeting"});
    if (!seatId.empty() && !seats_.contains(seatId))
        return fail(AttendanceRefusal{Reason::UnknownSeat, "there is no seat '" + seatId + "' in this room"});

    CheckInOutcome out;
    out.personId = personId;
    out.seatId = seatId;

    if (auto here = presentAt_.find(personId); here != presentAt_.end()) {
        if (here->second == seatId) {
            out.changed = false;
            out.counts = counts();
            return out;
        }
        out.previousSeat = here->second;
        if (!here->second.empty()) seats_[here->second].reset();
    }
    if (!seatId.empty()) {
        auto &holder = seats_[seatId];
        if (holder && *holder != personId) {
            out.displacedPerson = *holder;
            markAbsent(*holder);
        }
        holder = personId;
    }
    if (presentAt_.insert_or_assign(personId, seatId).second && members_.at(personId).entitled) ++entitledPresent_;
    out.counts = counts();
    return out;
}

void Attendance::markAbsent(const std::string &personId) {
    if (presentAt_.erase(personId) == 1 && members_.at(personId).entitled) --entitledPresent_;
}

Result<CheckOutOutcome, AttendanceRefusal> Attendance::checkOut(MeetingState state, const std::string &personId) {
    if (state == MeetingState::Closed)
        return fail(AttendanceRefusal{Reason::MeetingClosed,
                                      "the meeting is closed; attendance at close is final"});
    if (!members_.contains(personId))
        return fail(AttendanceRefusal{Reason::UnknownPerson, "'" + personId + "' is not a member of this meeting"});
    CheckOutOutcome out;
    out.personId = personId;
    if (auto here = presentAt_.find(personId); here != presentAt_.end()) {
        out.seatId = here->second;
        if (!here->second.empty()) seats_[here->second].reset();
        markAbsent(personId); // invalidates `here`
        out.changed = true;
    }
    out.counts = counts();
    return out;
}

bool Attendance::isPresent(const std::string &personId) const { return presentAt_.contains(personId); }

std::optional<std::string> Attendance::seatOf(const std::string &personId) const {
    if (auto it = presentAt_.find(personId); it != presentAt_.end()) return it->second;
    return std::nullopt;
}

std::optional<std::string> Attendance::personAt(const std::string &seatId) const {
    if (auto it = seats_.find(seatId); it != seats_.end()) return it->second;
    return std::nullopt;
}

const AttendanceMember *Attendance::member(const std::string &personId) const {
    auto it = members_.find(personId);
    return it == members_.end() ? nullptr : &it->second;
}

bool Attendance::hasSeat(const std::string &seatId) const { return seats_.contains(seatId); }

// O(1): the counters are kept in step by place() and markAbsent(), so a hub
// rebuilding attendance for 500 members does not pay O(n²) (tests compare
// them with a recount after every operation).
AttendanceCounts Attendance::counts() const {
    return {static_cast<std::uint32_t>(presentAt_.size()), entitledPresent_, entitled_};
}

} // namespace ecabinet::domain
