// The reader's side panel: page thumbnails, the document's outline (bookmarks)
// and text search — in this document or in the whole meeting pack. Tapping a
// thumbnail, an outline entry or a search hit asks the reader to go there
// (a page turn by the person: follow mode ends).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    // The document in the reader.
    property string sha256: ""
    property string title: ""
    property string documentId: ""
    property int pageCount: 0
    property int currentPage: 0
    property real pageAspect: 1 / Math.SQRT2
    // Every document of the meeting, for "All documents" ("null" = this document only).
    property DocumentModel pack: null

    signal pageChosen(int page)
    signal hitChosen(string sha256, string title, string documentId, int page, rect area)

    color: Theme.surface
    border.color: Theme.border

    PdfOutline {
        id: outline
        sha256: root.sha256
    }
    PdfSearch {
        id: search
        sha256: root.sha256
        title: root.title
        documentId: root.documentId
        pack: wholePack.checked ? root.pack : null
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing / 2

        TabBar {
            id: tabs
            Layout.fillWidth: true
            font.pixelSize: Theme.fontBase
            TabButton { objectName: "thumbnailsTab"; text: qsTr("Pages"); implicitHeight: Theme.touch }
            TabButton { objectName: "outlineTab"; text: qsTr("Contents"); implicitHeight: Theme.touch }
            TabButton { objectName: "searchTab"; text: qsTr("Search"); implicitHeight: Theme.touch }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Thumbnails: small renders through the same provider (off thread, cached).
            GridView {
                id: thumbs
                objectName: "thumbnails"
                clip: true
                model: root.pageCount
                cellWidth: Math.floor(width / 2)
                cellHeight: cellWidth / root.pageAspect + 28
                currentIndex: root.currentPage
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: thumb
                    required property int index
                    objectName: "thumbnail_" + index
                    width: thumbs.cellWidth
                    height: thumbs.cellHeight
                    onClicked: root.pageChosen(thumb.index)
                    background: Rectangle {
                        color: thumb.index === root.currentPage ? Theme.current : "transparent"
                        border.color: thumb.index === root.currentPage ? Theme.accent : "transparent"
                        border.width: 3
                        radius: Theme.radius
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Image {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                            source: root.sha256.length > 0 ? "image://pdf/" + root.sha256 + "/" + thumb.index : ""
                            sourceSize.width: Math.ceil(width * Screen.devicePixelRatio)
                        }
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: thumb.index + 1
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                    }
                }
            }

            // Outline: bookmarks flattened with their depth.
            ListView {
                id: contents
                objectName: "outline"
                clip: true
                model: outline
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: entry
                    required property int index
                    required property string title
                    required property int page
                    required property int depth
                    objectName: "outline_" + index
                    width: ListView.view.width
                    height: Theme.touch
                    enabled: entry.page >= 0
                    leftPadding: Theme.spacing + entry.depth * 24
                    onClicked: root.pageChosen(entry.page)
                    contentItem: RowLayout {
                        Label {
                            Layout.fillWidth: true
                            text: entry.title
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBase
                            font.bold: entry.depth === 0
                            color: Theme.text
                        }
                        Label {
                            text: entry.page >= 0 ? entry.page + 1 : ""
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: outline.count === 0 && !outline.loading
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("This document has no table of contents.")
                    color: Theme.muted
                    font.pixelSize: Theme.fontBase
                }
            }

            // Search: a field, the scope, the hits with their line of text.
            ColumnLayout {
                spacing: Theme.spacing / 2
                TextField {
                    id: query
                    objectName: "searchField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    placeholderText: qsTr("Find words…")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: search.find(text)
                }
                RowLayout {
                    Layout.fillWidth: true
                    CheckBox {
                        id: wholePack
                        objectName: "searchWholePack"
                        visible: root.pack !== null
                        text: qsTr("All documents")
                        font.pixelSize: Theme.fontBase
                        onToggled: if (query.text.length > 0) search.find(query.text)
                    }
                    Item { Layout.fillWidth: true }
                    TouchButton {
                        objectName: "searchButton"
                        text: qsTr("Find")
                        enabled: query.text.trim().length > 0
                        onClicked: search.find(query.text)
                    }
                }
                Label {
                    objectName: "searchSummary"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    text: search.running ? qsTr("Searching…")
                          : !search.searched ? ""
                          : search.count === 0 ? qsTr("No page contains “%1”. (Scanned pages cannot be searched.)").arg(search.query)
                          : search.count >= search.maxHits ? qsTr("The first %1 hits for “%2”.").arg(search.count).arg(search.query)
                          : qsTr("%n hit(s) for “%1”.", "", search.count).arg(search.query)
                    visible: text.length > 0
                }
                ListView {
                    id: hits
                    objectName: "searchHits"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: search
                    ScrollBar.vertical: ScrollBar { }
                    delegate: ItemDelegate {
                        id: hit
                        required property int index
                        required property string sha256
                        required property string documentId
                        required property string title
                        required property int page
                        required property string snippet
                        required property rect rect
                        objectName: "searchHit_" + index
                        width: ListView.view.width
                        onClicked: root.hitChosen(hit.sha256, hit.title, hit.documentId, hit.page, hit.rect)
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                                text: hit.sha256 === root.sha256 ? qsTr("Page %1").arg(hit.page + 1)
                                                                 : qsTr("%1 — page %2").arg(hit.title).arg(hit.page + 1)
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBase
                                color: Theme.text
                                text: hit.snippet
                            }
                        }
                    }
                }
            }
        }
    }
}
