// Conclusions in MeetingSession (issue 6). The replica (Private::state.conclusions) holds what
// the hub lets this device see: approved conclusions on a seat; drafts too on the console of
// the chair or the secretary. GUI thread only.
//
// Drafts are private: on the event socket a draft's change carries no text (text_withheld).
// A seat ignores such events. The chair's and the secretary's consoles keep the change's
// status and revision, mark the text as pending and ask the hub for the list
// (ConclusionsRequest, answered privately); a list older than the replica is asked again.
#include "ErrorText.h"
#include "MeetingSessionPrivate.h"
#include "print/MinutesDocument.h"
#include "protocol/Codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace ecabinet;

namespace ecabinet::client::conclusions {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }
QString tr(const char *text) { return QCoreApplication::translate("MeetingSession", text); }

QString statusText(wire::ConclusionStatus s) {
    switch (s) {
    case wire::CONCLUSION_STATUS_DRAFT: return tr("Draft");
    case wire::CONCLUSION_STATUS_APPROVED: return tr("Approved");
    case wire::CONCLUSION_STATUS_WITHDRAWN: return tr("Withdrawn");
    default: return {};
    }
}

const wire::ConclusionView *viewIn(const wire::Event &ev) {
    switch (ev.change_case()) {
    case wire::Event::kConclusionDrafted: return &ev.conclusion_drafted().conclusion();
    case wire::Event::kConclusionEdited: return &ev.conclusion_edited().conclusion();
    case wire::Event::kConclusionWithdrawn: return &ev.conclusion_withdrawn().conclusion();
    case wire::Event::kConclusionApproved: return &ev.conclusion_approved().conclusion();
    default: return nullptr;
    }
}

} // namespace
} // namespace ecabinet::client::conclusions

using namespace ecabinet::client::conclusions;

bool MeetingSession::Private::seesConclusionDrafts() const {
    return state.you().role() == wire::ROLE_CHAIR || state.you().role() == wire::ROLE_SECRETARY;
}

void MeetingSession::Private::requestConclusions() {
    if (!seesConclusionDrafts() || conclusionsRequest != 0) {
        conclusionsStale = conclusionsRequest != 0; // ask again when the answer in flight is in
        return;
    }
    auto env = protocol::envelope();
    env.mutable_conclusions_request();
    conclusionsStale = false;
    conclusionsRequest = send(std::move(env), QStringLiteral("conclusions"));
}

bool MeetingSession::Private::applyConclusionEvent(const wire::Event &ev) {
    const auto *v = viewIn(ev);
    if (!v) return false;
    const bool drafts = seesConclusionDrafts();
    if (v->status() != wire::CONCLUSION_STATUS_APPROVED && !drafts) return true; // not for this device
    auto *list = state.mutable_conclusions();
    wire::ConclusionView *row = nullptr;
    for (auto &c : *list)
        if (c.id() == v->id()) row = &c;
    if (!row) row = list->Add();
    const std::string keptText = row->text();
    *row = *v;
    if (v->text_withheld()) {
        row->set_text(keptText); // the old text until the new one arrives
        requestConclusions();
    }
    rebuildConclusions();
    if (ev.has_conclusion_approved()) {
        announced = conclusionMap(*row);
        emit q->conclusionAnnounced(qs(v->id()));
    }
    emit q->conclusionsChanged();
    return true;
}

void MeetingSession::Private::onConclusionReply(quint64 id, const QString &command, const wire::Envelope &reply) {
    if (auto it = minutesRequests.find(id); it != minutesRequests.end()) {
        const QString path = it->second;
        minutesRequests.erase(it);
        if (!reply.has_minutes_record()) return; // an error: onReply reports it
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            refuseLocally(QStringLiteral("minutes"), tr("The minutes need a graphical application (fonts)."));
            return;
        }
        try {
            print::loadFonts();
            print::writePdf(print::minutesDocument(reply.minutes_record()), path);
        } catch (const std::exception &e) {
            refuseLocally(QStringLiteral("minutes"),
                          tr("The minutes could not be written to %1: %2").arg(path, QString::fromUtf8(e.what())));
            return;
        }
        minutesPath = path;
        emit q->minutesSaved(path);
        return;
    }
    if (id == conclusionsRequest) {
        conclusionsRequest = 0;
        if (reply.has_meeting_conclusions()) {
            const auto &list = reply.meeting_conclusions();
            if (list.seq() >= state.seq()) {
                *state.mutable_conclusions() = list.conclusions();
                rebuildConclusions();
                emit q->conclusionsChanged();
            } else {
                conclusionsStale = true; // events newer than the list were applied: ask again
            }
        }
        if (conclusionsStale) requestConclusions();
        return;
    }
    if (command == QLatin1String("draftConclusion") && reply.has_ack())
        emit q->conclusionDrafted(qs(reply.ack().created_id()));
}

QVariantMap MeetingSession::Private::conclusionMap(const wire::ConclusionView &v) const {
    QVariantMap m;
    m.insert(QStringLiteral("conclusionId"), qs(v.id()));
    m.insert(QStringLiteral("text"), qs(v.text()));
    m.insert(QStringLiteral("agendaItemId"), qs(v.agenda_item_id()));
    for (const auto &item : state.agenda())
        if (item.id() == v.agenda_item_id()) {
            m.insert(QStringLiteral("itemNumber"), qs(item.number()));
            m.insert(QStringLiteral("itemTitle"), qs(item.title()));
        }
    m.insert(QStringLiteral("byVote"), !v.poll_id().empty());
    return m;
}

void MeetingSession::Private::rebuildConclusions() {
    QList<ConclusionRow> all, current;
    const int currentItem = state.meeting().current_item();
    for (const auto &v : state.conclusions()) {
        ConclusionRow r;
        r.conclusionId = qs(v.id());
        r.agendaItemId = qs(v.agenda_item_id());
        for (const auto &item : state.agenda())
            if (item.id() == v.agenda_item_id()) {
                r.itemIndex = static_cast<int>(item.index());
                r.itemNumber = qs(item.number());
                r.itemTitle = qs(item.title());
            }
        r.text = qs(v.text());
        r.textPending = v.text_withheld();
        r.status = static_cast<int>(v.status());
        r.statusText = statusText(v.status());
        r.revision = static_cast<int>(v.revision());
        r.draftedByName = memberName(v.drafted_by());
        r.decidedByName = v.decided_by().empty() ? QString() : memberName(v.decided_by());
        r.pollId = qs(v.poll_id());
        for (const auto &p : state.polls())
            if (p.id() == v.poll_id()) r.pollQuestion = qs(p.definition().question());
        if (v.approved_at_ms() > 0) r.approvedAt = QDateTime::fromMSecsSinceEpoch(v.approved_at_ms());
        all.push_back(r);
        if (r.itemIndex == currentItem && currentItem >= 0) current.push_back(r);
    }
    // The meeting's record reads in agenda order, then in the order drafted.
    std::stable_sort(all.begin(), all.end(),
                     [](const ConclusionRow &a, const ConclusionRow &b) { return a.itemIndex < b.itemIndex; });
    conclusions.setRows(all);
    currentConclusions.setRows(current);
}

// --- MeetingSession -----------------------------------------------------------------

MeetingConclusionModel *MeetingSession::conclusions() const { return &d->conclusions; }
MeetingConclusionModel *MeetingSession::currentConclusions() const { return &d->currentConclusions; }
bool MeetingSession::canDraftConclusions() const { return d->state.you().role() == wire::ROLE_SECRETARY; }
bool MeetingSession::canApproveConclusions() const { return d->state.you().role() == wire::ROLE_CHAIR; }
QVariantMap MeetingSession::announcedConclusion() const { return d->announced; }
QString MeetingSession::minutesPath() const { return d->minutesPath; }

void MeetingSession::saveMinutes(const QString &path) {
    QString target = path;
    if (target.isEmpty()) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (dir.isEmpty()) dir = QDir::homePath();
        target = QDir(dir).filePath(QStringLiteral("bien-ban-%1.pdf").arg(meetingId()));
    }
    auto env = protocol::envelope();
    env.mutable_minutes_request();
    if (const quint64 id = d->send(std::move(env), QStringLiteral("minutes"))) d->minutesRequests[id] = target;
}

void MeetingSession::dismissAnnouncedConclusion() {
    if (d->announced.isEmpty()) return;
    d->announced.clear();
    emit conclusionsChanged();
}

QVariantList MeetingSession::pollsForConclusion(const QString &conclusionId) const {
    QVariantList out;
    std::string itemId;
    for (const auto &c : d->state.conclusions())
        if (qs(c.id()) == conclusionId) itemId = c.agenda_item_id();
    if (itemId.empty()) return out;
    for (const auto &p : d->state.polls()) {
        if (p.status() != wire::POLL_STATUS_PUBLISHED) continue;
        if (!p.definition().agenda_item_id().empty() && p.definition().agenda_item_id() != itemId) continue;
        QVariantMap m;
        m.insert(QStringLiteral("pollId"), qs(p.id()));
        m.insert(QStringLiteral("question"), qs(p.definition().question()));
        const bool adopted = p.result().verdict() == wire::VERDICT_PASSED;
        m.insert(QStringLiteral("adopted"), adopted);
        m.insert(QStringLiteral("verdictText"), adopted ? tr("Adopted") : tr("Not adopted"));
        out.push_back(m);
    }
    return out;
}

void MeetingSession::draftConclusion(const QString &text, const QString &agendaItemId) {
    QString itemId = agendaItemId;
    const int current = d->state.meeting().current_item();
    if (itemId.isEmpty() && current >= 0 && current < d->state.agenda_size())
        itemId = qs(d->state.agenda(current).id());
    if (itemId.isEmpty()) {
        d->refuseLocally(QStringLiteral("draftConclusion"),
                         tr("Move to an agenda item first: a conclusion belongs to an item."));
        return;
    }
    auto env = protocol::envelope();
    auto *r = env.mutable_draft_conclusion();
    r->set_agenda_item_id(itemId.toStdString());
    r->set_text(text.toStdString());
    d->send(std::move(env), QStringLiteral("draftConclusion"));
}

void MeetingSession::editConclusion(const QString &conclusionId, int revision, const QString &text) {
    auto env = protocol::envelope();
    auto *r = env.mutable_edit_conclusion();
    r->set_conclusion_id(conclusionId.toStdString());
    r->set_expected_revision(static_cast<std::uint32_t>(revision));
    r->set_text(text.toStdString());
    d->send(std::move(env), QStringLiteral("editConclusion"));
}

void MeetingSession::withdrawConclusion(const QString &conclusionId) {
    auto env = protocol::envelope();
    env.mutable_withdraw_conclusion()->set_conclusion_id(conclusionId.toStdString());
    d->send(std::move(env), QStringLiteral("withdrawConclusion"));
}

void MeetingSession::approveConclusion(const QString &conclusionId, int revision, const QString &pollId) {
    auto env = protocol::envelope();
    auto *r = env.mutable_approve_conclusion();
    r->set_conclusion_id(conclusionId.toStdString());
    r->set_expected_revision(static_cast<std::uint32_t>(revision));
    r->set_poll_id(pollId.toStdString());
    d->send(std::move(env), QStringLiteral("approveConclusion"));
}
