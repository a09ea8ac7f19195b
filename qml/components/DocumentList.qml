// Documents of the agenda item under discussion, with download progress.
// A document can be opened once it is held and verified on this device.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Item {
    id: root

    required property MeetingSession session
    // sha256 of the document shown in the viewer ("" = none).
    property string openedSha256: ""

    readonly property alias count: list.count

    signal documentOpened(string sha256, string title, string localPath, int pageCount, string documentId)

    objectName: "documentList"

    ListView {
        id: list
        anchors.fill: parent
        model: root.session.currentDocuments
        clip: true
        spacing: 6
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        delegate: ItemDelegate {
            id: row

            required property int index
            required property string documentId
            required property string title
            required property string sha256
            required property double size
            required property int pageCount
            required property bool ready
            required property double progress
            required property string localPath
            required property string error
            required property int version
            required property string changedPages
            required property bool confidential
            required property bool locked
            required property bool updated

            readonly property bool opened: root.openedSha256.length > 0 && root.openedSha256 === row.sha256

            objectName: "document_" + row.index
            width: ListView.view.width
            height: Math.max(Theme.touchLarge, row.implicitContentHeight + row.topPadding + row.bottomPadding)
            enabled: row.ready
            onClicked: root.documentOpened(row.sha256, row.title, row.localPath, row.pageCount, row.documentId)

            background: Rectangle {
                radius: Theme.radius
                color: row.opened ? Theme.current : Theme.surface
                border.width: row.opened ? 3 : 1
                border.color: row.opened ? Theme.accent : Theme.border
            }

            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                    font.bold: row.opened
                    color: row.ready ? Theme.text : Theme.muted
                }
                Label {
                    objectName: "documentMarks"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: row.confidential ? Theme.error : Theme.info
                    text: {
                        const marks = []
                        if (row.confidential)
                            marks.push(qsTr("Confidential: shown on this seat only, never stored"))
                        if (row.updated)
                            marks.push(row.changedPages.length > 0
                                       ? qsTr("Updated — version %1, changed pages: %2").arg(row.version).arg(row.changedPages)
                                       : qsTr("Updated — version %1").arg(row.version))
                        if (row.locked)
                            marks.push(qsTr("Restricted: you are not on its reader list"))
                        return marks.join(" · ")
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: row.ready
                    text: row.pageCount > 0 ? qsTr("%n page(s)", "", row.pageCount) + " · "
                                              + Qt.locale().formattedDataSize(row.size)
                                            : Qt.locale().formattedDataSize(row.size)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Label {
                    objectName: "documentError"
                    Layout.fillWidth: true
                    visible: !row.ready && row.error.length > 0
                    text: row.error
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.error
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: !row.ready && !row.locked && row.error.length === 0
                    spacing: Theme.spacing
                    ProgressBar {
                        objectName: "downloadProgress"
                        Layout.fillWidth: true
                        from: 0
                        to: 1
                        value: row.progress
                    }
                    Label {
                        text: qsTr("Downloading %1%").arg(Math.round(row.progress * 100))
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        visible: root.count === 0
        wrapMode: Text.Wrap
        text: root.session.currentItem < 0 ? qsTr("The meeting has not reached an agenda item yet.")
                                           : qsTr("No documents for this item.")
        font.pixelSize: Theme.fontBase
        color: Theme.muted
    }
}
