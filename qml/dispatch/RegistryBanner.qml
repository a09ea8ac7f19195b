// A strip across the top whenever the desk is not connected to the registry:
// what is shown may be stale and actions will wait. Hidden when live.
import QtQuick
import QtQuick.Controls.Basic
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property RegistrySession session
    readonly property int connection: session.connectionState

    visible: connection !== RegistrySession.Live
    implicitHeight: visible ? Math.max(Theme.touch, text.implicitHeight + 2 * Theme.spacing) : 0
    color: connection === RegistrySession.Incompatible || connection === RegistrySession.Refused ? Theme.error
         : connection === RegistrySession.Disconnected ? Theme.warning
         : Theme.info

    Label {
        id: text
        objectName: "registryConnectionText"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textOnPrimary
        font.pixelSize: Theme.fontBase
        font.bold: true
        text: root.session.connectionMessage.length > 0 ? root.session.connectionMessage
                                                        : qsTr("Connecting to the registry…")
    }
}
