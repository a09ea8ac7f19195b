// Conclusions against the real hub: the secretary drafts, seats never receive a draft's text
// (neither on the event socket nor in their snapshot), the chair approves (alone or by an
// adopted poll), every seat sees the approved conclusion; rights and refusals; retries.
#include "Floor.h"

#include "../hub/HubFixture.h"

#include <set>

namespace ecabinet::testing {

using namespace floor;

namespace {

wire::Envelope draft(const std::string &item, const std::string &text) {
    auto e = protocol::envelope();
    e.mutable_draft_conclusion()->set_agenda_item_id(item);
    e.mutable_draft_conclusion()->set_text(text);
    return e;
}

wire::Envelope edit(const std::string &id, std::uint32_t revision, const std::string &text) {
    auto e = protocol::envelope();
    auto *r = e.mutable_edit_conclusion();
    r->set_conclusion_id(id);
    r->set_expected_revision(revision);
    r->set_text(text);
    return e;
}

wire::Envelope approve(const std::string &id, std::uint32_t revision, const std::string &pollId = "") {
    auto e = protocol::envelope();
    auto *r = e.mutable_approve_conclusion();
    r->set_conclusion_id(id);
    r->set_expected_revision(revision);
    r->set_poll_id(pollId);
    return e;
}

wire::Envelope withdraw(const std::string &id) {
    auto e = protocol::envelope();
    e.mutable_withdraw_conclusion()->set_conclusion_id(id);
    return e;
}

wire::Envelope list() {
    auto e = protocol::envelope();
    e.mutable_conclusions_request();
    return e;
}

void expectError(const std::optional<wire::Envelope> &r, wire::ErrorCode code, const std::string &what) {
    ASSERT_TRUE(r && r->has_error()) << what << ": expected " << wire::ErrorCode_Name(code) << ", got "
                                     << floor::describe(r);
    EXPECT_EQ(r->error().code(), code) << what << ": " << r->error().message();
    EXPECT_FALSE(r->error().message().empty()) << what << ": an error needs a message";
}

const wire::ConclusionView *conclusionIn(const wire::Event &ev) {
    if (ev.has_conclusion_drafted()) return &ev.conclusion_drafted().conclusion();
    if (ev.has_conclusion_edited()) return &ev.conclusion_edited().conclusion();
    if (ev.has_conclusion_withdrawn()) return &ev.conclusion_withdrawn().conclusion();
    if (ev.has_conclusion_approved()) return &ev.conclusion_approved().conclusion();
    return nullptr;
}

// Every conclusion event a client receives until `done` holds (or 30 s pass).
std::vector<wire::Event> conclusionEvents(RawClient &c, const std::function<bool(const wire::Event &)> &done) {
    std::vector<wire::Event> out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        const auto e = c.nextEvent(std::chrono::seconds(2));
        if (!e || !e->has_event() || !conclusionIn(e->event())) continue;
        out.push_back(e->event());
        if (done(e->event())) break;
    }
    return out;
}

struct Room {
    RawClient chair, secretary, delegate;
};

} // namespace

class ConclusionTest : public HubTest {
protected:
    Room room() {
        auto chair = openMeetingAsChair();
        auto secretary = connectSeat(2);
        checkIn(secretary, standard::kSecretary, standard::kSecretaryPin);
        auto delegate = connectSeat(3);
        checkIn(delegate, standard::kDelegate1, standard::kDelegate1Pin);
        EXPECT_TRUE(chair.waitUntilSubscribed());
        EXPECT_TRUE(secretary.waitUntilSubscribed());
        EXPECT_TRUE(delegate.waitUntilSubscribed());
        return {std::move(chair), std::move(secretary), std::move(delegate)};
    }
};

// Bad input tried: a delegate drafting and approving, the chair drafting, the secretary
// approving, a delegate asking for the drafts, approving a stale revision, editing an
// approved conclusion, approving twice.
TEST_F(ConclusionTest, DraftsStayPrivateApprovedConclusionsReachEverySeat) {
    auto r = room();
    const std::string draftText = "Giao Sở Tài chính rà soát, hoàn thiện dự toán ngân sách năm 2027 (bản nháp).";
    const std::string finalText = "Thống nhất thông qua dự toán; giao Sở Tài chính hoàn thiện hồ sơ trước ngày 30/11/2026.";

    expectError(r.delegate.request(draft("i1", "Ý kiến của đại biểu")), wire::ERROR_PERMISSION_DENIED,
                "a delegate drafting");
    expectError(r.chair.request(draft("i1", "Chủ tọa tự soạn")), wire::ERROR_PERMISSION_DENIED,
                "the chair drafting (the secretary keeps the record)");
    expectError(r.secretary.request(draft("i9", draftText)), wire::ERROR_NOT_FOUND, "an unknown agenda item");
    expectError(r.secretary.request(draft("i1", "  \n ")), wire::ERROR_INVALID_CONCLUSION, "an empty text");

    const auto drafted = r.secretary.request(draft("i1", draftText));
    ASSERT_TRUE(drafted && drafted->has_ack()) << floor::describe(drafted);
    const std::string id = drafted->ack().created_id();
    ASSERT_FALSE(id.empty());
    const auto edited = r.secretary.request(edit(id, 1, finalText));
    ASSERT_TRUE(edited && edited->has_ack()) << floor::describe(edited);

    // The delegate's seat: the draft and the edit arrive as events without any text.
    const auto seen = conclusionEvents(r.delegate, [](const wire::Event &e) { return e.has_conclusion_edited(); });
    ASSERT_EQ(seen.size(), 2u) << "the seat sees that a draft exists (seq must stay gap-free), nothing more";
    for (const auto &e : seen) {
        EXPECT_TRUE(conclusionIn(e)->text_withheld());
        EXPECT_TRUE(conclusionIn(e)->text().empty()) << e.ShortDebugString();
        EXPECT_EQ(e.ShortDebugString().find("Sở Tài chính"), std::string::npos) << "draft text on the event socket";
    }
    // ... and its snapshot holds no draft; asking for the drafts is refused.
    const auto seatSnap = r.delegate.request(testing::msg::snapshot());
    ASSERT_TRUE(seatSnap && seatSnap->has_snapshot());
    EXPECT_EQ(seatSnap->snapshot().conclusions_size(), 0) << seatSnap->snapshot().ShortDebugString();
    expectError(r.delegate.request(list()), wire::ERROR_PERMISSION_DENIED, "a delegate asking for the drafts");

    // The chair reads the draft privately, with its revision.
    const auto chairList = r.chair.request(list());
    ASSERT_TRUE(chairList && chairList->has_meeting_conclusions()) << floor::describe(chairList);
    ASSERT_EQ(chairList->meeting_conclusions().conclusions_size(), 1);
    const auto &c = chairList->meeting_conclusions().conclusions(0);
    EXPECT_EQ(c.text(), finalText);
    EXPECT_EQ(c.revision(), 2u);
    EXPECT_EQ(c.status(), wire::CONCLUSION_STATUS_DRAFT);
    EXPECT_EQ(c.drafted_by(), standard::kSecretary);
    EXPECT_FALSE(c.text_withheld());

    expectError(r.delegate.request(approve(id, 2)), wire::ERROR_PERMISSION_DENIED, "a delegate approving");
    expectError(r.secretary.request(approve(id, 2)), wire::ERROR_PERMISSION_DENIED, "the secretary approving");
    expectError(r.chair.request(approve(id, 1)), wire::ERROR_CONFLICT, "approving the text before the edit");

    const auto approved = r.chair.request(approve(id, 2));
    ASSERT_TRUE(approved && approved->has_ack()) << floor::describe(approved);
    for (RawClient *seat : {&r.delegate, &r.secretary, &r.chair}) {
        const auto e = seat->waitForEvent([&](const wire::Envelope &env) {
            return env.has_event() && env.event().has_conclusion_approved();
        });
        ASSERT_TRUE(e) << "every seat hears the approval";
        const auto &v = e->event().conclusion_approved().conclusion();
        EXPECT_EQ(v.text(), finalText);
        EXPECT_FALSE(v.text_withheld());
        EXPECT_EQ(v.decided_by(), standard::kChair);
        EXPECT_GT(v.approved_at_ms(), 0);
    }
    const auto after = r.delegate.request(testing::msg::snapshot());
    ASSERT_TRUE(after && after->has_snapshot());
    ASSERT_EQ(after->snapshot().conclusions_size(), 1) << "a late seat gets the approved conclusion";
    EXPECT_EQ(after->snapshot().conclusions(0).text(), finalText);

    expectError(r.secretary.request(edit(id, 2, "sửa sau khi duyệt")), wire::ERROR_CONCLUSION_FINAL,
                "editing an approved conclusion");
    expectError(r.chair.request(approve(id, 2)), wire::ERROR_CONCLUSION_FINAL, "approving twice (a new request)");
    expectError(r.chair.request(withdraw(id)), wire::ERROR_CONCLUSION_FINAL, "withdrawing an approved conclusion");
}

// Bad input tried: approving by a poll still open, by a rejected poll, by an unknown poll.
TEST_F(ConclusionTest, ApprovalByAVoteOfTheFloor) {
    auto r = room();
    auto del2 = connectSeat(4);
    checkIn(del2, standard::kDelegate2, standard::kDelegate2Pin);
    auto del3 = connectSeat(5);
    checkIn(del3, standard::kDelegate3, standard::kDelegate3Pin);

    auto runPoll = [&](const std::string &question, std::uint32_t vote) {
        auto def = motion(question, wire::POLL_MODE_OPEN);
        def.set_agenda_item_id("i1");
        const auto prepared = r.chair.request(floor::msg::preparePoll(def));
        EXPECT_TRUE(prepared && prepared->has_ack()) << floor::describe(prepared);
        const std::string pollId = prepared->ack().created_id();
        EXPECT_TRUE(r.chair.request(floor::msg::openPoll(pollId))->has_ack());
        for (RawClient *v : {&r.chair, &r.delegate, &del2, &del3}) {
            const auto cast = v->request(floor::msg::castBallot(pollId, {vote}));
            EXPECT_TRUE(cast && cast->has_ack()) << floor::describe(cast);
        }
        return pollId;
    };

    const auto drafted = r.secretary.request(draft("i1", "Thông qua Tờ trình số 312/TTr-UBND."));
    ASSERT_TRUE(drafted && drafted->has_ack());
    const std::string id = drafted->ack().created_id();

    const std::string rejected = runPoll("Thông qua tờ trình (lần 1)?", 1); // everyone against
    expectError(r.chair.request(approve(id, 1, rejected)), wire::ERROR_VOTE_NOT_ADOPTED,
                "approving by a poll that is still open");
    ASSERT_TRUE(r.chair.request(floor::msg::closePoll(rejected))->has_ack());
    ASSERT_TRUE(r.chair.request(floor::msg::publishPoll(rejected))->has_ack());
    const auto refused = r.chair.request(approve(id, 1, rejected));
    expectError(refused, wire::ERROR_VOTE_NOT_ADOPTED, "approving by a rejected poll");
    EXPECT_NE(refused->error().message().find("not adopted"), std::string::npos) << refused->error().message();
    expectError(r.chair.request(approve(id, 1, "poll-99")), wire::ERROR_NOT_FOUND, "approving by an unknown poll");

    const auto still = r.chair.request(list());
    ASSERT_TRUE(still && still->has_meeting_conclusions());
    EXPECT_EQ(still->meeting_conclusions().conclusions(0).status(), wire::CONCLUSION_STATUS_DRAFT)
        << "a refused approval leaves the draft as it was";

    const std::string adopted = runPoll("Thông qua tờ trình (lần 2)?", 0); // everyone in favour
    ASSERT_TRUE(r.chair.request(floor::msg::closePoll(adopted))->has_ack());
    ASSERT_TRUE(r.chair.request(floor::msg::publishPoll(adopted))->has_ack());
    const auto ok = r.chair.request(approve(id, 1, adopted));
    ASSERT_TRUE(ok && ok->has_ack()) << floor::describe(ok);
    const auto e = r.delegate.waitForEvent(
        [](const wire::Envelope &env) { return env.has_event() && env.event().has_conclusion_approved(); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->event().conclusion_approved().conclusion().poll_id(), adopted);
}

// A retried approval (same request id) is answered from the reply log: one approval event.
// Withdrawn drafts never reach a seat and stay in the chair's list.
TEST_F(ConclusionTest, RetriedApprovalCountsOnceAndWithdrawnDraftsStayPrivate) {
    auto r = room();
    const auto a = r.secretary.request(draft("i2", "Kết luận A"));
    const auto b = r.secretary.request(draft("i2", "Kết luận B (rút lại)"));
    ASSERT_TRUE(a && a->has_ack() && b && b->has_ack());
    expectError(r.delegate.request(withdraw(b->ack().created_id())), wire::ERROR_PERMISSION_DENIED,
                "a delegate withdrawing a draft");
    ASSERT_TRUE(r.chair.request(withdraw(b->ack().created_id()))->has_ack());

    auto req = approve(a->ack().created_id(), 1);
    req.set_request_id(777);
    const auto first = r.chair.request(req);
    const auto again = r.chair.request(req);
    ASSERT_TRUE(first && first->has_ack() && again && again->has_ack());
    EXPECT_EQ(first->ack().seq(), again->ack().seq()) << "the retry gets the stored reply";

    const auto events = conclusionEvents(r.delegate, [](const wire::Event &e) { return e.has_conclusion_approved(); });
    std::size_t approvals = 0;
    for (const auto &e : events) approvals += e.has_conclusion_approved() ? 1 : 0;
    EXPECT_EQ(approvals, 1u);
    const auto more = r.delegate.waitForEvent(
        [](const wire::Envelope &env) { return env.has_event() && env.event().has_conclusion_approved(); },
        std::chrono::seconds(2));
    EXPECT_FALSE(more) << "a second approval event: " << floor::describe(more);

    // The registry outbox holds the approved conclusion once, with its text, and nothing of the
    // withdrawn draft.
    const auto outbox = runProgram("/usr/bin/sqlite3", {(hub.dataDir() / "hub.db").string(),
                                   "SELECT count(*), group_concat(dedupe_key) FROM registry_outbox WHERE kind = 'conclusion'"});
    ASSERT_TRUE(outbox.ok()) << outbox.err;
    EXPECT_EQ(outbox.out, "1|" + standard::kMeetingId + "/" + a->ack().created_id() + "\n");

    const auto seat = r.delegate.request(testing::msg::snapshot());
    ASSERT_TRUE(seat && seat->has_snapshot());
    ASSERT_EQ(seat->snapshot().conclusions_size(), 1);
    EXPECT_EQ(seat->snapshot().conclusions(0).text(), "Kết luận A");
    const auto chairList = r.chair.request(list());
    ASSERT_TRUE(chairList && chairList->has_meeting_conclusions());
    ASSERT_EQ(chairList->meeting_conclusions().conclusions_size(), 2);
    EXPECT_EQ(chairList->meeting_conclusions().conclusions(1).status(), wire::CONCLUSION_STATUS_WITHDRAWN);
    EXPECT_EQ(chairList->meeting_conclusions().conclusions(1).text(), "Kết luận B (rút lại)");
}

// Conclusions are part of the meeting's record: nothing changes once it is closed, and the
// hub keeps them across a kill -9.
TEST_F(ConclusionTest, ClosedMeetingRefusesChangesAndConclusionsSurviveARestart) {
    auto r = room();
    const auto a = r.secretary.request(draft("i3", "Kết luận về mục 3"));
    ASSERT_TRUE(a && a->has_ack());
    ASSERT_TRUE(r.chair.request(approve(a->ack().created_id(), 1))->has_ack());
    const auto pending = r.secretary.request(draft("i3", "Còn là bản nháp khi bế mạc"));
    ASSERT_TRUE(pending && pending->has_ack());
    ASSERT_TRUE(r.chair.request(testing::msg::closeMeeting())->has_ack());
    expectError(r.secretary.request(draft("i3", "Sau bế mạc")), wire::ERROR_INVALID_STATE, "drafting after closing");
    expectError(r.chair.request(approve(pending->ack().created_id(), 1)), wire::ERROR_INVALID_STATE,
                "approving after closing");

    hub.kill9();
    hub.restart();
    const auto l = r.chair.request(list(), std::chrono::seconds(30)); // the DEALER reconnects by itself
    ASSERT_TRUE(l && l->has_meeting_conclusions()) << floor::describe(l);
    ASSERT_EQ(l->meeting_conclusions().conclusions_size(), 2);
    EXPECT_EQ(l->meeting_conclusions().conclusions(0).status(), wire::CONCLUSION_STATUS_APPROVED);
    EXPECT_EQ(l->meeting_conclusions().conclusions(1).status(), wire::CONCLUSION_STATUS_DRAFT);
}

} // namespace ecabinet::testing
