// A button sized for fingers (≥ 56 px high) in the meeting's colours.
import QtQuick
import QtQuick.Controls.Basic
import Ecabinet

Button {
    id: control

    // "primary" (filled red), "secondary" (outlined), "danger" (filled dark red)
    property string kind: "secondary"

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, contentItem.implicitWidth + 2 * Theme.spacing * 2)
    font.pixelSize: Theme.fontLarge
    focusPolicy: Qt.NoFocus

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !control.enabled ? Theme.muted
             : control.kind === "secondary" ? Theme.primary : Theme.textOnPrimary
    }

    background: Rectangle {
        radius: Theme.radius
        border.width: control.kind === "secondary" ? 2 : 0
        border.color: control.enabled ? Theme.primary : Theme.border
        color: {
            if (!control.enabled)
                return control.kind === "secondary" ? Theme.surface : Theme.border
            if (control.kind === "secondary")
                return control.down ? Theme.current : Theme.surface
            if (control.kind === "danger")
                return control.down ? "#4a0b0b" : Theme.primaryDark
            return control.down ? Theme.primaryDark : Theme.primary
        }
    }
}
