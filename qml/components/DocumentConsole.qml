// The secretary's documents during the meeting: every document of the pack with its version
// and access, and a form to add one (a local PDF, a title, an agenda item, who may read it)
// or to replace the selected one with a new version. The bytes go to the hub in verified
// pieces (MeetingSession.addDocument / replaceDocument); seats see the change at once.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

RowLayout {
    id: root

    required property MeetingSession session
    property string selectedId: ""
    property string selectedTitle: ""
    property var readers: []   // member ids ticked for named / confidential

    objectName: "documentConsole"
    spacing: Theme.spacing

    function accessValue() { return accessBox.currentValue }
    function toggleReader(personId, on) {
        const list = root.readers.filter(id => id !== personId)
        if (on)
            list.push(personId)
        root.readers = list
    }

    // --- the pack ---
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing

        Label {
            text: qsTr("Documents of the meeting")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        ListView {
            id: docs
            objectName: "consoleDocuments"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: root.session.documents
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                id: doc
                required property int index
                required property string documentId
                required property string title
                required property int version
                required property string access
                required property int itemIndex
                width: ListView.view.width
                height: Theme.touchLarge
                objectName: "consoleDocument_" + doc.index
                onClicked: {
                    root.selectedId = doc.documentId
                    root.selectedTitle = doc.title
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: root.selectedId === doc.documentId ? Theme.current : Theme.surface
                    border.color: Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: doc.title
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBase
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        text: qsTr("Item %1 · version %2 · %3").arg(doc.itemIndex + 1).arg(doc.version)
                              .arg(doc.access === "confidential" ? qsTr("confidential")
                                   : doc.access === "named" ? qsTr("named readers") : qsTr("whole meeting"))
                    }
                }
            }
        }
    }

    // --- add / replace ---
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing

        Label {
            text: root.selectedId.length > 0 ? qsTr("New version of “%1”").arg(root.selectedTitle)
                                             : qsTr("Add a document")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        TextField {
            id: pathField
            objectName: "documentPath"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            placeholderText: qsTr("PDF file on this console, e.g. /home/thuky/Tai lieu/bao-cao.pdf")
        }
        TextField {
            id: titleField
            objectName: "documentTitle"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            placeholderText: root.selectedId.length > 0 ? qsTr("Title (empty: unchanged)") : qsTr("Title")
        }
        ComboBox {
            id: itemBox
            objectName: "documentItem"
            visible: root.selectedId.length === 0
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            model: root.session.agenda
            textRole: "title"
            valueRole: "itemId"
        }
        ComboBox {
            id: accessBox
            objectName: "documentAccess"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            textRole: "text"
            valueRole: "value"
            model: [
                { value: root.selectedId.length > 0 ? "" : "meeting",
                  text: root.selectedId.length > 0 ? qsTr("Access unchanged") : qsTr("The whole meeting") },
                { value: "meeting", text: qsTr("The whole meeting") },
                { value: "named", text: qsTr("Named readers only") },
                { value: "confidential", text: qsTr("Confidential: named readers, never stored, watermarked") }
            ]
        }
        ListView {
            objectName: "documentReaders"
            visible: accessBox.currentValue === "named" || accessBox.currentValue === "confidential"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.session.members
            ScrollBar.vertical: ScrollBar { }
            delegate: CheckBox {
                required property string personId
                required property string name
                width: ListView.view.width
                height: Theme.touch
                font.pixelSize: Theme.fontBase
                text: name
                checked: root.readers.indexOf(personId) >= 0
                onToggled: root.toggleReader(personId, checked)
            }
        }
        Item {
            visible: !(accessBox.currentValue === "named" || accessBox.currentValue === "confidential")
            Layout.fillHeight: true
        }
        ProgressBar {
            objectName: "uploadProgress"
            visible: root.session.uploading
            Layout.fillWidth: true
            from: 0
            to: 1
            value: root.session.uploadProgress
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "cancelReplace"
                visible: root.selectedId.length > 0
                text: qsTr("Add a new one instead")
                onClicked: root.selectedId = ""
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "submitDocument"
                kind: "primary"
                enabled: root.session.canManageDocuments && !root.session.uploading
                         && (root.selectedId.length > 0 ? (pathField.text.length > 0 || titleField.text.length > 0
                                                            || accessBox.currentValue.length > 0)
                                                         : pathField.text.length > 0 && titleField.text.length > 0)
                text: root.selectedId.length > 0 ? qsTr("Replace") : qsTr("Add")
                onClicked: {
                    const readers = accessBox.currentValue === "named" || accessBox.currentValue === "confidential"
                                  ? root.readers : []
                    if (root.selectedId.length > 0)
                        root.session.replaceDocument(root.selectedId, pathField.text, titleField.text,
                                                     accessBox.currentValue, readers)
                    else
                        root.session.addDocument(pathField.text, titleField.text, itemBox.currentValue,
                                                 accessBox.currentValue, readers)
                }
            }
        }
        Label {
            id: resultLabel
            objectName: "documentResult"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            visible: text.length > 0
            property bool ok: true
            color: ok ? Theme.ok : Theme.error
            Connections {
                target: root.session
                function onCommandFinished(command, ok, errorCode, message) {
                    if (command !== "addDocument" && command !== "replaceDocument")
                        return
                    resultLabel.ok = ok
                    resultLabel.text = ok ? (command === "addDocument" ? qsTr("Added: every seat has it now.")
                                                                  : qsTr("Replaced: every seat has the new version."))
                                     : message
                    if (ok) {
                        pathField.clear()
                        titleField.clear()
                        root.selectedId = ""
                    }
                }
            }
        }
    }
}
