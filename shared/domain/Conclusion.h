// Conclusions of the meeting: what the meeting decided on an agenda item. Rights are checked
// by Permissions.h (draft/edit: secretary; approve: chair; withdraw and see drafts: chair or
// secretary); this file holds the life cycle. Time is passed in (Unix ms); no clock here.
//
// Rules (decided here, tested in ConclusionTest):
//  - One or more conclusions per agenda item. A conclusion starts as a draft (revision 1).
//  - Text: trimmed of surrounding white space, not empty, at most kMaxConclusionBytes of UTF-8
//    (one wire string), valid UTF-8. Line breaks inside are kept.
//  - Draft → approved (by the chair) or → withdrawn (by the chair or the secretary). Both are
//    final: an approved conclusion is the meeting's record and never changes again; a withdrawn
//    draft is kept for the record but can neither be edited nor approved.
//  - Editing a draft bumps its revision. Edit and approve name the revision they saw
//    (expectedRevision); a stale one is refused (StaleRevision), so the chair never approves a
//    text they have not read.
//  - Approval by a vote of the floor: the chair links a poll. It must be published (its
//    result announced), attached to the conclusion's agenda item (or to no item) and its
//    verdict must be "adopted". Anything else refuses the approval and leaves the draft as it was.
//  - Drafting, editing, withdrawing and approving need the meeting open; the record closes with
//    the meeting.
#pragma once

#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ecabinet::domain {

inline constexpr std::size_t kMaxConclusionBytes = 4096;

enum class ConclusionStatus { Draft, Approved, Withdrawn };
std::string_view conclusionStatusName(ConclusionStatus status); // "draft", "approved", "withdrawn"
std::optional<ConclusionStatus> parseConclusionStatus(std::string_view name);

// The linked poll, as the hub reads it from the poll's record.
struct PollVerdict {
    enum class Status { NotPublished, Published };
    std::string pollId;
    std::string agendaItemId; // "" when the poll is attached to no item
    Status status = Status::NotPublished;
    bool adopted = false;     // the majority rule's verdict (PASSED); FAILED and TIE are not
    std::string explanation;  // e.g. "at least 2/3 of 9 = at least 6" (for the refusal text)
};

struct Conclusion {
    std::string id;
    std::string agendaItemId;
    std::string text;
    ConclusionStatus status = ConclusionStatus::Draft;
    std::uint32_t revision = 1;
    std::string draftedBy;        // person id of the secretary
    std::int64_t draftedAtMs = 0;
    std::int64_t updatedAtMs = 0; // last edit, withdrawal or approval
    std::string decidedBy;        // chair who approved, or who withdrew
    std::string pollId;           // approved by this poll ("" = by the chair alone)
};

struct ConclusionRefusal {
    enum class Reason {
        MeetingNotOpen,   // ERROR_INVALID_STATE
        EmptyText,        // ERROR_INVALID_CONCLUSION
        TextTooLong,      // ERROR_LIMIT_EXCEEDED
        InvalidText,      // not UTF-8: ERROR_INVALID_CONCLUSION
        NotADraft,        // approved or withdrawn: final (ERROR_CONCLUSION_FINAL)
        StaleRevision,    // ERROR_CONFLICT
        PollNotPublished, // ERROR_VOTE_NOT_ADOPTED
        PollOtherItem,    // ERROR_VOTE_NOT_ADOPTED
        PollNotAdopted,   // ERROR_VOTE_NOT_ADOPTED
    };
    Reason reason = Reason::EmptyText;
    std::string text; // English, says what to do
};

using ConclusionResult = Result<Conclusion, ConclusionRefusal>;

// The text as it will be stored, or why it is refused.
Result<std::string, ConclusionRefusal> normaliseConclusionText(std::string_view text);

// A new draft (revision 1) by the secretary `personId`.
ConclusionResult draftConclusion(bool meetingOpen, std::string id, std::string agendaItemId, std::string_view text,
                                 std::string personId, std::int64_t nowMs);

// Each returns the changed conclusion, or the refusal (the input is never modified).
ConclusionResult editConclusion(const Conclusion &c, bool meetingOpen, std::uint32_t expectedRevision,
                                std::string_view text, std::int64_t nowMs);
ConclusionResult withdrawConclusion(const Conclusion &c, bool meetingOpen, std::string personId, std::int64_t nowMs);
// `poll` = approval by a vote of the floor (nullopt: by the chair alone).
ConclusionResult approveConclusion(const Conclusion &c, bool meetingOpen, std::uint32_t expectedRevision,
                                   const std::optional<PollVerdict> &poll, std::string chairId, std::int64_t nowMs);

} // namespace ecabinet::domain
