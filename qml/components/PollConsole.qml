// The console's polls: pick or prepare a poll, open / close / publish /
// cancel (or re-run) it, follow the ballots coming in with the names still to
// vote, and see the result with its verdict, bar chart and quorum. The poll
// shown is MeetingSession.focusPoll; every figure and text comes from there.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session

    readonly property var poll: session.focusPoll
    readonly property string pollId: poll.pollId ?? ""
    readonly property int status: poll.status ?? PollModel.StatusNone
    readonly property bool mayAct: session.canManagePolls && !session.busy

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                id: pollPicker
                objectName: "pollPicker"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                model: root.session.polls
                textRole: "question"
                valueRole: "pollId"
                displayText: root.pollId.length > 0 ? root.poll.question : qsTr("No poll prepared yet")
                onActivated: (index) => root.session.focusPollId = valueAt(index)
            }
            TouchButton {
                objectName: "newPollButton"
                kind: "primary"
                enabled: root.session.canManagePolls
                text: qsTr("New poll")
                onClicked: pollForm.open()
            }
        }

        Label {
            objectName: "focusPollQuestion"
            Layout.fillWidth: true
            visible: root.pollId.length > 0
            text: root.poll.question ?? ""
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "focusPollStatus"
            Layout.fillWidth: true
            visible: root.pollId.length > 0
            text: [root.poll.statusText ?? "", root.poll.modeText ?? "", root.poll.majorityText ?? ""]
                  .filter(s => s.length > 0).join(" · ")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        RowLayout {
            objectName: "quorumIndicator"
            Layout.fillWidth: true
            visible: root.pollId.length > 0
            spacing: Theme.spacing
            Rectangle {
                Layout.preferredWidth: 20
                Layout.preferredHeight: 20
                radius: 10
                color: (root.poll.quorumRequired ? root.poll.quorumReached : root.session.quorumPresent)
                       ? Theme.ok : Theme.error
            }
            Label {
                objectName: "quorumText"
                Layout.fillWidth: true
                text: root.poll.quorumRequired ? root.poll.quorumText : root.session.quorumText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.pollId.length > 0
            spacing: Theme.spacing
            TouchButton {
                objectName: "openPollButton"
                kind: "primary"
                visible: root.status === PollModel.StatusPrepared
                enabled: root.mayAct && root.session.meetingState === MeetingSession.Open
                text: qsTr("Open voting")
                onClicked: root.session.openPoll(root.pollId)
            }
            TouchButton {
                objectName: "closePollButton"
                kind: "danger"
                visible: root.status === PollModel.StatusOpen
                enabled: root.mayAct
                text: qsTr("Close voting")
                onClicked: closeDialog.open()
            }
            TouchButton {
                objectName: "publishPollButton"
                kind: "primary"
                visible: root.status === PollModel.StatusClosed
                enabled: root.mayAct
                text: qsTr("Announce the result")
                onClicked: root.session.publishPoll(root.pollId)
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "rerunPollButton"
                visible: root.status === PollModel.StatusOpen || root.status === PollModel.StatusClosed
                         || root.status === PollModel.StatusCancelled
                enabled: root.mayAct
                text: qsTr("Cancel and vote again")
                onClicked: rerunDialog.open()
            }
            TouchButton {
                objectName: "cancelPollButton"
                visible: root.status === PollModel.StatusPrepared || root.status === PollModel.StatusOpen
                         || root.status === PollModel.StatusClosed
                enabled: root.mayAct
                text: qsTr("Cancel poll")
                onClicked: cancelDialog.open()
            }
        }

        // Written proxies are recorded while the poll is prepared (one level; the hub checks).
        RowLayout {
            objectName: "proxyRow"
            Layout.fillWidth: true
            visible: root.status === PollModel.StatusPrepared && root.session.canManagePolls
            spacing: Theme.spacing
            ComboBox {
                id: principalBox
                objectName: "proxyPrincipalBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontSmall
                model: root.session.members
                textRole: "name"
                valueRole: "personId"
                displayText: qsTr("Absent member: %1").arg(currentText)
            }
            ComboBox {
                id: holderBox
                objectName: "proxyHolderBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontSmall
                model: root.session.members
                textRole: "name"
                valueRole: "personId"
                displayText: qsTr("Carried by: %1").arg(currentText)
            }
            TouchButton {
                objectName: "declareProxyButton"
                font.pixelSize: Theme.fontBase
                enabled: root.mayAct && principalBox.currentValue !== holderBox.currentValue
                text: qsTr("Record proxy")
                onClicked: root.session.declareProxy(root.pollId, holderBox.currentValue, principalBox.currentValue)
            }
        }
        Label {
            objectName: "proxiesText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.poll.proxiesText ?? ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.info
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.pollId.length > 0
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                Label {
                    objectName: "ballotsInText"
                    text: qsTr("Votes in: %1 / %2").arg(root.poll.ballotsIn ?? 0).arg(root.poll.eligible ?? 0)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.primary
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 12
                    radius: 6
                    color: Theme.background
                    border.color: Theme.border
                    Rectangle {
                        height: parent.height
                        radius: 6
                        color: Theme.accent
                        width: (root.poll.eligible ?? 0) > 0
                               ? parent.width * Math.min(1, root.poll.ballotsIn / root.poll.eligible) : 0
                    }
                }
                Label {
                    objectName: "notVotedText"
                    Layout.fillWidth: true
                    visible: root.status === PollModel.StatusOpen
                    text: (root.poll.notVotedNames ?? []).length > 0
                          ? qsTr("Not yet voted: %1").arg(root.poll.notVotedNames.join(", "))
                          : qsTr("Everyone eligible has voted.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                ResultChart {
                    objectName: "consoleResult"
                    Layout.fillWidth: true
                    visible: root.poll.resultVisible === true
                    poll: root.poll
                }
                Label {
                    Layout.fillWidth: true
                    visible: !root.poll.resultVisible && root.status === PollModel.StatusOpen
                             && root.poll.mode !== PollModel.ModeOpen
                    text: qsTr("The choices are counted when voting closes.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Label {
                    objectName: "pollError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.error
                    font.pixelSize: Theme.fontBase
                    text: root.session.lastError
                }
                Item { Layout.fillHeight: true }
            }

            ListView {
                objectName: "voterList"
                Layout.preferredWidth: 280
                Layout.fillHeight: true
                clip: true
                model: root.session.focusVoters
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                header: Label {
                    text: qsTr("Voters")
                    font.pixelSize: Theme.fontBase
                    font.bold: true
                    color: Theme.text
                    bottomPadding: 4
                }
                delegate: RowLayout {
                    id: voter
                    required property string personId
                    required property string name
                    required property bool present
                    required property bool hasVoted
                    required property string castByName
                    required property string choiceText
                    objectName: "voter_" + personId
                    width: ListView.view.width
                    height: 40
                    spacing: 6
                    Label {
                        text: voter.hasVoted ? "✓" : "·"
                        font.pixelSize: Theme.fontLarge
                        color: voter.hasVoted ? Theme.ok : Theme.muted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: voter.name
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            font.bold: voter.hasVoted
                            color: voter.present ? Theme.text : Theme.muted
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: [voter.choiceText,
                                   voter.castByName.length > 0 ? qsTr("by proxy: %1").arg(voter.castByName) : "",
                                   voter.present ? "" : qsTr("absent")].filter(s => s.length > 0).join(" · ")
                            elide: Text.ElideRight
                            font.pixelSize: 13
                            color: Theme.muted
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.pollId.length === 0
            text: qsTr("Prepare a poll with \"New poll\"; it is attached to the item under discussion.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            color: Theme.muted
        }
    }

    PollForm {
        id: pollForm
        objectName: "pollForm"
        session: root.session
    }

    ConfirmDialog {
        id: closeDialog
        objectName: "closePollDialog"
        title: qsTr("Close voting?")
        message: qsTr("%1 of %2 eligible members have voted. No ballot is accepted after closing.")
                 .arg(root.poll.ballotsIn ?? 0).arg(root.poll.eligible ?? 0)
        confirmText: qsTr("Close voting")
        onAccepted: root.session.closePoll(root.pollId)
    }
    ConfirmDialog {
        id: cancelDialog
        objectName: "cancelPollDialog"
        title: qsTr("Cancel this poll?")
        message: qsTr("The poll stays in the record as cancelled; its ballots do not count.")
        confirmText: qsTr("Cancel poll")
        cancelText: qsTr("Keep it")
        onAccepted: root.session.cancelPoll(root.pollId, false)
    }
    ConfirmDialog {
        id: rerunDialog
        objectName: "rerunPollDialog"
        title: qsTr("Cancel and vote again?")
        message: qsTr("This poll is cancelled (it stays in the record) and a new poll with the same question is prepared.")
        confirmText: qsTr("Cancel and vote again")
        cancelText: qsTr("Keep it")
        onAccepted: root.session.cancelPoll(root.pollId, true)
    }
}
