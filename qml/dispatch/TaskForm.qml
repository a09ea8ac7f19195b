// Adds one task to the directive being composed: what, the lead unit, the
// coordinating units, the responsible leader, the deadline and the report
// cadence. The units offered are the recipients picked in the composer.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Popup {
    id: root

    required property RegistrySession session
    // Unit ids picked as coordinating (the form's state, not the delegates').
    property var coordinating: []
    property string leadUnit: ""

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(900, (parent ? parent.width : 900) - 4 * Theme.spacing)
    height: Math.min(720, (parent ? parent.height : 720) - 2 * Theme.spacing)
    padding: Theme.spacing * 2
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        title.text = ""
        leader.text = ""
        deadline.text = ""
        cadence.value = 0
        leadUnit = ""
        coordinating = []
        error.text = ""
    }

    Connections {
        target: root.session
        function onCommandFinished(command, ok, message) {
            if (command !== "addTask" || !root.opened)
                return
            if (ok)
                root.close()
            else
                error.text = message
        }
    }

    function toggleCoordinating(unitId: string) {
        const list = coordinating.slice()
        const i = list.indexOf(unitId)
        if (i >= 0)
            list.splice(i, 1)
        else
            list.push(unitId)
        coordinating = list
    }

    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label { text: qsTr("New task"); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.primary }
        TextField {
            id: title
            objectName: "taskTitleField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            placeholderText: qsTr("What must be done")
        }
        Label {
            text: qsTr("Lead unit and coordinating units (tap: lead; second column: coordinating)")
            font.pixelSize: Theme.fontBase
            color: Theme.muted
        }
        ListView {
            objectName: "taskUnitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.session.units
            ScrollBar.vertical: ScrollBar { width: 16 }
            delegate: RowLayout {
                id: unitRow
                required property int index
                required property string unitId
                required property string name
                required property bool picked
                visible: picked
                height: picked ? Theme.touch : 0
                width: ListView.view.width - 16
                RadioButton {
                    objectName: "lead_" + unitRow.unitId
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    text: unitRow.name
                    font.pixelSize: Theme.fontBase
                    checkable: false // the form's state decides; no own toggle breaking the binding
                    checked: root.leadUnit === unitRow.unitId
                    onClicked: root.leadUnit = unitRow.unitId
                }
                CheckBox {
                    objectName: "coordinating_" + unitRow.unitId
                    Layout.preferredHeight: Theme.touch
                    text: qsTr("coordinates")
                    font.pixelSize: Theme.fontSmall
                    enabled: root.leadUnit !== unitRow.unitId
                    checkable: false
                    checked: root.coordinating.indexOf(unitRow.unitId) >= 0
                    onClicked: root.toggleCoordinating(unitRow.unitId)
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            Label { text: qsTr("Responsible leader"); font.pixelSize: Theme.fontBase }
            TextField {
                id: leader
                objectName: "leaderField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBase
                placeholderText: qsTr("Name and position")
            }
            Label { text: qsTr("Deadline"); font.pixelSize: Theme.fontBase }
            DateField { id: deadline; objectName: "taskDeadline" }
            Label { text: qsTr("Report every (days, 0 = one final report)"); font.pixelSize: Theme.fontBase }
            SpinBox {
                id: cadence
                objectName: "cadenceField"
                from: 0
                to: 365
                editable: true
                font.pixelSize: Theme.fontBase
                Layout.preferredHeight: Theme.touch
            }
        }
        Label {
            id: error
            objectName: "taskFormError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBase
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            TouchButton { text: qsTr("Cancel"); onClicked: root.close() }
            TouchButton {
                objectName: "addTaskConfirm"
                kind: "primary"
                text: qsTr("Add task")
                onClicked: root.session.addDraftTask({
                    title: title.text,
                    leadUnit: root.leadUnit,
                    coordinatingUnits: root.coordinating,
                    responsibleLeader: leader.text,
                    deadline: deadline.value,
                    reportEveryDays: cadence.value
                })
            }
        }
    }
}
