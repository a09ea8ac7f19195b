// The chair console against the real hub, with a seat beside it: the chair
// checks in, opens the meeting (confirmed), moves the agenda with Next/Back
// (disabled at the bounds), and the seat follows live.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test
import "SessionHelpers.js" as Helpers

TestCase {
    id: testCase
    name: "Console"
    when: windowShown

    // Live for the whole file (temporary objects would die after initTestCase).
    MeetingSession {
        id: chair
        enrolmentFile: Fixture.consoleDevice
        cacheDir: Fixture.consoleCache
    }
    MeetingSession {
        id: seat
        enrolmentFile: Fixture.seat2Device
        cacheDir: Fixture.seat2Cache
    }
    ChairConsole { id: consoleApp; session: chair }
    SeatApp { id: seatApp; session: seat; x: 100 }

    function initTestCase() {
        compare(Fixture.error, "", "fixture ready")
        chair.start()
        seat.start()
        tryCompare(chair, "connectionState", MeetingSession.Live, 20000)
        tryCompare(seat, "connectionState", MeetingSession.Live, 20000)
        seat.checkIn(Fixture.delegate2Id, Fixture.delegate2Pin)
        tryCompare(seat, "checkedIn", true, 10000)
    }

    function init() {
        // Any warning from our QML files (TypeErrors, binding loops) fails the test.
        failOnWarning(/qrc:\/Ecabinet\//)
    }

    function cleanupTestCase() {
        chair.stop()
        seat.stop()
    }

    function button(name) {
        const b = findChild(consoleApp, name)
        verify(b, name)
        return b
    }

    function test_1_checkInListsOnlyChairAndSecretary() {
        const list = findChild(consoleApp, "memberList")
        tryVerify(() => findChild(list, "member_" + Fixture.chairId) !== null, 10000)
        compare(findChild(list, "member_" + Fixture.chairId).visible, true)
        compare(findChild(list, "member_" + Fixture.secretaryId).visible, true)
        compare(findChild(list, "member_" + Fixture.delegateId).visible, false)
    }

    function test_2_chairChecksInAndOpensTheMeeting() {
        const list = findChild(consoleApp, "memberList")
        mouseClick(findChild(list, "member_" + Fixture.chairId))
        Helpers.typePin(testCase, findChild(consoleApp, "pinPad"), Fixture.chairPin)
        tryCompare(chair, "checkedIn", true, 10000)
        tryCompare(findChild(consoleApp, "consoleView"), "visible", true)
        verify(chair.canChair)
        compare(chair.meetingState, MeetingSession.Scheduled)

        // Nothing moves before the meeting is open.
        verify(!button("nextButton").enabled)
        verify(!button("backButton").enabled)
        // Attendance: the chair and the delegate at seat 2.
        tryVerify(() => chair.presentCount >= 2, 10000, "present count")
        compare(findChild(consoleApp, "presentCount").text, String(chair.presentCount))

        const open = button("openMeetingButton")
        // Disabled while any command of the console is still waiting for its reply (busy).
        tryVerify(() => open.visible && open.enabled, 10000, "the open button becomes usable")
        mouseClick(open)
        const dialog = findChild(consoleApp, "openDialog")
        tryCompare(dialog, "opened", true, 15000)
        mouseClick(findChild(dialog, "confirmAccept"))
        tryCompare(chair, "meetingState", MeetingSession.Open, 10000)
        tryCompare(seat, "meetingState", MeetingSession.Open, 10000)
        verify(!button("openMeetingButton").visible)
        verify(button("closeMeetingButton").visible)
    }

    function test_3_nextAndBackMoveTheAgendaAndTheSeatFollows() {
        compare(chair.currentItem, -1, "before the first item")
        tryCompare(button("nextButton"), "enabled", true)
        verify(!button("backButton").enabled, "no item before the first")

        mouseClick(button("nextButton"))
        tryCompare(chair, "currentItem", 0, 10000)
        tryCompare(seat, "currentItem", 0, 10000)
        // The seat's agenda highlights the same item.
        const seatAgenda = findChild(seatApp, "agendaList")
        tryVerify(() => findChild(seatAgenda, "agendaItem_0") !== null
                        && findChild(seatAgenda, "agendaItem_0").isCurrent, 5000, "seat highlights item 1")

        tryCompare(button("nextButton"), "enabled", true)
        mouseClick(button("nextButton"))
        tryCompare(chair, "currentItem", 1, 10000)
        tryCompare(seat, "currentItem", 1, 10000)
        tryVerify(() => findChild(seatAgenda, "agendaItem_1").isCurrent, 5000, "seat highlights item 2")
        verify(!findChild(seatAgenda, "agendaItem_0").isCurrent)

        tryCompare(button("backButton"), "enabled", true)
        mouseClick(button("backButton"))
        tryCompare(chair, "currentItem", 0, 10000)
        tryCompare(seat, "currentItem", 0, 10000)

        // Up to the last item: Next is disabled there.
        while (chair.currentItem < chair.itemCount - 1) {
            const before = chair.currentItem
            tryCompare(button("nextButton"), "enabled", true)
            mouseClick(button("nextButton"))
            tryCompare(chair, "currentItem", before + 1, 10000)
        }
        compare(chair.itemCount, Fixture.itemCount)
        tryCompare(seat, "currentItem", Fixture.itemCount - 1, 10000)
        verify(!button("nextButton").enabled, "Next disabled on the last item")
        verify(button("backButton").enabled)
    }

    // Issue 5: the console's Documents tab uploads a local PDF; the seat gets it at once.
    function test_3b_aDocumentAddedFromTheConsoleReachesTheSeat() {
        verify(chair.canManageDocuments)
        verify(!seat.canManageDocuments)
        const tab = button("documentsTab")
        verify(tab.visible)
        mouseClick(tab)
        const form = findChild(consoleApp, "documentConsole")
        tryCompare(form, "visible", true)
        const before = seat.documents.count
        // Bad input first: a file that is not a PDF is refused on the console, nothing is sent.
        findChild(form, "documentPath").text = Qt.resolvedUrl("tst_console.qml")
        findChild(form, "documentTitle").text = "Không phải PDF"
        mouseClick(button("submitDocument"))
        const result = findChild(form, "documentResult")
        tryVerify(() => result.visible && !result.ok, 10000, "refused")
        findChild(form, "documentPath").text = Qt.resolvedUrl("../data/vector-text.pdf")
        findChild(form, "documentTitle").text = "Báo cáo bổ sung (thêm trong phiên họp)"
        findChild(form, "documentItem").currentIndex = 0
        mouseClick(button("submitDocument"))
        tryVerify(() => result.visible && result.ok, 30000, "added: " + result.text)
        tryCompare(seat.documents, "count", before + 1, 20000)
        // The seat's pack bar goes away once the new document is held.
        tryVerify(() => seat.packDocumentsDone === seat.packDocumentsTotal, 30000, "pack complete on the seat")
        verify(!findChild(seatApp, "packProgress").visible)
        mouseClick(button("agendaTab"))
    }

    function test_4_closeTheMeeting() {
        mouseClick(button("closeMeetingButton"))
        const dialog = findChild(consoleApp, "closeDialog")
        tryCompare(dialog, "opened", true, 15000)
        mouseClick(findChild(dialog, "confirmAccept"))
        tryCompare(chair, "meetingState", MeetingSession.Closed, 10000)
        tryCompare(seat, "meetingState", MeetingSession.Closed, 10000)
        verify(!button("nextButton").enabled)
        verify(!button("backButton").enabled)
    }
}
