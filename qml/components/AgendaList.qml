// The agenda, with the item under discussion highlighted and kept in view.
// `selectable`: rows can be touched (the console, to jump to an item).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ListView {
    id: root

    required property MeetingSession session
    property bool selectable: false

    signal itemActivated(int index)

    objectName: "agendaList"
    model: session.agenda
    clip: true
    spacing: 6
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    Connections {
        target: root.session
        function onCurrentItemChanged() {
            if (root.session.currentItem >= 0)
                root.positionViewAtIndex(root.session.currentItem, ListView.Contain)
        }
    }

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string itemId
        required property string number
        required property string title
        required property string presenter
        required property int documentCount
        required property bool isCurrent

        objectName: "agendaItem_" + row.index
        width: ListView.view.width
        height: Math.max(Theme.touchLarge, row.implicitContentHeight + row.topPadding + row.bottomPadding)
        hoverEnabled: false
        enabled: root.selectable
        onClicked: root.itemActivated(row.index)

        background: Rectangle {
            radius: Theme.radius
            color: row.isCurrent ? Theme.current : Theme.surface
            border.width: row.isCurrent ? 3 : 1
            border.color: row.isCurrent ? Theme.accent : Theme.border
        }

        contentItem: RowLayout {
            spacing: Theme.spacing

            Rectangle {
                Layout.preferredWidth: 44
                Layout.preferredHeight: 44
                Layout.alignment: Qt.AlignTop
                radius: 22
                color: row.isCurrent ? Theme.primary : Theme.background
                Label {
                    anchors.centerIn: parent
                    text: row.number
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: row.isCurrent ? Theme.textOnPrimary : Theme.text
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontLarge
                    font.bold: row.isCurrent
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: {
                        const parts = []
                        if (row.presenter.length > 0)
                            parts.push(qsTr("Presented by %1").arg(row.presenter))
                        if (row.documentCount > 0)
                            parts.push(qsTr("%n document(s)", "", row.documentCount))
                        return parts.join(" · ")
                    }
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }

            Label {
                objectName: "currentMark"
                visible: row.isCurrent
                text: qsTr("Now")
                font.pixelSize: Theme.fontBase
                font.bold: true
                color: Theme.primary
            }
        }
    }
}
