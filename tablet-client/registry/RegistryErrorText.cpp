#include "registry/RegistryErrorText.h"

#include "ErrorText.h"

#include <QCoreApplication>

namespace ecabinet::client {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("RegistryErrorText", text, nullptr, n); }

// Why a task step was refused, by the domain's rule name (Error.refusal).
QString refusalText(const std::string &rule, const QString &fallback) {
    if (rule == "not_involved") return tr("Your unit has no part in this task.");
    if (rule == "role_not_allowed") return tr("Your unit's role on this task does not allow this step.");
    if (rule == "task_done") return tr("This task is done and closed; nothing more can be added.");
    if (rule == "wrong_state") return tr("This step is not possible in the task's present state. The list now shows the current state.");
    if (rule == "extension_pending") return tr("An extension request is already waiting for the issuer's answer.");
    if (rule == "no_extension_requested") return tr("There is no extension request to answer.");
    if (rule == "text_required") return tr("Please write the text (report summary, reason or comment) first.");
    if (rule == "deadline_required") return tr("Please choose the new deadline.");
    if (rule == "invalid_deadline") return tr("The date is not a valid deadline.");
    if (rule == "deadline_not_later") return tr("The new deadline must be later than the current one.");
    if (rule == "deadline_in_past") return tr("The new deadline has already passed.");
    if (rule == "clock_went_back") return tr("The registry's clock is behind the task's last record; try again in a moment.");
    return tr("The step was refused: %1").arg(fallback);
}
} // namespace

QString registryErrorText(const wire::Error &e) {
    const QString detail = QString::fromStdString(e.message());
    switch (e.code()) {
    case wire::ERROR_WRONG_PASSWORD:
        if (e.attempts_left() == 0) return tr("Wrong account name or password.");
        return tr("Wrong account name or password. %n attempt(s) left before the account is locked.",
                  static_cast<int>(e.attempts_left()));
    case wire::ERROR_LOCKED_OUT: {
        const int minutes = static_cast<int>((e.retry_after_ms() + 59'999) / 60'000);
        return tr("Too many wrong passwords: signing in is locked for %n minute(s).", minutes > 0 ? minutes : 1);
    }
    case wire::ERROR_NOT_SIGNED_IN:
        return tr("Your session has ended. Please sign in again.");
    case wire::ERROR_PERMISSION_DENIED:
        return tr("Your account may not do this.");
    case wire::ERROR_NOT_FOUND:
        return tr("Not found, or not sent to your unit.");
    case wire::ERROR_TRANSITION_REFUSED:
        return refusalText(e.refusal(), detail);
    case wire::ERROR_NUMBERING:
        return tr("The directive could not be numbered: %1").arg(detail);
    case wire::ERROR_INVALID_DIRECTIVE:
        return tr("The directive cannot be published: %1").arg(detail);
    case wire::ERROR_ATTACHMENT:
        return tr("The attachment could not be sent: %1").arg(detail);
    case wire::ERROR_ATTACHMENT_MISSING:
        return tr("An attachment of this report is missing on the registry; attach the file again.");
    case wire::ERROR_CONFLICT:
        return tr("Someone changed this task meanwhile. The screen now shows its current state; check and try again.");
    case wire::ERROR_INTERNAL:
        return tr("The registry could not save this (storage failure); nothing was changed. Try again or call the administrator.");
    case wire::ERROR_UNSPECIFIED:
        return detail.isEmpty() ? registryUnreachableText() : detail;
    default:
        return errorText(e); // version, malformed, limits: the meeting's texts fit
    }
}

QString registryUnreachableText() {
    return tr("The registry does not answer. Check the network; nothing was changed, try again later.");
}

} // namespace ecabinet::client
