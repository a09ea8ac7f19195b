#include "domain/Attendance.h"

namespace ecabinet::domain {

using Reason = AttendanceRefusal::Reason;

Attendance::Attendance(std::vector<AttendanceMember> members, std::vector<std::string> seatIds) {
    for (auto &m : members) {
        const std::string id = m.id;
        members_.try_emplace(id, std::move(m));
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
            presentAt_.erase(*holder);
        }
        holder = personId;
    }
    presentAt_[personId] = seatId;
    out.counts = counts();
    return out;
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
        presentAt_.erase(here);
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

AttendanceCounts Attendance::counts() const {
    AttendanceCounts c;
    for (const auto &[id, m] : members_) {
        const bool here = presentAt_.contains(id);
        c.present += here ? 1 : 0;
        c.entitled += m.entitled ? 1 : 0;
        c.entitledPresent += (here && m.entitled) ? 1 : 0;
    }
    return c;
}

} // namespace ecabinet::domain
