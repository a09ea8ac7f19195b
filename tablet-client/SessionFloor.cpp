// The meeting floor in MeetingSession (issue 4): polls and the speaker queue.
// The replica (Private::state) holds Snapshot.polls / Snapshot.speakers with
// every floor event folded in; the models and the poll maps are rebuilt from
// it. GUI thread only. The texts a person reads are made here (translated),
// QML only lays them out.
//
// Secret polls: the hub never sends a choice of a secret poll (neither in a
// PollView nor in BallotCast); this side drops one should it ever arrive, and
// keeps nothing of its own ballot but "sending / recorded / refused".
#include "ErrorText.h"
#include "MeetingSessionPrivate.h"
#include "domain/Quorum.h"
#include "protocol/Codec.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <set>

using namespace ecabinet;

// A named namespace around the helpers: lupdate needs one to take their tr()
// calls (qml/i18n/update.py then files them under "MeetingSession").
namespace ecabinet::client::floor {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

// Context "MeetingSession" for every text of this file (update.py files them there).
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("MeetingSession", text, nullptr, n); }

bool contains(const google::protobuf::RepeatedPtrField<std::string> &list, const std::string &id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

void removeFrom(google::protobuf::RepeatedPtrField<std::string> *list, const std::string &id) {
    list->erase(std::remove(list->begin(), list->end(), id), list->end());
}

QString fractionText(std::uint32_t num, std::uint32_t den) { return QStringLiteral("%1/%2").arg(num).arg(den); }

QString baseText(wire::MajorityBase base) {
    switch (base) {
    case wire::MAJORITY_BASE_CAST: return tr("of the votes cast (in favour + against)");
    case wire::MAJORITY_BASE_CAST_WITH_ABSTAIN: return tr("of the votes cast, abstentions included");
    case wire::MAJORITY_BASE_PRESENT: return tr("of the voting members present");
    case wire::MAJORITY_BASE_ENTITLED: return tr("of all members entitled to vote");
    default: return {};
    }
}

QString majorityText(const wire::MajorityRule &m) {
    if (m.simple()) return tr("Simple majority: more in favour than against");
    const QString share = fractionText(m.num(), m.den());
    return m.comparison() == wire::COMPARISON_AT_LEAST ? tr("At least %1 %2").arg(share, baseText(m.base()))
                                                       : tr("More than %1 %2").arg(share, baseText(m.base()));
}

QString quorumCheckText(const wire::QuorumCheck &q) {
    return q.reached() ? tr("Quorum reached: %1 of %2 entitled members present (%3 needed).")
                             .arg(q.present()).arg(q.entitled()).arg(q.required())
                       : tr("No quorum: %1 of %2 entitled members present (%3 needed).")
                             .arg(q.present()).arg(q.entitled()).arg(q.required());
}

QString statusText(wire::PollStatus s) {
    switch (s) {
    case wire::POLL_STATUS_PREPARED: return tr("Prepared");
    case wire::POLL_STATUS_OPEN: return tr("Voting is open");
    case wire::POLL_STATUS_CLOSED: return tr("Voting closed; result not yet announced");
    case wire::POLL_STATUS_PUBLISHED: return tr("Result announced");
    case wire::POLL_STATUS_CANCELLED: return tr("Cancelled");
    default: return {};
    }
}

QString modeText(wire::PollMode m) {
    switch (m) {
    case wire::POLL_MODE_OPEN: return tr("Open vote (names and choices shown live)");
    case wire::POLL_MODE_NAMED: return tr("Named vote (names shown after closing)");
    case wire::POLL_MODE_SECRET: return tr("Secret ballot");
    default: return {};
    }
}

QStringList optionLabels(const wire::PollDefinition &d) {
    if (d.kind() == wire::POLL_KIND_YES_NO_ABSTAIN) return {tr("In favour"), tr("Against"), tr("Abstain")};
    QStringList out;
    for (const auto &o : d.options()) out << qs(o);
    return out;
}

QString choiceText(const QStringList &labels, const google::protobuf::RepeatedField<std::uint32_t> &selection) {
    if (selection.empty()) return tr("Blank ballot");
    QStringList parts;
    for (const auto i : selection) parts << (int(i) < labels.size() ? labels.at(int(i)) : QString::number(i + 1));
    return parts.join(QStringLiteral(", "));
}

// Live tally of an open-mode poll from its named ballots (the hub publishes
// each ballot's choice in that mode only).
wire::Tally tallyOf(const wire::PollView &v) {
    wire::Tally t;
    const int n = v.definition().kind() == wire::POLL_KIND_YES_NO_ABSTAIN ? 3 : v.definition().options_size();
    for (int i = 0; i < n; ++i)
        t.add_options()->set_label(i < v.definition().options_size() ? v.definition().options(i) : std::string());
    for (const auto &b : v.live_ballots()) {
        t.set_ballots(t.ballots() + 1);
        t.set_ballot_weight(t.ballot_weight() + b.weight());
        if (b.selection().empty()) {
            t.mutable_blank()->set_count(t.blank().count() + 1);
            t.mutable_blank()->set_weight(t.blank().weight() + b.weight());
        }
        for (const auto i : b.selection())
            if (int(i) < t.options_size()) {
                auto *o = t.mutable_options(int(i));
                o->set_count(o->count() + 1);
                o->set_weight(o->weight() + b.weight());
            }
    }
    return t;
}

std::optional<wire::Comparison> comparisonOf(bool atLeast) {
    return atLeast ? wire::COMPARISON_AT_LEAST : wire::COMPARISON_MORE_THAN;
}

} // namespace
} // namespace ecabinet::client::floor

using namespace ecabinet::client::floor;

// --- names ------------------------------------------------------------------------

QString MeetingSession::Private::memberName(const std::string &personId) const {
    const auto *m = member(personId);
    return m ? qs(m->name()) : qs(personId);
}

QString MeetingSession::Private::speakerName(const wire::SpeakerRef &ref) const {
    return ref.name().empty() ? memberName(ref.person_id()) : qs(ref.name());
}

// --- the poll as QML sees it ------------------------------------------------------

QVariantMap MeetingSession::Private::pollMap(const wire::PollView &v) const {
    const auto &def = v.definition();
    const QString id = qs(v.id());
    const std::string &me = state.you().person_id();
    const QStringList labels = optionLabels(def);
    const bool secret = def.mode() == wire::POLL_MODE_SECRET;

    QVariantMap m;
    m[QStringLiteral("pollId")] = id;
    m[QStringLiteral("question")] = qs(def.question());
    m[QStringLiteral("kind")] = int(def.kind());
    m[QStringLiteral("mode")] = int(def.mode());
    m[QStringLiteral("status")] = int(v.status());
    m[QStringLiteral("statusText")] = statusText(v.status());
    m[QStringLiteral("modeText")] = modeText(def.mode());
    m[QStringLiteral("options")] = labels;
    m[QStringLiteral("minSelections")] = def.kind() == wire::POLL_KIND_YES_NO_ABSTAIN ? 1 : int(def.min_selections());
    m[QStringLiteral("maxSelections")] = def.kind() == wire::POLL_KIND_YES_NO_ABSTAIN ? 1 : int(def.max_selections());
    m[QStringLiteral("allowChange")] = def.allow_change() && !secret;
    m[QStringLiteral("majorityText")] = majorityText(def.majority());
    m[QStringLiteral("agendaItemId")] = qs(def.agenda_item_id());
    m[QStringLiteral("rerunOf")] = qs(v.rerun_of());

    const auto &p = v.progress();
    m[QStringLiteral("ballotsIn")] = int(p.ballots_in());
    m[QStringLiteral("eligible")] = int(p.eligible());
    QStringList voted, notVoted;
    for (const auto &x : p.voted()) voted << memberName(x);
    for (const auto &x : p.not_voted()) notVoted << memberName(x);
    m[QStringLiteral("votedNames")] = voted;
    m[QStringLiteral("notVotedNames")] = notVoted;

    const bool hasVoted = !me.empty() && contains(p.voted(), me);
    const int myBallot = myBallots.value(id, PollModel::BallotNone);
    bool inElectorate = false;
    for (const auto &e : v.electorate()) inElectorate = inElectorate || (!me.empty() && e.person_id() == me);
    m[QStringLiteral("hasVoted")] = hasVoted;
    m[QStringLiteral("myBallot")] = myBallot;
    m[QStringLiteral("canVote")] = v.status() == wire::POLL_STATUS_OPEN && inElectorate &&
                                   (!hasVoted || (def.allow_change() && !secret)) &&
                                   myBallot != PollModel::BallotSending;
    QString principal;
    for (const auto &x : v.proxies())
        if (!me.empty() && x.holder() == me) principal = qs(x.principal());
    m[QStringLiteral("proxyPrincipalId")] = principal;
    m[QStringLiteral("proxyPrincipalName")] = principal.isEmpty() ? QString() : memberName(principal.toStdString());
    m[QStringLiteral("proxyPrincipalVoted")] = !principal.isEmpty() && contains(p.voted(), principal.toStdString());
    QStringList proxies;
    for (const auto &x : v.proxies())
        proxies << tr("%1 for %2").arg(memberName(x.holder()), memberName(x.principal()));
    m[QStringLiteral("proxiesText")] = proxies.isEmpty() ? QString() : tr("Proxies: %1").arg(proxies.join(QStringLiteral("; ")));

    // The tally: the result once closed, live in open mode, otherwise unknown here.
    const bool hasResult = v.has_result();
    const bool live = !hasResult && v.status() == wire::POLL_STATUS_OPEN && def.mode() == wire::POLL_MODE_OPEN;
    const wire::Tally tally = hasResult ? v.result().tally() : live ? tallyOf(v) : wire::Tally();
    m[QStringLiteral("resultVisible")] = hasResult || live;
    QVariantList bars;
    for (int i = 0; i < tally.options_size(); ++i) {
        const auto &o = tally.options(i);
        QVariantMap bar;
        bar[QStringLiteral("label")] = i < labels.size() ? labels.at(i) : qs(o.label());
        bar[QStringLiteral("count")] = int(o.count());
        bar[QStringLiteral("weight")] = qint64(o.weight());
        bar[QStringLiteral("share")] = tally.ballot_weight() > 0 ? double(o.weight()) / double(tally.ballot_weight()) : 0.0;
        bars << bar;
    }
    m[QStringLiteral("tally")] = bars;
    m[QStringLiteral("blankCount")] = int(tally.blank().count());
    m[QStringLiteral("ballotWeight")] = qint64(tally.ballot_weight());

    // The verdict: only from the hub's result (exact arithmetic lives there).
    int verdict = PollModel::VerdictNone;
    QString verdictText, requiredText;
    if (hasResult) {
        const auto &r = v.result();
        verdict = int(r.verdict());
        QStringList leaders;
        for (const auto i : r.leaders()) leaders << (int(i) < labels.size() ? labels.at(int(i)) : QString::number(i + 1));
        const bool choice = def.kind() == wire::POLL_KIND_CHOICE;
        switch (r.verdict()) {
        case wire::VERDICT_PASSED:
            verdictText = choice && !leaders.isEmpty() ? tr("Adopted: %1").arg(leaders.join(QStringLiteral(", ")))
                                                       : tr("Adopted");
            break;
        case wire::VERDICT_FAILED:
            verdictText = choice ? tr("Not adopted: no option reached the required majority") : tr("Not adopted");
            break;
        case wire::VERDICT_TIE:
            verdictText = choice && !leaders.isEmpty()
                              ? tr("Tie between %1: not adopted").arg(leaders.join(QStringLiteral(", ")))
                              : tr("Tie: not adopted");
            break;
        default: break;
        }
        requiredText = def.majority().simple()
                           ? tr("Adopted with more votes in favour than against.")
                           : tr("%1 needed to adopt (base %2).").arg(r.required()).arg(r.base_total());
    }
    m[QStringLiteral("verdict")] = verdict;
    m[QStringLiteral("verdictText")] = verdictText;
    m[QStringLiteral("requiredText")] = requiredText;

    // Quorum: recorded at open (result or event), else as it would be now.
    m[QStringLiteral("quorumRequired")] = def.has_quorum();
    bool quorumReached = true;
    QString quorumText;
    if (hasResult && v.result().has_quorum_at_open()) {
        quorumReached = v.result().quorum_at_open().reached();
        quorumText = quorumCheckText(v.result().quorum_at_open());
    } else if (quorumAtOpen.contains(id)) {
        quorumReached = quorumAtOpen.value(id).reached();
        quorumText = quorumCheckText(quorumAtOpen.value(id));
    } else if (def.has_quorum()) {
        const auto rule = domain::QuorumRule::of(def.quorum().num(), def.quorum().den(),
                                                 def.quorum().comparison() == wire::COMPARISON_AT_LEAST
                                                     ? domain::Comparison::AtLeast
                                                     : domain::Comparison::MoreThan);
        const auto check = domain::checkQuorum(rule, state.attendance().entitled_present(), state.attendance().entitled());
        if (check) {
            quorumReached = check->reached;
            quorumText = check->reached ? tr("Quorum now: %1 of %2 entitled members present (%3 needed).")
                                              .arg(check->present).arg(check->entitled).arg(check->required)
                                        : tr("No quorum now: %1 of %2 entitled members present (%3 needed).")
                                              .arg(check->present).arg(check->entitled).arg(check->required);
        } else {
            quorumReached = false;
            quorumText = tr("The quorum rule cannot be checked: %1").arg(qs(check.error().text));
        }
    }
    m[QStringLiteral("quorumReached")] = quorumReached;
    m[QStringLiteral("quorumText")] = quorumText;
    m[QStringLiteral("isActive")] = false;
    return m;
}

void MeetingSession::Private::rebuildPolls() {
    QList<QVariantMap> rows;
    rows.reserve(state.polls_size());
    for (const auto &v : state.polls()) rows << pollMap(v);

    int active = -1;
    for (int i = int(rows.size()) - 1; i >= 0 && active < 0; --i)
        if (rows.at(i).value(QStringLiteral("status")).toInt() == PollModel::StatusOpen) active = i;
    for (int i = int(rows.size()) - 1; i >= 0 && active < 0; --i) {
        const int s = rows.at(i).value(QStringLiteral("status")).toInt();
        if (s == PollModel::StatusClosed || s == PollModel::StatusPublished) active = i;
    }
    if (active >= 0) rows[active][QStringLiteral("isActive")] = true;

    int focus = -1;
    for (int i = 0; i < rows.size(); ++i)
        if (!focusPollId.isEmpty() && rows.at(i).value(QStringLiteral("pollId")).toString() == focusPollId) focus = i;
    for (int i = int(rows.size()) - 1; i >= 0 && focus < 0; --i)
        if (rows.at(i).value(QStringLiteral("status")).toInt() != PollModel::StatusCancelled) focus = i;
    if (focus < 0 && !rows.isEmpty()) focus = int(rows.size()) - 1;

    polls.setPolls(rows);
    const QVariantMap newActive = active >= 0 ? rows.at(active) : QVariantMap();
    const QVariantMap newFocus = focus >= 0 ? rows.at(focus) : QVariantMap();

    // Who has voted in the focus poll: names with marks, choices only where the mode shows them.
    QList<VoterRow> voters;
    if (focus >= 0) {
        const auto &v = state.polls(focus);
        const QStringList labels = optionLabels(v.definition());
        const bool secret = v.definition().mode() == wire::POLL_MODE_SECRET;
        const auto &named = v.has_result() ? v.result().ballots() : v.live_ballots();
        for (const auto &e : v.electorate()) {
            VoterRow r;
            r.personId = qs(e.person_id());
            r.name = memberName(e.person_id());
            r.hasVoted = contains(v.progress().voted(), e.person_id());
            r.present = r.hasVoted || contains(v.progress().not_voted(), e.person_id());
            for (const auto &b : named) {
                if (b.voter() != e.person_id()) continue;
                if (!b.cast_by().empty() && b.cast_by() != b.voter()) r.castByName = memberName(b.cast_by());
                if (!secret) r.choiceText = choiceText(labels, b.selection());
            }
            voters << r;
        }
    }
    focusVoters.setVoters(voters);

    if (newActive != activePoll || newFocus != focusPoll) {
        activePoll = newActive;
        focusPoll = newFocus;
        emit q->pollsChanged();
    }
}

// Who is eligible now in each open poll, as the hub counts it (shared/domain/Poll
// eligibleNow): voted, present, or represented by a present proxy holder.
void MeetingSession::Private::refreshProgress() {
    std::set<std::string> here;
    for (const auto &m : state.members())
        if (m.present()) here.insert(m.id());
    for (auto &v : *state.mutable_polls()) {
        if (v.status() != wire::POLL_STATUS_OPEN) continue;
        auto *p = v.mutable_progress();
        p->clear_not_voted();
        std::uint32_t eligible = 0;
        for (const auto &e : v.electorate()) {
            const std::string &id = e.person_id();
            bool ok = contains(p->voted(), id) || here.contains(id);
            for (const auto &x : v.proxies()) ok = ok || (x.principal() == id && here.contains(x.holder()));
            if (!ok) continue;
            ++eligible;
            if (!contains(p->voted(), id)) p->add_not_voted(id);
        }
        p->set_eligible(eligible);
    }
}

// --- speakers ---------------------------------------------------------------------

void MeetingSession::Private::rebuildSpeakers() {
    const std::string &me = state.you().person_id();
    QList<SpeakerRow> rows;
    for (const auto &e : state.speakers().queue()) {
        SpeakerRow r;
        r.personId = qs(e.speaker().person_id());
        r.name = speakerName(e.speaker());
        r.pointOfOrder = e.kind() == wire::FLOOR_KIND_POINT_OF_ORDER;
        r.isMe = !me.empty() && e.speaker().person_id() == me;
        r.requestedAtMs = e.requested_at_ms();
        rows << r;
    }
    speakerQueue.setSpeakers(rows);
    emit q->speakersChanged();
    updateSpeakingTimer();
}

void MeetingSession::Private::updateSpeakingTimer() {
    if (state.speakers().has_current()) {
        if (!speakingTimer.isActive()) speakingTimer.start();
    } else {
        speakingTimer.stop();
    }
    emit q->speakingTimeChanged();
}

void MeetingSession::Private::setHubTime(qint64 hubMs) {
    hubOffsetMs = hubMs - QDateTime::currentMSecsSinceEpoch();
}

qint64 MeetingSession::Private::hubNowMs() const { return QDateTime::currentMSecsSinceEpoch() + hubOffsetMs; }

void MeetingSession::Private::rebuildFloor() {
    rebuildPolls();
    rebuildSpeakers();
}

// --- events -----------------------------------------------------------------------

bool MeetingSession::Private::applyFloorEvent(const wire::Event &ev) {
    auto find = [this](const std::string &id) -> wire::PollView * {
        for (auto &v : *state.mutable_polls())
            if (v.id() == id) return &v;
        return nullptr;
    };
    switch (ev.change_case()) {
    case wire::Event::kPollPrepared: {
        const auto &view = ev.poll_prepared().poll();
        if (auto *v = find(view.id()))
            *v = view;
        else
            *state.add_polls() = view;
        break;
    }
    case wire::Event::kPollOpened: {
        const auto &o = ev.poll_opened();
        auto *v = find(o.poll_id());
        if (!v) return true;
        v->set_status(wire::POLL_STATUS_OPEN);
        v->set_opened_at_ms(o.opened_at_ms());
        *v->mutable_progress() = o.progress();
        if (o.has_quorum()) quorumAtOpen.insert(qs(o.poll_id()), o.quorum());
        break;
    }
    case wire::Event::kPollOpenRefused: {
        const auto &r = ev.poll_open_refused();
        if (r.has_quorum()) quorumAtOpen.insert(qs(r.poll_id()), r.quorum());
        break;
    }
    case wire::Event::kBallotCast: {
        const auto &b = ev.ballot_cast();
        auto *v = find(b.poll_id());
        if (!v) return true;
        auto *p = v->mutable_progress();
        if (!contains(p->voted(), b.voter())) p->add_voted(b.voter());
        removeFrom(p->mutable_not_voted(), b.voter());
        p->set_ballots_in(b.ballots_in());
        p->set_eligible(b.eligible());
        // Open mode only: the choice is public. Anything else is never kept.
        if (v->definition().mode() == wire::POLL_MODE_OPEN && v->status() == wire::POLL_STATUS_OPEN) {
            wire::NamedBallot *slot = nullptr;
            for (auto &x : *v->mutable_live_ballots())
                if (x.voter() == b.voter()) slot = &x;
            if (!slot) slot = v->add_live_ballots();
            slot->set_voter(b.voter());
            slot->set_cast_by(b.cast_by());
            *slot->mutable_selection() = b.selection();
            slot->set_weight(b.weight());
            *v->mutable_live_tally() = tallyOf(*v);
        }
        break;
    }
    case wire::Event::kPollClosed: {
        const auto &c = ev.poll_closed();
        auto *v = find(c.poll_id());
        if (!v) return true;
        v->set_status(wire::POLL_STATUS_CLOSED);
        v->set_closed_at_ms(c.closed_at_ms());
        *v->mutable_result() = c.result();
        v->clear_live_ballots();
        v->clear_live_tally();
        auto *p = v->mutable_progress();
        p->clear_not_voted();
        for (const auto &e : c.result().eligible_at_close())
            if (!contains(p->voted(), e.person_id())) p->add_not_voted(e.person_id());
        p->set_eligible(static_cast<std::uint32_t>(c.result().eligible_at_close_size()));
        break;
    }
    case wire::Event::kPollPublished: {
        const auto &pub = ev.poll_published();
        auto *v = find(pub.poll_id());
        if (!v) return true;
        v->set_status(wire::POLL_STATUS_PUBLISHED);
        *v->mutable_result() = pub.result();
        break;
    }
    case wire::Event::kPollCancelled: {
        if (auto *v = find(ev.poll_cancelled().poll_id())) v->set_status(wire::POLL_STATUS_CANCELLED);
        break;
    }
    case wire::Event::kProxyDeclared: {
        const auto &x = ev.proxy_declared();
        auto *v = find(x.poll_id());
        if (!v) return true;
        auto *proxy = v->add_proxies();
        proxy->set_holder(x.holder());
        proxy->set_principal(x.principal());
        break;
    }
    case wire::Event::kSpeakersChanged:
        *state.mutable_speakers() = ev.speakers_changed().speakers();
        rebuildSpeakers();
        return true;
    default: return false;
    }
    rebuildPolls();
    return true;
}

// --- replies ----------------------------------------------------------------------

void MeetingSession::Private::onFloorReply(quint64 id, const QString &, const wire::Envelope &reply) {
    if (auto it = prepareRequests.find(id); it != prepareRequests.end()) {
        prepareRequests.erase(it);
        if (reply.has_ack() && !reply.ack().created_id().empty()) {
            const QString pollId = qs(reply.ack().created_id());
            focusPollId = pollId; // the console shows what it just prepared
            rebuildPolls();
            emit q->pollPrepared(pollId);
        }
    }
    auto it = ballotRequests.find(id);
    if (it == ballotRequests.end()) return;
    const auto [pollId, own] = it->second;
    ballotRequests.erase(it);
    if (reply.has_error()) {
        if (own) myBallots.insert(pollId, PollModel::BallotRefused);
        rebuildPolls();
        emit q->ballotRefused(pollId, client::errorText(reply.error()));
        return;
    }
    // The Ack comes only after the hub committed the ballot: now it is a receipt.
    // (A proxy ballot's receipt is the signal; "has the principal voted" comes from the hub.)
    if (own) myBallots.insert(pollId, PollModel::BallotRecorded);
    rebuildPolls();
    emit q->ballotRecorded(pollId);
}

// --- commands ---------------------------------------------------------------------

void MeetingSession::preparePoll(const QVariantMap &def) {
    const QString command = QStringLiteral("preparePoll");
    auto refuse = [&](const QString &text) { d->refuseLocally(command, text); };
    auto text = [&](const char *key, const QString &fallback = {}) {
        const QString v = def.value(QLatin1String(key)).toString().trimmed();
        return v.isEmpty() ? fallback : v;
    };
    auto number = [&](const char *key, int fallback) {
        bool ok = false;
        const int v = def.value(QLatin1String(key)).toInt(&ok);
        return def.contains(QLatin1String(key)) && ok ? v : fallback;
    };

    wire::Envelope env = protocol::envelope();
    auto *d_ = env.mutable_prepare_poll()->mutable_definition();
    const QString question = text("question");
    if (question.isEmpty()) return refuse(tr("Write the question to be voted on first."));
    d_->set_question(question.toStdString());

    const QString kind = text("kind", QStringLiteral("yesno"));
    if (kind == QLatin1String("yesno")) {
        d_->set_kind(wire::POLL_KIND_YES_NO_ABSTAIN);
    } else if (kind == QLatin1String("choice")) {
        d_->set_kind(wire::POLL_KIND_CHOICE);
        QStringList options;
        for (const auto &o : def.value(QStringLiteral("options")).toStringList())
            if (!o.trimmed().isEmpty()) options << o.trimmed();
        if (options.size() < 2) return refuse(tr("A choice needs at least two options."));
        for (const auto &o : options) d_->add_options(o.toStdString());
        const int min = number("minSelections", 1), max = number("maxSelections", 1);
        if (min < 0 || max < 1 || min > max || max > options.size())
            return refuse(tr("Choose between %1 and %2 options: the numbers do not fit the %n option(s).", nullptr, int(options.size()))
                              .arg(min).arg(max));
        d_->set_min_selections(static_cast<std::uint32_t>(min));
        d_->set_max_selections(static_cast<std::uint32_t>(max));
    } else {
        return refuse(tr("Unknown kind of poll \"%1\" (yesno or choice).").arg(kind));
    }

    const QString mode = text("mode", QStringLiteral("named"));
    if (mode == QLatin1String("open")) d_->set_mode(wire::POLL_MODE_OPEN);
    else if (mode == QLatin1String("named")) d_->set_mode(wire::POLL_MODE_NAMED);
    else if (mode == QLatin1String("secret")) d_->set_mode(wire::POLL_MODE_SECRET);
    else return refuse(tr("Unknown voting mode \"%1\" (open, named or secret).").arg(mode));
    const bool allowChange = def.value(QStringLiteral("allowChange")).toBool();
    if (allowChange && mode == QLatin1String("secret"))
        return refuse(tr("A secret ballot cannot be changed once cast; turn off \"allow changing the vote\"."));
    d_->set_allow_change(allowChange);

    auto *maj = d_->mutable_majority();
    const QString rule = text("majority", QStringLiteral("simple"));
    if (rule == QLatin1String("simple")) {
        maj->set_simple(true);
    } else {
        std::uint32_t num = 0, den = 0;
        bool atLeast = true;
        if (rule == QLatin1String("absolute")) { num = 1; den = 2; atLeast = false; }
        else if (rule == QLatin1String("twoThirds")) { num = 2; den = 3; }
        else if (rule == QLatin1String("threeQuarters")) { num = 3; den = 4; }
        else if (rule == QLatin1String("custom")) {
            const int n = number("num", 0), dd = number("den", 0);
            if (n <= 0 || dd <= 0 || n > dd) return refuse(tr("The majority must be a fraction p/q with 0 < p ≤ q."));
            num = std::uint32_t(n);
            den = std::uint32_t(dd);
            atLeast = def.value(QStringLiteral("atLeast"), true).toBool();
        } else {
            return refuse(tr("Unknown majority rule \"%1\".").arg(rule));
        }
        maj->set_num(num);
        maj->set_den(den);
        maj->set_comparison(*comparisonOf(atLeast));
    }
    const QString base = text("base", rule == QLatin1String("simple") ? QStringLiteral("cast") : QStringLiteral("entitled"));
    if (base == QLatin1String("cast")) maj->set_base(wire::MAJORITY_BASE_CAST);
    else if (base == QLatin1String("castWithAbstain")) maj->set_base(wire::MAJORITY_BASE_CAST_WITH_ABSTAIN);
    else if (base == QLatin1String("present")) maj->set_base(wire::MAJORITY_BASE_PRESENT);
    else if (base == QLatin1String("entitled")) maj->set_base(wire::MAJORITY_BASE_ENTITLED);
    else return refuse(tr("Unknown majority base \"%1\".").arg(base));

    const QString quorum = text("quorum", QStringLiteral("none"));
    if (quorum != QLatin1String("none")) {
        auto *qr = d_->mutable_quorum();
        if (quorum == QLatin1String("half")) { qr->set_num(1); qr->set_den(2); qr->set_comparison(wire::COMPARISON_MORE_THAN); }
        else if (quorum == QLatin1String("twoThirds")) { qr->set_num(2); qr->set_den(3); qr->set_comparison(wire::COMPARISON_AT_LEAST); }
        else if (quorum == QLatin1String("custom")) {
            const int n = number("quorumNum", 0), dd = number("quorumDen", 0);
            if (n <= 0 || dd <= 0 || n > dd) return refuse(tr("The quorum must be a fraction p/q with 0 < p ≤ q."));
            qr->set_num(std::uint32_t(n));
            qr->set_den(std::uint32_t(dd));
            qr->set_comparison(*comparisonOf(def.value(QStringLiteral("quorumAtLeast"), true).toBool()));
        } else {
            return refuse(tr("Unknown quorum rule \"%1\".").arg(quorum));
        }
    }

    QString item = def.contains(QStringLiteral("agendaItemId")) ? def.value(QStringLiteral("agendaItemId")).toString()
                                                                 : QString();
    if (!def.contains(QStringLiteral("agendaItemId")) && currentItem() >= 0 && currentItem() < itemCount())
        item = qs(d->state.agenda(currentItem()).id());
    d_->set_agenda_item_id(item.toStdString());

    if (const quint64 id = d->send(std::move(env), command)) d->prepareRequests[id] = command;
}

namespace {
wire::Envelope pollCommand(void (*fill)(wire::Envelope &, const std::string &), const QString &pollId) {
    auto env = protocol::envelope();
    fill(env, pollId.toStdString());
    return env;
}
} // namespace

void MeetingSession::openPoll(const QString &pollId) {
    d->send(pollCommand([](wire::Envelope &e, const std::string &id) { e.mutable_open_poll()->set_poll_id(id); }, pollId),
            QStringLiteral("openPoll"));
}

void MeetingSession::closePoll(const QString &pollId) {
    d->send(pollCommand([](wire::Envelope &e, const std::string &id) { e.mutable_close_poll()->set_poll_id(id); }, pollId),
            QStringLiteral("closePoll"));
}

void MeetingSession::publishPoll(const QString &pollId) {
    d->send(pollCommand([](wire::Envelope &e, const std::string &id) { e.mutable_publish_poll()->set_poll_id(id); },
                        pollId),
            QStringLiteral("publishPoll"));
}

void MeetingSession::cancelPoll(const QString &pollId, bool rerun) {
    auto env = protocol::envelope();
    env.mutable_cancel_poll()->set_poll_id(pollId.toStdString());
    env.mutable_cancel_poll()->set_rerun(rerun);
    if (const quint64 id = d->send(std::move(env), QStringLiteral("cancelPoll")); id && rerun)
        d->prepareRequests[id] = QStringLiteral("cancelPoll");
}

void MeetingSession::castBallot(const QString &pollId, const QList<int> &selection, const QString &onBehalfOf) {
    const QString command = QStringLiteral("castBallot");
    if (d->myBallots.value(pollId) == PollModel::BallotSending)
        return d->refuseLocally(command, tr("Your ballot is already on its way; wait for the receipt."));
    auto env = protocol::envelope();
    auto *b = env.mutable_cast_ballot();
    b->set_poll_id(pollId.toStdString());
    for (const int i : selection) {
        if (i < 0) return d->refuseLocally(command, tr("That choice is not on the ballot."));
        b->add_selection(static_cast<std::uint32_t>(i));
    }
    b->set_on_behalf_of(onBehalfOf.toStdString());
    // The agent keeps this request id for every retry (reconnect, timeout): the
    // hub counts it once. myBallot tracks the person's own ballot only; a proxy
    // ballot's receipt is the same ballotRecorded signal.
    const quint64 id = d->send(std::move(env), command);
    if (!id) return;
    d->ballotRequests[id] = {pollId, onBehalfOf.isEmpty()};
    if (onBehalfOf.isEmpty()) {
        d->myBallots.insert(pollId, PollModel::BallotSending);
        d->rebuildPolls();
    }
}

void MeetingSession::declareProxy(const QString &pollId, const QString &holderId, const QString &principalId) {
    auto env = protocol::envelope();
    auto *x = env.mutable_declare_proxy();
    x->set_poll_id(pollId.toStdString());
    x->set_holder(holderId.toStdString());
    x->set_principal(principalId.toStdString());
    d->send(std::move(env), QStringLiteral("declareProxy"));
}

void MeetingSession::requestFloor(bool pointOfOrder) {
    auto env = protocol::envelope();
    env.mutable_request_floor()->set_point_of_order(pointOfOrder);
    d->send(std::move(env), QStringLiteral("requestFloor"));
}

void MeetingSession::withdrawFloor() {
    auto env = protocol::envelope();
    env.mutable_withdraw_floor();
    d->send(std::move(env), QStringLiteral("withdrawFloor"));
}

void MeetingSession::withdrawSpeaker(const QString &personId, const QString &name) {
    auto env = protocol::envelope();
    env.mutable_withdraw_floor()->set_person_id(personId.toStdString());
    env.mutable_withdraw_floor()->set_name(name.toStdString());
    d->send(std::move(env), QStringLiteral("withdrawFloor"));
}

void MeetingSession::grantFloor(const QString &personId, const QString &name) {
    if (personId.isEmpty() && name.trimmed().isEmpty())
        return d->refuseLocally(QStringLiteral("grantFloor"), tr("Choose who gets the floor."));
    auto env = protocol::envelope();
    env.mutable_grant_floor()->set_person_id(personId.toStdString());
    env.mutable_grant_floor()->set_name(name.trimmed().toStdString());
    d->send(std::move(env), QStringLiteral("grantFloor"));
}

void MeetingSession::nextSpeaker() {
    auto env = protocol::envelope();
    env.mutable_next_speaker();
    d->send(std::move(env), QStringLiteral("nextSpeaker"));
}

void MeetingSession::endSpeech() {
    auto env = protocol::envelope();
    env.mutable_end_speech();
    d->send(std::move(env), QStringLiteral("endSpeech"));
}

void MeetingSession::setSpeakingTime(int seconds) {
    if (seconds < 0) return d->refuseLocally(QStringLiteral("setSpeakingTime"), tr("A speaking time cannot be negative."));
    auto env = protocol::envelope();
    env.mutable_set_speaking_time()->set_time_limit_ms(qint64(seconds) * 1000);
    d->send(std::move(env), QStringLiteral("setSpeakingTime"));
}

void MeetingSession::addSpeakerWithoutTablet(const QString &name, bool pointOfOrder) {
    const QString command = QStringLiteral("addSpeaker");
    if (name.trimmed().isEmpty()) return d->refuseLocally(command, tr("Write the speaker's name first."));
    auto env = protocol::envelope();
    env.mutable_request_floor()->set_name(name.trimmed().toStdString());
    env.mutable_request_floor()->set_point_of_order(pointOfOrder);
    d->send(std::move(env), command);
}

// --- properties -------------------------------------------------------------------

PollModel *MeetingSession::polls() const { return &d->polls; }
QVariantMap MeetingSession::activePoll() const { return d->activePoll; }
bool MeetingSession::hasActivePoll() const { return !d->activePoll.isEmpty(); }
QString MeetingSession::focusPollId() const { return d->focusPoll.value(QStringLiteral("pollId")).toString(); }
void MeetingSession::setFocusPollId(const QString &pollId) {
    if (pollId == d->focusPollId) return;
    d->focusPollId = pollId;
    d->rebuildPolls();
}
QVariantMap MeetingSession::focusPoll() const { return d->focusPoll; }
VoterProgressModel *MeetingSession::focusVoters() const { return &d->focusVoters; }
bool MeetingSession::canManagePolls() const { return role() == Chair || role() == Secretary; }

QVariantMap MeetingSession::poll(const QString &pollId) const {
    for (const auto &m : d->polls.polls())
        if (m.value(QStringLiteral("pollId")).toString() == pollId) return m;
    return {};
}

bool MeetingSession::quorumPresent() const {
    const auto check = domain::checkQuorum(domain::QuorumRule::moreThanHalf(), d->state.attendance().entitled_present(),
                                           d->state.attendance().entitled());
    return check && check->reached;
}

QString MeetingSession::quorumText() const {
    const auto check = domain::checkQuorum(domain::QuorumRule::moreThanHalf(), d->state.attendance().entitled_present(),
                                           d->state.attendance().entitled());
    if (!check) return tr("Quorum unknown: %1").arg(qs(check.error().text));
    return check->reached ? tr("Quorum (more than half): %1 of %2 present, %3 needed.")
                                .arg(check->present).arg(check->entitled).arg(check->required)
                          : tr("No quorum (more than half): %1 of %2 present, %3 needed.")
                                .arg(check->present).arg(check->entitled).arg(check->required);
}

SpeakerQueueModel *MeetingSession::speakerQueue() const { return &d->speakerQueue; }
bool MeetingSession::someoneSpeaking() const { return d->state.speakers().has_current(); }
QString MeetingSession::currentSpeakerId() const {
    return someoneSpeaking() ? qs(d->state.speakers().current().speaker().person_id()) : QString();
}
QString MeetingSession::currentSpeakerName() const {
    return someoneSpeaking() ? d->speakerName(d->state.speakers().current().speaker()) : QString();
}
bool MeetingSession::currentSpeakerPointOfOrder() const {
    return someoneSpeaking() && d->state.speakers().current().kind() == wire::FLOOR_KIND_POINT_OF_ORDER;
}
bool MeetingSession::amSpeaking() const {
    return someoneSpeaking() && checkedIn() &&
           d->state.speakers().current().speaker().person_id() == d->state.you().person_id();
}
int MeetingSession::myQueuePosition() const {
    const auto &rows = d->speakerQueue.speakers();
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).isMe) return i + 1;
    return 0;
}
bool MeetingSession::myRequestIsPointOfOrder() const {
    const int p = myQueuePosition();
    return p > 0 && d->speakerQueue.speakers().at(p - 1).pointOfOrder;
}
qint64 MeetingSession::speakingTimeLimitMs() const { return d->state.speakers().time_limit_ms(); }
qint64 MeetingSession::speakingElapsedMs() const {
    if (!someoneSpeaking()) return 0;
    return std::max<qint64>(0, d->hubNowMs() - d->state.speakers().current().started_at_ms());
}
qint64 MeetingSession::speakingTimeLeftMs() const {
    if (!someoneSpeaking() || speakingTimeLimitMs() <= 0) return 0;
    return speakingTimeLimitMs() - speakingElapsedMs();
}
bool MeetingSession::speakingOvertime() const { return speakingTimeLimitMs() > 0 && someoneSpeaking() && speakingTimeLeftMs() < 0; }
QString MeetingSession::speakingTimeText() const {
    if (!someoneSpeaking()) return {};
    auto clock = [](qint64 seconds) {
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    if (speakingTimeLimitMs() <= 0) return clock(speakingElapsedMs() / 1000);
    const qint64 left = speakingTimeLeftMs();
    return left >= 0 ? clock((left + 999) / 1000) : QStringLiteral("+") + clock(-left / 1000);
}
qint64 MeetingSession::hubClockOffsetMs() const { return d->hubOffsetMs; }

QByteArray MeetingSession::replicaForTest() const {
    const std::string bytes = d->state.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}
