// Who is here: present / entitled counts (quorum basis), wrong PINs, and
// every member with a present mark. The figures come from the hub.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Rectangle {
    id: root

    required property MeetingSession session

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Attendance")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 4

            Label {
                text: qsTr("Entitled members present")
                font.pixelSize: Theme.fontBase
                color: Theme.muted
                Layout.fillWidth: true
            }
            Label {
                objectName: "entitledPresent"
                text: qsTr("%1 / %2").arg(root.session.entitledPresent).arg(root.session.entitledCount)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
            }
            Label {
                text: qsTr("Everyone present")
                font.pixelSize: Theme.fontBase
                color: Theme.muted
                Layout.fillWidth: true
            }
            Label {
                objectName: "presentCount"
                text: root.session.presentCount
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("Wrong PINs entered")
                font.pixelSize: Theme.fontBase
                color: Theme.muted
                Layout.fillWidth: true
            }
            Label {
                objectName: "failedPinAttempts"
                text: root.session.failedPinAttempts
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: root.session.failedPinAttempts > 0 ? Theme.warning : Theme.text
            }
        }

        Label {
            objectName: "attendanceQuorum"
            Layout.fillWidth: true
            text: root.session.quorumText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: root.session.quorumPresent ? Theme.ok : Theme.warning
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.border
        }

        ListView {
            objectName: "attendanceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.session.members
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }

            delegate: Item {
                id: row
                required property string personId
                required property string name
                required property string position
                required property int role
                required property bool entitled
                required property bool present
                required property string seatLabel

                objectName: "attendee_" + row.personId
                width: ListView.view.width
                height: Theme.touch

                RowLayout {
                    anchors.fill: parent
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing

                    Rectangle {
                        objectName: "presentMark"
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                        radius: 14
                        color: row.present ? Theme.ok : "transparent"
                        border.width: 2
                        border.color: row.present ? Theme.ok : Theme.border
                        Label {
                            anchors.centerIn: parent
                            visible: row.present
                            text: "✓"
                            color: Theme.textOnPrimary
                            font.pixelSize: Theme.fontBase
                            font.bold: true
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: Theme.fontBase
                            font.bold: row.present
                            color: row.present ? Theme.text : Theme.muted
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: {
                                const parts = [Labels.roleName(row.role)]
                                if (!row.entitled)
                                    parts.push(qsTr("not entitled to vote"))
                                if (row.seatLabel.length > 0)
                                    parts.push(row.seatLabel)
                                return parts.filter(s => s.length > 0).join(" · ")
                            }
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        text: row.present ? qsTr("Present") : qsTr("Absent")
                        font.pixelSize: Theme.fontSmall
                        color: row.present ? Theme.ok : Theme.muted
                    }
                }
            }
        }
    }
}
