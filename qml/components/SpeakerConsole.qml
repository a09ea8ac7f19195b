// The console's control of the floor: the current speech with its timer, end
// it or call the next speaker, the queue (give the floor, take off), the
// speaking time per speech, and speakers without a tablet. State and timer
// come from MeetingSession; the hub orders the queue (points of order first).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session

    readonly property bool mayAct: session.canManagePolls && session.meetingState === MeetingSession.Open
                                   && !session.busy

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // --- the current speech ------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "consoleCurrentSpeaker"
                    Layout.fillWidth: true
                    text: root.session.someoneSpeaking
                          ? (root.session.currentSpeakerPointOfOrder
                             ? qsTr("Point of order: %1").arg(root.session.currentSpeakerName)
                             : qsTr("Speaking: %1").arg(root.session.currentSpeakerName))
                          : qsTr("Nobody has the floor.")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: root.session.speakingTimeLimitMs > 0
                          ? qsTr("Speaking time per speech: %n minute(s)", "",
                                 Math.round(root.session.speakingTimeLimitMs / 60000))
                          : qsTr("No speaking time limit")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
            Label {
                objectName: "consoleSpeakingTime"
                visible: root.session.someoneSpeaking
                text: root.session.speakingTimeText
                font.pixelSize: Theme.fontHuge
                font.bold: true
                font.family: "DejaVu Sans Mono"
                color: root.session.speakingOvertime ? Theme.error : Theme.text
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "nextSpeakerButton"
                Layout.fillWidth: true
                kind: "primary"
                enabled: root.mayAct && root.session.speakerQueue.count > 0
                text: qsTr("Next speaker")
                onClicked: root.session.nextSpeaker()
            }
            TouchButton {
                objectName: "endSpeechButton"
                Layout.fillWidth: true
                enabled: root.mayAct && root.session.someoneSpeaking
                text: qsTr("End speech")
                onClicked: root.session.endSpeech()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Minutes per speech")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBase
                color: Theme.text
            }
            SpinBox {
                id: minutes
                objectName: "speakingMinutes"
                from: 0
                to: 60
                value: Math.round(root.session.speakingTimeLimitMs / 60000)
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
            }
            TouchButton {
                objectName: "setSpeakingTimeButton"
                enabled: root.mayAct
                text: qsTr("Set")
                onClicked: root.session.setSpeakingTime(minutes.value * 60)
            }
        }

        Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }

        // --- the queue ---------------------------------------------------------------
        Label {
            text: qsTr("Queue (%n waiting)", "", root.session.speakerQueue.count)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        ListView {
            objectName: "consoleSpeakerQueue"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.session.speakerQueue
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: RowLayout {
                id: row
                required property int index
                required property int position
                required property string personId
                required property string name
                required property bool pointOfOrder
                objectName: "queued_" + index
                width: ListView.view.width
                height: Theme.touch + 4
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: row.position + ". " + row.name
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                Label {
                    visible: row.pointOfOrder
                    text: qsTr("point of order")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.warning
                }
                TouchButton {
                    objectName: "grantButton"
                    font.pixelSize: Theme.fontBase
                    enabled: root.mayAct
                    text: qsTr("Give the floor")
                    onClicked: root.session.grantFloor(row.personId, row.personId.length > 0 ? "" : row.name)
                }
                TouchButton {
                    objectName: "removeSpeakerButton"
                    font.pixelSize: Theme.fontBase
                    enabled: root.mayAct
                    text: qsTr("Remove")
                    onClicked: root.session.withdrawSpeaker(row.personId, row.personId.length > 0 ? "" : row.name)
                }
            }
        }

        // --- the floor to any member, queued or not -----------------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                id: memberBox
                objectName: "grantMemberBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                model: root.session.members
                textRole: "name"
                valueRole: "personId"
            }
            TouchButton {
                objectName: "grantMemberButton"
                font.pixelSize: Theme.fontBase
                enabled: root.mayAct && memberBox.currentIndex >= 0
                text: qsTr("Give the floor")
                onClicked: root.session.grantFloor(memberBox.currentValue)
            }
        }

        // --- speakers without a tablet ---------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: speakerName
                objectName: "speakerNameField"
                Layout.fillWidth: true
                Layout.preferredWidth: 200
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("Name of a speaker without a tablet")
            }
            CheckBox {
                id: speakerPointOfOrder
                text: qsTr("point of order")
                font.pixelSize: Theme.fontBase
            }
            TouchButton {
                objectName: "addSpeakerButton"
                enabled: root.mayAct && speakerName.text.trim().length > 0
                text: qsTr("Add to queue")
                onClicked: {
                    root.session.addSpeakerWithoutTablet(speakerName.text, speakerPointOfOrder.checked)
                    speakerName.text = ""
                    speakerPointOfOrder.checked = false
                }
            }
        }
        Label {
            objectName: "speakerError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontBase
            text: root.session.lastError
        }
    }
}
