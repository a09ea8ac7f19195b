// A receiving unit's desk: the inbox of directives sent to the unit (unread
// ones marked; opening one records the receipt), the unit's tasks by deadline,
// and its own statistics.
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
        objectName: "unitTabs"
        Layout.fillWidth: true
        DeskTabButton {
            objectName: "inboxTab"
            text: root.session.directives.unreadCount > 0
                  ? qsTr("Inbox (%1 unread)").arg(root.session.directives.unreadCount) : qsTr("Inbox")
        }
        DeskTabButton { objectName: "myTasksTab"; text: qsTr("My tasks (%1)").arg(root.session.tasks.count) }
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

        RowLayout {
            spacing: Theme.spacing
            DirectiveInbox {
                objectName: "inboxList"
                Layout.preferredWidth: 480
                Layout.fillHeight: true
                session: root.session
            }
            DetailPane {
                objectName: "inboxDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                session: root.session
                hint: qsTr("Choose a directive to read it. Opening it tells the issuing office that your unit has read it.")
            }
        }
        RowLayout {
            spacing: Theme.spacing
            TaskList {
                objectName: "myTaskList"
                Layout.preferredWidth: 480
                Layout.fillHeight: true
                session: root.session
                model: root.session.tasks
                emptyText: qsTr("Your unit has no tasks.")
            }
            DetailPane {
                objectName: "tasksDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                session: root.session
                hint: qsTr("Choose a task to acknowledge it, report progress or ask for more time.")
            }
        }
        StatisticsDashboard {
            objectName: "dashboard"
            session: root.session
        }
    }
}
