// Approved conclusions of the meeting, grouped by agenda item (the seat's record).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ListView {
    id: root

    required property MeetingSession session

    clip: true
    spacing: Theme.spacing / 2
    model: session.conclusions
    section.property: "itemTitle"
    section.delegate: Label {
        required property string section
        width: ListView.view.width
        topPadding: Theme.spacing
        text: section
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBase
        font.bold: true
        color: Theme.primary
    }
    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("No conclusion has been approved yet.")
        font.pixelSize: Theme.fontBase
        color: Theme.muted
    }
    delegate: Rectangle {
        id: row
        required property string text
        required property bool isApproved
        required property string pollQuestion
        width: ListView.view.width
        visible: isApproved
        height: isApproved ? column.implicitHeight + 2 * Theme.spacing : 0
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacing
            Label {
                objectName: "seatConclusionText"
                Layout.fillWidth: true
                text: row.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBase
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: row.pollQuestion.length > 0
                text: qsTr("Approved by the vote: %1").arg(row.pollQuestion)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
    }
}
