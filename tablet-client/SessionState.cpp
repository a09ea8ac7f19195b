// MeetingSession's replica of the hub's state: the snapshot, then every event
// folded in, mirrored into the list models. GUI thread only.
#include "MeetingSessionPrivate.h"

#include <algorithm>

using namespace ecabinet;

namespace {

MeetingSession::Role toRole(wire::Role r) {
    switch (r) {
    case wire::ROLE_CHAIR: return MeetingSession::Chair;
    case wire::ROLE_SECRETARY: return MeetingSession::Secretary;
    case wire::ROLE_DELEGATE: return MeetingSession::Delegate;
    case wire::ROLE_GUEST: return MeetingSession::Guest;
    case wire::ROLE_OBSERVER: return MeetingSession::Observer;
    default: return MeetingSession::NoRole;
    }
}

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

MeetingSession::Role sessionRole(wire::Role r) { return toRole(r); }

QString MeetingSession::Private::seatLabel(const std::string &seatId) const {
    if (seatId.empty()) return {};
    for (const auto &s : state.seats())
        if (s.id() == seatId) return qs(s.label());
    return qs(seatId);
}

const wire::Member *MeetingSession::Private::member(const std::string &personId) const {
    if (personId.empty()) return nullptr;
    for (const auto &m : state.members())
        if (m.id() == personId) return &m;
    return nullptr;
}

void MeetingSession::Private::applySnapshot(const wire::Snapshot &snapshot) {
    const int oldItem = hasState ? state.meeting().current_item() : -2;
    if (snapshot.you().person_id() != state.you().person_id() || snapshot.meeting_id() != state.meeting_id())
        myBallots.clear();
    state = snapshot;
    hasState = true;
    rebuildAgenda();
    rebuildMembers();
    rebuildDocuments();
    rebuildFloor();
    rebuildConclusions();
    emit q->conclusionsChanged();
    presentationUpdated();
    emit q->meetingChanged();
    if (oldItem != state.meeting().current_item()) emit q->currentItemChanged();
    emit q->attendanceChanged();
    emit q->youChanged();
    emit q->seqChanged();
}

void MeetingSession::Private::rebuildAgenda() {
    QList<AgendaRow> rows;
    for (const auto &item : state.agenda())
        rows.push_back({qs(item.id()), static_cast<int>(item.index()), qs(item.number()), qs(item.title()),
                        qs(item.presenter()), item.documents_size()});
    agenda.setItems(rows);
    agenda.setCurrent(state.meeting().current_item());
}

void MeetingSession::Private::rebuildMembers() {
    QList<MemberRow> rows;
    for (const auto &m : state.members())
        rows.push_back({qs(m.id()), qs(m.name()), qs(m.position()), toRole(m.role()), m.entitled(), m.present(),
                        seatLabel(m.seat_id())});
    members.setMembers(rows);
}

void MeetingSession::Private::rebuildDocuments() {
    QList<DocumentRow> rows;
    for (int i = 0; i < state.agenda_size(); ++i)
        for (const auto &d : state.agenda(i).documents()) {
            DocumentRow r;
            r.documentId = qs(d.id());
            r.title = qs(d.title());
            r.sha256 = qs(d.sha256());
            r.size = static_cast<qint64>(d.size());
            r.pageCount = static_cast<int>(d.page_count());
            r.itemIndex = i;
            r.version = static_cast<int>(std::max<std::uint32_t>(1, d.version()));
            QStringList pages;
            for (auto p : d.changed_pages()) pages << QString::number(p);
            r.changedPages = pages.join(QStringLiteral(", "));
            r.confidential = d.access() == wire::DOCUMENT_ACCESS_CONFIDENTIAL;
            r.access = r.confidential                              ? QStringLiteral("confidential")
                       : d.access() == wire::DOCUMENT_ACCESS_NAMED ? QStringLiteral("named")
                                                                   : QStringLiteral("meeting");
            r.locked = d.locked();
            r.updated = r.version > 1;
            const auto b = blobs.value(r.sha256);
            r.ready = b.ready;
            r.progress = b.progress;
            r.localPath = b.path;
            r.error = b.error;
            rows.push_back(r);
        }
    allDocuments.setDocuments(rows);
    rebuildCurrentDocuments();
    guardConfidential();
    emit q->documentsProgressChanged();
}

void MeetingSession::Private::rebuildCurrentDocuments() {
    QList<DocumentRow> rows;
    const int current = state.meeting().current_item();
    for (const auto &r : allDocuments.documents())
        if (r.itemIndex == current) rows.push_back(r);
    currentDocuments.setDocuments(rows);
}

void MeetingSession::Private::setYou(const wire::DeviceView &you) {
    const bool otherPerson = you.person_id() != state.you().person_id();
    if (otherPerson) myBallots.clear(); // another person, other ballots
    const bool sawDrafts = seesConclusionDrafts();
    *state.mutable_you() = you;
    rebuildFloor(); // "me" in polls and the queue
    if (seesConclusionDrafts() && !sawDrafts) {
        requestConclusions(); // the chair or the secretary checked in here: fetch the drafts
    } else if (!seesConclusionDrafts() && sawDrafts) {
        auto *list = state.mutable_conclusions(); // nobody here may read drafts any more
        list->erase(std::remove_if(list->begin(), list->end(),
                                   [](const wire::ConclusionView &c) { return c.status() != wire::CONCLUSION_STATUS_APPROVED; }),
                    list->end());
        rebuildConclusions();
        emit q->conclusionsChanged();
    }
    guardConfidential(); // a confidential paper leaves with its reader
    if (otherPerson) resetFollowMode(); // whoever sits down follows the presenter
    presentationUpdated();
    emit q->youChanged();
}

void MeetingSession::Private::setBlob(const QString &sha, const BlobState &b) {
    blobs.insert(sha, b);
    allDocuments.updateBlob(sha, b.ready, b.progress, b.path, b.error);
    currentDocuments.updateBlob(sha, b.ready, b.progress, b.path, b.error);
}

void MeetingSession::Private::applyEvent(const wire::Event &ev) {
    auto *meeting = state.mutable_meeting();
    state.set_seq(ev.seq());
    switch (ev.change_case()) {
    case wire::Event::kMeetingOpened:
        meeting->set_state(wire::MEETING_STATE_OPEN);
        emit q->meetingChanged();
        break;
    case wire::Event::kMeetingClosed:
        meeting->set_state(wire::MEETING_STATE_CLOSED);
        emit q->meetingChanged();
        break;
    case wire::Event::kAgendaItemChanged:
        meeting->set_current_item(ev.agenda_item_changed().current());
        agenda.setCurrent(meeting->current_item());
        rebuildCurrentDocuments();
        rebuildConclusions();
        // A new item starts with an empty speaker queue (the hub keeps the time limit).
        if (state.speakers().item() != meeting->current_item()) {
            auto *sp = state.mutable_speakers();
            sp->set_item(meeting->current_item());
            sp->clear_queue();
            sp->clear_current();
            rebuildSpeakers();
            presentationUpdated(); // a presenting right lapses with the speech
        }
        emit q->currentItemChanged();
        break;
    case wire::Event::kAttendanceChanged: {
        const auto &a = ev.attendance_changed();
        for (auto &m : *state.mutable_members())
            if (m.id() == a.person_id()) {
                m.set_present(a.present());
                m.set_seat_id(a.seat_id());
            }
        *state.mutable_attendance() = a.attendance();
        members.setPresence(qs(a.person_id()), a.present(), seatLabel(a.seat_id()));
        refreshProgress();
        rebuildPolls();
        if (!a.present() && a.person_id() == state.you().person_id()) {
            auto you = state.you();
            you.clear_person_id();
            you.set_role(wire::ROLE_UNSPECIFIED);
            setYou(you);
        }
        emit q->attendanceChanged();
        break;
    }
    case wire::Event::kCheckInRefused:
        state.set_failed_pin_attempts(ev.check_in_refused().failed_pin_attempts());
        emit q->attendanceChanged();
        break;
    case wire::Event::kPollPrepared:
    case wire::Event::kPollOpened:
    case wire::Event::kPollOpenRefused:
    case wire::Event::kBallotCast:
    case wire::Event::kPollClosed:
    case wire::Event::kPollPublished:
    case wire::Event::kPollCancelled:
    case wire::Event::kProxyDeclared:
        applyFloorEvent(ev);
        break;
    case wire::Event::kSpeakersChanged:
        applyFloorEvent(ev);
        presentationUpdated(); // a presenting right lapses with the speech
        break;
    case wire::Event::kPresentationChanged:
        *state.mutable_presentation() = ev.presentation_changed().presentation();
        presentationUpdated();
        break;
    case wire::Event::kConclusionDrafted:
    case wire::Event::kConclusionEdited:
    case wire::Event::kConclusionWithdrawn:
    case wire::Event::kConclusionApproved:
        applyConclusionEvent(ev);
        break;
    case wire::Event::kMeetingImported: // the agent asks for a snapshot; nothing to fold
    case wire::Event::kDocumentChanged:  // likewise: the snapshot lists what this person may see
    case wire::Event::CHANGE_NOT_SET:
        break;
    }
    emit q->seqChanged();
}
