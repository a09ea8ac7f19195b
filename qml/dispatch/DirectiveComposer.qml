// The dispatch office composes a directive from approved conclusions: pick the
// conclusions (their text fills the draft), the recipient units, write title,
// signer and text, add tasks, then sign and publish. The registry gives the
// number (e.g. 45-TB/TU) and the date when it publishes; the number is shown
// then. Every field is checked before sending, and again by the registry.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

RowLayout {
    id: root

    required property RegistrySession session
    property string publishedNumber: ""

    spacing: Theme.spacing

    Connections {
        target: root.session
        function onPublished(directiveId, number) {
            root.publishedNumber = number
            title.text = ""
            body.text = ""
        }
    }

    // --- left: sources and recipients ---
    ColumnLayout {
        Layout.preferredWidth: root.width * 0.42
        Layout.minimumWidth: root.width * 0.42 // long texts on the right must not squeeze it
        Layout.fillHeight: true
        spacing: Theme.spacing

        Label {
            text: qsTr("Approved conclusions (%1 picked)").arg(root.session.conclusions.pickedCount)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
        }
        ListView {
            objectName: "conclusionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            clip: true
            spacing: 4
            model: root.session.conclusions
            ScrollBar.vertical: ScrollBar { width: 16 }
            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: parent.count === 0
                text: qsTr("No approved conclusion is waiting. Conclusions arrive here when the chair approves them in a meeting.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontBase
                color: Theme.muted
            }
            delegate: CheckDelegate {
                id: conclusion
                required property int index
                required property string meetingTitle
                required property string itemTitle
                required property string conclusionText
                required property bool picked
                objectName: "conclusion_" + index
                width: ListView.view.width - 16
                checkable: false // the mark follows the model (no own toggle that would break the binding)
                checked: picked
                onClicked: root.session.conclusions.setPicked(index, !picked)
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: conclusion.meetingTitle + " · " + conclusion.itemTitle
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.rightMargin: 48
                        text: conclusion.conclusionText
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBase
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: qsTr("Recipients (%1 units)").arg(root.session.units.pickedCount)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }
            TouchButton {
                objectName: "pickAllUnits"
                text: qsTr("All units")
                onClicked: root.session.units.pickAll(true)
            }
            TouchButton {
                text: qsTr("None")
                onClicked: root.session.units.pickAll(false)
            }
        }
        ListView {
            objectName: "recipientList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            clip: true
            model: root.session.units
            ScrollBar.vertical: ScrollBar { width: 16 }
            delegate: CheckDelegate {
                id: unitRow
                required property int index
                required property string unitId
                required property string name
                required property bool isDispatchOffice
                required property bool picked
                objectName: "recipient_" + unitId
                visible: !isDispatchOffice
                height: isDispatchOffice ? 0 : Theme.touch
                width: ListView.view.width - 16
                text: name
                font.pixelSize: Theme.fontBase
                checkable: false // the mark follows the model (no own toggle that would break the binding)
                checked: picked
                onClicked: root.session.units.setPicked(index, !picked)
            }
        }
    }

    // --- right: the directive ---
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        // Always in the layout (only its text changes): the number once published, else a hint.
        Label {
            id: publishedText
            objectName: "publishedNumber"
            readonly property bool done: root.publishedNumber.length > 0
            Layout.fillWidth: true
            Layout.preferredWidth: 300 // not its whole text's width: it elides
            padding: Theme.spacing / 2
            leftPadding: Theme.spacing
            text: done ? qsTr("Published as No. %1 and sent to the recipients.").arg(root.publishedNumber)
                       : qsTr("The registry gives the number (e.g. 45-TB/TU) and the date when you publish.")
            font.pixelSize: done ? Theme.fontLarge : Theme.fontBase
            font.bold: done
            color: done ? Theme.ok : Theme.muted
            elide: Text.ElideRight
            background: Rectangle { radius: Theme.radius; color: publishedText.done ? "#e8f5e9" : "transparent" }
        }
        TextField {
            id: title
            objectName: "directiveTitleField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontLarge
            placeholderText: qsTr("Title (summary of the directive)")
            onTextEdited: if (text.length > 0) root.publishedNumber = ""  // a new draft begins
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: signerTitle
                objectName: "signerTitleField"
                Layout.preferredWidth: 220
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("Signer's position")
            }
            TextField {
                id: signer
                objectName: "signerField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("Signer's name")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Text")
                font.pixelSize: Theme.fontBase
                color: Theme.muted
            }
            TouchButton {
                objectName: "useConclusionsButton"
                text: qsTr("Insert picked conclusions")
                enabled: root.session.conclusions.pickedCount > 0
                onClicked: {
                    const picked = root.session.conclusions.pickedText()
                    body.text = body.text.trim().length > 0 ? body.text + "\n\n" + picked : picked
                }
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            TextArea {
                id: body
                objectName: "directiveTextField"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("The directive's text")
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Tasks (%1)").arg(draftList.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }
            TouchButton {
                objectName: "addTaskButton"
                text: qsTr("Add task…")
                enabled: root.session.units.pickedCount > 0
                onClicked: taskForm.open()
            }
        }
        ListView {
            id: draftList
            objectName: "draftTaskList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 170)
            clip: true
            model: root.session.draftTasks
            delegate: RowLayout {
                id: draft
                required property int index
                required property string title
                required property string leadUnitName
                required property string coordinatingNames
                required property date deadline
                width: ListView.view.width
                height: Theme.touch
                Label {
                    Layout.fillWidth: true
                    text: draft.title + " — " + draft.leadUnitName
                          + (draft.coordinatingNames.length > 0 ? " (+ " + draft.coordinatingNames + ")" : "")
                          + " · " + draft.deadline.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                }
                TouchButton {
                    text: qsTr("Remove")
                    onClicked: root.session.removeDraftTask(draft.index)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "composerError"
                Layout.fillWidth: true
                text: root.session.lastError
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBase
            }
            TouchButton {
                objectName: "publishButton"
                kind: "primary"
                text: qsTr("Sign and publish")
                enabled: !root.session.busy && title.text.trim().length > 0 && body.text.trim().length > 0
                         && signer.text.trim().length > 0 && root.session.units.pickedCount > 0
                onClicked: publishConfirm.open()
            }
        }
    }

    TaskForm {
        id: taskForm
        objectName: "taskForm"
        session: root.session
    }

    ConfirmDialog {
        id: publishConfirm
        objectName: "publishConfirm"
        title: qsTr("Sign and publish this directive?")
        message: qsTr("It will be numbered, signed and sent to %n unit(s) with %1 task(s). A published directive cannot be withdrawn.",
                      "", root.session.units.pickedCount).arg(draftList.count)
        confirmText: qsTr("Sign and publish")
        onAccepted: root.session.publishDirective({
            title: title.text,
            text: body.text,
            signer: signer.text,
            signerTitle: signerTitle.text
        })
    }
}
