// Check-in at a device: the person picks their own name (large rows), then
// types their PIN. Refusals from the hub are shown in words with the attempts
// left or the lock-out time. The hub decides; this view only asks and shows.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session
    // The console lists only the chair and the secretary.
    property bool chairAndSecretaryOnly: false

    // Person picked in the list ("" = still picking).
    property string chosenPersonId: ""
    property string chosenName: ""
    // Last refusal, cleared when a new PIN is sent or another person is picked.
    property string refusal: ""
    property int attemptsLeft: -1
    property real lockedForMs: 0
    property bool waiting: false

    function choose(personId: string, name: string) {
        chosenPersonId = personId
        chosenName = name
        resetRefusal()
        pinPad.clear()
        pinPad.forceActiveFocus()
    }
    function back() {
        chosenPersonId = ""
        chosenName = ""
        resetRefusal()
        pinPad.clear()
    }
    function resetRefusal() {
        refusal = ""
        attemptsLeft = -1
        lockedForMs = 0
    }

    color: Theme.background

    Connections {
        target: root.session
        function onCheckInRefused(message: string, attemptsLeft: int, lockedForMs: real) {
            root.waiting = false
            root.refusal = message
            root.attemptsLeft = attemptsLeft
            root.lockedForMs = lockedForMs
            pinPad.clear()
        }
        function onCommandFinished(command: string, ok: bool, errorCode: int, message: string) {
            if (!root.waiting || ok)
                return
            root.waiting = false
            if (root.refusal.length === 0)
                root.refusal = message
            pinPad.clear()
        }
        function onYouChanged() {
            root.waiting = false
            if (!root.session.checkedIn)
                root.back()
        }
    }

    // Step 1: who are you?
    ColumnLayout {
        objectName: "memberPicker"
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing
        visible: root.chosenPersonId.length === 0

        Label {
            Layout.fillWidth: true
            text: qsTr("Check-in")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: root.chairAndSecretaryOnly ? qsTr("Touch your name (chair or secretary) to check in.")
                                             : qsTr("Touch your name to check in.")
            font.pixelSize: Theme.fontBase
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: members.count === 0
            text: qsTr("Waiting for the list of members from the meeting room…")
            font.pixelSize: Theme.fontLarge
            color: Theme.muted
            wrapMode: Text.Wrap
        }

        ListView {
            id: members
            objectName: "memberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: root.session.members
            ScrollBar.vertical: ScrollBar { }

            delegate: ItemDelegate {
                id: row
                required property string personId
                required property string name
                required property string position
                required property int role
                required property bool present
                required property string seatLabel

                readonly property bool listed: !root.chairAndSecretaryOnly
                                               || row.role === MeetingSession.Chair
                                               || row.role === MeetingSession.Secretary
                objectName: "member_" + row.personId
                visible: row.listed
                width: ListView.view.width
                height: row.listed ? Theme.touchLarge : 0
                onClicked: root.choose(row.personId, row.name)

                background: Rectangle {
                    color: row.down ? Theme.current : Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [row.position, Labels.roleName(row.role)]
                                  .filter(s => s.length > 0).join(" · ")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        visible: row.seatLabel.length > 0
                        text: row.seatLabel
                        font.pixelSize: Theme.fontBase
                        color: Theme.muted
                    }
                    Label {
                        visible: row.present
                        text: qsTr("Present")
                        font.pixelSize: Theme.fontBase
                        font.bold: true
                        color: Theme.ok
                    }
                }
            }
        }
    }

    // Step 2: PIN.
    ColumnLayout {
        objectName: "pinStep"
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 560)
        spacing: Theme.spacing
        visible: root.chosenPersonId.length > 0

        Label {
            objectName: "chosenName"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.chosenName
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Enter your PIN")
            font.pixelSize: Theme.fontLarge
            color: Theme.muted
        }

        PinPad {
            id: pinPad
            objectName: "pinPad"
            Layout.alignment: Qt.AlignHCenter
            busy: root.waiting
            onSubmitted: (pin) => {
                root.resetRefusal()
                root.waiting = true
                root.session.checkIn(root.chosenPersonId, pin)
            }
        }

        // The refusal, in words, with what the person can do about it.
        Label {
            objectName: "refusalText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontLarge
            font.bold: true
            // The session words the refusal (attempts left, lock-out time);
            // these are only fallbacks should it send no text.
            text: {
                if (root.refusal.length > 0)
                    return root.refusal
                if (root.lockedForMs > 0)
                    return qsTr("Too many wrong PINs. Check-in is locked for %n minute(s); please ask the secretary.",
                                "", Math.ceil(root.lockedForMs / 60000))
                if (root.attemptsLeft >= 0)
                    return qsTr("Wrong PIN. %n attempt(s) left.", "", root.attemptsLeft)
                return ""
            }
        }

        TouchButton {
            objectName: "checkInBack"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Not you? Back to the list")
            onClicked: root.back()
        }
    }
}
