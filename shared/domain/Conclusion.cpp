#include "domain/Conclusion.h"

#include "domain/MeetingSpec.h" // isValidUtf8

namespace ecabinet::domain {

namespace {

using Reason = ConclusionRefusal::Reason;

Unexpected<ConclusionRefusal> refuse(Reason reason, std::string text) {
    return fail(ConclusionRefusal{reason, std::move(text)});
}

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::optional<ConclusionRefusal> mustBeOpenDraft(const Conclusion &c, bool meetingOpen) {
    if (!meetingOpen)
        return ConclusionRefusal{Reason::MeetingNotOpen,
                                 "the meeting is not open: conclusions are drafted and approved during the meeting"};
    if (c.status != ConclusionStatus::Draft)
        return ConclusionRefusal{Reason::NotADraft, "conclusion " + c.id + " is " +
                                                        std::string(conclusionStatusName(c.status)) +
                                                        " and can no longer change"};
    return std::nullopt;
}

std::optional<ConclusionRefusal> mustBeRevision(const Conclusion &c, std::uint32_t expected) {
    if (expected == c.revision) return std::nullopt;
    return ConclusionRefusal{Reason::StaleRevision,
                             "conclusion " + c.id + " is at revision " + std::to_string(c.revision) +
                                 ", you saw revision " + std::to_string(expected) + ": read the new text first"};
}

} // namespace

std::string_view conclusionStatusName(ConclusionStatus status) {
    switch (status) {
    case ConclusionStatus::Draft: return "draft";
    case ConclusionStatus::Approved: return "approved";
    case ConclusionStatus::Withdrawn: return "withdrawn";
    }
    return "draft";
}

std::optional<ConclusionStatus> parseConclusionStatus(std::string_view name) {
    for (auto s : {ConclusionStatus::Draft, ConclusionStatus::Approved, ConclusionStatus::Withdrawn})
        if (conclusionStatusName(s) == name) return s;
    return std::nullopt;
}

Result<std::string, ConclusionRefusal> normaliseConclusionText(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && isSpace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && isSpace(static_cast<unsigned char>(text[e - 1]))) --e;
    const auto t = text.substr(b, e - b);
    if (t.empty()) return refuse(Reason::EmptyText, "the conclusion's text is empty");
    if (t.size() > kMaxConclusionBytes)
        return refuse(Reason::TextTooLong, "the conclusion's text has " + std::to_string(t.size()) +
                                               " bytes; at most " + std::to_string(kMaxConclusionBytes) +
                                               " are allowed: split it into several conclusions");
    if (!isValidUtf8(t)) return refuse(Reason::InvalidText, "the conclusion's text is not valid UTF-8");
    return std::string(t);
}

ConclusionResult draftConclusion(bool meetingOpen, std::string id, std::string agendaItemId, std::string_view text,
                                 std::string personId, std::int64_t nowMs) {
    if (!meetingOpen)
        return refuse(Reason::MeetingNotOpen,
                      "the meeting is not open: conclusions are drafted and approved during the meeting");
    auto t = normaliseConclusionText(text);
    if (!t) return fail(t.error());
    Conclusion c;
    c.id = std::move(id);
    c.agendaItemId = std::move(agendaItemId);
    c.text = std::move(*t);
    c.draftedBy = std::move(personId);
    c.draftedAtMs = nowMs;
    c.updatedAtMs = nowMs;
    return c;
}

ConclusionResult editConclusion(const Conclusion &c, bool meetingOpen, std::uint32_t expectedRevision,
                                std::string_view text, std::int64_t nowMs) {
    if (auto r = mustBeOpenDraft(c, meetingOpen)) return fail(*r);
    if (auto r = mustBeRevision(c, expectedRevision)) return fail(*r);
    auto t = normaliseConclusionText(text);
    if (!t) return fail(t.error());
    Conclusion out = c;
    if (*t == c.text) return out; // nothing changed: no new revision
    out.text = std::move(*t);
    out.revision = c.revision + 1;
    out.updatedAtMs = nowMs;
    return out;
}

ConclusionResult withdrawConclusion(const Conclusion &c, bool meetingOpen, std::string personId, std::int64_t nowMs) {
    if (auto r = mustBeOpenDraft(c, meetingOpen)) return fail(*r);
    Conclusion out = c;
    out.status = ConclusionStatus::Withdrawn;
    out.decidedBy = std::move(personId);
    out.updatedAtMs = nowMs;
    return out;
}

ConclusionResult approveConclusion(const Conclusion &c, bool meetingOpen, std::uint32_t expectedRevision,
                                   const std::optional<PollVerdict> &poll, std::string chairId, std::int64_t nowMs) {
    if (auto r = mustBeOpenDraft(c, meetingOpen)) return fail(*r);
    if (auto r = mustBeRevision(c, expectedRevision)) return fail(*r);
    if (poll) {
        if (poll->status != PollVerdict::Status::Published)
            return refuse(Reason::PollNotPublished, "poll " + poll->pollId +
                                                        " has no announced result yet: close and publish it first");
        if (!poll->agendaItemId.empty() && poll->agendaItemId != c.agendaItemId)
            return refuse(Reason::PollOtherItem, "poll " + poll->pollId + " belongs to agenda item " +
                                                     poll->agendaItemId + ", the conclusion to " + c.agendaItemId);
        if (!poll->adopted)
            return refuse(Reason::PollNotAdopted,
                          "poll " + poll->pollId + " was not adopted" +
                              (poll->explanation.empty() ? std::string() : " (" + poll->explanation + ")") +
                              ": the conclusion stays a draft");
    }
    Conclusion out = c;
    out.status = ConclusionStatus::Approved;
    out.decidedBy = std::move(chairId);
    out.pollId = poll ? poll->pollId : std::string();
    out.updatedAtMs = nowMs;
    return out;
}

} // namespace ecabinet::domain
