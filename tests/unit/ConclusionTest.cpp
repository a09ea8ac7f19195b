// Conclusions: every transition from every state, text rules, revisions, approval by a vote.
#include "domain/Conclusion.h"

#include <gtest/gtest.h>

#include <vector>

using namespace ecabinet::domain;
using Reason = ConclusionRefusal::Reason;

namespace {

constexpr std::int64_t kT0 = 1'700'000'000'000;

Conclusion draft(std::string text = "Giao Sở Tài chính rà soát dự toán.") {
    auto c = draftConclusion(true, "c1", "item-2", text, "secretary", kT0);
    EXPECT_TRUE(c.ok());
    return *c;
}

Conclusion approved() { return *approveConclusion(draft(), true, 1, std::nullopt, "chair", kT0 + 5); }
Conclusion withdrawn() { return *withdrawConclusion(draft(), true, "secretary", kT0 + 5); }

PollVerdict poll(PollVerdict::Status status, bool adopted, std::string item = "item-2") {
    return {"p1", std::move(item), status, adopted, "more than 1/2 of 9 = at least 5"};
}

} // namespace

TEST(ConclusionText, IsTrimmedAndKeepsInnerLineBreaks) {
    auto t = normaliseConclusionText("  \n Thống nhất chủ trương.\nGiao UBND tỉnh.\t \r\n");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, "Thống nhất chủ trương.\nGiao UBND tỉnh.");
}

TEST(ConclusionText, EmptyOrBlankIsRefused) {
    // Bad input tried: nothing, spaces, only line breaks and tabs.
    for (const char *bad : {"", " ", "\n\n", " \t\r\n "}) {
        auto t = normaliseConclusionText(bad);
        ASSERT_FALSE(t.ok()) << "'" << bad << "'";
        EXPECT_EQ(t.error().reason, Reason::EmptyText);
    }
}

TEST(ConclusionText, LongestAllowedPassesOneMoreByteIsRefused) {
    EXPECT_TRUE(normaliseConclusionText(std::string(kMaxConclusionBytes, 'a')).ok());
    // Bad input tried: one byte over the limit.
    auto t = normaliseConclusionText(std::string(kMaxConclusionBytes + 1, 'a'));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().reason, Reason::TextTooLong);
    EXPECT_NE(t.error().text.find("4097"), std::string::npos) << t.error().text;
    // The limit is in bytes: Vietnamese letters with two marks take 3 bytes each.
    std::string ve;
    while (ve.size() + 3 <= kMaxConclusionBytes) ve += "ệ";
    EXPECT_TRUE(normaliseConclusionText(ve).ok());
    EXPECT_EQ(normaliseConclusionText(ve + "ệ").error().reason, Reason::TextTooLong);
}

TEST(ConclusionText, InvalidUtf8IsRefused) {
    // Bad input tried: a lone continuation byte, a truncated 3-byte sequence, an overlong '/',
    // a UTF-16 surrogate, a code point above U+10FFFF, a 0xFF byte.
    for (const std::string &bad : {std::string("a\x80"), std::string("\xE1\xBB"), std::string("\xC0\xAF"),
                                  std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"),
                                  std::string("x\xFFy")}) {
        auto t = normaliseConclusionText(bad);
        ASSERT_FALSE(t.ok());
        EXPECT_EQ(t.error().reason, Reason::InvalidText);
    }
    EXPECT_TRUE(normaliseConclusionText("Đồng ý 𝄞 ✓").ok());
}

TEST(ConclusionDraft, StartsAsRevisionOneDraftBySecretary) {
    const auto c = draft("  Kết luận 1 ");
    EXPECT_EQ(c.status, ConclusionStatus::Draft);
    EXPECT_EQ(c.revision, 1u);
    EXPECT_EQ(c.text, "Kết luận 1");
    EXPECT_EQ(c.draftedBy, "secretary");
    EXPECT_EQ(c.draftedAtMs, kT0);
    EXPECT_EQ(c.agendaItemId, "item-2");
    EXPECT_TRUE(c.decidedBy.empty());
    EXPECT_TRUE(c.pollId.empty());
}

TEST(ConclusionDraft, RefusedWhileTheMeetingIsNotOpen) {
    // Bad input tried: drafting before the meeting opened / after it closed.
    auto c = draftConclusion(false, "c1", "item-2", "text", "secretary", kT0);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().reason, Reason::MeetingNotOpen);
}

TEST(ConclusionDraft, EmptyTextIsRefused) {
    auto c = draftConclusion(true, "c1", "item-2", "   ", "secretary", kT0);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().reason, Reason::EmptyText);
}

TEST(ConclusionEdit, BumpsTheRevisionAndKeepsTheAuthor) {
    const auto c = draft();
    auto e = editConclusion(c, true, 1, "Văn bản mới", kT0 + 10);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->revision, 2u);
    EXPECT_EQ(e->text, "Văn bản mới");
    EXPECT_EQ(e->updatedAtMs, kT0 + 10);
    EXPECT_EQ(e->draftedBy, "secretary");
    EXPECT_EQ(e->draftedAtMs, kT0);
    EXPECT_EQ(c.revision, 1u) << "the input is never modified";
}

TEST(ConclusionEdit, SameTextIsNoNewRevision) {
    auto e = editConclusion(draft("Giữ nguyên"), true, 1, " Giữ nguyên\n", kT0 + 10);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->revision, 1u);
    EXPECT_EQ(e->updatedAtMs, kT0);
}

TEST(ConclusionEdit, StaleRevisionIsRefused) {
    const auto c2 = *editConclusion(draft(), true, 1, "r2", kT0 + 1);
    // Bad input tried: an edit based on revision 1 after revision 2 exists, and one from the future.
    for (std::uint32_t seen : {1u, 3u, 0u}) {
        auto e = editConclusion(c2, true, seen, "r3", kT0 + 2);
        ASSERT_FALSE(e.ok());
        EXPECT_EQ(e.error().reason, Reason::StaleRevision);
        EXPECT_NE(e.error().text.find("revision 2"), std::string::npos) << e.error().text;
    }
}

TEST(ConclusionEdit, EmptyOrTooLongTextIsRefusedAndNothingChanges) {
    const auto c = draft();
    EXPECT_EQ(editConclusion(c, true, 1, "", kT0).error().reason, Reason::EmptyText);
    EXPECT_EQ(editConclusion(c, true, 1, std::string(kMaxConclusionBytes + 1, 'x'), kT0).error().reason,
              Reason::TextTooLong);
}

TEST(ConclusionApprove, ByTheChairAlone) {
    auto a = approveConclusion(draft(), true, 1, std::nullopt, "chair", kT0 + 7);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->status, ConclusionStatus::Approved);
    EXPECT_EQ(a->decidedBy, "chair");
    EXPECT_EQ(a->updatedAtMs, kT0 + 7);
    EXPECT_TRUE(a->pollId.empty());
    EXPECT_EQ(a->revision, 1u);
}

TEST(ConclusionApprove, StaleRevisionIsRefused) {
    // Bad input tried: the chair approves revision 1 while the secretary already saved revision 2.
    const auto c2 = *editConclusion(draft(), true, 1, "r2", kT0 + 1);
    auto a = approveConclusion(c2, true, 1, std::nullopt, "chair", kT0 + 2);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().reason, Reason::StaleRevision);
    EXPECT_TRUE(approveConclusion(c2, true, 2, std::nullopt, "chair", kT0 + 2).ok());
}

TEST(ConclusionApprove, ByAnAdoptedPublishedPollOfTheSameItem) {
    auto a = approveConclusion(draft(), true, 1, poll(PollVerdict::Status::Published, true), "chair", kT0 + 3);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->pollId, "p1");
    EXPECT_EQ(a->status, ConclusionStatus::Approved);
}

TEST(ConclusionApprove, ByAPollAttachedToNoItem) {
    auto a = approveConclusion(draft(), true, 1, poll(PollVerdict::Status::Published, true, ""), "chair", kT0);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->pollId, "p1");
}

TEST(ConclusionApprove, PollNotAdoptedIsRefusedWithItsExplanation) {
    // Bad input tried: linking a published poll that failed.
    auto a = approveConclusion(draft(), true, 1, poll(PollVerdict::Status::Published, false), "chair", kT0);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().reason, Reason::PollNotAdopted);
    EXPECT_NE(a.error().text.find("not adopted"), std::string::npos) << a.error().text;
    EXPECT_NE(a.error().text.find("at least 5"), std::string::npos) << a.error().text;
}

TEST(ConclusionApprove, PollNotPublishedIsRefusedEvenIfItWouldPass) {
    // Bad input tried: a poll whose tally says adopted but whose result was not announced.
    auto a = approveConclusion(draft(), true, 1, poll(PollVerdict::Status::NotPublished, true), "chair", kT0);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().reason, Reason::PollNotPublished);
}

TEST(ConclusionApprove, PollOfAnotherItemIsRefused) {
    // Bad input tried: an adopted poll about item 3 used for a conclusion on item 2.
    auto a = approveConclusion(draft(), true, 1, poll(PollVerdict::Status::Published, true, "item-3"), "chair", kT0);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().reason, Reason::PollOtherItem);
    EXPECT_NE(a.error().text.find("item-3"), std::string::npos) << a.error().text;
}

TEST(ConclusionWithdraw, KeepsTheDraftForTheRecord) {
    const auto w = withdrawn();
    EXPECT_EQ(w.status, ConclusionStatus::Withdrawn);
    EXPECT_EQ(w.decidedBy, "secretary");
    EXPECT_EQ(w.text, draft().text);
}

// Every operation from every final state, and every operation with the meeting not open.
TEST(ConclusionLifeCycle, ApprovedAndWithdrawnAreFinal) {
    for (const auto &c : {approved(), withdrawn()}) {
        SCOPED_TRACE(std::string(conclusionStatusName(c.status)));
        // Bad input tried: editing, withdrawing, approving (alone and by an adopted poll) again.
        const std::vector<ConclusionResult> attempts = {
            editConclusion(c, true, c.revision, "changed", kT0 + 9),
            withdrawConclusion(c, true, "chair", kT0 + 9),
            approveConclusion(c, true, c.revision, std::nullopt, "chair", kT0 + 9),
            approveConclusion(c, true, c.revision, poll(PollVerdict::Status::Published, true), "chair", kT0 + 9),
        };
        for (const auto &r : attempts) {
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().reason, Reason::NotADraft);
            EXPECT_NE(r.error().text.find(std::string(conclusionStatusName(c.status))), std::string::npos);
        }
    }
}

TEST(ConclusionLifeCycle, NothingChangesWhileTheMeetingIsNotOpen) {
    for (const auto &c : {draft(), approved(), withdrawn()}) {
        const std::vector<ConclusionResult> attempts = {
            editConclusion(c, false, c.revision, "changed", kT0),
            withdrawConclusion(c, false, "chair", kT0),
            approveConclusion(c, false, c.revision, std::nullopt, "chair", kT0),
        };
        for (const auto &r : attempts) {
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().reason, Reason::MeetingNotOpen);
        }
    }
}

TEST(ConclusionLifeCycle, RefusalChecksComeInAStableOrder) {
    // A final conclusion with a stale revision reports "final", not "stale": the first thing to fix.
    const auto a = approved();
    EXPECT_EQ(editConclusion(a, true, 99, "x", kT0).error().reason, Reason::NotADraft);
    // A stale approval with a failed poll reports the revision first: read the text again.
    const auto c2 = *editConclusion(draft(), true, 1, "r2", kT0);
    EXPECT_EQ(approveConclusion(c2, true, 1, poll(PollVerdict::Status::Published, false), "chair", kT0).error().reason,
              Reason::StaleRevision);
}

TEST(ConclusionStatusNames, RoundTrip) {
    for (auto s : {ConclusionStatus::Draft, ConclusionStatus::Approved, ConclusionStatus::Withdrawn})
        EXPECT_EQ(parseConclusionStatus(conclusionStatusName(s)), s);
    EXPECT_FALSE(parseConclusionStatus("Approved"));
    EXPECT_FALSE(parseConclusionStatus(""));
}
