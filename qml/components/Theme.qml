// Colours, sizes and fonts shared by every screen (touch first: 1280×800, fingers).
pragma Singleton
import QtQuick

QtObject {
    // Touch targets: never below 48 px; rows and buttons use `touch`.
    readonly property int touch: 56
    readonly property int touchLarge: 72
    readonly property int spacing: 12
    readonly property int radius: 8

    readonly property int fontSmall: 15
    readonly property int fontBase: 18
    readonly property int fontLarge: 22
    readonly property int fontTitle: 26
    readonly property int fontHuge: 36

    readonly property color primary: "#8e1b1b"      // deep red of official documents
    readonly property color primaryDark: "#6d1212"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color accent: "#c79a1e"       // gold
    readonly property color background: "#f4f1ec"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d8d2c8"
    readonly property color text: "#1d1d1d"
    readonly property color muted: "#666259"
    readonly property color current: "#fff1cc"      // the agenda item being discussed
    readonly property color ok: "#2e7d32"
    readonly property color warning: "#e65100"
    readonly property color error: "#b71c1c"
    readonly property color info: "#1565c0"
}
