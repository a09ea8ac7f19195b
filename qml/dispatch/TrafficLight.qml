// The task's light: red = overdue, yellow = deadline within days, green = on track.
// Carries a letter as well as a colour (colour-blind users, black-and-white prints).
import QtQuick
import QtQuick.Controls.Basic
import Ecabinet

Rectangle {
    id: root
    property string light: "green"
    implicitWidth: 28
    implicitHeight: 28
    radius: width / 2
    color: light === "red" ? Theme.error : light === "yellow" ? "#f9a825" : Theme.ok
    Accessible.name: light === "red" ? qsTr("Overdue") : light === "yellow" ? qsTr("Deadline soon") : qsTr("On track")
    Label {
        anchors.centerIn: parent
        text: root.light === "red" ? "!" : root.light === "yellow" ? "…" : "✓"
        color: "white"
        font.bold: true
        font.pixelSize: Theme.fontSmall
    }
}
