// The QML apps call this once on their engine before loading the UI.
#pragma once

class QQmlEngine;

namespace ecabinet {
// Registers "image://pdf/<sha256>/<pageIndex>".
void installImageProviders(QQmlEngine &engine);
} // namespace ecabinet
