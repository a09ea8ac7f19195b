// "Follow the presenter" over a reader: what the room is shown, and whether this
// device follows it ("Follow presenter" returns to it with one tap; any manual
// page turn leaves follow mode). Whoever may present (chair, secretary, or the
// speaker given the right) gets "Present this page" and "Stop presenting"; on
// the console (`rightControls`) the chair gives the presenting right to the
// member who has the floor, or takes it back. The hub checks every command.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session
    // The document open in the reader next to this bar ("" = none) and its page.
    property string documentId: ""
    property int currentPage: -1
    // The console's controls for the presenting right.
    property bool rightControls: false

    readonly property bool showingThisPage: session.presenting && session.presentedDocumentId === documentId
                                            && session.presentedPage === currentPage
    readonly property bool mayGrant: rightControls && session.canGrantPresentingRight
                                     && session.presentingRightHolderId !== session.currentSpeakerId
    readonly property bool mayRevoke: rightControls && session.canGrantPresentingRight
                                      && session.presentingRightHolderId.length > 0

    objectName: "presenterBar"
    visible: session.presenting || session.canPresent || mayGrant || mayRevoke
    implicitHeight: visible ? column.implicitHeight + Theme.spacing : 0
    color: session.presenting && (session.followingPresenter || rightControls) ? Theme.current : Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            objectName: "presentationState"
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBase
            color: Theme.text
            text: {
                const s = root.session
                if (s.presenting) {
                    const what = qsTr("%1, page %2").arg(s.presentedTitle).arg(s.presentedPage + 1)
                    if (root.rightControls) // the console shows; it does not follow
                        return qsTr("Shown to the room: %1").arg(what)
                    return s.followingPresenter ? qsTr("Following the presenter: %1").arg(what)
                                                : qsTr("%1 is presenting: %2").arg(s.presenterName).arg(what)
                }
                if (s.presentingRightHolderName.length > 0)
                    return qsTr("%1 may present pages.").arg(s.presentingRightHolderName)
                return qsTr("Nothing is being presented.")
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "followPresenterButton"
                kind: "primary"
                visible: root.session.presenting && !root.session.followingPresenter
                text: qsTr("Follow presenter")
                onClicked: root.session.followPresenter()
            }
            TouchButton {
                objectName: "presentPageButton"
                visible: root.session.canPresent && root.documentId.length > 0 && root.currentPage >= 0
                enabled: !root.showingThisPage && !root.session.busy
                text: qsTr("Present this page")
                onClicked: root.session.presentPage(root.documentId, root.currentPage)
            }
            TouchButton {
                objectName: "stopPresentingButton"
                visible: root.session.canPresent && root.session.presenting
                enabled: !root.session.busy
                text: qsTr("Stop presenting")
                onClicked: root.session.stopPresenting()
            }
            TouchButton {
                objectName: "grantPresentingRightButton"
                visible: root.mayGrant
                enabled: !root.session.busy
                text: qsTr("Let %1 present").arg(root.session.currentSpeakerName)
                onClicked: root.session.grantPresentingRight()
            }
            TouchButton {
                objectName: "revokePresentingRightButton"
                visible: root.mayRevoke
                enabled: !root.session.busy
                text: qsTr("Take back the presenting right")
                onClicked: root.session.revokePresentingRight()
            }
        }
    }
}
