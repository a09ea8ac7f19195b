// Who is checked in at this device, and where (shown in the header).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ColumnLayout {
    id: root

    required property MeetingSession session

    spacing: 0
    visible: session.checkedIn

    Label {
        objectName: "personName"
        Layout.alignment: Qt.AlignRight
        text: root.session.personName
        color: Theme.textOnPrimary
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }
    Label {
        Layout.alignment: Qt.AlignRight
        text: [Labels.roleName(root.session.role), root.session.seatLabel]
              .filter(s => s.length > 0).join(" · ")
        color: Theme.textOnPrimary
        opacity: 0.9
        font.pixelSize: Theme.fontSmall
    }
}
