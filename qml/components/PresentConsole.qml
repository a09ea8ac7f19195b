// The console's Presenting tab: the current item's documents, a reader, and
// the presenter's controls — "Present this page" shows the reader's page on
// every following seat, "Stop presenting" ends it, and the presenting right
// goes to (or comes back from) the member who has the floor.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

RowLayout {
    id: root

    required property MeetingSession session

    property string openedSha256: ""
    property string openedTitle: ""
    property string openedDocumentId: ""

    spacing: Theme.spacing

    // The item moved on: its documents are no longer under discussion.
    Connections {
        target: root.session
        function onCurrentItemChanged() {
            root.openedSha256 = ""
            root.openedTitle = ""
            root.openedDocumentId = ""
        }
    }

    DocumentList {
        objectName: "consoleDocumentList"
        Layout.preferredWidth: 260
        Layout.fillHeight: true
        session: root.session
        openedSha256: root.openedSha256
        onDocumentOpened: (sha256, title, localPath, pageCount, documentId) => {
            root.openedDocumentId = documentId
            root.openedSha256 = sha256
            root.openedTitle = title
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 0

        PresenterBar {
            objectName: "consolePresenterBar"
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            session: root.session
            documentId: root.openedDocumentId
            currentPage: reader.pageCount > 0 ? reader.currentPage : -1
            rightControls: true
        }
        PdfViewer {
            id: reader
            objectName: "consolePdfViewer"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sha256: root.openedSha256
            title: root.openedTitle
            documentId: root.openedDocumentId
            pack: root.session.documents
            onHitInOtherDocument: (sha256, title, documentId, page, area) => {
                root.openedDocumentId = documentId
                root.openedSha256 = sha256
                root.openedTitle = title
                reader.showHit(page, area)
            }
        }
    }
}
