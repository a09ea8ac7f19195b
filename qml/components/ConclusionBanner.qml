// The seat's announcement of a conclusion the chair just approved: the item and
// the text, until the delegate dismisses it (the list keeps every conclusion).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session
    readonly property var conclusion: session.announcedConclusion

    visible: conclusion.conclusionId !== undefined
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: "#e8f5e9"
    border.color: Theme.ok
    border.width: 2

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Label {
                objectName: "conclusionBannerTitle"
                Layout.fillWidth: true
                text: root.conclusion.byVote
                      ? qsTr("Conclusion approved by vote — item %1: %2").arg(root.conclusion.itemNumber || "").arg(root.conclusion.itemTitle || "")
                      : qsTr("Conclusion approved — item %1: %2").arg(root.conclusion.itemNumber || "").arg(root.conclusion.itemTitle || "")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBase
                font.bold: true
                color: Theme.ok
            }
            Label {
                objectName: "conclusionBannerText"
                Layout.fillWidth: true
                text: root.conclusion.text || ""
                wrapMode: Text.Wrap
                maximumLineCount: 6
                elide: Text.ElideRight
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
        }
        TouchButton {
            objectName: "dismissConclusionButton"
            text: qsTr("OK")
            onClicked: root.session.dismissAnnouncedConclusion()
        }
    }
}
