// One task: what, who, by when, its state; the steps the signed-in unit may take
// now (the registry checks again); the history with evaluations; comments.
// Lead unit: acknowledge, start, report progress with attachments, ask for an
// extension. Issuer (dispatch office): accept or return a report, grant or
// refuse an extension, extend on its own initiative.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Flickable {
    id: root

    required property RegistrySession session
    readonly property var task: session.currentTask
    readonly property string taskState: task.taskState ?? ""
    readonly property bool isLead: task.myRole === "lead"
    readonly property bool isIssuer: task.myRole === "issuer"
    readonly property bool owesReport: ["assigned", "acknowledged", "in_progress", "returned"].indexOf(taskState) >= 0
    // Which form is open below the buttons: "", "report", "extension", "return", "grant".
    property string form: ""

    contentHeight: column.implicitHeight + 2 * Theme.spacing
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { width: 16 }

    onTaskChanged: if (!owesReport && (form === "report" || form === "extension")) form = ""

    Connections {
        target: root.session
        function onCommandFinished(command, ok, message) {
            if (ok && ["report", "requestExtension", "return", "grantExtension", "refuseExtension", "accept"].indexOf(command) >= 0) {
                root.form = ""
                summary.text = ""
                reason.text = ""
            }
            if (ok && command === "comment")
                commentField.text = ""
        }
    }

    FileDialog {
        id: attachmentDialog
        objectName: "attachmentDialog"
        property string sha256
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the attached file")
        onAccepted: root.session.saveAttachment(sha256, selectedFile.toString())
    }
    FileDialog {
        id: filePicker
        title: qsTr("Attach a file to the report")
        fileMode: FileDialog.OpenFiles
        onAccepted: {
            for (let i = 0; i < selectedFiles.length; ++i)
                root.session.addAttachment(selectedFiles[i].toString())
        }
    }

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: root.width - 2 * Theme.spacing - 16
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TrafficLight { light: root.task.light ?? "green" }
            Label {
                objectName: "taskTitle"
                Layout.fillWidth: true
                text: root.task.title ?? ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            TouchButton {
                text: qsTr("Close")
                onClicked: root.session.closeTask()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: 4
            Repeater {
                model: [
                    [qsTr("Directive"), root.task.directiveNumber ?? ""],
                    [qsTr("State"), root.task.stateText ?? ""],
                    [qsTr("Lead unit"), root.task.leadUnitName ?? ""],
                    [qsTr("Coordinating"), root.task.coordinatingNames || "—"],
                    [qsTr("Responsible"), root.task.responsibleLeader || "—"],
                    [qsTr("Deadline"), (root.task.deadlineText ?? "") + (root.task.extended ? "  " + qsTr("(extended; first: %1)").arg(root.task.originalDeadline) : "")],
                    [qsTr("Reports"), (root.task.reportEveryDays ?? 0) > 0 ? qsTr("every %n day(s)", "", root.task.reportEveryDays) : qsTr("one final report")]
                ]
                delegate: RowLayout {
                    id: fact
                    required property var modelData
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    Label { text: fact.modelData[0]; Layout.preferredWidth: 180; font.pixelSize: Theme.fontBase; color: Theme.muted }
                    Label { text: fact.modelData[1]; Layout.fillWidth: true; wrapMode: Text.Wrap; font.pixelSize: Theme.fontBase; color: Theme.text }
                }
            }
        }
        Label {
            objectName: "taskStateText"
            visible: false
            text: root.taskState
        }

        // The issuer's word on the last report, as the unit sees it.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            visible: (root.task.lastEvaluation ?? "").length > 0 || (root.task.lastReport ?? "").length > 0
            implicitHeight: evaluation.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: root.taskState === "returned" ? "#fdecea" : root.taskState === "done" ? "#e8f5e9" : Theme.current
            ColumnLayout {
                id: evaluation
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    visible: (root.task.lastReport ?? "").length > 0
                    text: qsTr("Last report: %1").arg(root.task.lastReport ?? "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBase
                }
                Label {
                    objectName: "evaluationText"
                    Layout.fillWidth: true
                    text: (root.task.lastEvaluation ?? "").length > 0 ? qsTr("Evaluation: %1").arg(root.task.lastEvaluation)
                                                                      : qsTr("Awaiting evaluation")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBase
                    font.bold: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.task.extensionPending ?? false
            text: qsTr("Extension asked until %1: %2").arg(root.task.extensionAsked ?? "").arg(root.task.extensionReason ?? "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            color: Theme.warning
        }

        // --- steps ---
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "acknowledgeButton"
                visible: root.isLead && root.taskState === "assigned"
                kind: "primary"
                text: qsTr("Acknowledge")
                enabled: !root.session.busy
                onClicked: root.session.acknowledgeTask(root.task.taskId)
            }
            TouchButton {
                objectName: "startButton"
                visible: root.isLead && root.taskState === "acknowledged"
                kind: "primary"
                text: qsTr("Start work")
                enabled: !root.session.busy
                onClicked: root.session.startTask(root.task.taskId)
            }
            TouchButton {
                objectName: "reportButton"
                visible: root.isLead && (root.taskState === "in_progress" || root.taskState === "returned")
                kind: "primary"
                text: qsTr("Report progress")
                onClicked: root.form = "report"
            }
            TouchButton {
                objectName: "requestExtensionButton"
                visible: root.isLead && root.owesReport && !(root.task.extensionPending ?? false)
                text: qsTr("Ask for an extension")
                onClicked: root.form = "extension"
            }
            TouchButton {
                objectName: "acceptButton"
                visible: root.isIssuer && root.taskState === "reported"
                kind: "primary"
                text: qsTr("Accept report")
                enabled: !root.session.busy
                onClicked: root.session.acceptReport(root.task.taskId, "")
            }
            TouchButton {
                objectName: "returnButton"
                visible: root.isIssuer && root.taskState === "reported"
                text: qsTr("Return with reason")
                onClicked: root.form = "return"
            }
            TouchButton {
                objectName: "grantButton"
                visible: root.isIssuer && root.owesReport
                text: (root.task.extensionPending ?? false) ? qsTr("Answer extension request") : qsTr("Extend deadline")
                onClicked: root.form = "grant"
            }
        }

        // --- the open form ---
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.form.length > 0
            spacing: Theme.spacing

            Label {
                text: root.form === "report" ? qsTr("Progress report")
                    : root.form === "extension" ? qsTr("Ask for a later deadline")
                    : root.form === "return" ? qsTr("Return the report")
                    : qsTr("New deadline")
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            DateField {
                id: deadline
                objectName: "deadlineField"
                visible: root.form === "extension" || root.form === "grant"
            }
            TextArea {
                id: summary
                objectName: "reportSummaryField"
                visible: root.form === "report"
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("What was done, figures, what remains…")
                background: Rectangle { border.color: Theme.border; radius: Theme.radius }
            }
            TextArea {
                id: reason
                objectName: "reasonField"
                visible: root.form !== "report"
                Layout.fillWidth: true
                Layout.preferredHeight: 100
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBase
                placeholderText: root.form === "grant" ? qsTr("Reason (optional when granting; required when refusing)")
                                                       : qsTr("Reason")
                background: Rectangle { border.color: Theme.border; radius: Theme.radius }
            }
            // Attachments of the report.
            Repeater {
                model: root.form === "report" ? root.session.attachments : null
                delegate: RowLayout {
                    id: file
                    required property int index
                    required property string fileName
                    required property double size
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: file.fileName + " (" + Qt.locale().formattedDataSize(file.size) + ")"
                        font.pixelSize: Theme.fontBase
                        elide: Text.ElideMiddle
                    }
                    TouchButton {
                        text: qsTr("Remove")
                        onClicked: root.session.removeAttachment(file.index)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "addAttachmentButton"
                    visible: root.form === "report"
                    text: qsTr("Attach files…")
                    onClicked: filePicker.open()
                }
                Item { Layout.fillWidth: true }
                TouchButton {
                    text: qsTr("Cancel")
                    onClicked: root.form = ""
                }
                TouchButton {
                    objectName: "refuseExtensionButton"
                    visible: root.form === "grant" && (root.task.extensionPending ?? false)
                    text: qsTr("Refuse request")
                    enabled: !root.session.busy && reason.text.trim().length > 0
                    onClicked: root.session.refuseExtension(root.task.taskId, reason.text)
                }
                TouchButton {
                    objectName: "sendFormButton"
                    kind: "primary"
                    enabled: !root.session.busy
                    text: root.form === "report" ? qsTr("Send report")
                        : root.form === "extension" ? qsTr("Send request")
                        : root.form === "return" ? qsTr("Return report")
                        : qsTr("Set new deadline")
                    onClicked: {
                        const id = root.task.taskId
                        if (root.form === "report")
                            root.session.reportProgress(id, summary.text)
                        else if (root.form === "extension")
                            root.session.requestExtension(id, deadline.value, reason.text)
                        else if (root.form === "return")
                            root.session.returnReport(id, reason.text)
                        else
                            root.session.grantExtension(id, deadline.value, reason.text)
                    }
                }
            }
        }

        // --- history ---
        Label {
            text: qsTr("History")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
        }
        Repeater {
            model: root.session.taskHistory
            delegate: ColumnLayout {
                id: entry
                required property date at
                required property string actionText
                required property string actorUser
                required property string text
                required property string newDeadline
                required property var attachments
                required property var attachmentHashes
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: entry.at.toLocaleString(Qt.locale(), Locale.ShortFormat) + " · " + entry.actionText + " · "
                          + entry.actorUser + (entry.newDeadline.length > 0 ? " → " + entry.newDeadline : "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Label {
                    Layout.fillWidth: true
                    visible: entry.text.length > 0 || entry.attachments.length > 0
                    text: entry.text + (entry.attachments.length > 0 ? "\n" + qsTr("Attached: %1").arg(entry.attachments.join(", ")) : "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBase
                }
                Flow {
                    Layout.fillWidth: true
                    visible: entry.attachments.length > 0
                    spacing: Theme.spacing
                    Repeater {
                        model: entry.attachments
                        delegate: TouchButton {
                            required property string modelData
                            required property int index
                            objectName: "saveAttachment_" + modelData
                            enabled: !root.session.busy
                            text: qsTr("Save %1…").arg(modelData)
                            onClicked: {
                                attachmentDialog.sha256 = entry.attachmentHashes[index]
                                attachmentDialog.selectedFile = "file://" + root.session.suggestedExportPath(modelData)
                                attachmentDialog.open()
                            }
                        }
                    }
                }
            }
        }

        // --- comments ---
        Label {
            text: qsTr("Comments")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
        }
        Repeater {
            model: root.session.comments
            delegate: Rectangle {
                id: note
                required property date at
                required property string unitName
                required property string user
                required property string text
                required property bool mine
                Layout.fillWidth: true
                Layout.preferredWidth: 400 // no implicit width of its own
                implicitHeight: commentColumn.implicitHeight + Theme.spacing
                radius: Theme.radius
                color: note.mine ? Theme.current : Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: commentColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    spacing: 0
                    Label {
                        text: note.unitName + " · " + note.user + " · " + note.at.toLocaleString(Qt.locale(), Locale.ShortFormat)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: note.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBase
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.taskState !== "done"
            spacing: Theme.spacing
            TextField {
                id: commentField
                objectName: "commentField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("Write a comment to the other units on this task")
            }
            TouchButton {
                objectName: "sendCommentButton"
                text: qsTr("Send")
                enabled: !root.session.busy && commentField.text.trim().length > 0
                onClicked: root.session.addComment(root.task.taskId, commentField.text)
            }
        }
    }
}
