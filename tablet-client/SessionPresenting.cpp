// Follow the presenter in MeetingSession (issue 5). The replica's Snapshot.presentation is
// the hub's PresentationView with every PresentationChanged folded in. Whether the presenting
// right is live is decided by the same rule as on the hub (shared/domain/Presentation:
// the right belongs to one speech), against the replica's speaker queue.
//
// Follow mode is local to the device: a seat follows by default; any manual page turn leaves
// follow mode (the reader calls leaveFollowMode), followPresenter() returns to it. While
// following, showPresentedPage() tells the reader where to go. GUI thread only.
#include "MeetingSessionPrivate.h"
#include "domain/Presentation.h"
#include "protocol/Codec.h"

using namespace ecabinet;

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

std::optional<domain::CurrentSpeech> currentSpeech(const wire::Snapshot &state) {
    if (!state.speakers().has_current()) return std::nullopt;
    const auto &c = state.speakers().current();
    return domain::CurrentSpeech{{c.speaker().person_id(), c.speaker().name()}, domain::RequestKind::Speak,
                                 c.started_at_ms()};
}

std::optional<domain::PresentingRight> rightOf(const wire::PresentationView &v) {
    if (v.right_holder_id().empty()) return std::nullopt;
    return domain::PresentingRight{v.right_holder_id(), v.right_speech_started_at_ms()};
}

bool rightLive(const wire::Snapshot &state) {
    return domain::rightIsLive(rightOf(state.presentation()), currentSpeech(state));
}

} // namespace

const wire::DocumentRef *MeetingSession::Private::document(const std::string &documentId) const {
    if (documentId.empty()) return nullptr;
    for (const auto &item : state.agenda())
        for (const auto &doc : item.documents())
            if (doc.id() == documentId) return &doc;
    return nullptr;
}

void MeetingSession::Private::presentationUpdated() {
    emit q->presentationChanged();
    const auto &p = state.presentation();
    if (!followingPresenter || p.document_id().empty()) return;
    const QString key = qs(p.document_id()) + QLatin1Char('#') + QString::number(p.page());
    if (key == lastShownKey) return;
    lastShownKey = key;
    emit q->showPresentedPage(q->presentedDocumentId(), q->presentedSha256(), q->presentedTitle(),
                              q->presentedPage());
}

void MeetingSession::Private::resetFollowMode() {
    lastShownKey.clear();
    if (followingPresenter) return;
    followingPresenter = true;
    emit q->followingPresenterChanged();
}

bool MeetingSession::presenting() const { return !d->state.presentation().document_id().empty(); }
QString MeetingSession::presentedDocumentId() const { return qs(d->state.presentation().document_id()); }

QString MeetingSession::presentedSha256() const {
    const auto *doc = d->document(d->state.presentation().document_id());
    return doc ? qs(doc->sha256()) : QString();
}

QString MeetingSession::presentedTitle() const {
    const auto *doc = d->document(d->state.presentation().document_id());
    return doc ? qs(doc->title()) : QString();
}

int MeetingSession::presentedPage() const {
    return presenting() ? static_cast<int>(d->state.presentation().page()) : -1;
}

QString MeetingSession::presenterName() const {
    return presenting() ? d->memberName(d->state.presentation().presenter_id()) : QString();
}

bool MeetingSession::canPresent() const {
    const auto role = d->state.you().role();
    if (role == wire::ROLE_CHAIR || role == wire::ROLE_SECRETARY) return true;
    const std::string &me = d->state.you().person_id();
    return !me.empty() && rightLive(d->state) && d->state.presentation().right_holder_id() == me;
}

bool MeetingSession::canGrantPresentingRight() const {
    const auto role = d->state.you().role();
    const auto speech = currentSpeech(d->state);
    return (role == wire::ROLE_CHAIR || role == wire::ROLE_SECRETARY) && speech && !speech->speaker.personId.empty();
}

QString MeetingSession::presentingRightHolderId() const {
    return rightLive(d->state) ? qs(d->state.presentation().right_holder_id()) : QString();
}

QString MeetingSession::presentingRightHolderName() const {
    return rightLive(d->state) ? d->memberName(d->state.presentation().right_holder_id()) : QString();
}

bool MeetingSession::followingPresenter() const { return d->followingPresenter; }

void MeetingSession::presentPage(const QString &documentId, int page) {
    const QString command = QStringLiteral("presentPage");
    if (documentId.isEmpty() || page < 0) return d->refuseLocally(command, tr("Open a document to present first."));
    auto env = protocol::envelope();
    env.mutable_present_page()->set_document_id(documentId.toStdString());
    env.mutable_present_page()->set_page(static_cast<std::uint32_t>(page));
    d->send(std::move(env), command);
}

void MeetingSession::stopPresenting() {
    auto env = protocol::envelope();
    env.mutable_stop_presenting();
    d->send(std::move(env), QStringLiteral("stopPresenting"));
}

void MeetingSession::grantPresentingRight() {
    auto env = protocol::envelope();
    env.mutable_set_presenting_right()->set_granted(true);
    d->send(std::move(env), QStringLiteral("grantPresentingRight"));
}

void MeetingSession::revokePresentingRight() {
    auto env = protocol::envelope();
    env.mutable_set_presenting_right()->set_granted(false);
    d->send(std::move(env), QStringLiteral("revokePresentingRight"));
}

void MeetingSession::followPresenter() {
    d->resetFollowMode(); // go there again even if it was shown before
    d->presentationUpdated();
}

void MeetingSession::leaveFollowMode() {
    if (!d->followingPresenter) return;
    d->followingPresenter = false;
    emit followingPresenterChanged();
}
