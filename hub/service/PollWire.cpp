#include "service/PollWire.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace ecabinet::hub {

namespace {

std::optional<domain::Comparison> comparison(wire::Comparison c) {
    switch (c) {
    case wire::COMPARISON_MORE_THAN: return domain::Comparison::MoreThan;
    case wire::COMPARISON_AT_LEAST: return domain::Comparison::AtLeast;
    default: return std::nullopt;
    }
}

wire::Comparison toWire(domain::Comparison c) {
    return c == domain::Comparison::MoreThan ? wire::COMPARISON_MORE_THAN : wire::COMPARISON_AT_LEAST;
}

std::optional<domain::MajorityBase> base(wire::MajorityBase b) {
    switch (b) {
    case wire::MAJORITY_BASE_CAST: return domain::MajorityBase::Cast;
    case wire::MAJORITY_BASE_CAST_WITH_ABSTAIN: return domain::MajorityBase::CastWithAbstain;
    case wire::MAJORITY_BASE_PRESENT: return domain::MajorityBase::Present;
    case wire::MAJORITY_BASE_ENTITLED: return domain::MajorityBase::Entitled;
    default: return std::nullopt;
    }
}

wire::MajorityBase toWire(domain::MajorityBase b) {
    switch (b) {
    case domain::MajorityBase::Cast: return wire::MAJORITY_BASE_CAST;
    case domain::MajorityBase::CastWithAbstain: return wire::MAJORITY_BASE_CAST_WITH_ABSTAIN;
    case domain::MajorityBase::Present: return wire::MAJORITY_BASE_PRESENT;
    case domain::MajorityBase::Entitled: return wire::MAJORITY_BASE_ENTITLED;
    }
    return wire::MAJORITY_BASE_UNSPECIFIED;
}

wire::Verdict toWire(domain::Verdict v) {
    switch (v) {
    case domain::Verdict::Adopted: return wire::VERDICT_PASSED;
    case domain::Verdict::Rejected: return wire::VERDICT_FAILED;
    case domain::Verdict::Tie: return wire::VERDICT_TIE;
    }
    return wire::VERDICT_UNSPECIFIED;
}

} // namespace

std::string deterministic(const google::protobuf::Message &m) {
    std::string out;
    {
        google::protobuf::io::StringOutputStream raw(&out);
        google::protobuf::io::CodedOutputStream coded(&raw);
        coded.SetSerializationDeterministic(true);
        m.SerializeToCodedStream(&coded);
    }
    return out;
}

Result<domain::PollSpec, std::string> specFromWire(const wire::PollDefinition &d, std::string pollId) {
    domain::PollSpec s;
    s.id = std::move(pollId);
    s.agendaItemId = d.agenda_item_id();
    s.question = d.question();
    if (s.question.empty()) return fail(std::string("a poll needs a question"));
    switch (d.kind()) {
    case wire::POLL_KIND_YES_NO_ABSTAIN: s.kind = domain::PollKind::YesNoAbstain; break;
    case wire::POLL_KIND_CHOICE: s.kind = domain::PollKind::Choice; break;
    default: return fail(std::string("kind must be POLL_KIND_YES_NO_ABSTAIN or POLL_KIND_CHOICE"));
    }
    switch (d.mode()) {
    case wire::POLL_MODE_OPEN: s.mode = domain::PollMode::Open; break;
    case wire::POLL_MODE_NAMED: s.mode = domain::PollMode::Named; break;
    case wire::POLL_MODE_SECRET: s.mode = domain::PollMode::Secret; break;
    default: return fail(std::string("mode must be POLL_MODE_OPEN, POLL_MODE_NAMED or POLL_MODE_SECRET"));
    }
    s.options.assign(d.options().begin(), d.options().end());
    if (s.kind == domain::PollKind::Choice) {
        s.minSelections = d.min_selections();
        s.maxSelections = d.max_selections();
    } else if (d.min_selections() > 1 || d.max_selections() > 1) {
        return fail(std::string("a yes/no/abstain ballot has exactly one choice; leave min/max at 0 or 1"));
    }
    s.allowChange = d.allow_change();
    const auto &m = d.majority();
    const auto b = base(m.base());
    if (!b) return fail(std::string("majority.base must be set (CAST, CAST_WITH_ABSTAIN, PRESENT or ENTITLED)"));
    s.majority.base = *b;
    if (m.simple()) {
        if (m.num() != 0 || m.den() != 0 || m.comparison() != wire::COMPARISON_UNSPECIFIED)
            return fail(std::string("a simple majority takes no fraction; give either simple or num/den/comparison"));
        s.majority.rule = domain::MajorityRule::simple();
    } else {
        const auto c = comparison(m.comparison());
        if (!c) return fail(std::string("majority.comparison must be MORE_THAN or AT_LEAST (or set simple)"));
        s.majority.rule = domain::MajorityRule::of(m.num(), m.den(), *c);
    }
    if (d.has_quorum()) {
        const auto c = comparison(d.quorum().comparison());
        if (!c) return fail(std::string("quorum.comparison must be MORE_THAN or AT_LEAST"));
        s.quorum = domain::QuorumRule::of(d.quorum().num(), d.quorum().den(), *c);
    }
    return s;
}

wire::PollDefinition toWire(const domain::PollSpec &s) {
    wire::PollDefinition d;
    d.set_agenda_item_id(s.agendaItemId);
    d.set_question(s.question);
    d.set_kind(s.kind == domain::PollKind::Choice ? wire::POLL_KIND_CHOICE : wire::POLL_KIND_YES_NO_ABSTAIN);
    d.set_mode(s.mode == domain::PollMode::Open    ? wire::POLL_MODE_OPEN
               : s.mode == domain::PollMode::Named ? wire::POLL_MODE_NAMED
                                                   : wire::POLL_MODE_SECRET);
    for (const auto &o : s.options) d.add_options(o);
    d.set_min_selections(s.minSelections);
    d.set_max_selections(s.maxSelections);
    d.set_allow_change(s.allowChange);
    auto *m = d.mutable_majority();
    m->set_base(toWire(s.majority.base));
    if (s.majority.rule.kind == domain::MajorityRule::Kind::Simple) {
        m->set_simple(true);
    } else {
        m->set_num(s.majority.rule.share.fraction.num);
        m->set_den(s.majority.rule.share.fraction.den);
        m->set_comparison(toWire(s.majority.rule.share.comparison));
    }
    if (s.quorum) {
        d.mutable_quorum()->set_num(s.quorum->share.fraction.num);
        d.mutable_quorum()->set_den(s.quorum->share.fraction.den);
        d.mutable_quorum()->set_comparison(toWire(s.quorum->share.comparison));
    }
    return d;
}

wire::PollStatus toWire(domain::PollState s) {
    switch (s) {
    case domain::PollState::Prepared: return wire::POLL_STATUS_PREPARED;
    case domain::PollState::Open: return wire::POLL_STATUS_OPEN;
    case domain::PollState::Closed: return wire::POLL_STATUS_CLOSED;
    case domain::PollState::Published: return wire::POLL_STATUS_PUBLISHED;
    case domain::PollState::Cancelled: return wire::POLL_STATUS_CANCELLED;
    }
    return wire::POLL_STATUS_UNSPECIFIED;
}

wire::QuorumCheck toWire(const domain::QuorumCheck &q) {
    wire::QuorumCheck w;
    w.mutable_rule()->set_num(q.rule.share.fraction.num);
    w.mutable_rule()->set_den(q.rule.share.fraction.den);
    w.mutable_rule()->set_comparison(toWire(q.rule.share.comparison));
    w.set_reached(q.reached);
    w.set_required(q.required);
    w.set_present(q.present);
    w.set_entitled(q.entitled);
    w.set_text(domain::describe(q));
    return w;
}

wire::Tally toWire(const domain::Tally &t) {
    wire::Tally w;
    for (const auto &o : t.options) {
        auto *x = w.add_options();
        x->set_label(o.label);
        x->set_weight(o.weight);
        x->set_count(o.count);
    }
    w.mutable_blank()->set_label(t.blank.label);
    w.mutable_blank()->set_weight(t.blank.weight);
    w.mutable_blank()->set_count(t.blank.count);
    w.set_ballots(t.ballots);
    w.set_ballot_weight(t.ballotWeight);
    return w;
}

wire::NamedBallot toWire(const domain::NamedBallot &b) {
    wire::NamedBallot w;
    w.set_voter(b.voter);
    w.set_cast_by(b.castBy);
    for (auto i : b.selection) w.add_selection(i);
    w.set_weight(b.weight);
    return w;
}

wire::PollResult toWire(const domain::Poll &poll, const domain::PollResult &r) {
    wire::PollResult w;
    *w.mutable_tally() = toWire(r.tally);
    if (r.motion) {
        w.set_verdict(toWire(r.motion->verdict));
        w.set_required(r.motion->required);
        w.set_base_total(r.motion->baseTotal);
        w.set_explanation(domain::explain(poll.spec().majority, *r.motion));
    } else if (r.choice) {
        w.set_verdict(toWire(r.choice->verdict));
        w.set_required(r.choice->required);
        w.set_base_total(r.choice->baseTotal);
        for (auto i : r.choice->leaders) w.add_leaders(static_cast<std::uint32_t>(i));
        w.set_explanation(domain::describe(poll.spec().majority));
    }
    if (r.quorumAtOpen) *w.mutable_quorum_at_open() = toWire(*r.quorumAtOpen);
    for (const auto &v : r.eligibleAtClose) {
        auto *x = w.add_eligible_at_close();
        x->set_person_id(v.id);
        x->set_weight(v.weight);
    }
    w.set_present_weight(r.presentWeight);
    w.set_entitled_weight(r.entitledWeight);
    if (auto named = poll.namedBallots())
        for (const auto &b : *named) *w.add_ballots() = toWire(b);
    return w;
}

} // namespace ecabinet::hub
