// PreparePoll, OpenPoll, CastBallot, ClosePoll, PublishPoll, CancelPoll, DeclareProxy, and the
// polls part of the snapshot. Rules: shared/domain/Poll; rows: store/Polls.
//
// Every handler reads the poll from the store inside the request's savepoint (nothing is
// kept beyond the transaction), so a kill -9 or a rolled-back request can never leave a count
// in memory that the database does not have. CastBallot, the hot path of a burst, does not
// rebuild the whole poll: it restores the poll as seen by this one voter (the voter, the proxy
// holder if any, their proxy and their earlier ballot), which applies exactly the same domain
// rules in O(1) rows, and the database's primary key on has-voted backs the one-ballot rule
// up. Within one group commit, consecutive ballots share the poll row, its ballot count and
// the chain head (service/BallotBatch.h, dropped with the batch or any rollback).
#include "service/Handlers.h"

#include "service/BallotBatch.h"
#include "service/PollQuery.h"
#include "service/PollWire.h"
#include "store/Polls.h"
#include "store/Store.h"

#include <set>
#include <variant>

namespace ecabinet::hub {

using domain::PollMode;
using domain::PollRefusal;
using domain::PollState;

namespace {

struct Floor {
    std::string meetingId;
    MeetingRow meeting;
    Actor actor;
};

std::variant<Floor, HandlerResult> authorise(RequestContext &ctx, domain::Action action) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), action); !ok) return permissionError(ctx, ok.error());
    return Floor{meetingId, *ctx.meetings.meeting(meetingId), std::move(actor)};
}

wire::ErrorCode codeOf(PollRefusal::Reason r) {
    using R = PollRefusal::Reason;
    switch (r) {
    case R::InvalidSpec: return wire::ERROR_INVALID_POLL;
    case R::NotOpen: return wire::ERROR_POLL_NOT_OPEN;
    case R::NoQuorum: return wire::ERROR_NO_QUORUM;
    case R::NotEligible: return wire::ERROR_NOT_ELIGIBLE;
    case R::NotPresent: return wire::ERROR_NOT_PRESENT;
    case R::NotProxyHolder:
    case R::PrincipalPresent:
    case R::InvalidProxy: return wire::ERROR_PROXY_REFUSED;
    case R::InvalidChoice: return wire::ERROR_INVALID_CHOICE;
    case R::AlreadyVoted: return wire::ERROR_ALREADY_VOTED;
    case R::NotVisible: return wire::ERROR_PERMISSION_DENIED;
    case R::NotPrepared:
    case R::NotClosed:
    case R::IsCancelled:
    case R::IsPublished:
    case R::NotCancelled: return wire::ERROR_INVALID_STATE;
    }
    return wire::ERROR_INVALID_STATE;
}

HandlerResult refused(const RequestContext &ctx, const PollRefusal &r) { return errorResult(ctx, codeOf(r.reason), r.text); }

domain::PollSpec specOf(const PollRow &row) {
    wire::PollDefinition def;
    if (!def.ParseFromString(row.definition)) throw StoreError("poll " + row.id + ": stored definition is unreadable");
    auto spec = specFromWire(def, row.id);
    if (!spec) throw StoreError("poll " + row.id + ": stored definition refused: " + spec.error());
    return *spec;
}

domain::Poll loadPoll(PollTable &polls, const std::string &meetingId, PollRow row) {
    auto spec = specOf(row);
    if (row.quorumAtOpen && spec.quorum) row.quorumAtOpen->rule = *spec.quorum;
    auto record = polls.record(meetingId, row);
    auto poll = domain::Poll::restore(std::move(spec), polls.electorate(meetingId, row.id), std::move(record));
    if (!poll) throw StoreError("poll " + row.id + ": " + poll.error().text);
    return std::move(*poll);
}

std::set<std::string> presentSet(RequestContext &ctx, const std::string &meetingId) {
    std::set<std::string> out;
    for (const auto &p : ctx.meetings.presence(meetingId)) out.insert(p.personId);
    return out;
}

bool isPresent(RequestContext &ctx, const std::string &meetingId, const std::string &personId) {
    return ctx.store.scalar(QStringLiteral("SELECT count(*) FROM presence WHERE meeting_id = ? AND person_id = ?"),
                            {qs(meetingId), qs(personId)}).toInt() > 0;
}

wire::PollProgress progressToWire(const domain::Progress &p) {
    wire::PollProgress w;
    w.set_ballots_in(p.ballotsIn);
    w.set_eligible(p.eligible);
    for (const auto &v : p.voted) w.add_voted(v);
    for (const auto &v : p.notVoted) w.add_not_voted(v);
    return w;
}

wire::PollView viewOf(const PollRow &row, const domain::Poll &poll, const domain::IsPresent &present) {
    wire::PollView v;
    v.set_id(row.id);
    *v.mutable_definition() = toWire(poll.spec());
    v.set_status(toWire(poll.state()));
    for (const auto &x : poll.electorate()) {
        auto *e = v.add_electorate();
        e->set_person_id(x.id);
        e->set_weight(x.weight);
    }
    for (const auto &p : poll.proxies()) {
        auto *x = v.add_proxies();
        x->set_holder(p.holder);
        x->set_principal(p.principal);
    }
    *v.mutable_progress() = progressToWire(poll.progress(present));
    v.set_opened_at_ms(poll.openedAtMs().value_or(0));
    v.set_closed_at_ms(poll.closedAtMs().value_or(0));
    if (poll.state() == PollState::Open && poll.spec().mode == PollMode::Open) {
        if (auto t = poll.tally()) *v.mutable_live_tally() = toWire(*t);
        if (auto named = poll.namedBallots())
            for (const auto &b : *named) *v.add_live_ballots() = toWire(b);
    }
    if (auto r = poll.result()) *v.mutable_result() = toWire(poll, *r);
    v.set_rerun_of(row.rerunOf);
    return v;
}

// Stores a new prepared poll and its PollPrepared event.
wire::Event insertPoll(RequestContext &ctx, const Floor &f, PollTable &polls, const domain::Poll &poll,
                       const std::string &rerunOf) {
    PollRow row;
    row.id = poll.spec().id;
    row.position = polls.nextPosition(f.meetingId);
    row.itemId = poll.spec().agendaItemId;
    row.question = poll.spec().question;
    row.mode = poll.spec().mode;
    row.definition = deterministic(toWire(poll.spec()));
    row.state = PollState::Prepared;
    row.rerunOf = rerunOf;
    polls.insert(f.meetingId, row, poll.electorate(), poll.proxies(), ctx.nowMs);
    wire::Event e;
    *e.mutable_poll_prepared()->mutable_poll() = viewOf(row, poll, [](const std::string &) { return false; });
    return ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e));
}

std::string newPollId(PollTable &polls, const std::string &meetingId) {
    return "poll-" + std::to_string(polls.nextPosition(meetingId));
}

// The poll named by a request, or the error reply.
std::variant<PollRow, HandlerResult> findPoll(RequestContext &ctx, PollTable &polls, const std::string &meetingId,
                                              const std::string &pollId) {
    auto row = polls.poll(meetingId, pollId);
    if (!row) return errorResult(ctx, wire::ERROR_NOT_FOUND, "no poll '" + pollId + "' in this meeting");
    return std::move(*row);
}

HandlerResult ackCreated(const RequestContext &ctx, std::vector<wire::Event> events, const std::string &created) {
    auto r = ackResult(ctx, std::move(events));
    r.reply.mutable_ack()->set_created_id(created);
    return r;
}

} // namespace

HandlerResult handlePreparePoll(RequestContext &ctx, const wire::PreparePoll &req) {
    auto auth = authorise(ctx, domain::Action::ManagePolls);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    auto &f = std::get<Floor>(auth);
    if (f.meeting.state == domain::MeetingState::Closed)
        return errorResult(ctx, wire::ERROR_INVALID_STATE, "the meeting is closed; no new polls");
    PollTable polls(ctx.store);
    auto spec = specFromWire(req.definition(), newPollId(polls, f.meetingId));
    if (!spec) return errorResult(ctx, wire::ERROR_INVALID_POLL, spec.error());
    if (!spec->agendaItemId.empty()) {
        bool found = false;
        for (const auto &item : ctx.meetings.agenda(f.meetingId)) found = found || item.id == spec->agendaItemId;
        if (!found) return errorResult(ctx, wire::ERROR_NOT_FOUND, "no agenda item '" + spec->agendaItemId + "'");
    }
    // The electorate: entitled members with the votes the meeting file gives them (default 1).
    std::vector<domain::Voter> electorate;
    for (const auto &m : ctx.meetings.members(f.meetingId))
        if (m.entitled) electorate.push_back({m.id, m.weight});
    auto poll = domain::Poll::prepare(std::move(*spec), std::move(electorate));
    if (!poll) return refused(ctx, poll.error());
    auto event = insertPoll(ctx, f, polls, *poll, "");
    return ackCreated(ctx, {std::move(event)}, poll->spec().id);
}

HandlerResult handleOpenPoll(RequestContext &ctx, const wire::OpenPoll &req) {
    auto auth = authorise(ctx, domain::Action::ManagePolls);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    auto &f = std::get<Floor>(auth);
    if (f.meeting.state != domain::MeetingState::Open)
        return errorResult(ctx, wire::ERROR_INVALID_STATE, "the meeting is not open; a poll opens only during it");
    PollTable polls(ctx.store);
    auto found = findPoll(ctx, polls, f.meetingId, req.poll_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    auto row = std::get<PollRow>(std::move(found));
    auto poll = loadPoll(polls, f.meetingId, row);
    const auto here = presentSet(ctx, f.meetingId);
    const domain::IsPresent present = [&](const std::string &id) { return here.contains(id); };
    auto opened = poll.open(present, ctx.nowMs);
    if (!opened && opened.error().reason == PollRefusal::Reason::NoQuorum && poll.spec().quorum) {
        // Recorded for the minutes (like a wrong PIN): the refusal is an event, the reply an error.
        std::uint64_t presentWeight = 0, entitled = 0;
        for (const auto &v : poll.electorate()) {
            entitled += v.weight;
            if (present(v.id)) presentWeight += v.weight;
        }
        wire::Event e;
        e.mutable_poll_open_refused()->set_poll_id(row.id);
        if (auto q = domain::checkQuorum(*poll.spec().quorum, presentWeight, entitled))
            *e.mutable_poll_open_refused()->mutable_quorum() = toWire(*q);
        auto stored = ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e));
        auto res = errorResult(ctx, wire::ERROR_NO_QUORUM, "no quorum, the poll stays prepared: " + opened.error().text);
        res.events.push_back(std::move(stored));
        return res;
    }
    if (!opened) return refused(ctx, opened.error());
    polls.setOpened(f.meetingId, row.id, ctx.nowMs, opened->quorum);
    const auto progress = poll.progress(present);
    polls.setEligible(f.meetingId, row.id, progress.eligible);
    wire::Event e;
    auto *o = e.mutable_poll_opened();
    o->set_poll_id(row.id);
    o->set_opened_at_ms(ctx.nowMs);
    if (opened->quorum) *o->mutable_quorum() = toWire(*opened->quorum);
    *o->mutable_progress() = progressToWire(progress);
    return ackResult(ctx, {ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e))});
}

HandlerResult handleCastBallot(RequestContext &ctx, const wire::CastBallot &req, bool &secretStored) {
    // The hot path of a burst: what every ballot of a batch reads alike comes from ctx.ballots
    // when MeetingService gives one (service/BallotBatch.h), and the rest is one statement per
    // question. The checks and their order are those of the other handlers.
    BallotBatch *const batch = ctx.ballots;
    std::string meetingId;
    if (batch && batch->meetingId) {
        meetingId = *batch->meetingId;
    } else {
        meetingId = ctx.meetings.currentId();
        if (batch) batch->meetingId = meetingId;
    }
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    const auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), domain::Action::CastBallot); !ok)
        return permissionError(ctx, ok.error());
    PollTable polls(ctx.store);
    BallotBatch::Poll *kept = nullptr;
    if (batch)
        if (auto it = batch->polls.find(req.poll_id()); it != batch->polls.end()) kept = &it->second;
    PollRow row;
    domain::PollSpec spec;
    if (kept) { // read in this batch, and open then: only a ClosePoll (which drops the batch) changes that
        row = kept->row;
        spec = kept->spec;
    } else {
        auto found = findPoll(ctx, polls, meetingId, req.poll_id());
        if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
        row = std::get<PollRow>(std::move(found));
        if (row.state != PollState::Open)
            return errorResult(ctx, wire::ERROR_POLL_NOT_OPEN, "poll " + row.id + " is " +
                                                                   std::string(domain::pollStateName(row.state)) +
                                                                   "; ballots are accepted only while it is open");
        spec = specOf(row);
        if (batch) kept = &batch->polls.emplace(row.id, BallotBatch::Poll{row, spec, std::nullopt}).first->second;
    }
    const std::string me = actor.personId();
    const std::string voterId = req.on_behalf_of().empty() ? me : req.on_behalf_of();
    const std::string castBy = req.on_behalf_of().empty() ? std::string() : me;
    const bool secret = spec.mode == PollMode::Secret;

    // The poll as this voter sees it: same spec, the one or two people involved, their proxy
    // and their earlier ballot. NotEligible falls out of the voter missing from it.
    const auto state = polls.voterState(meetingId, row.id, voterId);
    std::vector<domain::Voter> people;
    if (state.voter) people.push_back(*state.voter);
    if (!castBy.empty() && castBy != voterId)
        if (auto h = polls.voter(meetingId, row.id, castBy)) people.push_back(*h);
    if (people.empty() || people.front().id != voterId) {
        const auto member = ctx.meetings.member(meetingId, voterId);
        return errorResult(ctx, wire::ERROR_NOT_ELIGIBLE,
                           member ? member->name + " (" + voterId + ", " + std::string(domain::roleName(member->role)) +
                                        ") is not entitled to vote in poll " + row.id
                                  : "'" + voterId + "' is not a member of this meeting");
    }
    domain::PollRecord record;
    record.state = PollState::Open;
    record.openedAtMs = row.openedMs;
    if (state.proxy && people.size() == 2 && state.proxy->holder == castBy) record.proxies.push_back(*state.proxy);
    if (state.hasVoted) {
        if (secret || !spec.allowChange)
            return errorResult(ctx, wire::ERROR_ALREADY_VOTED, "a ballot for " + voterId + " is already in poll " +
                                                                   row.id + "; it cannot be changed");
        record.voted.push_back(voterId);
        if (auto b = polls.namedBallot(meetingId, row.id, voterId)) record.named.push_back(*b);
    }
    auto view = domain::Poll::restore(std::move(spec), std::move(people), std::move(record));
    if (!view) throw StoreError("poll " + row.id + ": " + view.error().text);
    const domain::IsPresent present = [&](const std::string &id) { return isPresent(ctx, meetingId, id); };
    domain::Selection selection(req.selection().begin(), req.selection().end());
    auto receipt = view->castBallot({voterId, castBy, std::move(selection)}, present, ctx.nowMs);
    if (!receipt) return refused(ctx, receipt.error());

    polls.storeBallot(meetingId, row.id, *receipt);
    secretStored = secretStored || secret;
    // Ballots in: counted once per poll and batch, then one more per new has-voted row (a
    // changed vote adds none); the count is a COUNT(*) over the poll's has-voted rows.
    std::uint32_t ballotsIn = 0;
    if (kept && kept->ballotsIn) {
        if (!receipt->replaced) ++*kept->ballotsIn;
        ballotsIn = *kept->ballotsIn;
    } else {
        ballotsIn = polls.ballotsIn(meetingId, row.id);
        if (kept) kept->ballotsIn = ballotsIn;
    }
    wire::Event e;
    auto *b = e.mutable_ballot_cast();
    b->set_poll_id(row.id);
    b->set_voter(receipt->voter);
    b->set_cast_by(receipt->castBy);
    b->set_replaced(receipt->replaced);
    b->set_ballots_in(ballotsIn);
    // A ballot never changes who is eligible (only an eligible voter casts one): the count kept
    // at open and at every check-in/out is current, and reading it keeps a ballot O(1).
    b->set_eligible(row.eligible);
    if (view->spec().mode == PollMode::Open) { // live and named: the choice is public now
        const auto &named = std::get<domain::NamedBallot>(receipt->record);
        for (auto i : named.selection) b->add_selection(i);
        b->set_weight(named.weight);
    }
    // The reply is a plain receipt (Ack{seq}): it never repeats the choice.
    return ackResult(ctx, {ctx.log.append(meetingId, ctx.nowMs, me, std::move(e))});
}

HandlerResult handleClosePoll(RequestContext &ctx, const wire::ClosePoll &req) {
    auto auth = authorise(ctx, domain::Action::ManagePolls);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    auto &f = std::get<Floor>(auth);
    PollTable polls(ctx.store);
    auto found = findPoll(ctx, polls, f.meetingId, req.poll_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    const auto row = std::get<PollRow>(std::move(found));
    auto poll = loadPoll(polls, f.meetingId, row);
    const auto here = presentSet(ctx, f.meetingId);
    auto closed = poll.close([&](const std::string &id) { return here.contains(id); }, ctx.nowMs);
    if (!closed) return refused(ctx, closed.error());
    if (!closed->changed) return ackResult(ctx, {}); // closed already: one intent, two consoles
    auto result = poll.result();
    if (!result) throw StoreError("poll " + row.id + " closed without a result: " + result.error().text);
    polls.setClosed(f.meetingId, row.id, ctx.nowMs, result->eligibleAtClose);
    wire::Event e;
    e.mutable_poll_closed()->set_poll_id(row.id);
    e.mutable_poll_closed()->set_closed_at_ms(ctx.nowMs);
    *e.mutable_poll_closed()->mutable_result() = toWire(poll, *result);
    return ackResult(ctx, {ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e))});
}

HandlerResult handlePublishPoll(RequestContext &ctx, const wire::PublishPoll &req) {
    auto auth = authorise(ctx, domain::Action::ManagePolls);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    auto &f = std::get<Floor>(auth);
    PollTable polls(ctx.store);
    auto found = findPoll(ctx, polls, f.meetingId, req.poll_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    const auto row = std::get<PollRow>(std::move(found));
    auto poll = loadPoll(polls, f.meetingId, row);
    auto published = poll.publish();
    if (!published) return refused(ctx, published.error());
    if (!published->changed) return ackResult(ctx, {});
    auto result = poll.result();
    if (!result) throw StoreError("poll " + row.id + " published without a result: " + result.error().text);
    polls.setState(f.meetingId, row.id, PollState::Published);
    wire::Event e;
    e.mutable_poll_published()->set_poll_id(row.id);
    *e.mutable_poll_published()->mutable_result() = toWire(poll, *result);
    return ackResult(ctx, {ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e))});
}

HandlerResult handleCancelPoll(RequestContext &ctx, const wire::CancelPoll &req) {
    auto auth = authorise(ctx, domain::Action::ManagePolls);
    if (auto *no = std::get_if<HandlerResult>(&auth)) return std::move(*no);
    auto &f = std::get<Floor>(auth);
    PollTable polls(ctx.store);
    auto found = findPoll(ctx, polls, f.meetingId, req.poll_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    const auto row = std::get<PollRow>(std::move(found));
    auto poll = loadPoll(polls, f.meetingId, row);
    auto cancelled = poll.cancel();
    if (!cancelled) return refused(ctx, cancelled.error());
    std::vector<wire::Event> events;
    std::string rerunId;
    const bool rerun = req.rerun() && !polls.hasRerunOf(f.meetingId, row.id); // re-run once
    if (rerun) {
        auto again = poll.rerunAs(newPollId(polls, f.meetingId));
        if (!again) return refused(ctx, again.error());
        rerunId = again->spec().id;
        if (cancelled->changed) polls.setState(f.meetingId, row.id, PollState::Cancelled);
        wire::Event e;
        e.mutable_poll_cancelled()->set_poll_id(row.id);
        e.mutable_poll_cancelled()->set_rerun_id(rerunId);
        events.push_back(ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e)));
        events.push_back(insertPoll(ctx, f, polls, *again, row.id));
    } else if (cancelled->changed) {
        polls.setState(f.meetingId, row.id, PollState::Cancelled);
        wire::Event e;
        e.mutable_poll_cancelled()->set_poll_id(row.id);
        events.push_back(ctx.log.append(f.meetingId, ctx.nowMs, f.actor.personId(), std::move(e)));
    }
    return ackCreated(ctx, std::move(events), rerunId);
}

HandlerResult handleDeclareProxy(RequestContext &ctx, const wire::DeclareProxy &req) {
    const std::string meetingId = ctx.meetings.currentId();
    if (meetingId.empty()) return errorResult(ctx, wire::ERROR_NO_MEETING, "the hub has no meeting yet");
    // The chair or secretary records a written proxy; a principal may give their own.
    const auto actor = actorAt(ctx, meetingId);
    if (auto ok = domain::mayPerform(actor.role(), domain::Action::ManagePolls);
        !ok && !(actor.member && actor.personId() == req.principal()))
        return ok.error().reason == domain::PermissionRefusal::Reason::NotCheckedIn
                   ? permissionError(ctx, ok.error())
                   : errorResult(ctx, wire::ERROR_PERMISSION_DENIED,
                                 "only the chair, the secretary or the principal themself may declare a proxy");
    Floor f{meetingId, *ctx.meetings.meeting(meetingId), actor};
    PollTable polls(ctx.store);
    auto found = findPoll(ctx, polls, meetingId, req.poll_id());
    if (auto *no = std::get_if<HandlerResult>(&found)) return std::move(*no);
    const auto row = std::get<PollRow>(std::move(found));
    auto poll = loadPoll(polls, meetingId, row);
    const auto before = poll.proxies().size();
    auto declared = poll.declareProxy({req.holder(), req.principal()});
    if (!declared) return refused(ctx, declared.error());
    if (poll.proxies().size() == before) return ackResult(ctx, {}); // declared again: nothing new
    polls.addProxy(meetingId, row.id, {req.holder(), req.principal()});
    wire::Event e;
    e.mutable_proxy_declared()->set_poll_id(row.id);
    e.mutable_proxy_declared()->set_holder(req.holder());
    e.mutable_proxy_declared()->set_principal(req.principal());
    return ackResult(ctx, {ctx.log.append(meetingId, ctx.nowMs, f.actor.personId(), std::move(e))});
}

domain::Poll loadStoredPoll(Store &store, const std::string &meetingId, const PollRow &row) {
    PollTable polls(store);
    return loadPoll(polls, meetingId, row);
}

std::vector<wire::PollView> pollViews(RequestContext &ctx, const std::string &meetingId) {
    PollTable polls(ctx.store);
    const auto here = presentSet(ctx, meetingId);
    const domain::IsPresent present = [&](const std::string &id) { return here.contains(id); };
    std::vector<wire::PollView> out;
    for (auto &row : polls.all(meetingId)) {
        auto poll = loadPoll(polls, meetingId, row);
        out.push_back(viewOf(row, poll, present));
    }
    return out;
}

} // namespace ecabinet::hub
