// A tab of a desk, sized for fingers.
import QtQuick
import QtQuick.Controls.Basic
import Ecabinet

TabButton {
    id: control
    height: Theme.touch
    font.pixelSize: Theme.fontLarge
    background: Rectangle {
        color: control.checked ? Theme.surface : Theme.background
        border.color: Theme.border
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 4
            visible: control.checked
            color: Theme.primary
        }
    }
    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: control.checked ? Theme.primary : Theme.muted
        elide: Text.ElideRight
    }
}
