// Follow the presenter: who may show a page, which documents may be shown, and the
// presenting right that belongs to one speech (shared/domain/Presentation.h).
#include "domain/Presentation.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;
using Reason = PresentationRefusal::Reason;

namespace {

const Presenter kChair{Role::Chair, "chair"};
const Presenter kSecretary{Role::Secretary, "sec"};
const Presenter kDelegate{Role::Delegate, "d1"};
const Presenter kOtherDelegate{Role::Delegate, "d2"};
const Presenter kGuest{Role::Guest, "g1"};
const Presenter kNobody{std::nullopt, ""};
const DocumentFacts kPublic{true, true, 5};

std::optional<CurrentSpeech> speech(const std::string &person, std::int64_t started) {
    return CurrentSpeech{Speaker::member(person), RequestKind::Speak, started};
}

Reason reasonOf(const auto &result) { return result.error().reason; }

} // namespace

TEST(Presentation, ChairAndSecretaryPresentAndStop) {
    for (const auto &who : {kChair, kSecretary}) {
        Presentation p;
        auto r = presentPage(p, who, std::nullopt, "doc", 2, kPublic, 1000);
        ASSERT_TRUE(r.ok());
        EXPECT_TRUE(r->changed);
        ASSERT_TRUE(p.shown);
        EXPECT_EQ(p.shown->documentId, "doc");
        EXPECT_EQ(p.shown->page, 2u);
        EXPECT_EQ(p.shown->presenterId, who.personId);
        EXPECT_EQ(p.shown->sinceMs, 1000);
        auto s = stopPresenting(p, who, std::nullopt);
        ASSERT_TRUE(s.ok());
        EXPECT_TRUE(s->changed);
        EXPECT_FALSE(p.shown);
    }
}

TEST(Presentation, OthersAreRefusedWithoutARight) {
    for (const auto &who : {kDelegate, kGuest}) {
        Presentation p;
        auto r = presentPage(p, who, speech(who.personId, 5), "doc", 0, kPublic, 1);
        ASSERT_FALSE(r.ok()) << "a " << roleName(*who.role) << " with the floor but no right was let through";
        EXPECT_EQ(reasonOf(r), Reason::NotAllowed);
        EXPECT_FALSE(p.shown);
        EXPECT_EQ(reasonOf(stopPresenting(p, who, std::nullopt)), Reason::NotAllowed);
    }
    Presentation p;
    EXPECT_EQ(reasonOf(presentPage(p, kNobody, std::nullopt, "doc", 0, kPublic, 1)), Reason::NotCheckedIn);
}

TEST(Presentation, SameThingTwiceChangesNothing) {
    Presentation p;
    ASSERT_TRUE(presentPage(p, kChair, std::nullopt, "doc", 1, kPublic, 1)->changed);
    auto again = presentPage(p, kChair, std::nullopt, "doc", 1, kPublic, 2);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed);
    EXPECT_EQ(p.shown->sinceMs, 1) << "an idempotent retry must not move the time";
    EXPECT_TRUE(presentPage(p, kChair, std::nullopt, "doc", 2, kPublic, 3)->changed);
    EXPECT_TRUE(presentPage(p, kChair, std::nullopt, "other", 2, kPublic, 4)->changed);
    ASSERT_TRUE(stopPresenting(p, kChair, std::nullopt)->changed);
    auto stopAgain = stopPresenting(p, kChair, std::nullopt);
    ASSERT_TRUE(stopAgain.ok());
    EXPECT_FALSE(stopAgain->changed);
}

TEST(Presentation, DocumentAndPageAreChecked) {
    Presentation p;
    EXPECT_EQ(reasonOf(presentPage(p, kChair, std::nullopt, "nope", 0, DocumentFacts{false, true, 0}, 1)),
              Reason::NoSuchDocument);
    EXPECT_EQ(reasonOf(presentPage(p, kChair, std::nullopt, "doc", 5, kPublic, 1)), Reason::NoSuchPage)
        << "page 5 of a 5-page document (0-based) does not exist";
    EXPECT_TRUE(presentPage(p, kChair, std::nullopt, "doc", 4, kPublic, 1).ok()) << "the last page exists";
    EXPECT_EQ(reasonOf(presentPage(p, kChair, std::nullopt, "empty", 0, DocumentFacts{true, true, 0}, 1)),
              Reason::NoSuchPage);
}

TEST(Presentation, RestrictedDocumentIsNeverPresented) {
    Presentation p;
    ASSERT_TRUE(presentPage(p, kChair, std::nullopt, "doc", 0, kPublic, 1).ok());
    auto r = presentPage(p, kChair, std::nullopt, "secret", 0, DocumentFacts{true, false, 3}, 2);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(reasonOf(r), Reason::NotPublic);
    ASSERT_TRUE(p.shown);
    EXPECT_EQ(p.shown->documentId, "doc") << "a refused request leaves the shown page as it was";
}

TEST(Presentation, RightGoesToTheCurrentSpeakerOnly) {
    Presentation p;
    EXPECT_EQ(reasonOf(setPresentingRight(p, kChair, std::nullopt, true)), Reason::NobodySpeaking);
    const auto byName = std::optional<CurrentSpeech>(CurrentSpeech{Speaker::byName("Khách mời"), RequestKind::Speak, 7});
    EXPECT_EQ(reasonOf(setPresentingRight(p, kChair, byName, true)), Reason::NobodySpeaking)
        << "a speaker without a tablet cannot present";
    EXPECT_EQ(reasonOf(setPresentingRight(p, kDelegate, speech("d1", 7), true)), Reason::NotAllowed)
        << "a delegate cannot give themselves the right";
    EXPECT_EQ(reasonOf(setPresentingRight(p, kNobody, speech("d1", 7), true)), Reason::NotCheckedIn);

    const auto now = speech("d1", 7);
    auto g = setPresentingRight(p, kSecretary, now, true);
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE(g->changed);
    EXPECT_TRUE(rightIsLive(p.right, now));
    EXPECT_FALSE(setPresentingRight(p, kChair, now, true)->changed) << "granting again changes nothing";

    EXPECT_TRUE(presentPage(p, kDelegate, now, "doc", 3, kPublic, 10)->changed);
    EXPECT_EQ(p.shown->presenterId, "d1");
    EXPECT_EQ(reasonOf(presentPage(p, kOtherDelegate, now, "doc", 1, kPublic, 11)), Reason::NotAllowed)
        << "the right is the speaker's, not every delegate's";
    EXPECT_TRUE(stopPresenting(p, kDelegate, now)->changed);
}

TEST(Presentation, RightLapsesWithTheSpeech) {
    Presentation p;
    ASSERT_TRUE(setPresentingRight(p, kChair, speech("d1", 7), true).ok());
    EXPECT_FALSE(rightIsLive(p.right, std::nullopt)) << "speech ended";
    EXPECT_FALSE(rightIsLive(p.right, speech("d2", 9))) << "someone else speaks";
    EXPECT_FALSE(rightIsLive(p.right, speech("d1", 12))) << "the same person's next speech is a new speech";
    EXPECT_EQ(reasonOf(presentPage(p, kDelegate, speech("d1", 12), "doc", 0, kPublic, 13)), Reason::NotAllowed);
    // The chair can give it again for the new speech.
    EXPECT_TRUE(setPresentingRight(p, kChair, speech("d1", 12), true)->changed);
    EXPECT_TRUE(presentPage(p, kDelegate, speech("d1", 12), "doc", 0, kPublic, 13).ok());
}

TEST(Presentation, RevokeTakesTheRightBack) {
    Presentation p;
    const auto now = speech("d1", 7);
    ASSERT_TRUE(setPresentingRight(p, kChair, now, true).ok());
    EXPECT_EQ(reasonOf(setPresentingRight(p, kDelegate, now, false)), Reason::NotAllowed);
    EXPECT_TRUE(setPresentingRight(p, kChair, now, false)->changed);
    EXPECT_FALSE(p.right);
    EXPECT_FALSE(setPresentingRight(p, kChair, now, false)->changed) << "revoking twice changes nothing";
    EXPECT_EQ(reasonOf(presentPage(p, kDelegate, now, "doc", 0, kPublic, 8)), Reason::NotAllowed);
}
