// The seat's vote screen: appears when a poll opens. Choose (big buttons for a
// motion, an option list with min/max for a choice) → confirm → the hub's
// receipt ("your vote was recorded", shown only once the hub acknowledged the
// ballot); the announced result once published. State and texts come from
// MeetingSession.activePoll; only the steps of the interaction live here.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session

    readonly property var poll: session.activePoll
    readonly property string pollId: poll.pollId ?? ""
    readonly property int status: poll.status ?? PollModel.StatusNone
    readonly property bool isMotion: poll.kind === PollModel.KindYesNo
    readonly property int minSelections: poll.minSelections ?? 1
    readonly property int maxSelections: poll.maxSelections ?? 1

    // Interaction only: what is chosen, whether the confirmation step shows,
    // and whose vote (own, or an absent principal's by proxy).
    property var chosen: []
    property bool confirming: false
    property bool changing: false
    property string onBehalfOf: ""
    property string refusal: ""
    property string dismissedPollId: ""
    property string shownPollId: ""

    readonly property bool sending: poll.myBallot === PollModel.BallotSending
    readonly property bool recorded: poll.myBallot === PollModel.BallotRecorded || poll.hasVoted === true
    readonly property bool choosing: status === PollModel.StatusOpen && !sending && !confirming
                                     && (onBehalfOf.length > 0
                                         || (poll.canVote === true && (!recorded || changing)))
    readonly property bool chosenFits: chosen.length >= minSelections && chosen.length <= maxSelections

    function reset() {
        chosen = []
        confirming = false
        changing = false
        onBehalfOf = ""
        refusal = ""
    }
    function toggle(index) {
        const list = chosen.slice()
        const at = list.indexOf(index)
        if (at >= 0)
            list.splice(at, 1)
        else if (maxSelections === 1)
            list.splice(0, list.length, index)
        else if (list.length < maxSelections)
            list.push(index)
        list.sort((a, b) => a - b)
        chosen = list
    }
    function chosenText() {
        const labels = poll.options ?? []
        if (chosen.length === 0)
            return qsTr("a blank ballot (no option)")
        return chosen.map(i => labels[i]).join(", ")
    }
    function confirmBallot() {
        refusal = ""
        confirming = false
        changing = false
        session.castBallot(pollId, chosen, onBehalfOf)
        onBehalfOf = ""
    }

    visible: pollId.length > 0 && pollId !== dismissedPollId
             && (status === PollModel.StatusOpen || status === PollModel.StatusClosed
                 || status === PollModel.StatusPublished)
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.primary
    border.width: 2

    onPollIdChanged: {
        if (pollId !== shownPollId) {
            shownPollId = pollId
            reset()
        }
    }

    Connections {
        target: root.session
        function onBallotRefused(pollId, message) {
            if (pollId === root.pollId)
                root.refusal = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 1.5

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Vote")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }
            Label {
                objectName: "pollStatus"
                text: root.poll.statusText ?? ""
                font.pixelSize: Theme.fontBase
                color: Theme.muted
            }
        }
        Label {
            objectName: "pollQuestion"
            Layout.fillWidth: true
            text: root.poll.question ?? ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: root.poll.modeText ?? ""
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Label {
            objectName: "proxyNote"
            Layout.fillWidth: true
            visible: root.onBehalfOf.length > 0
            text: qsTr("You are voting for %1 by proxy.").arg(root.poll.proxyPrincipalName ?? "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            font.bold: true
            color: Theme.info
        }

        // --- step 1: choose -------------------------------------------------------
        RowLayout {
            objectName: "motionChoices"
            Layout.fillWidth: true
            visible: root.choosing && root.isMotion
            spacing: Theme.spacing
            Repeater {
                model: root.isMotion ? root.poll.options : []
                delegate: TouchButton {
                    required property string modelData
                    required property int index
                    objectName: "choice_" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchLarge * 1.5
                    // The same weight for every answer: the screen must not lean.
                    font.pixelSize: Theme.fontTitle
                    text: modelData
                    onClicked: {
                        root.chosen = [index]
                        root.confirming = true
                    }
                }
            }
        }

        ColumnLayout {
            objectName: "optionChoices"
            Layout.fillWidth: true
            visible: root.choosing && !root.isMotion
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: root.minSelections === root.maxSelections
                      ? qsTr("Choose %n option(s).", "", root.maxSelections)
                      : qsTr("Choose from %1 to %2 options.").arg(root.minSelections).arg(root.maxSelections)
                font.pixelSize: Theme.fontBase
                color: Theme.text
            }
            Repeater {
                model: root.isMotion ? [] : root.poll.options
                delegate: TouchButton {
                    required property string modelData
                    required property int index
                    readonly property bool picked: root.chosen.indexOf(index) >= 0
                    objectName: "option_" + index
                    Layout.fillWidth: true
                    kind: picked ? "primary" : "secondary"
                    text: (picked ? "✓ " : "") + modelData
                    onClicked: root.toggle(index)
                }
            }
            TouchButton {
                objectName: "reviewButton"
                Layout.alignment: Qt.AlignRight
                kind: "primary"
                enabled: root.chosenFits
                text: qsTr("Continue")
                onClicked: root.confirming = true
            }
        }

        // --- step 2: confirm ------------------------------------------------------
        ColumnLayout {
            objectName: "confirmStep"
            Layout.fillWidth: true
            visible: root.confirming && root.status === PollModel.StatusOpen
            spacing: Theme.spacing
            Label {
                objectName: "confirmText"
                Layout.fillWidth: true
                text: qsTr("Your choice: %1").arg(root.chosenText())
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "changeChoiceButton"
                    Layout.preferredHeight: Theme.touchLarge
                    text: qsTr("Choose again")
                    onClicked: root.confirming = false
                }
                TouchButton {
                    objectName: "confirmBallotButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchLarge
                    kind: "primary"
                    text: qsTr("Confirm vote")
                    onClicked: root.confirmBallot()
                }
            }
        }

        // --- step 3: sending, then the hub's receipt ----------------------------------
        RowLayout {
            objectName: "sendingStep"
            visible: root.sending
            spacing: Theme.spacing
            BusyIndicator { running: root.sending; implicitWidth: Theme.touch; implicitHeight: Theme.touch }
            Label {
                text: qsTr("Sending your vote… it counts once the hub confirms it.")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
        }
        ColumnLayout {
            objectName: "ballotReceipt"
            Layout.fillWidth: true
            visible: root.status === PollModel.StatusOpen && root.recorded && !root.sending && !root.choosing
                     && !root.confirming
            spacing: Theme.spacing
            Label {
                objectName: "receiptText"
                Layout.fillWidth: true
                text: "✓ " + qsTr("Your vote was recorded.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.ok
            }
            RowLayout {
                spacing: Theme.spacing
                TouchButton {
                    objectName: "changeVoteButton"
                    visible: root.poll.allowChange === true && root.poll.canVote === true
                    text: qsTr("Change my vote")
                    onClicked: {
                        root.chosen = []
                        root.changing = true
                    }
                }
                TouchButton {
                    objectName: "proxyVoteButton"
                    visible: (root.poll.proxyPrincipalId ?? "").length > 0 && root.poll.proxyPrincipalVoted !== true
                    text: qsTr("Vote for %1 (proxy)").arg(root.poll.proxyPrincipalName ?? "")
                    onClicked: {
                        root.chosen = []
                        root.onBehalfOf = root.poll.proxyPrincipalId
                    }
                }
            }
        }
        Label {
            objectName: "ballotRefusal"
            Layout.fillWidth: true
            visible: root.refusal.length > 0 && !root.recorded
            text: root.refusal
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            color: Theme.error
        }
        Label {
            objectName: "notVoting"
            Layout.fillWidth: true
            visible: root.status === PollModel.StatusOpen && !root.poll.canVote && !root.recorded && !root.sending
                     && root.onBehalfOf.length === 0
            text: qsTr("You do not take part in this vote.")
            font.pixelSize: Theme.fontLarge
            color: Theme.muted
        }

        // --- closed, published ------------------------------------------------------
        Label {
            objectName: "awaitingResult"
            Layout.fillWidth: true
            visible: root.status === PollModel.StatusClosed
            text: qsTr("Voting is closed. The result will be announced by the chair.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        ResultChart {
            objectName: "seatResult"
            Layout.fillWidth: true
            visible: root.status === PollModel.StatusPublished
            poll: root.poll
        }

        Label {
            objectName: "ballotProgress"
            Layout.fillWidth: true
            text: qsTr("Votes in: %1 of %2").arg(root.poll.ballotsIn ?? 0).arg(root.poll.eligible ?? 0)
            font.pixelSize: Theme.fontBase
            color: Theme.muted
        }
        Item { Layout.fillHeight: true }
        TouchButton {
            objectName: "dismissPollButton"
            Layout.alignment: Qt.AlignRight
            visible: root.status !== PollModel.StatusOpen
            text: qsTr("Close")
            onClicked: root.dismissedPollId = root.pollId
        }
    }
}
