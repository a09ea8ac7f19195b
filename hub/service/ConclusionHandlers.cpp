// DraftConclusion, EditConclusion, WithdrawConclusion, ApproveConclusion, ConclusionsRequest and
// the conclusions part of the snapshot. Rules: shared/domain/Conclusion (life cycle) and
// Permissions (draft/edit: secretary; approve: chair; withdraw and read drafts: both).
//
// Privacy of drafts: every change is one event in the log with the full text (the audit
// record), but redactForPublication() withholds a draft's text on the event socket; the chair's
// and the secretary's consoles fetch it with ConclusionsRequest (a private reply). Approved
// conclusions are public and travel in full.
#include "service/Handlers.h"

#include "service/PollQuery.h"
#include "service/PollWire.h"
#include "store/Conclusions.h"
#include "store/Polls.h"
#include "store/Store.h"

#include <variant>

namespace ecabinet::hub {

using domain::Conclusion;
using domain::ConclusionStatus;

namespace {

wire::ConclusionStatus toWire(ConclusionStatus s) {
    switch (s) {
    case ConclusionStatus::Draft: return wire::CONCLUSION_STATUS_DRAFT;
    case ConclusionStatus::Approved: return wire::CONCLUSION_STATUS_APPROVED;
    case ConclusionStatus::Withdrawn: return wire::CONCLUSION_STATUS_WITHDRAWN;
    }
    return wire::CONCLUSION_STATUS_UNSPECIFIED;
}

wire::ConclusionView viewOf(const Conclusion &c) {
    wire::ConclusionView v;
    v.set_id(c.id);
    v.set_agenda_item_id(c.agendaItemId);
    v.set_text(c.text);
    v.set_status(toWire(c.status));
    v.set_revision(c.revision);
    v.set_drafted_by(c.draftedBy);
    v.set_drafted_at_ms(c.draftedAtMs);
    v.set_updated_at_ms(c.updatedAtMs);
    v.set_decided_by(c.decidedBy);
    v.set_poll_id(c.pollId);
    if (c.status == ConclusionStatus::Approved) v.set_approved_at_ms(c.updatedAtMs);
    return v;
}

wire::ErrorCode codeOf(domain::ConclusionRefusal::Reason r) {
    using R = domain::ConclusionRefusal::Reason;
    switch (r) {
    case R::MeetingNotOpen: return wire::ERROR_INVALID_STATE;
    case R::EmptyText:
    case R::InvalidText: return wire::ERROR_INVALID_CONCLUSION;
    case R::TextTooLong: return wire::ERROR_LIMIT_EXCEEDED;
    case R::NotADraft: return wire::ERROR_CONCLUSION_FINAL;
    case R::StaleRevision: return wire::ERROR_CONFLICT;
    case R::PollNotPublished:
    case R::PollOtherItem:
    case R::PollNotAdopted: return wire::ERROR_VOTE_NOT_ADOPTED;
    }
    return wire::ERROR_INVALID_STATE;
}

struct Record {
    std::string meetingId;
    bool meetingOpen = false;
    Actor actor;
};

// The current meeting and the person at the device, who must have the right to `action`.
std::variant<Record, HandlerResult> authorise(RequestContext &ctx, domain::Action action) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), action); !ok) return permissionError(ctx, ok.error());
    const auto meeting = ctx.meetings.meeting(meetingId);
    if (!meeting) throw StoreError("current meeting " + meetingId + " is missing");
    return Record{meetingId, meeting->state == domain::MeetingState::Open, std::move(actor)};
}

std::variant<Conclusion, HandlerResult> findConclusion(RequestContext &ctx, const Record &r, const std::string &id) {
    auto c = ConclusionTable(ctx.store).find(r.meetingId, id);
    if (!c) return errorResult(ctx, wire::ERROR_NOT_FOUND, "no conclusion '" + id + "' in this meeting");
    return std::move(*c);
}

// The linked poll's verdict as the domain rule needs it, or the error reply for an unknown poll.
std::variant<domain::PollVerdict, HandlerResult> verdictOf(RequestContext &ctx, const Record &r,
                                                           const std::string &pollId) {
    const auto row = PollTable(ctx.store).poll(r.meetingId, pollId);
    if (!row) return errorResult(ctx, wire::ERROR_NOT_FOUND, "no poll '" + pollId + "' in this meeting");
    const auto poll = loadStoredPoll(ctx.store, r.meetingId, *row);
    domain::PollVerdict v;
    v.pollId = pollId;
    v.agendaItemId = row->itemId;
    v.status = poll.state() == domain::PollState::Published ? domain::PollVerdict::Status::Published
                                                            : domain::PollVerdict::Status::NotPublished;
    if (auto result = poll.result()) {
        const auto w = hub::toWire(poll, *result);
        v.adopted = w.verdict() == wire::VERDICT_PASSED;
        v.explanation = w.explanation();
    }
    return v;
}

HandlerResult refused(const RequestContext &ctx, const domain::ConclusionRefusal &r) {
    return errorResult(ctx, codeOf(r.reason), r.text);
}

template <typename Change>
HandlerResult logged(RequestContext &ctx, const Record &r, const Conclusion &c, Change setBody) {
    wire::Event e;
    setBody(e, viewOf(c));
    return ackResult(ctx, {ctx.log.append(r.meetingId, ctx.nowMs, r.actor.personId(), std::move(e))});
}

} // namespace

void redactForPublication(wire::Event &event) {
    wire::ConclusionView *v = nullptr;
    switch (event.change_case()) {
    case wire::Event::kConclusionDrafted: v = event.mutable_conclusion_drafted()->mutable_conclusion(); break;
    case wire::Event::kConclusionEdited: v = event.mutable_conclusion_edited()->mutable_conclusion(); break;
    case wire::Event::kConclusionWithdrawn: v = event.mutable_conclusion_withdrawn()->mutable_conclusion(); break;
    default: return; // approved conclusions and every other event are public
    }
    v->clear_text();
    v->set_text_withheld(true);
}

HandlerResult handleDraftConclusion(RequestContext &ctx, const wire::DraftConclusion &req) {
    auto auth = authorise(ctx, domain::Action::DraftConclusions);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    const auto &r = std::get<Record>(auth);
    bool itemKnown = false;
    for (const auto &item : ctx.meetings.agenda(r.meetingId)) itemKnown = itemKnown || item.id == req.agenda_item_id();
    if (!itemKnown)
        return errorResult(ctx, wire::ERROR_NOT_FOUND, "no agenda item '" + req.agenda_item_id() + "' in this meeting");
    ConclusionTable table(ctx.store);
    auto c = domain::draftConclusion(r.meetingOpen, table.nextId(r.meetingId), req.agenda_item_id(), req.text(),
                                     r.actor.personId(), ctx.nowMs);
    if (!c) return refused(ctx, c.error());
    table.insert(r.meetingId, *c);
    auto result = logged(ctx, r, *c, [](wire::Event &e, wire::ConclusionView v) {
        *e.mutable_conclusion_drafted()->mutable_conclusion() = std::move(v);
    });
    result.reply.mutable_ack()->set_created_id(c->id);
    return result;
}

HandlerResult handleEditConclusion(RequestContext &ctx, const wire::EditConclusion &req) {
    auto auth = authorise(ctx, domain::Action::DraftConclusions);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    const auto &r = std::get<Record>(auth);
    auto found = findConclusion(ctx, r, req.conclusion_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    const auto &before = std::get<Conclusion>(found);
    auto c = domain::editConclusion(before, r.meetingOpen, req.expected_revision(), req.text(), ctx.nowMs);
    if (!c) return refused(ctx, c.error());
    if (c->revision == before.revision) return ackResult(ctx, {}); // same text: nothing to record
    ConclusionTable(ctx.store).update(r.meetingId, *c);
    return logged(ctx, r, *c, [](wire::Event &e, wire::ConclusionView v) {
        *e.mutable_conclusion_edited()->mutable_conclusion() = std::move(v);
    });
}

HandlerResult handleWithdrawConclusion(RequestContext &ctx, const wire::WithdrawConclusion &req) {
    auto auth = authorise(ctx, domain::Action::ReviewConclusions);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    const auto &r = std::get<Record>(auth);
    auto found = findConclusion(ctx, r, req.conclusion_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    auto c = domain::withdrawConclusion(std::get<Conclusion>(found), r.meetingOpen, r.actor.personId(), ctx.nowMs);
    if (!c) return refused(ctx, c.error());
    ConclusionTable(ctx.store).update(r.meetingId, *c);
    return logged(ctx, r, *c, [](wire::Event &e, wire::ConclusionView v) {
        *e.mutable_conclusion_withdrawn()->mutable_conclusion() = std::move(v);
    });
}

HandlerResult handleApproveConclusion(RequestContext &ctx, const wire::ApproveConclusion &req) {
    auto auth = authorise(ctx, domain::Action::ApproveConclusions);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    const auto &r = std::get<Record>(auth);
    auto found = findConclusion(ctx, r, req.conclusion_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    std::optional<domain::PollVerdict> poll;
    if (!req.poll_id().empty()) {
        auto v = verdictOf(ctx, r, req.poll_id());
        if (auto *no = std::get_if<HandlerResult>(&v)) return std::move(*no);
        poll = std::get<domain::PollVerdict>(std::move(v));
    }
    auto c = domain::approveConclusion(std::get<Conclusion>(found), r.meetingOpen, req.expected_revision(), poll,
                                       r.actor.personId(), ctx.nowMs);
    if (!c) return refused(ctx, c.error());
    ConclusionTable(ctx.store).update(r.meetingId, *c);
    auto result = logged(ctx, r, *c, [](wire::Event &e, wire::ConclusionView v) {
        *e.mutable_conclusion_approved()->mutable_conclusion() = std::move(v);
    });
    // Same savepoint, same commit: the registry gets the conclusion exactly when the approval
    // is durable. A retried request is answered from the reply log and never comes here again.
    handOffApprovedConclusion(ctx, r.meetingId, *c);
    return result;
}

HandlerResult handleConclusionsRequest(RequestContext &ctx, const wire::ConclusionsRequest &) {
    auto auth = authorise(ctx, domain::Action::ReviewConclusions);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    const auto &r = std::get<Record>(auth);
    HandlerResult out{replyEnvelope(ctx), {}};
    auto *list = out.reply.mutable_meeting_conclusions();
    list->set_seq(ctx.log.lastSeq(r.meetingId));
    for (auto &v : conclusionViews(ctx, r.meetingId)) *list->add_conclusions() = std::move(v);
    return out;
}

std::vector<wire::ConclusionView> conclusionViews(RequestContext &ctx, const std::string &meetingId) {
    const bool seesDrafts =
        domain::mayPerform(actorAt(ctx, meetingId).role(), domain::Action::ReviewConclusions).ok();
    std::vector<wire::ConclusionView> out;
    for (const auto &c : ConclusionTable(ctx.store).all(meetingId))
        if (seesDrafts || c.status == ConclusionStatus::Approved) out.push_back(viewOf(c));
    return out;
}

} // namespace ecabinet::hub
