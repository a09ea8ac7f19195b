// "Follow the presenter": the document page the room is shown, and who may show one.
// Seats that follow jump to the presented page; the state is public (every seat gets it),
// so it may only ever name a document that everyone in the meeting may read.
//
// Rules (decided here, tested in PresentationTest):
//  - Whoever runs the floor (chair, secretary: the ManageSpeakers right) may always present
//    a page and stop presenting.
//  - They may give the presenting right to the member who has the floor now. The right
//    belongs to that speech: it lapses by itself when the speech ends (another speaker,
//    end of speech, a new agenda item all end it), and it can be taken back at any time.
//    A speaker without a tablet (named by the chair) cannot hold it.
//  - A member holding a live right may present and stop, like the chair; nobody else may.
//  - Only a document readable by everyone in the meeting may be presented (NotPublic):
//    the presentation is a public event, and a seat that may not read the document must
//    not even learn which page of it is being discussed. The chair shows a restricted
//    paper on the room's screen, outside the system.
//  - The page must exist: 0 <= page < the document's page count.
//  - Presenting the page already shown, stopping when nothing is shown, granting the right
//    to whoever already holds it, revoking when nobody holds it: nothing changes
//    (changed == false), so retries are harmless.
#pragma once

#include "common/Result.h"
#include "domain/Roles.h"
#include "domain/SpeakerQueue.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ecabinet::domain {

struct PresentedPage {
    std::string documentId;
    std::uint32_t page = 0;      // 0-based
    std::string presenterId;     // the person who showed it
    std::int64_t sinceMs = 0;
};

// Given by the chair to the speaker of one speech (identified by its start time).
struct PresentingRight {
    std::string personId;
    std::int64_t speechStartedAtMs = 0;
};

struct Presentation {
    std::optional<PresentedPage> shown;
    std::optional<PresentingRight> right; // as granted; may have lapsed (rightIsLive)
};

// What the hub knows about the document asked for.
struct DocumentFacts {
    bool exists = false;
    bool readableByAll = true;   // false: an access list or confidential
    std::uint32_t pageCount = 0;
};

// The person acting: role (nullopt = nobody checked in) and person id.
struct Presenter {
    std::optional<Role> role;
    std::string personId;
};

struct PresentationRefusal {
    enum class Reason {
        NotCheckedIn,     // nobody is checked in at the device
        NotAllowed,       // neither runs the floor nor holds a live presenting right
        NoSuchDocument,   // not a document of this meeting
        NotPublic,        // not readable by everyone in the meeting
        NoSuchPage,       // page out of range
        NobodySpeaking,   // grant with nobody (or a speaker without a tablet) on the floor
    };
    Reason reason = Reason::NotAllowed;
    std::string text; // English, says what to do
};

struct PresentationChange {
    bool changed = false;
};

// True when `right` was given for the speech that is going on now.
bool rightIsLive(const std::optional<PresentingRight> &right, const std::optional<CurrentSpeech> &current);

// May `who` present (and stop presenting) now?
Status<PresentationRefusal> mayPresent(const Presenter &who, const Presentation &state,
                                       const std::optional<CurrentSpeech> &current);

Result<PresentationChange, PresentationRefusal> presentPage(Presentation &state, const Presenter &who,
                                                            const std::optional<CurrentSpeech> &current,
                                                            const std::string &documentId, std::uint32_t page,
                                                            const DocumentFacts &facts, std::int64_t nowMs);

Result<PresentationChange, PresentationRefusal> stopPresenting(Presentation &state, const Presenter &who,
                                                               const std::optional<CurrentSpeech> &current);

// Chair/secretary: give the right to the member speaking now (grant) or take it back.
Result<PresentationChange, PresentationRefusal> setPresentingRight(Presentation &state, const Presenter &who,
                                                                   const std::optional<CurrentSpeech> &current,
                                                                   bool grant);

} // namespace ecabinet::domain
