// Title bar of every screen: the meeting's title, time, place and state.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session
    // Anything the screen wants at the right (person, check-out button).
    default property alias trailing: trailingRow.data

    implicitHeight: Math.max(Theme.touchLarge + Theme.spacing, column.implicitHeight + 2 * Theme.spacing)
    color: Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        spacing: Theme.spacing * 2

        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "meetingTitle"
                Layout.fillWidth: true
                text: root.session.meetingTitle.length > 0 ? root.session.meetingTitle
                                                           : qsTr("Paperless meeting room")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: {
                    const parts = []
                    if (!isNaN(root.session.startsAt.getTime()))
                        parts.push(qsTr("%1 on %2")
                                   .arg(Qt.formatDateTime(root.session.startsAt, "HH:mm"))
                                   .arg(Qt.formatDateTime(root.session.startsAt, "dd/MM/yyyy")))
                    if (root.session.location.length > 0)
                        parts.push(root.session.location)
                    return parts.join("  ·  ")
                }
                color: Theme.textOnPrimary
                opacity: 0.9
                font.pixelSize: Theme.fontBase
                elide: Text.ElideRight
            }
        }

        Rectangle {
            objectName: "meetingStateBadge"
            visible: root.session.meetingState !== MeetingSession.NoMeeting
            Layout.preferredHeight: 40
            Layout.preferredWidth: stateLabel.implicitWidth + 2 * Theme.spacing
            radius: 20
            color: root.session.meetingState === MeetingSession.Open ? Theme.ok
                 : root.session.meetingState === MeetingSession.Closed ? Theme.muted
                 : Theme.accent
            Label {
                id: stateLabel
                objectName: "meetingState"
                anchors.centerIn: parent
                text: Labels.meetingStateName(root.session.meetingState)
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBase
                font.bold: true
            }
        }

        RowLayout {
            id: trailingRow
            spacing: Theme.spacing
        }
    }
}
