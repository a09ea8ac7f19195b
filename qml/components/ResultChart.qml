// A poll's tally as horizontal bars (one per option) with the verdict and the
// rule that decided it. `poll` is a poll map from MeetingSession (keys in
// tablet-client/FloorModels.h); every figure and text comes from there.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ColumnLayout {
    id: root

    property var poll: ({})
    // Show the verdict line (hidden for a live tally, which has none).
    readonly property bool hasVerdict: (poll.verdict ?? 0) !== PollModel.VerdictNone

    spacing: Theme.spacing

    Label {
        objectName: "verdictText"
        Layout.fillWidth: true
        visible: root.hasVerdict
        text: root.poll.verdictText ?? ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: root.poll.verdict === PollModel.VerdictPassed ? Theme.ok : Theme.error
    }

    Repeater {
        objectName: "tallyBars"
        model: root.poll.tally ?? []

        delegate: ColumnLayout {
            id: bar
            required property var modelData
            required property int index

            objectName: "tallyBar_" + index
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: bar.modelData.label
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                Label {
                    objectName: "tallyCount"
                    text: qsTr("%n vote(s)", "", bar.modelData.count)
                          + " · " + Math.round(bar.modelData.share * 100) + "%"
                    font.pixelSize: Theme.fontBase
                    font.bold: true
                    color: Theme.text
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 24
                radius: 4
                color: Theme.background
                border.color: Theme.border
                Rectangle {
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    width: parent.width * Math.max(0, Math.min(1, bar.modelData.share))
                    radius: 4
                    color: bar.index === 0 && root.poll.kind === PollModel.KindYesNo ? Theme.ok
                         : bar.index === 1 && root.poll.kind === PollModel.KindYesNo ? Theme.error
                         : bar.index === 2 && root.poll.kind === PollModel.KindYesNo ? Theme.muted
                         : Theme.info
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: (root.poll.blankCount ?? 0) > 0
        text: qsTr("Blank ballots: %1").arg(root.poll.blankCount ?? 0)
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    Label {
        objectName: "requiredText"
        Layout.fillWidth: true
        visible: text.length > 0
        text: [root.poll.majorityText ?? "", root.poll.requiredText ?? ""].filter(s => s.length > 0).join(" — ")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
}
