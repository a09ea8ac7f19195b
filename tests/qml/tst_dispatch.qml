// The dispatch desks on screen, against the real hub and its built-in registry
// (the setup creates the units and accounts, see main.cpp): the dispatch
// office signs in, composes a directive to one unit with a task, signs and
// publishes it and sees its number; a unit's user is refused with a wrong
// password, signs in, sees the directive unread, opens it (it becomes read),
// acknowledges the task, starts it and reports with an attachment; the office
// accepts the report and the unit sees the evaluation; the dashboard shows the
// same numbers.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test

TestCase {
    id: testCase
    name: "Dispatch"
    when: windowShown

    RegistrySession {
        id: office
        registryEndpoint: Fixture.registryEndpoint
        registryPublicKey: Fixture.registryKey
    }
    RegistrySession {
        id: unit
        registryEndpoint: Fixture.registryEndpoint
        registryPublicKey: Fixture.registryKey
    }
    DispatchDesk { id: officeApp; session: office }
    DispatchDesk { id: unitApp; session: unit; x: 100 }

    SignalSpy { id: publishedSpy; target: office; signalName: "published" }

    property string directiveNumber: ""

    function initTestCase() {
        compare(Fixture.error, "", "fixture ready")
        verify(Fixture.registryEndpoint.length > 0, "the hub serves a registry")
        office.start()
        unit.start()
        tryCompare(office, "connectionState", RegistrySession.Live, 30000)
        tryCompare(unit, "connectionState", RegistrySession.Live, 30000)
    }

    function init() {
        failOnWarning(/qrc:\/Ecabinet\//)
    }

    function cleanupTestCase() {
        office.stop()
        unit.stop()
    }

    // ECABINET_QML_SHOTS=DIR saves both desks at each step (for a person to look at).
    function shot(tag) {
        if (Fixture.shotDir.length === 0)
            return
        verify(Fixture.saveWindow(officeApp, Fixture.shotDir + "/dispatch-office-" + tag + ".png"))
        verify(Fixture.saveWindow(unitApp, Fixture.shotDir + "/dispatch-unit-" + tag + ".png"))
    }

    function item(root, name) {
        const found = findChild(root, name)
        verify(found, name)
        return found
    }
    function click(root, name) {
        const b = item(root, name)
        tryVerify(() => b.visible && b.enabled, 30000, name + " visible and enabled")
        waitForRendering(b) // the layout has settled: press and release land on the same spot
        mouseClick(b)
    }
    function signIn(app, account, password) {
        item(app, "accountField").text = account
        item(app, "passwordField").text = password
        click(app, "signInButton")
    }

    function test_1_officeSignsIn() {
        verify(item(officeApp, "signInView").visible)
        signIn(officeApp, Fixture.dispatchAccount, Fixture.dispatchPassword)
        tryCompare(office, "signedIn", true, 30000)
        compare(office.deskRole, RegistrySession.DispatchOffice)
        tryVerify(() => findChild(officeApp, "officeDesk") !== null, 15000, "the office desk")
        tryVerify(() => office.units.count >= 2, 30000, "units listed")
        verify(item(officeApp, "accountText").text.indexOf(office.unitName) >= 0)
    }

    function test_2_wrongPasswordIsRefusedClearly() {
        signIn(unitApp, Fixture.unitAccount, "not-the-password")
        const error = item(unitApp, "signInError")
        tryVerify(() => error.visible && error.text.length > 0, 30000, "the refusal is shown")
        verify(/password|mật khẩu/i.test(error.text), error.text)
        verify(!unit.signedIn, "still signed out")
        compare(item(unitApp, "passwordField").text, "", "the wrong password is cleared")
    }

    function test_3_officeComposesAndPublishes() {
        click(officeApp, "composeTab")
        const composer = item(officeApp, "composer")
        item(composer, "directiveTitleField").text = "Triển khai kế hoạch phòng chống dịch mùa đông 2026"
        item(composer, "signerTitleField").text = "Phó Chủ tịch"
        item(composer, "signerField").text = "Nguyễn Văn An"
        // The text comes from the conclusion a hub handed over.
        const conclusions = item(composer, "conclusionList")
        tryVerify(() => findChild(conclusions, "conclusion_0") !== null, 30000, "the handed-over conclusion is offered")
        click(conclusions, "conclusion_0")
        tryCompare(office.conclusions, "pickedCount", 1)
        click(composer, "useConclusionsButton")
        compare(item(composer, "directiveTextField").text, Fixture.conclusionText)
        click(composer, "recipient_" + Fixture.unitId)
        tryCompare(office.units, "pickedCount", 1)

        click(composer, "addTaskButton")
        const form = item(officeApp, "taskForm")
        tryCompare(form, "opened", true, 15000)
        item(form, "taskTitleField").text = "Báo cáo tình hình tiêm chủng"
        // Delegates are visual children of the list (a Popup's QObject tree does not hold them).
        click(item(form, "taskUnitList"), "lead_" + Fixture.unitId)
        item(form, "leaderField").text = "Giám đốc Sở Y tế"
        item(form, "taskDeadlineText").text = Fixture.deadline
        click(form, "addTaskConfirm")
        tryCompare(form, "opened", false, 15000)
        compare(office.draftTasks.count, 1)

        publishedSpy.clear()
        click(composer, "publishButton")
        const confirm = item(officeApp, "publishConfirm")
        tryCompare(confirm, "opened", true, 15000)
        mouseClick(item(confirm, "confirmAccept"))
        tryVerify(() => publishedSpy.count === 1, 30000, "published: " + office.lastError)
        directiveNumber = publishedSpy.signalArguments[0][1]
        verify(/^\d+-TB\/\S+$/.test(directiveNumber), directiveNumber)
        const published = item(composer, "publishedNumber")
        tryCompare(published, "done", true, 15000)
        verify(published.text.indexOf(directiveNumber) >= 0, published.text)
        compare(office.draftTasks.count, 0, "the draft is cleared")
        tryCompare(office.conclusions, "count", 0, 30000) // published from it: no longer pending
        tryVerify(() => office.directives.count === 1, 30000)
        shot("1-published")
    }

    function test_4_unitSeesItUnreadAndOpensIt() {
        signIn(unitApp, Fixture.unitAccount, Fixture.unitPassword)
        tryCompare(unit, "signedIn", true, 30000)
        compare(unit.deskRole, RegistrySession.Unit)
        tryVerify(() => unit.directives.count === 1, 30000, "the directive is in the inbox")
        compare(unit.directives.unreadCount, 1)
        const inbox = item(unitApp, "inboxList")
        tryVerify(() => findChild(inbox, "directive_0") !== null, 15000)
        const row = item(inbox, "directive_0")
        verify(item(row, "unreadMark").visible, "unread mark")
        verify(item(unitApp, "inboxTab").text.indexOf("1") >= 0, item(unitApp, "inboxTab").text)
        shot("2-inbox")

        mouseClick(row)
        tryVerify(() => item(unitApp, "directiveView").visible, 30000, "the directive opens")
        compare(item(unitApp, "directiveNumber").text.indexOf(directiveNumber), 0)
        tryCompare(unit.directives, "unreadCount", 0, 30000)
        verify(!item(row, "unreadMark").visible, "read now")
        // The office sees the receipt.
        office.refresh()
        tryVerify(() => office.directives.get(0).readCount === 1, 30000, "read by 1 of 1")
        shot("3-opened")
    }

    function test_5_unitAcknowledgesStartsAndReports() {
        const list = item(unitApp, "directiveTaskList")
        tryVerify(() => findChild(list, "task_0") !== null, 30000, "its task is listed")
        mouseClick(item(list, "task_0"))
        tryVerify(() => item(unitApp, "taskView").visible, 30000)
        compare(unit.currentTask.taskState, "assigned")

        click(unitApp, "acknowledgeButton")
        tryVerify(() => unit.currentTask.taskState === "acknowledged", 30000, "acknowledged: " + unit.lastError)
        click(unitApp, "startButton")
        tryVerify(() => unit.currentTask.taskState === "in_progress", 30000, "in_progress: " + unit.lastError)

        click(unitApp, "reportButton")
        item(unitApp, "reportSummaryField").text = "Đã tiêm 95% đối tượng; còn 2 xã đang triển khai."
        verify(unit.addAttachment(Fixture.attachmentPath), unit.lastError)
        compare(unit.attachments.count, 1)
        click(unitApp, "sendFormButton")
        tryVerify(() => unit.currentTask.taskState === "reported", 30000, "reported: " + unit.lastError)
        compare(unit.attachments.count, 0, "sent attachments are cleared")
        let attached = false
        for (let i = 0; i < unit.taskHistory.count; ++i)
            attached = attached || unit.taskHistory.get(i).attachments.length === 1
        verify(attached, "the report carries its attachment")
        verify(item(unitApp, "evaluationText").text.length > 0)
        shot("4-reported")
    }

    function test_6_officeAcceptsAndTheUnitSeesTheEvaluation() {
        click(officeApp, "tasksTab")
        const list = item(officeApp, "officeTaskList")
        tryVerify(() => findChild(list, "task_0") !== null, 30000)
        office.refresh()
        tryVerify(() => office.tasks.get(0).taskState === "reported", 30000)
        verify(list.width >= 300, "the list has room: " + list.width)
        mouseClick(item(list, "task_0"))
        tryVerify(() => office.currentTask.taskState === "reported", 30000, "reported: " + office.lastError)
        click(item(officeApp, "tasksDetail"), "acceptButton")
        tryVerify(() => office.currentTask.taskState === "done", 30000, "done: " + office.lastError)

        unit.openTask(unit.currentTask.taskId)
        tryVerify(() => unit.currentTask.taskState === "done", 30000, "done: " + unit.lastError)
        const evaluation = item(unitApp, "evaluationText")
        tryVerify(() => evaluation.text.indexOf(unit.currentTask.lastEvaluation) >= 0
                        && unit.currentTask.lastEvaluation.length > 0, 15000, evaluation.text)
    }

    function test_7_dashboardShowsTheSameNumbers() {
        click(officeApp, "statisticsTab")
        tryVerify(() => office.directiveStatistics.count === 1, 30000, "one directive in the statistics")
        const row = office.directiveStatistics.get(0)
        compare(row.recipients, 1)
        compare(row.read, 1)
        compare(row.reportsIn, 1)
        compare(row.reportsExpected, 1)
        compare(row.done, 1)
        compare(row.onTimePercent, 100)
        const dashboard = item(officeApp, "dashboard")
        compare(item(dashboard, "tileReadAll").valueText, "1")
        compare(item(dashboard, "tileNoneRead").valueText, "0")
        compare(item(dashboard, "tileReports").valueText, "1 / 1")
        compare(item(dashboard, "tileDone").valueText, "1")
        compare(item(dashboard, "tileOverdue").valueText, "0")
        compare(item(dashboard, "tileOnTime").valueText, "100 %")
        // Laid out for real (grabWindow polishes and renders even when the test's offscreen
        // windows do not): every tile gets a share of the width.
        // The layout can settle a frame after the grab: grab again until it has (or time out).
        const tiles = ["tileReadAll", "tileSomeUnread", "tileNoneRead", "tileReports", "tileDone",
                       "tileInProgress", "tileOverdue", "tileOnTime"]
        const narrow = () => tiles.filter(t => item(dashboard, t).width < 100)
                                  .map(t => t + " is " + item(dashboard, t).width + " px wide")
        tryVerify(() => Fixture.saveWindow(officeApp, Fixture.outputDir + "/dashboard.png") && narrow().length === 0,
                  15000, "tiles without a share of the width: " + narrow().join(", ") + "; dashboard " + dashboard.width + "x" + dashboard.height + " visible " + dashboard.visible + " tile parent " + item(dashboard, "tileReadAll").parent)
        tryVerify(() => findChild(item(dashboard, "statisticsTable"), "statRow_0") !== null, 15000)
        verify(item(item(dashboard, "statisticsTable"), "statRow_0").label.indexOf(directiveNumber) === 0)

        // Client-side exports of what is shown.
        const csv = Fixture.outputDir + "/statistics.csv"
        verify(office.exportStatisticsCsv(csv), office.lastError)
        verify(office.exportDeadlinesIcs(Fixture.outputDir + "/deadlines.ics"), office.lastError)
        shot("5-dashboard")

        // The unit's own dashboard: only its row.
        click(unitApp, "statisticsTab")
        tryVerify(() => unit.unitStatistics.count >= 1, 30000)
        for (let i = 0; i < unit.unitStatistics.count; ++i)
            compare(unit.unitStatistics.get(i).key, Fixture.unitId, "a unit sees only itself")
        shot("6-unit-dashboard")
    }
}
