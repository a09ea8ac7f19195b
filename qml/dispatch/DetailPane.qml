// The right half of a desk: the open task, else the open directive, else a hint.
import QtQuick
import QtQuick.Controls.Basic
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property RegistrySession session
    property string hint: ""

    readonly property bool showTask: (session.currentTask.taskId ?? "").length > 0
    readonly property bool showDirective: !showTask && (session.currentDirective.directiveId ?? "").length > 0

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    TaskView {
        objectName: "taskView"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: root.showTask
        session: root.session
    }
    DirectiveView {
        objectName: "directiveView"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: root.showDirective
        session: root.session
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.spacing
        visible: !root.showTask && !root.showDirective
        text: root.hint
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontLarge
        color: Theme.muted
    }
}
