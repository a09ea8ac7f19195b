// Sign-in of a dispatch desk: account name and password, one large button.
// A wrong password shows the registry's answer (attempts left, lock-out).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Item {
    id: root

    required property RegistrySession session
    property string refusal: ""

    Connections {
        target: root.session
        function onSignInRefused(message) {
            root.refusal = message
            password.text = ""
        }
        function onAccountChanged() {
            if (root.session.signedIn) {
                root.refusal = ""
                password.text = ""
            }
        }
    }

    function submit() {
        root.refusal = ""
        root.session.signIn(account.text, password.text)
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 4 * Theme.spacing)
        height: form.implicitHeight + 6 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.spacing * 3
            spacing: Theme.spacing * 1.5

            Label {
                Layout.fillWidth: true
                text: qsTr("Directives and tasks")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Sign in with the account of your office or unit.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBase
                color: Theme.muted
            }
            Label { text: qsTr("Account"); font.pixelSize: Theme.fontBase; color: Theme.text }
            TextField {
                id: account
                objectName: "accountField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontLarge
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                placeholderText: qsTr("e.g. vanthu.vp")
                onAccepted: password.forceActiveFocus()
            }
            Label { text: qsTr("Password"); font.pixelSize: Theme.fontBase; color: Theme.text }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontLarge
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onAccepted: root.submit()
            }
            Label {
                objectName: "signInError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.refusal
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBase
                color: Theme.error
            }
            TouchButton {
                objectName: "signInButton"
                Layout.fillWidth: true
                kind: "primary"
                text: root.session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: !root.session.busy && account.text.length > 0 && password.text.length > 0
                         && root.session.connectionState === RegistrySession.Live
                onClicked: root.submit()
            }
        }
    }
}
