// Root of ecabinet-tablet (a delegate's seat). Check-in until someone is
// checked in here; then the agenda (following the chair live), the documents
// of the item under discussion, the speakers (request / withdraw, the queue
// and the timer), and the reader, covered by the vote screen while a poll is open. The session is created and
// started by the program (or a test) and handed in.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ApplicationWindow {
    id: root

    required property MeetingSession session

    // The document shown in the reader, chosen among the current item's documents
    // (or the one the presenter shows, while this seat follows).
    property string openedSha256: ""
    property string openedTitle: ""
    property string openedDocumentId: ""

    function closeDocument() {
        openedSha256 = ""
        openedTitle = ""
        openedDocumentId = ""
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("E-cabinet — seat")
    color: Theme.background
    font.family: "DejaVu Sans"

    // The chair moved on: the reader leaves the previous item's document.
    Connections {
        target: root.session
        function onCurrentItemChanged() {
            // A presented document stays open for a seat that follows it.
            if (!(root.session.followingPresenter && root.session.presenting
                  && root.session.presentedSha256 === root.openedSha256))
                root.closeDocument()
        }
        // Follow the presenter: open the presented document at the presented page.
        function onShowPresentedPage(documentId, sha256, title, page) {
            root.openedDocumentId = documentId
            root.openedSha256 = sha256
            root.openedTitle = title
            viewer.showPage(page)
        }
        function onYouChanged() {
            if (!root.session.checkedIn)
                root.closeDocument()
        }
    }

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
            Label {
                objectName: "presenceState"
                visible: root.session.checkedIn
                text: "● " + qsTr("Present")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBase
                font.bold: true
            }
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
        session: root.session
    }

    RowLayout {
        objectName: "meetingView"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        visible: root.session.checkedIn

        ColumnLayout {
            Layout.preferredWidth: 400
            Layout.maximumWidth: 400
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                text: qsTr("Agenda")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            AgendaList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 3
                session: root.session
            }
            PackProgress {
                Layout.fillWidth: true
                session: root.session
            }
            Label {
                text: qsTr("Documents of the current item")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            DocumentList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 1
                session: root.session
                openedSha256: root.openedSha256
                onDocumentOpened: (sha256, title, localPath, pageCount, documentId) => {
                    // Choosing another document than the presented one leaves follow mode.
                    if (sha256 !== root.session.presentedSha256)
                        root.session.leaveFollowMode()
                    root.openedDocumentId = documentId
                    root.openedSha256 = sha256
                    root.openedTitle = title
                }
            }
            SpeakerPanel {
                objectName: "speakerPanel"
                Layout.fillWidth: true
                session: root.session
            }
            TouchButton {
                objectName: "seatConclusionsButton"
                Layout.fillWidth: true
                text: qsTr("Conclusions (%1)").arg(root.session.conclusions.count)
                onClicked: conclusionsPopup.open()
            }
        }

        // The reader; the vote screen covers it while a poll is open (and shows
        // the announced result until dismissed).
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                PresenterBar {
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    session: root.session
                    documentId: root.openedDocumentId
                    currentPage: viewer.pageCount > 0 ? viewer.currentPage : -1
                }
                PdfViewer {
                    id: viewer
                    objectName: "pdfViewer"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    sha256: root.openedSha256
                    title: root.openedTitle
                    focus: true
                    documentId: root.openedDocumentId
                    pack: root.session.documents
                    onUserTurnedPage: root.session.leaveFollowMode()
                    // A search hit in another document of the pack: open it there.
                    onHitInOtherDocument: (sha256, title, documentId, page, area) => {
                        root.session.leaveFollowMode()
                        root.openedDocumentId = documentId
                        root.openedSha256 = sha256
                        root.openedTitle = title
                        viewer.showHit(page, area)
                    }
                }
            }
            VotePanel {
                objectName: "votePanel"
                anchors.fill: parent
                session: root.session
            }
            ConclusionBanner {
                objectName: "conclusionBanner"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                session: root.session
            }
        }
    }

    Popup {
        id: conclusionsPopup
        objectName: "conclusionsPopup"
        width: Math.min(900, root.width - 2 * Theme.spacing)
        height: Math.min(640, root.height - 2 * Theme.spacing)
        x: (root.width - width) / 2
        y: (root.height - height) / 2
        modal: true
        padding: Theme.spacing
        background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.border }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("Conclusions of the meeting")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            ConclusionList {
                objectName: "seatConclusionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                session: root.session
            }
            TouchButton {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Close")
                onClicked: conclusionsPopup.close()
            }
        }
    }

    ConfirmDialog {
        id: checkOutDialog
        objectName: "checkOutDialog"
        title: qsTr("Check out of this seat?")
        message: qsTr("You will need your PIN to check in again.")
        confirmText: qsTr("Check out")
        onAccepted: root.session.checkOut()
    }
}
