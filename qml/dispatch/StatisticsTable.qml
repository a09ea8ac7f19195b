// Rows of a StatisticsModel as a table: name, reading, reports, tasks and the
// red / yellow / green counts, on-time rate. Header row stays on top.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ListView {
    id: root

    property bool byUnit: false

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    headerPositioning: ListView.OverlayHeader
    ScrollBar.vertical: ScrollBar { width: 16 }

    // Column widths (the first takes what is left).
    readonly property var widths: [0, 90, 80, 60, 100, 50, 55, 55, 95]
    function w(i: int): int { return i === 0 ? width - 16 - widths.reduce((a, b) => a + b, 0) : widths[i] }

    header: Rectangle {
        z: 2
        width: root.width
        height: Theme.touch
        color: Theme.background
        Row {
            anchors.verticalCenter: parent.verticalCenter
            Repeater {
                model: [root.byUnit ? qsTr("Unit") : qsTr("Directive"), qsTr("Read"), qsTr("Reports"), qsTr("Done"),
                        qsTr("Open"), qsTr("Red"), qsTr("Yellow"), qsTr("Green"), qsTr("On time")]
                delegate: Label {
                    required property int index
                    required property string modelData
                    width: root.w(index)
                    text: modelData
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.muted
                    elide: Text.ElideRight
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("Nothing to show for these filters.")
        font.pixelSize: Theme.fontBase
        color: Theme.muted
    }

    delegate: Rectangle {
        id: row
        required property int index
        required property string label
        required property int recipients
        required property int read
        required property string readState
        required property int reportsIn
        required property int reportsExpected
        required property int done
        required property int inProgress
        required property int red
        required property int yellow
        required property int green
        required property int onTimePercent

        objectName: "statRow_" + index
        width: root.width - 16
        height: Theme.touch
        color: index % 2 ? Theme.background : Theme.surface
        Row {
            anchors.verticalCenter: parent.verticalCenter
            Label { width: root.w(0); text: row.label; elide: Text.ElideRight; font.pixelSize: Theme.fontBase }
            Label {
                objectName: "readCell"
                width: root.w(1)
                text: row.read + " / " + row.recipients
                font.pixelSize: Theme.fontBase
                font.bold: true
                color: row.readState === "all" ? Theme.ok : row.readState === "none" ? Theme.error
                     : row.readState === "some" ? Theme.warning : Theme.muted
            }
            Label { objectName: "reportsCell"; width: root.w(2); text: row.reportsIn + " / " + row.reportsExpected; font.pixelSize: Theme.fontBase }
            Label { width: root.w(3); text: row.done; font.pixelSize: Theme.fontBase }
            Label { width: root.w(4); text: row.inProgress; font.pixelSize: Theme.fontBase }
            Label { width: root.w(5); text: row.red; font.pixelSize: Theme.fontBase; color: row.red > 0 ? Theme.error : Theme.muted; font.bold: row.red > 0 }
            Label { width: root.w(6); text: row.yellow; font.pixelSize: Theme.fontBase; color: row.yellow > 0 ? Theme.warning : Theme.muted }
            Label { width: root.w(7); text: row.green; font.pixelSize: Theme.fontBase; color: Theme.ok }
            Label { width: root.w(8); text: row.onTimePercent < 0 ? "—" : row.onTimePercent + " %"; font.pixelSize: Theme.fontBase }
        }
    }
}
