#include "ErrorText.h"

#include <QCoreApplication>

namespace ecabinet::client {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("ErrorText", text, nullptr, n); }
} // namespace

QString errorText(const wire::Error &e) {
    switch (e.code()) {
    case wire::ERROR_WRONG_PIN:
        if (e.attempts_left() == 0)
            return tr("Wrong PIN. No attempts are left before check-in is locked.");
        return tr("Wrong PIN. %n attempt(s) left before check-in is locked.", static_cast<int>(e.attempts_left()));
    case wire::ERROR_LOCKED_OUT: {
        const int minutes = static_cast<int>((e.retry_after_ms() + 59'999) / 60'000);
        return tr("Too many wrong PINs: check-in is locked for %n minute(s). Ask the secretary for help.",
                  minutes > 0 ? minutes : 1);
    }
    case wire::ERROR_PERMISSION_DENIED:
        return tr("You are not allowed to do this in your role.");
    case wire::ERROR_NOT_CHECKED_IN:
        return tr("Nobody is checked in at this device. Check in with your PIN first.");
    case wire::ERROR_CONFLICT:
        return tr("Someone else moved the agenda first. The screen now shows the current item; try again if needed.");
    case wire::ERROR_INVALID_STATE:
        return tr("This cannot be done now: %1").arg(QString::fromStdString(e.message()));
    case wire::ERROR_NOT_FOUND:
        return tr("Not found on the hub: %1").arg(QString::fromStdString(e.message()));
    case wire::ERROR_INCOMPATIBLE_VERSION:
        return incompatibleText(QString::fromStdString(e.message()));
    case wire::ERROR_DEVICE_REVOKED:
        return deviceRefusedText();
    case wire::ERROR_NO_MEETING:
        return tr("The hub has no meeting prepared yet. Ask the secretary to import the meeting.");
    case wire::ERROR_INTERNAL:
        return tr("The hub could not save this (storage failure); nothing was changed. Try again or call the administrator.");
    case wire::ERROR_NOT_ELIGIBLE:
        return tr("You are not entitled to vote in this poll.");
    case wire::ERROR_NOT_PRESENT:
        return tr("Only members present in the room can vote: check in at your seat first.");
    case wire::ERROR_ALREADY_VOTED:
        return tr("Your vote in this poll is already recorded; it cannot be cast again.");
    case wire::ERROR_POLL_NOT_OPEN:
        return tr("Voting is not open for this poll (not yet opened, or already closed).");
    case wire::ERROR_NO_QUORUM:
        return tr("The poll cannot be opened: there is no quorum. %1").arg(QString::fromStdString(e.message()));
    case wire::ERROR_INVALID_CHOICE:
        return tr("This choice does not fit the ballot (too many or too few options). Please choose again.");
    case wire::ERROR_INVALID_POLL:
        return tr("The poll cannot be prepared: %1").arg(QString::fromStdString(e.message()));
    case wire::ERROR_PROXY_REFUSED:
        return tr("The proxy vote is refused: %1").arg(QString::fromStdString(e.message()));
    case wire::ERROR_NOT_PRESENTABLE:
        return tr("This document is not open to everyone in the meeting, so it cannot be shown on every seat.");
    case wire::ERROR_REQUEST_ID_REUSED:
    case wire::ERROR_MALFORMED:
    case wire::ERROR_TOO_LARGE:
    case wire::ERROR_LIMIT_EXCEEDED:
    case wire::ERROR_NOT_A_REQUEST:
        return tr("The hub refused a malformed request (%1). Please report this to the administrator.")
            .arg(QString::fromStdString(e.message()));
    default:
        return tr("The hub refused: %1").arg(QString::fromStdString(e.message()));
    }
}

QString errorText(const wire::Error &e, const QString &command) {
    const auto hub = QString::fromStdString(e.message());
    if (command.endsWith(QLatin1String("Conclusion"))) {
        switch (e.code()) {
        case wire::ERROR_CONFLICT:
            return tr("The conclusion was changed in the meantime; read the new text and try again. (%1)").arg(hub);
        case wire::ERROR_CONCLUSION_FINAL:
            return tr("This conclusion is already approved or withdrawn and can no longer change.");
        case wire::ERROR_VOTE_NOT_ADOPTED:
            return tr("The conclusion cannot be approved by this vote: %1").arg(hub);
        case wire::ERROR_INVALID_CONCLUSION:
            return tr("The conclusion's text is empty or unreadable. Write the conclusion first.");
        case wire::ERROR_LIMIT_EXCEEDED:
            return tr("The conclusion is too long (%1). Split it into several conclusions.").arg(hub);
        case wire::ERROR_PERMISSION_DENIED:
            return command == QLatin1String("approveConclusion")
                       ? tr("Only the chair may approve a conclusion.")
                       : tr("Only the secretary may draft or edit a conclusion; the chair approves it.");
        default: break;
        }
    }
    return errorText(e);
}

QString connectionLostText() {
    return tr("Connection to the hub lost. Reconnecting; what you typed will be sent then.");
}

QString deviceRefusedText() {
    return tr("The hub does not accept this device (revoked or not yet approved). Call the administrator.");
}

QString incompatibleText(const QString &hubMessage) {
    return tr("This app is not compatible with the hub. Update the app. (%1)").arg(hubMessage);
}

} // namespace ecabinet::client
