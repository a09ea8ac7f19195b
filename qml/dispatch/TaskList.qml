// Tasks by deadline with their traffic light, state and days left. Tapping one
// opens it (RegistrySession.openTask).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ListView {
    id: root

    required property RegistrySession session
    property string emptyText: qsTr("No tasks.")

    clip: true
    spacing: 4
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { width: 16 }

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: root.emptyText
        font.pixelSize: Theme.fontBase
        color: Theme.muted
    }

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string taskId
        required property string title
        required property string directiveNumber
        required property string leadUnitName
        required property string deadlineText
        required property string stateText
        required property string light
        required property bool overdue
        required property int daysLeft
        required property bool extensionPending
        required property bool extended

        objectName: "task_" + index
        width: ListView.view.width
        height: Math.max(Theme.touchLarge, content.implicitHeight + 2 * Theme.spacing)
        highlighted: root.session.currentTask.taskId === taskId
        onClicked: root.session.openTask(taskId)

        background: Rectangle {
            color: row.highlighted ? Theme.current : Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }
        contentItem: RowLayout {
            id: content
            spacing: Theme.spacing
            TrafficLight { light: row.light }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: row.directiveNumber + " · " + row.leadUnitName + " · " + row.stateText
                          + (row.extensionPending ? " · " + qsTr("extension asked") : "")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
            ColumnLayout {
                spacing: 2
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: row.deadlineText + (row.extended ? " *" : "")
                    font.pixelSize: Theme.fontBase
                    color: row.overdue ? Theme.error : Theme.text
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: row.overdue ? qsTr("%n day(s) overdue", "", -row.daysLeft)
                                      : qsTr("%n day(s) left", "", row.daysLeft)
                    font.pixelSize: Theme.fontSmall
                    color: row.overdue ? Theme.error : Theme.muted
                }
            }
        }
    }
}
