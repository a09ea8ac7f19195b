#include "domain/Poll.h"

#include <algorithm>

namespace ecabinet::domain {

using Reason = PollRefusal::Reason;

namespace {

PollRefusal refuse(Reason r, std::string text) { return PollRefusal{r, std::move(text)}; }

const std::vector<std::string> kMotionOptions = {"yes", "no", "abstain"};

// Why the spec or electorate cannot make a poll, or "" when they can.
std::string specProblem(const PollSpec &s, const std::vector<Voter> &electorate) {
    if (s.id.empty()) return "a poll needs an id";
    if (auto v = validate(s.majority); !v) return "majority: " + v.error().text;
    if (s.quorum)
        if (auto p = shareProblem(s.quorum->share)) return "quorum: " + *p;
    if (s.mode == PollMode::Secret && s.allowChange)
        return "a secret vote cannot be changed: its choice is not linked to the voter";
    if (s.kind == PollKind::YesNoAbstain) {
        // spec() shows them filled in, so a spec read back from a poll is accepted as well.
        if (!s.options.empty() && s.options != kMotionOptions)
            return "a yes/no/abstain poll has fixed options (yes, no, abstain); give none";
        if (s.minSelections != 1 || s.maxSelections != 1) return "a yes/no/abstain ballot has exactly one choice";
    } else {
        if (s.options.empty()) return "a choice poll needs options";
        if (s.options.size() > kMaxPollOptions)
            return "a poll has at most " + std::to_string(kMaxPollOptions) + " options, not " +
                   std::to_string(s.options.size());
        std::set<std::string> seen;
        for (const auto &o : s.options) {
            if (o.empty()) return "an option has no label";
            if (!seen.insert(o).second) return "the option '" + o + "' appears twice";
        }
        if (s.maxSelections == 0) return "a ballot must allow at least one choice";
        if (s.minSelections > s.maxSelections) return "at least " + std::to_string(s.minSelections) +
                                                      " but at most " + std::to_string(s.maxSelections) +
                                                      " choices is impossible";
        if (s.maxSelections > s.options.size()) return "more choices allowed than there are options";
    }
    if (electorate.empty()) return "nobody is entitled to vote";
    std::set<std::string> ids;
    std::uint64_t total = 0;
    for (const auto &v : electorate) {
        if (v.id.empty()) return "a voter has no id";
        if (!ids.insert(v.id).second) return "the voter '" + v.id + "' appears twice";
        if (v.weight == 0) return "the voter '" + v.id + "' has a weight of 0";
        if (v.weight > kMaxTotal - total) return "the total weight exceeds the largest total a rule accepts";
        total += v.weight;
    }
    return {};
}

PollRefusal wrongState(PollState s, Reason otherwise, std::string what) {
    if (s == PollState::Cancelled) return refuse(Reason::IsCancelled, "the poll was cancelled; " + what);
    if (s == PollState::Published) return refuse(Reason::IsPublished, "the result is published; " + what);
    return refuse(otherwise, "the poll is " + std::string(pollStateName(s)) + "; " + what);
}

} // namespace

std::string_view pollStateName(PollState s) {
    switch (s) {
    case PollState::Prepared: return "prepared";
    case PollState::Open: return "open";
    case PollState::Closed: return "closed";
    case PollState::Published: return "published";
    case PollState::Cancelled: return "cancelled";
    }
    return "unknown";
}

Result<Poll, PollRefusal> Poll::prepare(PollSpec spec, std::vector<Voter> electorate) {
    if (auto problem = specProblem(spec, electorate); !problem.empty())
        return fail(refuse(Reason::InvalidSpec, problem));
    Poll p;
    p.spec_ = std::move(spec);
    if (p.spec_.kind == PollKind::YesNoAbstain) p.spec_.options = kMotionOptions;
    std::sort(electorate.begin(), electorate.end(), [](const Voter &a, const Voter &b) { return a.id < b.id; });
    p.electorate_ = std::move(electorate);
    return p;
}

Result<Poll, PollRefusal> Poll::restore(PollSpec spec, std::vector<Voter> electorate, PollRecord rec) {
    auto made = prepare(std::move(spec), std::move(electorate));
    if (!made) return made;
    Poll &p = *made;
    auto bad = [](std::string why) { return fail(refuse(Reason::InvalidSpec, "stored poll: " + why)); };
    for (const auto &proxy : rec.proxies)
        if (auto d = p.declareProxy(proxy); !d) return bad(d.error().text);
    const bool secret = p.spec_.mode == PollMode::Secret;
    if (secret ? !rec.named.empty() : !rec.anonymous.empty())
        return bad("ballots stored the wrong way for a " + std::string(secret ? "secret" : "named") + " poll");
    for (const auto &id : rec.voted)
        if (!p.voter(id) || !p.voted_.insert(id).second) return bad("has-voted row for '" + id + "'");
    if (p.voted_.size() != (secret ? rec.anonymous.size() : rec.named.size()))
        return bad("has-voted rows do not match the ballots");
    for (auto &b : rec.named) {
        const Voter *v = p.voter(b.voter);
        auto sel = p.checkSelection(b.selection);
        if (!v || !p.voted_.contains(b.voter) || !sel || v->weight != b.weight || p.named_.contains(b.voter))
            return bad("ballot of '" + b.voter + "'");
        b.selection = *sel;
        p.named_.emplace(b.voter, std::move(b));
    }
    for (auto &a : rec.anonymous) {
        auto sel = p.checkSelection(a.selection);
        if (!sel) return bad("an anonymous ballot: " + sel.error().text);
        p.anonymous_.insert(AnonymousBallot{*sel, a.weight});
    }
    if (rec.state == PollState::Prepared && !p.voted_.empty()) return bad("ballots in a poll never opened");
    if (secret) { // each anonymous weight must be the weight of someone who voted
        std::multiset<std::uint64_t> votedWeights, ballotWeights;
        for (const auto &id : p.voted_) votedWeights.insert(p.voter(id)->weight);
        for (const auto &a : p.anonymous_) ballotWeights.insert(a.weight);
        if (votedWeights != ballotWeights) return bad("anonymous ballot weights do not match who voted");
    }
    for (const auto &v : rec.eligibleAtClose)
        if (!p.voter(v.id)) return bad("eligible voter '" + v.id + "' is not in the electorate");
    std::sort(rec.eligibleAtClose.begin(), rec.eligibleAtClose.end(),
              [](const Voter &a, const Voter &b) { return a.id < b.id; });
    p.eligibleAtClose_ = std::move(rec.eligibleAtClose);
    p.quorumAtOpen_ = rec.quorumAtOpen;
    p.openedAtMs_ = rec.openedAtMs;
    p.closedAtMs_ = rec.closedAtMs;
    p.state_ = rec.state;
    return made;
}

Result<Poll, PollRefusal> Poll::rerunAs(std::string newId) const {
    if (state_ != PollState::Cancelled)
        return fail(refuse(Reason::NotCancelled, "only a cancelled poll is re-run; this one is " +
                                                     std::string(pollStateName(state_))));
    PollSpec spec = spec_;
    spec.id = std::move(newId);
    auto p = prepare(std::move(spec), electorate_);
    if (p) p->proxies_ = proxies_;
    return p;
}

const Voter *Poll::voter(const std::string &id) const {
    auto it = std::lower_bound(electorate_.begin(), electorate_.end(), id,
                               [](const Voter &v, const std::string &k) { return v.id < k; });
    return it != electorate_.end() && it->id == id ? &*it : nullptr;
}

const Proxy *Poll::proxyFor(const std::string &principal) const {
    for (const auto &p : proxies_)
        if (p.principal == principal) return &p;
    return nullptr;
}

Status<PollRefusal> Poll::declareProxy(const Proxy &proxy) {
    if (state_ != PollState::Prepared)
        return fail(wrongState(state_, Reason::NotPrepared, "proxies are declared before the vote opens"));
    if (!voter(proxy.holder) || !voter(proxy.principal))
        return fail(refuse(Reason::NotEligible, "both sides of a proxy must be entitled to vote"));
    if (proxy.holder == proxy.principal) return fail(refuse(Reason::InvalidProxy, "a proxy to oneself"));
    if (std::find(proxies_.begin(), proxies_.end(), proxy) != proxies_.end()) return {}; // declared again
    for (const auto &p : proxies_) {
        if (p.principal == proxy.principal)
            return fail(refuse(Reason::InvalidProxy, proxy.principal + " has already given a proxy to " + p.holder));
        if (p.holder == proxy.holder)
            return fail(refuse(Reason::InvalidProxy, proxy.holder + " already carries the vote of " + p.principal));
        if (p.principal == proxy.holder)
            return fail(refuse(Reason::InvalidProxy, proxy.holder + " gave a proxy and cannot hold one"));
        if (p.holder == proxy.principal)
            return fail(refuse(Reason::InvalidProxy, proxy.principal + " holds a proxy and cannot pass on votes"));
    }
    proxies_.push_back(proxy);
    return {};
}

std::uint64_t Poll::weightOf(const std::vector<Voter> &voters) const {
    std::uint64_t w = 0;
    for (const auto &v : voters) w += v.weight; // bounded by kMaxTotal at prepare()
    return w;
}

Result<OpenOutcome, PollRefusal> Poll::open(const IsPresent &present, std::int64_t nowMs) {
    if (state_ != PollState::Prepared)
        return fail(wrongState(state_, Reason::NotPrepared, "only a prepared poll can be opened"));
    OpenOutcome out;
    if (spec_.quorum) {
        std::uint64_t here = 0;
        for (const auto &v : electorate_)
            if (present(v.id)) here += v.weight; // in person only: proxies carry votes, not presence
        auto q = checkQuorum(*spec_.quorum, here, weightOf(electorate_));
        if (!q) return fail(refuse(Reason::InvalidSpec, q.error().text));
        if (!q->reached) return fail(refuse(Reason::NoQuorum, describe(*q)));
        out.quorum = *q;
        quorumAtOpen_ = *q;
    }
    state_ = PollState::Open;
    openedAtMs_ = nowMs;
    out.transition = {PollState::Prepared, PollState::Open, true};
    return out;
}

Result<Selection, PollRefusal> Poll::checkSelection(Selection s) const {
    std::sort(s.begin(), s.end());
    if (std::adjacent_find(s.begin(), s.end()) != s.end())
        return fail(refuse(Reason::InvalidChoice, "an option is chosen twice"));
    for (auto i : s)
        if (i >= spec_.options.size())
            return fail(refuse(Reason::InvalidChoice, "there is no option " + std::to_string(i)));
    if (s.size() < spec_.minSelections || s.size() > spec_.maxSelections)
        return fail(refuse(Reason::InvalidChoice, "choose between " + std::to_string(spec_.minSelections) +
                                                      " and " + std::to_string(spec_.maxSelections) +
                                                      " options, not " + std::to_string(s.size())));
    return s;
}

Result<BallotReceipt, PollRefusal> Poll::castBallot(const BallotRequest &req, const IsPresent &present,
                                                    std::int64_t nowMs) {
    if (state_ != PollState::Open) return fail(wrongState(state_, Reason::NotOpen, "ballots are not accepted"));
    const Voter *v = voter(req.voter);
    if (!v) return fail(refuse(Reason::NotEligible, "'" + req.voter + "' is not entitled to vote in this poll"));
    const std::string castBy = req.castBy.empty() ? req.voter : req.castBy;
    if (castBy != req.voter) {
        const Proxy *p = proxyFor(req.voter);
        if (!p || p->holder != castBy)
            return fail(refuse(Reason::NotProxyHolder, castBy + " holds no proxy for " + req.voter));
        if (present(req.voter))
            return fail(refuse(Reason::PrincipalPresent, req.voter + " is present and votes in person"));
    }
    if (!present(castBy)) return fail(refuse(Reason::NotPresent, castBy + " is not present"));
    auto selection = checkSelection(req.selection);
    if (!selection) return fail(selection.error());
    const bool replacing = voted_.contains(req.voter);
    if (replacing && !spec_.allowChange) // also the Secret case: allowChange is refused there
        return fail(refuse(Reason::AlreadyVoted, "a ballot for " + req.voter + " is already in"));

    BallotReceipt r{req.voter, castBy, replacing, 0, NamedBallot{}};
    voted_.insert(req.voter);
    if (spec_.mode == PollMode::Secret) {
        AnonymousBallot a{*selection, v->weight};
        anonymous_.insert(a);
        r.record = std::move(a);
    } else {
        NamedBallot b{req.voter, castBy, *selection, v->weight, nowMs};
        named_[req.voter] = b;
        r.record = std::move(b);
    }
    r.ballotsIn = static_cast<std::uint32_t>(voted_.size());
    return r;
}

bool Poll::eligibleNow(const Voter &v, const IsPresent &present) const {
    if (voted_.contains(v.id) || present(v.id)) return true;
    const Proxy *p = proxyFor(v.id);
    return p && present(p->holder);
}

Result<PollTransition, PollRefusal> Poll::close(const IsPresent &present, std::int64_t nowMs) {
    if (state_ == PollState::Closed || state_ == PollState::Published)
        return PollTransition{state_, state_, false};
    if (state_ != PollState::Open) return fail(wrongState(state_, Reason::NotOpen, "it cannot be closed"));
    eligibleAtClose_.clear();
    for (const auto &v : electorate_)
        if (eligibleNow(v, present)) eligibleAtClose_.push_back(v);
    closedAtMs_ = nowMs;
    state_ = PollState::Closed;
    return PollTransition{PollState::Open, PollState::Closed, true};
}

Result<PollTransition, PollRefusal> Poll::publish() {
    if (state_ == PollState::Published) return PollTransition{state_, state_, false};
    if (state_ != PollState::Closed)
        return fail(wrongState(state_, Reason::NotClosed, "only a closed poll is published"));
    state_ = PollState::Published;
    return PollTransition{PollState::Closed, PollState::Published, true};
}

Result<PollTransition, PollRefusal> Poll::cancel() {
    if (state_ == PollState::Cancelled) return PollTransition{state_, state_, false};
    if (state_ == PollState::Published)
        return fail(refuse(Reason::IsPublished, "a published result cannot be cancelled"));
    const auto was = state_;
    state_ = PollState::Cancelled;
    return PollTransition{was, PollState::Cancelled, true};
}

Progress Poll::progress(const IsPresent &present) const {
    Progress p;
    p.voted.assign(voted_.begin(), voted_.end());
    const bool snapshot = state_ == PollState::Closed || state_ == PollState::Published;
    for (const auto &v : electorate_) {
        const bool eligible = snapshot ? std::binary_search(eligibleAtClose_.begin(), eligibleAtClose_.end(), v,
                                                            [](const Voter &a, const Voter &b) { return a.id < b.id; })
                                       : eligibleNow(v, present);
        if (!eligible) continue;
        ++p.eligible;
        if (!voted_.contains(v.id)) p.notVoted.push_back(v.id);
    }
    p.ballotsIn = static_cast<std::uint32_t>(voted_.size());
    return p;
}

Result<Tally, PollRefusal> Poll::tally() const {
    const bool closed = state_ == PollState::Closed || state_ == PollState::Published;
    const bool live = spec_.mode == PollMode::Open && state_ != PollState::Prepared;
    if (!closed && !live)
        return fail(refuse(Reason::NotVisible, "the choices of a " +
                                                   std::string(spec_.mode == PollMode::Secret ? "secret" : "named") +
                                                   " poll are counted after close; it is " +
                                                   std::string(pollStateName(state_))));
    Tally t;
    for (const auto &label : spec_.options) t.options.push_back(OptionTally{label, 0, 0});
    auto add = [&](const Selection &s, std::uint64_t weight) {
        ++t.ballots;
        t.ballotWeight += weight;
        if (s.empty()) {
            t.blank.weight += weight;
            ++t.blank.count;
        }
        for (auto i : s) {
            t.options[i].weight += weight;
            ++t.options[i].count;
        }
    };
    for (const auto &[id, b] : named_) add(b.selection, b.weight);
    for (const auto &a : anonymous_) add(a.selection, a.weight);
    return t;
}

Result<std::vector<NamedBallot>, PollRefusal> Poll::namedBallots() const {
    if (spec_.mode == PollMode::Secret)
        return fail(refuse(Reason::NotVisible, "a secret poll does not link voters to choices"));
    const bool closed = state_ == PollState::Closed || state_ == PollState::Published;
    if (spec_.mode == PollMode::Named && !closed)
        return fail(refuse(Reason::NotVisible, "the names of a named poll are shown after close"));
    std::vector<NamedBallot> out;
    for (const auto &[id, b] : named_) out.push_back(b);
    return out;
}

Result<PollResult, PollRefusal> Poll::result() const {
    if (state_ != PollState::Closed && state_ != PollState::Published)
        return fail(wrongState(state_, Reason::NotClosed, "there is no result yet"));
    auto t = tally();
    if (!t) return fail(t.error());
    PollResult r;
    r.tally = *t;
    r.quorumAtOpen = quorumAtOpen_;
    r.eligibleAtClose = eligibleAtClose_;
    r.presentWeight = weightOf(eligibleAtClose_);
    r.entitledWeight = weightOf(electorate_);
    if (spec_.kind == PollKind::YesNoAbstain) {
        auto m = evaluate(spec_.majority, VoteCounts{t->options[kYes].weight, t->options[kNo].weight,
                                                     t->options[kAbstain].weight, r.presentWeight,
                                                     r.entitledWeight});
        if (!m) return fail(refuse(Reason::InvalidSpec, m.error().text));
        r.motion = *m;
    } else {
        ChoiceCounts c{{}, t->ballotWeight - t->blank.weight, t->blank.weight, r.presentWeight, r.entitledWeight};
        for (const auto &o : t->options) c.options.push_back(o.weight);
        auto m = evaluateChoice(spec_.majority, c);
        if (!m) return fail(refuse(Reason::InvalidSpec, m.error().text));
        r.choice = *m;
    }
    return r;
}

} // namespace ecabinet::domain
