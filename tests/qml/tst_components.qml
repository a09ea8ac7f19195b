// Every component and both screens can be created: catches missing QML
// modules, unknown types and binding errors, which only show at run time.
// Uses a session that is never started (no hub needed).
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client

// TestCase is invisible: what is clicked lives in this visible item.
Item {
    id: stage
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Components"
        when: windowShown
        width: 1280
        height: 800

        MeetingSession { id: idle }
        RegistrySession { id: idleDesk }

        Component { id: banner; ConnectionBanner { width: 800 } }
        Component { id: header; MeetingHeader { width: 1280 } }
        Component { id: badge; PersonBadge { } }
        Component { id: checkIn; CheckInView { width: 1280; height: 700 } }
        Component { id: agenda; AgendaList { width: 400; height: 400 } }
        Component { id: documents; DocumentList { width: 400; height: 300 } }
        Component { id: attendance; AttendancePanel { width: 420; height: 600 } }
        Component { id: seatApp; SeatApp { } }
        Component { id: chairConsole; ChairConsole { } }
        Component { id: votePanel; VotePanel { width: 800; height: 600 } }
        Component { id: speakerPanel; SpeakerPanel { width: 400 } }
        Component { id: pollConsole; PollConsole { width: 820; height: 650 } }
        Component { id: pollForm; PollForm { } }
        Component { id: speakerConsole; SpeakerConsole { width: 820; height: 650 } }
        // The dispatch desk (a RegistrySession, never started).
        Component { id: dispatchDesk; DispatchDesk { } }
        Component { id: signIn; SignInView { width: 1280; height: 700 } }
        Component { id: officeDesk; OfficeDesk { width: 1280; height: 700 } }
        Component { id: unitDesk; UnitDesk { width: 1280; height: 700 } }
        Component { id: composer; DirectiveComposer { width: 1240; height: 640 } }
        Component { id: inbox; DirectiveInbox { width: 500; height: 600 } }
        Component { id: directiveView; DirectiveView { width: 700; height: 600 } }
        Component { id: taskList; TaskList { width: 500; height: 600 } }
        Component { id: taskView; TaskView { width: 700; height: 600 } }
        Component { id: taskForm; TaskForm { } }
        Component { id: dashboard; StatisticsDashboard { width: 1240; height: 640 } }
        Component { id: registryBanner; RegistryBanner { width: 800 } }
        // Components that take no session.
        Component { id: viewer; PdfViewer { width: 800; height: 600 } }
        Component { id: pinPad; PinPad { } }
        Component { id: button; TouchButton { text: "OK" } }
        Component { id: dialog; ConfirmDialog { title: "?" } }
        Component { id: resultChart; ResultChart { width: 600 } }
        Component { id: trafficLight; TrafficLight { light: "red" } }
        Component { id: dateField; DateField { } }

        function init() {
            // Any warning from our QML files (binding loops, TypeErrors, unknown
            // properties) fails the test that caused it.
            failOnWarning(/qrc:\/Ecabinet\//)
        }

        function test_withSession_data() {
            return [
                { tag: "ConnectionBanner", component: banner },
                { tag: "MeetingHeader", component: header },
                { tag: "PersonBadge", component: badge },
                { tag: "CheckInView", component: checkIn },
                { tag: "AgendaList", component: agenda },
                { tag: "DocumentList", component: documents },
                { tag: "AttendancePanel", component: attendance },
                { tag: "SeatApp", component: seatApp },
                { tag: "ChairConsole", component: chairConsole },
                { tag: "VotePanel", component: votePanel },
                { tag: "SpeakerPanel", component: speakerPanel },
                { tag: "PollConsole", component: pollConsole },
                { tag: "PollForm", component: pollForm },
                { tag: "SpeakerConsole", component: speakerConsole },
            ]
        }

        function test_withSession(data) {
            const object = createTemporaryObject(data.component, stage, { session: idle })
            verify(object, data.tag + ": " + data.component.errorString())
            compare(object.session, idle)
        }

        function test_withRegistrySession_data() {
            return [
                { tag: "DispatchDesk", component: dispatchDesk },
                { tag: "SignInView", component: signIn },
                { tag: "OfficeDesk", component: officeDesk },
                { tag: "UnitDesk", component: unitDesk },
                { tag: "DirectiveComposer", component: composer },
                { tag: "DirectiveInbox", component: inbox },
                { tag: "DirectiveView", component: directiveView },
                { tag: "TaskList", component: taskList },
                { tag: "TaskView", component: taskView },
                { tag: "TaskForm", component: taskForm },
                { tag: "StatisticsDashboard", component: dashboard },
                { tag: "RegistryBanner", component: registryBanner },
            ]
        }

        function test_withRegistrySession(data) {
            const object = createTemporaryObject(data.component, stage, { session: idleDesk })
            verify(object, data.tag + ": " + data.component.errorString())
            compare(object.session, idleDesk)
        }

        function test_deskTabsAndDashboardRender() {
            // Every tab of both desks shown once, with the charts (QtCharts needs a QApplication).
            for (const component of [officeDesk, unitDesk]) {
                const desk = createTemporaryObject(component, stage, { session: idleDesk })
                verify(desk)
                for (let i = 0; i < 4; ++i) {
                    desk.currentTab = i
                    waitForRendering(desk)
                }
            }
            const board = createTemporaryObject(dashboard, stage, { session: idleDesk })
            verify(findChild(board, "readingChart"), "the reading chart")
            compare(findChild(board, "tileOnTime").valueText, "—", "no done task: no rate, not 0 %")
        }

        function test_standalone_data() {
            return [
                { tag: "PdfViewer", component: viewer },
                { tag: "PinPad", component: pinPad },
                { tag: "TouchButton", component: button },
                { tag: "ConfirmDialog", component: dialog },
                { tag: "ResultChart", component: resultChart },
                { tag: "TrafficLight", component: trafficLight },
                { tag: "DateField", component: dateField },
            ]
        }

        function test_standalone(data) {
            const object = createTemporaryObject(data.component, stage)
            verify(object, data.tag + ": " + data.component.errorString())
        }

        function test_singletons() {
            verify(Theme.touch >= 48, "touch targets are at least 48 px")
            compare(Labels.roleName(MeetingSession.Chair), "Chair")
            verify(Labels.meetingStateName(MeetingSession.Open).length > 0)
            verify(Labels.connectionText(MeetingSession.Disconnected).length > 0)
        }

        function test_bannerShownUnlessLive() {
            const object = createTemporaryObject(banner, stage, { session: idle })
            verify(object)
            compare(idle.connectionState, MeetingSession.Disconnected)
            verify(object.visible)
            verify(object.message.length > 0)
        }

        function test_pinPadMasksAndSubmits() {
            const pad = createTemporaryObject(pinPad, stage)
            verify(pad)
            const spy = createTemporaryObject(spyComponent, testCase, { target: pad, signalName: "submitted" })
            const confirm = findChild(pad, "pinConfirm")
            verify(confirm)
            verify(!confirm.enabled, "no PIN yet")
            for (const digit of ["1", "2", "3"])
                mouseClick(findChild(pad, "pinKey" + digit))
            compare(pad.pin, "123")
            verify(!confirm.enabled, "3 digits are not enough")
            mouseClick(findChild(pad, "pinKey4"))
            verify(confirm.enabled)
            mouseClick(findChild(pad, "pinBackspace"))
            compare(pad.pin, "123")
            mouseClick(findChild(pad, "pinKey9"))
            mouseClick(confirm)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "1239")
            mouseClick(findChild(pad, "pinClear"))
            compare(pad.pin, "")
        }

        Component { id: spyComponent; SignalSpy { } }
    }
}
