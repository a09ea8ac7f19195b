// The console's conclusions of the current agenda item: the secretary writes a
// draft (one or more per item) and edits it; the chair approves it, alone or
// by a published vote of the floor, or withdraws it. Drafts are seen only here
// (chair and secretary); seats see a conclusion once approved. At the bottom:
// the minutes as a PDF. Rights and rules are the hub's (MeetingSession only
// hides what the person here may not do).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session

    readonly property bool meetingOpen: session.meetingState === MeetingSession.Open
    readonly property bool mayDraft: session.canDraftConclusions && meetingOpen && !session.busy
    readonly property bool mayApprove: session.canApproveConclusions && meetingOpen && !session.busy
    // The draft being edited in the text area ("" = writing a new one).
    property string editingId: ""
    property int editingRevision: 0

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    function startEditing(conclusionId, revision, text) {
        editingId = conclusionId
        editingRevision = revision
        editor.text = text
        editor.forceActiveFocus()
    }
    function stopEditing() {
        editingId = ""
        editingRevision = 0
        editor.text = ""
    }

    Connections {
        target: root.session
        function onCommandFinished(command, ok) {
            if (ok && (command === "draftConclusion" || command === "editConclusion"))
                root.stopEditing()
        }
        // Editing a draft of the previous item ends; a new text being written is kept.
        function onCurrentItemChanged() {
            if (root.editingId.length > 0)
                root.stopEditing()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            objectName: "conclusionItemTitle"
            Layout.fillWidth: true
            text: root.session.currentItem >= 0
                  ? qsTr("Conclusions on item %1: %2").arg(root.session.currentItem + 1).arg(root.session.currentItemTitle)
                  : qsTr("Conclusions belong to an agenda item: move to the first item.")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }

        // --- the secretary's editor ----------------------------------------------------
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.session.canDraftConclusions
            spacing: Theme.spacing / 2
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                TextArea {
                    id: editor
                    objectName: "conclusionEditor"
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBase
                    placeholderText: root.editingId.length > 0 ? qsTr("Edit the draft conclusion")
                                                               : qsTr("Write a conclusion of the item under discussion")
                    enabled: root.mayDraft && root.session.currentItem >= 0
                    background: Rectangle { border.color: Theme.border; radius: Theme.radius }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "draftConclusionButton"
                    Layout.fillWidth: true
                    kind: "primary"
                    visible: root.editingId.length === 0
                    enabled: root.mayDraft && editor.text.trim().length > 0 && root.session.currentItem >= 0
                    text: qsTr("Add draft conclusion")
                    onClicked: root.session.draftConclusion(editor.text)
                }
                TouchButton {
                    objectName: "saveConclusionButton"
                    Layout.fillWidth: true
                    kind: "primary"
                    visible: root.editingId.length > 0
                    enabled: root.mayDraft && editor.text.trim().length > 0
                    text: qsTr("Save changes")
                    onClicked: root.session.editConclusion(root.editingId, root.editingRevision, editor.text)
                }
                TouchButton {
                    objectName: "cancelEditButton"
                    visible: root.editingId.length > 0
                    text: qsTr("Cancel")
                    onClicked: root.stopEditing()
                }
            }
        }

        // --- the conclusions of the item ---------------------------------------------------
        ListView {
            id: list
            objectName: "conclusionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: root.session.currentConclusions
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No conclusions on this item yet.")
                font.pixelSize: Theme.fontBase
                color: Theme.muted
            }
            delegate: Rectangle {
                id: row
                required property string conclusionId
                required property string text
                required property bool textPending
                required property string statusText
                required property int revision
                required property bool isDraft
                required property bool isApproved
                required property string decidedByName
                required property string pollQuestion
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: isApproved ? "#e8f5e9" : isDraft ? Theme.current : Theme.background
                border.color: Theme.border
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing / 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            objectName: "conclusionStatus"
                            text: row.isDraft ? qsTr("%1 (revision %2)").arg(row.statusText).arg(row.revision)
                                              : row.statusText
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: row.isApproved ? Theme.ok : row.isDraft ? Theme.warning : Theme.muted
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignRight
                            visible: row.isApproved
                            text: row.pollQuestion.length > 0 ? qsTr("Approved by the vote: %1").arg(row.pollQuestion)
                                                              : qsTr("Approved by %1").arg(row.decidedByName)
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                    }
                    Label {
                        objectName: "conclusionText"
                        Layout.fillWidth: true
                        text: row.textPending && row.text.length === 0 ? qsTr("Loading the text…") : row.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBase
                        font.strikeout: !row.isDraft && !row.isApproved
                        color: Theme.text
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: row.isDraft
                        spacing: Theme.spacing
                        TouchButton {
                            objectName: "editConclusionButton"
                            visible: root.session.canDraftConclusions
                            enabled: root.mayDraft && !row.textPending
                            text: qsTr("Edit")
                            onClicked: root.startEditing(row.conclusionId, row.revision, row.text)
                        }
                        TouchButton {
                            objectName: "withdrawConclusionButton"
                            enabled: (root.mayDraft || root.mayApprove)
                            text: qsTr("Withdraw")
                            onClicked: {
                                withdrawDialog.conclusionId = row.conclusionId
                                withdrawDialog.open()
                            }
                        }
                        Item { Layout.fillWidth: true }
                        TouchButton {
                            objectName: "approveByVoteButton"
                            visible: root.session.canApproveConclusions
                            enabled: root.mayApprove && !row.textPending
                            text: qsTr("Approve by vote…")
                            onClicked: {
                                votePicker.conclusionId = row.conclusionId
                                votePicker.revision = row.revision
                                votePicker.polls = root.session.pollsForConclusion(row.conclusionId)
                                votePicker.open()
                            }
                        }
                        TouchButton {
                            objectName: "approveConclusionButton"
                            visible: root.session.canApproveConclusions
                            kind: "primary"
                            enabled: root.mayApprove && !row.textPending
                            text: qsTr("Approve")
                            onClicked: root.session.approveConclusion(row.conclusionId, row.revision)
                        }
                    }
                }
            }
        }

        Label {
            objectName: "conclusionError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontBase
            text: root.session.lastError
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "minutesStatus"
                Layout.fillWidth: true
                text: root.session.minutesPath.length > 0 ? qsTr("Minutes saved: %1").arg(root.session.minutesPath)
                                                          : root.session.meetingState === MeetingSession.Closed
                                                            ? qsTr("The meeting is closed: the minutes are final.")
                                                            : qsTr("Minutes before closing are a draft.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            TouchButton {
                objectName: "minutesButton"
                enabled: !root.session.busy && root.session.meetingState !== MeetingSession.Scheduled
                text: qsTr("Minutes (PDF)")
                onClicked: root.session.saveMinutes()
            }
        }
    }

    ConfirmDialog {
        id: withdrawDialog
        objectName: "withdrawDialog"
        property string conclusionId: ""
        title: qsTr("Withdraw this draft?")
        message: qsTr("The draft is kept in the meeting's record as withdrawn; it can no longer be approved.")
        confirmText: qsTr("Withdraw")
        onAccepted: root.session.withdrawConclusion(conclusionId)
    }

    Popup {
        id: votePicker
        objectName: "votePicker"
        property string conclusionId: ""
        property int revision: 0
        property var polls: []
        width: Math.min(720, root.width)
        x: (root.width - width) / 2
        y: Theme.spacing
        modal: true
        padding: Theme.spacing * 2
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Approve by a vote of the floor")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: votePicker.polls.length === 0
                text: qsTr("No announced vote on this item yet: prepare, hold and announce a vote first.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBase
                color: Theme.muted
            }
            Repeater {
                model: votePicker.polls
                delegate: TouchButton {
                    required property var modelData
                    objectName: "votePick_" + modelData.pollId
                    Layout.fillWidth: true
                    kind: modelData.adopted ? "primary" : "secondary"
                    text: qsTr("%1 — %2").arg(modelData.question).arg(modelData.verdictText)
                    onClicked: {
                        root.session.approveConclusion(votePicker.conclusionId, votePicker.revision, modelData.pollId)
                        votePicker.close()
                    }
                }
            }
            TouchButton {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Cancel")
                onClicked: votePicker.close()
            }
        }
    }
}
