#include "domain/Agenda.h"

namespace ecabinet::domain {

namespace {
// Items are shown 1-based to people; -1 reads as "before the first item".
std::string itemLabel(int index) {
    return index < 0 ? std::string("before the first item") : "item " + std::to_string(index + 1);
}
} // namespace

Result<AgendaStep, AgendaRefusal> moveAgenda(const AgendaMove &m) {
    using Reason = AgendaRefusal::Reason;
    if (m.state != MeetingState::Open)
        return fail(AgendaRefusal{Reason::NotOpen, "the agenda can only be moved while the meeting is open (it is " +
                                                       std::string(stateName(m.state)) + ")"});
    if (m.expectedCurrent != m.current)
        return fail(AgendaRefusal{Reason::Conflict, "the agenda is at " + itemLabel(m.current) + ", not " +
                                                        itemLabel(m.expectedCurrent) +
                                                        ": someone else moved it first"});
    if (m.target < 0 || m.target >= m.itemCount)
        return fail(AgendaRefusal{Reason::OutOfRange, "agenda index " + std::to_string(m.target) +
                                                          " is outside 0.." + std::to_string(m.itemCount - 1) +
                                                          " (the agenda has " + std::to_string(m.itemCount) +
                                                          " items)"});
    return AgendaStep{m.current, m.target, m.target != m.current};
}

} // namespace ecabinet::domain
