// The follow-up dashboard in the form the offices know from their paper
// reports: how many units read all / some / none of the directives, reports in
// of expected, tasks done / in progress / overdue with red-yellow-green, the
// on-time rate; by directive and by unit; filtered by period, issuer and unit.
// Charts are QtCharts (the program runs a QApplication for them).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import Ecabinet
import Ecabinet.Client

ColumnLayout {
    id: root

    required property RegistrySession session
    readonly property var totals: session.unitStatistics.totals
    property int revision: 0
    property string exportKind: ""
    readonly property bool officeView: session.deskRole === RegistrySession.DispatchOffice

    spacing: Theme.spacing

    Connections {
        target: root.session
        function onStatisticsLoaded() { root.revision++ }
    }

    function n(key: string): int { return root.totals[key] ?? 0 }
    function tileValue(name: string): string {
        switch (name) {
        case "tileReadAll": return String(n("readAll"))
        case "tileSomeUnread": return String(n("someUnread"))
        case "tileNoneRead": return String(n("noneRead"))
        case "tileReports": return n("reportsIn") + " / " + n("reportsExpected")
        case "tileDone": return String(n("done"))
        case "tileInProgress": return String(n("inProgress"))
        case "tileOverdue": return String(n("overdue"))
        case "tileOnTime": return onTimeText()
        }
        return ""
    }
    function onTimeText(): string {
        const p = root.totals.onTimePercent
        return p === undefined || p < 0 ? "—" : p + " %"
    }
    // Unit choices for the filters: "" = all, then every unit (or office) by name.
    function unitChoices(offices: bool): var {
        const out = [{ value: "", text: offices ? qsTr("All issuers") : qsTr("All units") }]
        const m = root.session.units
        for (let i = 0; i < m.count; ++i) {
            const u = m.get(i)
            if (u.isDispatchOffice === offices)
                out.push({ value: u.unitId, text: u.name })
        }
        return out
    }
    function iso(d: date): string { return isNaN(d.getTime()) ? "" : fromField.iso(d) }

    // --- filters ---
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("From"); font.pixelSize: Theme.fontBase }
        DateField { id: fromField; objectName: "periodFrom"; showShortcuts: false }
        Label { text: qsTr("to"); font.pixelSize: Theme.fontBase }
        DateField { id: toField; objectName: "periodTo"; showShortcuts: false }
        ComboBox {
            id: issuerBox
            objectName: "issuerFilter"
            visible: root.officeView
            Layout.preferredWidth: 250
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            textRole: "text"
            valueRole: "value"
            model: root.session.units.count >= 0 ? root.unitChoices(true) : []
        }
        ComboBox {
            id: unitBox
            objectName: "unitFilter"
            visible: root.officeView
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBase
            textRole: "text"
            valueRole: "value"
            model: root.session.units.count >= 0 ? root.unitChoices(false) : []
        }
        Item { Layout.fillWidth: !root.officeView }
        TouchButton {
            objectName: "applyFilters"
            kind: "primary"
            text: qsTr("Show")
            enabled: !root.session.busy && (fromField.text.length === 0 || fromField.valid)
                     && (toField.text.length === 0 || toField.valid)
            onClicked: {
                root.session.periodFrom = fromField.value
                root.session.periodTo = toField.value
                root.session.issuerFilter = issuerBox.currentValue ?? ""
                root.session.unitFilter = unitBox.currentValue ?? ""
                root.session.loadStatistics()
            }
        }
        TouchButton {
            text: qsTr("Clear")
            onClicked: {
                fromField.text = ""
                toField.text = ""
                issuerBox.currentIndex = 0
                unitBox.currentIndex = 0
                root.session.clearFilters()
                root.session.loadStatistics()
            }
        }
    }

    // --- headline figures ---
    GridLayout {
        Layout.fillWidth: true
        columns: 8
        columnSpacing: Theme.spacing
        Repeater {
            model: [
                { name: "tileReadAll", label: qsTr("Units read all"), color: Theme.ok },
                { name: "tileSomeUnread", label: qsTr("Some unread"), color: "#f9a825" },
                { name: "tileNoneRead", label: qsTr("None read"), color: Theme.error },
                { name: "tileReports", label: qsTr("Reports in / expected"), color: Theme.info },
                { name: "tileDone", label: qsTr("Tasks done"), color: Theme.ok },
                { name: "tileInProgress", label: qsTr("In progress"), color: Theme.info },
                { name: "tileOverdue", label: qsTr("Overdue"), color: Theme.error },
                { name: "tileOnTime", label: qsTr("On time"), color: Theme.primary }
            ]
            delegate: Rectangle {
                id: tile
                required property var modelData
                objectName: modelData.name
                // The model is fixed (the tiles are made once and laid out once; a model that
                // changed with the figures re-made them, and the grid sometimes left the new
                // ones 0 px wide); the figure follows the totals.
                property string valueText: root.tileValue(modelData.name)
                // A Rectangle has no implicit width: without a preferred one the grid gives it none.
                Layout.fillWidth: true
                Layout.preferredWidth: 140
                Layout.preferredHeight: 84
                radius: Theme.radius
                color: Theme.surface
                border.color: modelData.color
                border.width: 2
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 0
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: tile.valueText
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: tile.modelData.color
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: tile.modelData.label
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
            }
        }
    }

    // --- charts and tables ---
    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: 440
            Layout.fillHeight: true
            ChartView {
                objectName: "readingChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Units by reading")
                antialiasing: true
                legend.alignment: Qt.AlignBottom
                legend.font.pixelSize: Theme.fontSmall
                titleFont.pixelSize: Theme.fontBase
                PieSeries {
                    PieSlice { label: qsTr("Read all"); value: root.n("readAll"); color: Theme.ok }
                    PieSlice { label: qsTr("Some unread"); value: root.n("someUnread"); color: "#f9a825" }
                    PieSlice { label: qsTr("None read"); value: root.n("noneRead"); color: Theme.error }
                }
            }
            ChartView {
                objectName: "tasksChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Tasks by light")
                antialiasing: true
                legend.alignment: Qt.AlignBottom
                legend.font.pixelSize: Theme.fontSmall
                titleFont.pixelSize: Theme.fontBase
                PieSeries {
                    PieSlice { label: qsTr("On track"); value: root.n("green"); color: Theme.ok }
                    PieSlice { label: qsTr("Deadline soon"); value: root.n("yellow"); color: "#f9a825" }
                    PieSlice { label: qsTr("Overdue"); value: root.n("red"); color: Theme.error }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 4
            TabBar {
                id: tableTabs
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBase
                DeskTabButton { objectName: "byDirectiveTab"; text: qsTr("By directive") }
                DeskTabButton { objectName: "byUnitTab"; text: qsTr("By unit") }
            }
            StatisticsTable {
                objectName: "statisticsTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: tableTabs.currentIndex === 0 ? root.session.directiveStatistics : root.session.unitStatistics
                byUnit: tableTabs.currentIndex === 1
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "exportStatisticsCsv"
                    text: qsTr("Statistics CSV")
                    onClicked: { root.exportKind = "stats"; saveDialog.selectedFile = "file://" + root.session.suggestedExportPath("thong-ke.csv"); saveDialog.open() }
                }
                TouchButton {
                    objectName: "exportTasksCsv"
                    text: qsTr("Tasks CSV")
                    onClicked: { root.exportKind = "tasks"; saveDialog.selectedFile = "file://" + root.session.suggestedExportPath("nhiem-vu.csv"); saveDialog.open() }
                }
                TouchButton {
                    objectName: "exportIcs"
                    text: qsTr("Deadlines (.ics)")
                    onClicked: { root.exportKind = "ics"; saveDialog.selectedFile = "file://" + root.session.suggestedExportPath("han-xu-ly.ics"); saveDialog.open() }
                }
                TouchButton {
                    objectName: "exportPdf"
                    text: qsTr("Status report PDF")
                    onClicked: { root.exportKind = "pdf"; saveDialog.selectedFile = "file://" + root.session.suggestedExportPath("bao-cao-tinh-hinh.pdf"); saveDialog.open() }
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the export")
        onAccepted: {
            const f = selectedFile.toString()
            if (root.exportKind === "stats")
                root.session.exportStatisticsCsv(f)
            else if (root.exportKind === "tasks")
                root.session.exportTasksCsv(f)
            else if (root.exportKind === "ics")
                root.session.exportDeadlinesIcs(f)
            else
                root.session.exportStatusPdf(f)
        }
    }
}
