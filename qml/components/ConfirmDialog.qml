// A modal question with two large buttons. Emits accepted() on confirmation.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet

Popup {
    id: root

    property string title: ""
    property string message: ""
    property string confirmText: qsTr("Confirm")
    property string cancelText: qsTr("Cancel")

    signal accepted()

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(640, (parent ? parent.width : 640) - 4 * Theme.spacing)
    padding: Theme.spacing * 2
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing * 2

        Label {
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.message
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "confirmCancel"
                text: root.cancelText
                onClicked: root.close()
            }
            TouchButton {
                objectName: "confirmAccept"
                kind: "primary"
                text: root.confirmText
                onClicked: {
                    root.close()
                    root.accepted()
                }
            }
        }
    }
}
