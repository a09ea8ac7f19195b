// The dispatch office's desk: compose and publish directives, follow them
// (receipts, tasks), evaluate reports, statistics.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

ColumnLayout {
    id: root

    required property RegistrySession session
    property alias currentTab: tabs.currentIndex

    spacing: 0

    TabBar {
        id: tabs
        objectName: "officeTabs"
        Layout.fillWidth: true
        DeskTabButton { objectName: "composeTab"; text: qsTr("Compose") }
        DeskTabButton { objectName: "directivesTab"; text: qsTr("Directives (%1)").arg(root.session.directives.count) }
        DeskTabButton { objectName: "tasksTab"; text: qsTr("Tasks and reports") }
        DeskTabButton {
            objectName: "statisticsTab"
            text: qsTr("Statistics")
            onClicked: root.session.loadStatistics()
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: Theme.spacing
        currentIndex: tabs.currentIndex

        DirectiveComposer {
            objectName: "composer"
            session: root.session
        }
        RowLayout {
            spacing: Theme.spacing
            DirectiveInbox {
                objectName: "officeDirectiveList"
                Layout.preferredWidth: 480
                Layout.fillHeight: true
                session: root.session
            }
            DetailPane {
                objectName: "directivesDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                session: root.session
                hint: qsTr("Choose a directive to see who has read it and how its tasks stand.")
            }
        }
        RowLayout {
            spacing: Theme.spacing
            TaskList {
                objectName: "officeTaskList"
                Layout.preferredWidth: 480
                Layout.fillHeight: true
                session: root.session
                model: root.session.tasks
                emptyText: qsTr("No tasks assigned yet.")
            }
            DetailPane {
                objectName: "tasksDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                session: root.session
                hint: qsTr("Choose a task to evaluate its report or change its deadline.")
            }
        }
        StatisticsDashboard {
            objectName: "dashboard"
            session: root.session
        }
    }
}
