#include "domain/Presentation.h"

#include "domain/Permissions.h"

namespace ecabinet::domain {

namespace {

using Reason = PresentationRefusal::Reason;

// The presenting right goes with running the floor (chair, secretary).
bool runsTheFloor(const Presenter &who) { return mayPerform(who.role, Action::ManageSpeakers).ok(); }

Unexpected<PresentationRefusal> refuse(Reason r, std::string text) { return fail(PresentationRefusal{r, std::move(text)}); }

} // namespace

bool rightIsLive(const std::optional<PresentingRight> &right, const std::optional<CurrentSpeech> &current) {
    return right && current && !right->personId.empty() && current->speaker.personId == right->personId &&
           current->startedAtMs == right->speechStartedAtMs;
}

Status<PresentationRefusal> mayPresent(const Presenter &who, const Presentation &state,
                                       const std::optional<CurrentSpeech> &current) {
    if (!who.role) return refuse(Reason::NotCheckedIn, "check in with your PIN before you present a page");
    if (runsTheFloor(who)) return {};
    if (rightIsLive(state.right, current) && state.right->personId == who.personId) return {};
    return refuse(Reason::NotAllowed,
                  "only the chair, the secretary, or a speaker given the presenting right may present a page");
}

Result<PresentationChange, PresentationRefusal> presentPage(Presentation &state, const Presenter &who,
                                                            const std::optional<CurrentSpeech> &current,
                                                            const std::string &documentId, std::uint32_t page,
                                                            const DocumentFacts &facts, std::int64_t nowMs) {
    if (auto ok = mayPresent(who, state, current); !ok) return fail(ok.error());
    if (!facts.exists) return refuse(Reason::NoSuchDocument, "'" + documentId + "' is not a document of this meeting");
    if (!facts.readableByAll)
        return refuse(Reason::NotPublic, "'" + documentId +
                                             "' is not readable by everyone in the meeting, so it cannot be presented "
                                             "to every seat");
    if (page >= facts.pageCount)
        return refuse(Reason::NoSuchPage, "'" + documentId + "' has " + std::to_string(facts.pageCount) +
                                              " pages; there is no page " + std::to_string(page + 1));
    if (state.shown && state.shown->documentId == documentId && state.shown->page == page)
        return PresentationChange{false};
    state.shown = PresentedPage{documentId, page, who.personId, nowMs};
    return PresentationChange{true};
}

Result<PresentationChange, PresentationRefusal> stopPresenting(Presentation &state, const Presenter &who,
                                                               const std::optional<CurrentSpeech> &current) {
    if (auto ok = mayPresent(who, state, current); !ok) return fail(ok.error());
    if (!state.shown) return PresentationChange{false};
    state.shown.reset();
    return PresentationChange{true};
}

Result<PresentationChange, PresentationRefusal> setPresentingRight(Presentation &state, const Presenter &who,
                                                                   const std::optional<CurrentSpeech> &current,
                                                                   bool grant) {
    if (!who.role) return refuse(Reason::NotCheckedIn, "check in with your PIN before you give the presenting right");
    if (!runsTheFloor(who))
        return refuse(Reason::NotAllowed, "only the chair or the secretary may give or take back the presenting right");
    if (!grant) {
        if (!state.right) return PresentationChange{false};
        state.right.reset();
        return PresentationChange{true};
    }
    if (!current || current->speaker.personId.empty())
        return refuse(Reason::NobodySpeaking,
                      "the presenting right goes to the member who has the floor; give someone the floor first");
    if (rightIsLive(state.right, current)) return PresentationChange{false};
    state.right = PresentingRight{current->speaker.personId, current->startedAtMs};
    return PresentationChange{true};
}

} // namespace ecabinet::domain
