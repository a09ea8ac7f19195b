// Turns the hub's refusals into text a person at the tablet can act on,
// translated (context "ErrorText"; the vi/en .ts files live in qml/i18n).
#pragma once

#include "ecabinet.pb.h"

#include <QString>

namespace ecabinet::client {

// For a refused command or chunk request.
QString errorText(const wire::Error &error);
// The same, worded for the command that was refused (e.g. a conflict on a conclusion is not
// a conflict on the agenda).
QString errorText(const wire::Error &error, const QString &command);
// For errors that happen on this side (no hub reply).
QString connectionLostText();
QString deviceRefusedText();
QString incompatibleText(const QString &hubMessage);

} // namespace ecabinet::client
