// Root of ecabinet-dispatch: the desk of the dispatch office or of a receiving
// unit, whichever the signed-in account belongs to. Sign in first; then the
// office composes, publishes and follows directives, and a unit reads its
// inbox and works on its tasks. Both have the statistics dashboard. The last
// error or confirmation stays visible in the footer.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ApplicationWindow {
    id: root

    required property RegistrySession session

    width: 1280
    height: 800
    visible: true
    title: qsTr("E-cabinet — directives and tasks")
    color: Theme.background
    font.family: "DejaVu Sans"

    // The footer shows the newer of the two.
    property string footerText: ""
    property bool footerIsError: false
    Connections {
        target: root.session
        function onLastInfoChanged() { root.footerText = root.session.lastInfo; root.footerIsError = false }
        function onCommandFinished(command, ok, message) {
            if (!ok) {
                root.footerText = message
                root.footerIsError = true
            } else if (root.footerIsError) {
                root.footerText = ""
            }
        }
        function onAccountChanged() { root.footerText = "" }
    }

    header: ColumnLayout {
        spacing: 0
        RegistryBanner {
            objectName: "registryBanner"
            Layout.fillWidth: true
            session: root.session
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.touchLarge
            color: Theme.primary
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing * 2
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Directives and tasks")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.textOnPrimary
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "accountText"
                    visible: root.session.signedIn
                    text: root.session.userName + " · " + root.session.unitName
                    font.pixelSize: Theme.fontBase
                    color: Theme.textOnPrimary
                }
                TouchButton {
                    objectName: "refreshButton"
                    visible: root.session.signedIn
                    text: qsTr("Refresh")
                    onClicked: root.session.refresh()
                }
                TouchButton {
                    objectName: "signOutButton"
                    visible: root.session.signedIn
                    text: qsTr("Sign out")
                    onClicked: root.session.signOut()
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: footerLabel.text.length > 0 ? Math.max(40, footerLabel.implicitHeight + Theme.spacing) : 0
        color: root.footerIsError ? "#fdecea" : "#e8f5e9"
        Label {
            id: footerLabel
            objectName: "footerText"
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 2
            verticalAlignment: Text.AlignVCenter
            text: root.footerText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
            color: root.footerIsError ? Theme.error : Theme.ok
        }
    }

    SignInView {
        objectName: "signInView"
        anchors.fill: parent
        visible: !root.session.signedIn
        session: root.session
    }
    Loader {
        objectName: "deskLoader"
        anchors.fill: parent
        active: root.session.signedIn
        sourceComponent: root.session.deskRole === RegistrySession.DispatchOffice ? officeDesk
                       : root.session.deskRole === RegistrySession.Unit ? unitDesk : null
    }
    Component {
        id: officeDesk
        OfficeDesk { objectName: "officeDesk"; session: root.session }
    }
    Component {
        id: unitDesk
        UnitDesk { objectName: "unitDesk"; session: root.session }
    }
}
