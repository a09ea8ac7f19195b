// Numeric PIN entry: masked digits, a 3×4 keypad, Clear and Confirm.
// Emits submitted(pin); the caller sends it and calls clear() when refused.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet

FocusScope {
    id: root

    property int minLength: 4
    property int maxLength: 8
    property bool busy: false
    readonly property string pin: entered
    property string entered: ""

    signal submitted(string pin)

    function clear() { entered = "" }
    function press(digit: string) {
        if (entered.length < maxLength)
            entered += digit
    }
    function backspace() { entered = entered.slice(0, -1) }
    function submit() {
        if (entered.length >= minLength && !busy)
            submitted(entered)
    }

    implicitWidth: grid.implicitWidth
    implicitHeight: layout.implicitHeight
    focus: true

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            press(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            backspace()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            submit()
            event.accepted = true
        }
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: Theme.spacing

        // Masked digits: one dot per digit entered, empty rings up to the minimum.
        Row {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: 32
            spacing: Theme.spacing
            Repeater {
                model: Math.max(root.minLength, root.entered.length)
                delegate: Rectangle {
                    id: dot
                    required property int index
                    width: 24
                    height: 24
                    radius: 12
                    border.width: 2
                    border.color: Theme.primary
                    color: dot.index < root.entered.length ? Theme.primary : "transparent"
                }
            }
        }

        GridLayout {
            id: grid
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: TouchButton {
                    id: key
                    required property string modelData
                    objectName: "pinKey" + modelData
                    text: modelData
                    font.pixelSize: Theme.fontHuge
                    Layout.preferredWidth: Theme.touchLarge * 1.5
                    Layout.preferredHeight: Theme.touchLarge
                    onClicked: root.press(key.modelData)
                }
            }
            TouchButton {
                objectName: "pinClear"
                text: qsTr("Clear")
                Layout.preferredWidth: Theme.touchLarge * 1.5
                Layout.preferredHeight: Theme.touchLarge
                onClicked: root.clear()
            }
            TouchButton {
                objectName: "pinKey0"
                text: "0"
                font.pixelSize: Theme.fontHuge
                Layout.preferredWidth: Theme.touchLarge * 1.5
                Layout.preferredHeight: Theme.touchLarge
                onClicked: root.press("0")
            }
            TouchButton {
                objectName: "pinBackspace"
                text: "⌫"
                font.pixelSize: Theme.fontHuge
                Accessible.name: qsTr("Delete last digit")
                Layout.preferredWidth: Theme.touchLarge * 1.5
                Layout.preferredHeight: Theme.touchLarge
                onClicked: root.backspace()
            }
        }

        TouchButton {
            objectName: "pinConfirm"
            kind: "primary"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: grid.implicitWidth
            Layout.preferredHeight: Theme.touchLarge
            text: root.busy ? qsTr("Checking…") : qsTr("Confirm")
            enabled: root.entered.length >= root.minLength && !root.busy
            onClicked: root.submit()
        }
    }
}
