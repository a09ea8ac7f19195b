// The seat's floor: who is speaking with the speaking time left (counted by
// MeetingSession from the hub's clock), the queue with my place in it, and
// request / point of order / withdraw. Every figure comes from the session.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session

    readonly property bool floorOpen: session.meetingState === MeetingSession.Open && session.checkedIn

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            text: qsTr("Speakers")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "currentSpeaker"
                Layout.fillWidth: true
                text: root.session.someoneSpeaking
                      ? (root.session.currentSpeakerPointOfOrder
                         ? qsTr("Point of order: %1").arg(root.session.currentSpeakerName)
                         : qsTr("Speaking: %1").arg(root.session.currentSpeakerName))
                      : qsTr("Nobody has the floor.")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBase
                font.bold: root.session.someoneSpeaking
                color: root.session.amSpeaking ? Theme.primary : Theme.text
            }
            Label {
                objectName: "speakingTime"
                visible: root.session.someoneSpeaking
                text: root.session.speakingTimeText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                font.family: "DejaVu Sans Mono"
                color: root.session.speakingOvertime ? Theme.error : Theme.text
            }
        }
        Label {
            objectName: "speakingTimeCaption"
            visible: root.session.someoneSpeaking && root.session.speakingTimeLimitMs > 0
            text: root.session.speakingOvertime ? qsTr("Speaking time is over.") : qsTr("Speaking time left")
            font.pixelSize: Theme.fontSmall
            color: root.session.speakingOvertime ? Theme.error : Theme.muted
        }

        Label {
            objectName: "myQueuePosition"
            Layout.fillWidth: true
            text: root.session.amSpeaking ? qsTr("You have the floor.")
                  : root.session.myQueuePosition > 0
                    ? qsTr("You are number %1 of %2 in the queue.").arg(root.session.myQueuePosition)
                                                                   .arg(root.session.speakerQueue.count)
                    : qsTr("%n speaker(s) waiting.", "", root.session.speakerQueue.count)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            color: root.session.myQueuePosition > 0 ? Theme.primary : Theme.muted
        }

        ListView {
            objectName: "speakerQueueList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 3 * 32)
            clip: true
            interactive: contentHeight > height
            model: root.session.speakerQueue
            delegate: Label {
                required property int position
                required property string name
                required property bool pointOfOrder
                required property bool isMe
                width: ListView.view.width
                height: 32
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                text: position + ". " + name + (pointOfOrder ? " — " + qsTr("point of order") : "")
                font.pixelSize: Theme.fontBase
                font.bold: isMe
                color: pointOfOrder ? Theme.warning : Theme.text
            }
        }

        // Full-width buttons: the Vietnamese texts are long, fingers are wide.
        TouchButton {
            objectName: "requestFloorButton"
            Layout.fillWidth: true
            visible: root.session.myQueuePosition === 0
            enabled: root.floorOpen && !root.session.amSpeaking
            kind: "primary"
            text: qsTr("Request to speak")
            onClicked: root.session.requestFloor(false)
        }
        TouchButton {
            objectName: "withdrawFloorButton"
            Layout.fillWidth: true
            visible: root.session.myQueuePosition > 0
            enabled: root.floorOpen
            text: qsTr("Withdraw")
            onClicked: root.session.withdrawFloor()
        }
        TouchButton {
            objectName: "pointOfOrderButton"
            Layout.fillWidth: true
            visible: root.session.myQueuePosition === 0 || !root.session.myRequestIsPointOfOrder
            enabled: root.floorOpen && !root.session.amSpeaking
            text: qsTr("Point of order")
            onClicked: root.session.requestFloor(true)
        }
    }
}
