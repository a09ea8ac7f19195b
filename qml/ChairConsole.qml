// Root of ecabinet-console (chair and secretary). Check-in for the chair or
// the secretary; then the tabs — the agenda with Back / Next, opening and
// closing the meeting (confirmed first); the polls (PollConsole); the floor
// (SpeakerConsole); the conclusions and the minutes (ConclusionConsole); the
// documents (DocumentConsole); showing a page to the room (PresentConsole) —
// beside live attendance. Buttons are enabled only
// when the person here may act (canChair: open/close; canMoveAgenda: Back /
// Next, chair and secretary); the hub checks again.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ApplicationWindow {
    id: root

    required property MeetingSession session

    readonly property bool meetingOpen: session.meetingState === MeetingSession.Open
    readonly property bool mayMoveAgenda: session.checkedIn && session.canMoveAgenda && meetingOpen
                                          && !session.busy

    width: 1280
    height: 800
    visible: true
    title: qsTr("E-cabinet — chair console")
    color: Theme.background
    font.family: "DejaVu Sans"

    header: ColumnLayout {
        spacing: 0
        ConnectionBanner {
            objectName: "connectionBanner"
            Layout.fillWidth: true
            session: root.session
        }
        MeetingHeader {
            objectName: "meetingHeader"
            Layout.fillWidth: true
            session: root.session

            PersonBadge { session: root.session }
            TouchButton {
                objectName: "checkOutButton"
                visible: root.session.checkedIn
                text: qsTr("Check out")
                onClicked: checkOutDialog.open()
            }
        }
    }

    CheckInView {
        objectName: "checkInView"
        anchors.fill: parent
        visible: !root.session.checkedIn
        chairAndSecretaryOnly: true
        session: root.session
    }

    RowLayout {
        objectName: "consoleView"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        visible: root.session.checkedIn

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            TabBar {
                id: tabs
                objectName: "consoleTabs"
                Layout.fillWidth: true
                palette.brightText: Theme.muted   // unchecked tabs (Basic style)
                palette.windowText: Theme.primary // the checked tab
                font.pixelSize: Theme.fontLarge
                TabButton {
                    objectName: "agendaTab"
                    background: Rectangle {
                        color: parent.checked ? Theme.surface : Theme.border
                        border.color: Theme.border
                    }
                    text: qsTr("Agenda")
                    implicitHeight: Theme.touch
                }
                TabButton {
                    objectName: "pollTab"
                    background: Rectangle {
                        color: parent.checked ? Theme.surface : Theme.border
                        border.color: Theme.border
                    }
                    text: root.session.hasActivePoll && root.session.activePoll.status === PollModel.StatusOpen
                          ? qsTr("Voting ●") : qsTr("Voting")
                    implicitHeight: Theme.touch
                }
                TabButton {
                    objectName: "speakerTab"
                    background: Rectangle {
                        color: parent.checked ? Theme.surface : Theme.border
                        border.color: Theme.border
                    }
                    text: root.session.speakerQueue.count > 0
                          ? qsTr("Speakers (%1)").arg(root.session.speakerQueue.count) : qsTr("Speakers")
                    implicitHeight: Theme.touch
                }
                TabButton {
                    objectName: "conclusionTab"
                    background: Rectangle {
                        color: parent.checked ? Theme.surface : Theme.border
                        border.color: Theme.border
                    }
                    text: root.session.currentConclusions.count > 0
                          ? qsTr("Conclusions (%1)").arg(root.session.currentConclusions.count) : qsTr("Conclusions")
                    implicitHeight: Theme.touch
                }
                TabButton {
                    objectName: "documentsTab"
                    visible: root.session.canManageDocuments
                    width: visible ? implicitWidth : 0
                    background: Rectangle {
                        color: parent.checked ? Theme.surface : Theme.border
                        border.color: Theme.border
                    }
                    text: qsTr("Documents")
                    implicitHeight: Theme.touch
                }
                TabButton {
                    objectName: "presentTab"
                    background: Rectangle {
                        color: parent.checked ? Theme.surface : Theme.border
                        border.color: Theme.border
                    }
                    text: root.session.presenting ? qsTr("Presenting ●") : qsTr("Presenting")
                    implicitHeight: Theme.touch
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.topMargin: Theme.spacing
                currentIndex: tabs.currentIndex

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Agenda")
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.text
                        }
                        TouchButton {
                            objectName: "openMeetingButton"
                            kind: "primary"
                            visible: root.session.meetingState === MeetingSession.Scheduled
                            enabled: root.session.canChair && !root.session.busy
                            text: qsTr("Open the meeting")
                            onClicked: openDialog.open()
                        }
                        TouchButton {
                            objectName: "closeMeetingButton"
                            kind: "danger"
                            visible: root.meetingOpen
                            enabled: root.session.canChair && !root.session.busy
                            text: qsTr("Close the meeting")
                            onClicked: closeDialog.open()
                        }
                    }

                    Label {
                        objectName: "currentItemTitle"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBase
                        color: Theme.muted
                        text: root.session.currentItem >= 0
                              ? qsTr("Under discussion: %1").arg(root.session.currentItemTitle)
                              : root.meetingOpen ? qsTr("The meeting is open. Press Next to start the first item.")
                                                 : ""
                        visible: text.length > 0
                    }

                    AgendaList {
                        objectName: "agendaList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        session: root.session
                        selectable: root.mayMoveAgenda
                        onItemActivated: (index) => root.session.gotoItem(index)
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TouchButton {
                            objectName: "backButton"
                            Layout.preferredWidth: 220
                            Layout.preferredHeight: Theme.touchLarge
                            text: qsTr("‹ Back")
                            enabled: root.mayMoveAgenda && root.session.currentItem > 0
                            onClicked: root.session.previousItem()
                        }
                        Label {
                            objectName: "agendaPosition"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontLarge
                            color: Theme.text
                            text: root.session.currentItem >= 0
                                  ? qsTr("Item %1 of %2").arg(root.session.currentItem + 1).arg(root.session.itemCount)
                                  : qsTr("%n item(s) on the agenda", "", root.session.itemCount)
                        }
                        TouchButton {
                            objectName: "nextButton"
                            kind: "primary"
                            Layout.preferredWidth: 220
                            Layout.preferredHeight: Theme.touchLarge
                            text: qsTr("Next ›")
                            enabled: root.mayMoveAgenda && root.session.currentItem < root.session.itemCount - 1
                            onClicked: root.session.nextItem()
                        }
                    }

                    Label {
                        objectName: "lastError"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        color: Theme.error
                        font.pixelSize: Theme.fontBase
                        text: root.session.lastError
                    }
                }

                PollConsole {
                    objectName: "pollConsole"
                    session: root.session
                }
                SpeakerConsole {
                    objectName: "speakerConsole"
                    session: root.session
                }
                ConclusionConsole {
                    objectName: "conclusionConsole"
                    session: root.session
                }
                DocumentConsole {
                    objectName: "documentConsole"
                    session: root.session
                }
                PresentConsole {
                    objectName: "presentConsole"
                    session: root.session
                }
            }
        }

        AttendancePanel {
            objectName: "attendancePanel"
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            session: root.session
        }
    }

    ConfirmDialog {
        id: openDialog
        objectName: "openDialog"
        title: qsTr("Open the meeting?")
        message: qsTr("%1 of %2 entitled members are present.")
                 .arg(root.session.entitledPresent).arg(root.session.entitledCount)
        confirmText: qsTr("Open the meeting")
        onAccepted: root.session.openMeeting()
    }

    ConfirmDialog {
        id: closeDialog
        objectName: "closeDialog"
        title: qsTr("Close the meeting?")
        message: qsTr("A closed meeting cannot be opened again.")
        confirmText: qsTr("Close the meeting")
        onAccepted: root.session.closeMeeting()
    }

    ConfirmDialog {
        id: checkOutDialog
        objectName: "checkOutDialog"
        title: qsTr("Check out of this console?")
        message: qsTr("You will need your PIN to check in again.")
        confirmText: qsTr("Check out")
        onAccepted: root.session.checkOut()
    }
}
