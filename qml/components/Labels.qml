// Human names of the session's enums, translated. Presentation only.
pragma Singleton
import QtQml
import Ecabinet.Client

QtObject {
    function roleName(role: int): string {
        switch (role) {
        case MeetingSession.Chair: return qsTr("Chair")
        case MeetingSession.Secretary: return qsTr("Secretary")
        case MeetingSession.Delegate: return qsTr("Delegate")
        case MeetingSession.Guest: return qsTr("Guest")
        case MeetingSession.Observer: return qsTr("Observer")
        }
        return ""
    }

    function meetingStateName(state: int): string {
        switch (state) {
        case MeetingSession.Scheduled: return qsTr("Not yet opened")
        case MeetingSession.Open: return qsTr("In session")
        case MeetingSession.Closed: return qsTr("Closed")
        }
        return qsTr("No meeting")
    }

    function connectionText(state: int): string {
        switch (state) {
        case MeetingSession.Disconnected: return qsTr("Connection lost — reconnecting…")
        case MeetingSession.Connecting: return qsTr("Connecting to the meeting room…")
        case MeetingSession.Syncing: return qsTr("Synchronising meeting data…")
        case MeetingSession.Incompatible:
            return qsTr("This app is not compatible with the meeting room's hub. Please call the administrator.")
        }
        return ""
    }
}
