// Directives as a list: a unit's inbox (unread ones bold with a red dot; opening
// one records the receipt) or the dispatch office's register (read by x of y units).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ListView {
    id: root

    required property RegistrySession session
    readonly property bool officeView: session.deskRole === RegistrySession.DispatchOffice

    model: session.directives
    clip: true
    spacing: 4
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { width: 16 }

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: root.officeView ? qsTr("No directive has been published yet.") : qsTr("No directive was sent to your unit.")
        font.pixelSize: Theme.fontBase
        color: Theme.muted
    }

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string directiveId
        required property string number
        required property string title
        required property string issuerName
        required property date issuedDate
        required property bool unread
        required property int readCount
        required property int recipientCount
        required property int taskCount

        objectName: "directive_" + index
        width: ListView.view.width
        height: Math.max(Theme.touchLarge, content.implicitHeight + 2 * Theme.spacing)
        highlighted: root.session.currentDirective.directiveId === directiveId
        onClicked: root.session.openDirective(directiveId)

        background: Rectangle {
            color: row.highlighted ? Theme.current : Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }
        contentItem: RowLayout {
            id: content
            spacing: Theme.spacing
            Rectangle {
                objectName: "unreadMark"
                visible: !root.officeView && row.unread
                Layout.preferredWidth: 14
                Layout.preferredHeight: 14
                radius: 7
                color: Theme.error
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.number + "  ·  " + row.issuedDate.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
                    font.pixelSize: Theme.fontBase
                    font.bold: row.unread && !root.officeView
                    color: Theme.primary
                }
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                    font.bold: row.unread && !root.officeView
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: root.officeView
                          ? qsTr("Read by %1 of %2 units · %n task(s)", "", row.taskCount).arg(row.readCount).arg(row.recipientCount)
                          : (row.unread ? qsTr("Unread") : qsTr("Read")) + " · " + row.issuerName
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
        }
    }
}
