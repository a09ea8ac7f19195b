// One directive as its recipients read it: number, date, issuer, signer, text,
// and its tasks (a unit sees its own; the dispatch office all of them with the
// receipts count). Opening it on a unit's desk is what records the receipt.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ColumnLayout {
    id: root

    required property RegistrySession session
    readonly property var directive: session.currentDirective

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "directiveNumber"
            Layout.fillWidth: true
            text: (root.directive.number ?? "") + "  ·  "
                  + (root.directive.issuedDate ? root.directive.issuedDate.toLocaleDateString(Qt.locale(), Locale.LongFormat) : "")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
        }
        TouchButton {
            objectName: "savePdfButton"
            visible: root.directive.pdfAvailable ?? false
            enabled: !root.session.busy
            text: qsTr("Signed PDF…")
            onClicked: {
                pdfDialog.selectedFile = "file://" + root.session.suggestedExportPath(root.directive.pdfFileName ?? "van-ban.pdf")
                pdfDialog.open()
            }
        }
        TouchButton {
            text: qsTr("Close")
            onClicked: root.session.closeDirective()
        }
    }
    Label {
        objectName: "directiveTitle"
        Layout.fillWidth: true
        text: root.directive.title ?? ""
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Issued by %1 · signed by %2").arg(root.directive.issuerName ?? "").arg(root.directive.signer ?? "")
              + (root.session.deskRole === RegistrySession.DispatchOffice
                 ? " · " + qsTr("read by %1 of %2 units").arg(root.directive.readCount ?? 0).arg(root.directive.recipientCount ?? 0)
                 : "")
        font.pixelSize: Theme.fontBase
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredWidth: 400 // no implicit width of its own
        Layout.fillHeight: true
        Layout.minimumHeight: 120
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        Flickable {
            id: textFlick
            anchors.fill: parent
            anchors.margins: Theme.spacing
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16 }
            Label {
                id: body
                objectName: "directiveText"
                width: textFlick.width - 16
                text: root.directive.text ?? ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBase
                color: Theme.text
            }
        }
    }
    Label {
        text: qsTr("Tasks")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.primary
    }
    TaskList {
        objectName: "directiveTaskList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight + 8, 260)
        session: root.session
        model: root.session.directiveTasks
        emptyText: qsTr("No tasks for your unit in this directive.")
    }

    FileDialog {
        id: pdfDialog
        objectName: "pdfDialog"
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the signed directive")
        onAccepted: root.session.saveDirectivePdf(root.directive.directiveId ?? "", selectedFile.toString())
    }
}
