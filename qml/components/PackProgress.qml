// The meeting pack arriving on this seat after check-in: documents and bytes held of the
// pack this person may read. Hidden once everything is here.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ColumnLayout {
    id: root

    required property MeetingSession session
    readonly property bool complete: session.packDocumentsTotal > 0
                                     && session.packDocumentsDone === session.packDocumentsTotal

    objectName: "packProgress"
    visible: session.checkedIn && session.packDocumentsTotal > 0 && !complete
    spacing: 4

    Label {
        objectName: "packProgressText"
        Layout.fillWidth: true
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        text: qsTr("Receiving the documents: %1 of %2 · %3 of %4")
              .arg(root.session.packDocumentsDone).arg(root.session.packDocumentsTotal)
              .arg(Qt.locale().formattedDataSize(root.session.packBytesDone))
              .arg(Qt.locale().formattedDataSize(root.session.packBytesTotal))
    }
    ProgressBar {
        objectName: "packProgressBar"
        Layout.fillWidth: true
        from: 0
        to: Math.max(1, root.session.packBytesTotal)
        value: root.session.packBytesDone
    }
}
