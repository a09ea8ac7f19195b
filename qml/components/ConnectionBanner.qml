// A strip across the top whenever the session is not live: the delegate must
// know that what they see may be stale. Hidden (zero height) when live.
import QtQuick
import QtQuick.Controls.Basic
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session
    readonly property int connection: session.connectionState
    // The session's own words (they carry the hub's reason); ours as a fallback.
    readonly property string message: session.connectionMessage.length > 0 ? session.connectionMessage
                                                                           : Labels.connectionText(connection)

    visible: connection !== MeetingSession.Live
    implicitHeight: visible ? Math.max(Theme.touch, text.implicitHeight + 2 * Theme.spacing) : 0
    color: connection === MeetingSession.Incompatible ? Theme.error
         : connection === MeetingSession.Disconnected ? Theme.warning
         : Theme.info

    Label {
        id: text
        objectName: "connectionText"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textOnPrimary
        font.pixelSize: Theme.fontBase
        font.bold: true
        text: root.message
    }
}
