// Follow the presenter on screen, against the real hub: the chair opens a
// document on the console's Documents tab, turns to page 2 and taps "Present
// this page"; the seat's reader opens that document at page 2 by itself. A
// page turned by hand on the seat leaves follow mode (the seat stays put when
// the chair presents another page); one tap on "Follow presenter" brings it
// to the page shown now.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test

TestCase {
    id: testCase
    name: "Present"
    when: windowShown

    MeetingSession {
        id: chair
        enrolmentFile: Fixture.consoleDevice
        cacheDir: Fixture.consoleCache
    }
    MeetingSession {
        id: seat
        enrolmentFile: Fixture.seatDevice
        cacheDir: Fixture.seatCache
    }
    ChairConsole { id: consoleApp; session: chair }
    SeatApp { id: seatApp; session: seat; x: 100 }

    function initTestCase() {
        compare(Fixture.error, "", "fixture ready")
        verify(Fixture.documentPages >= 2, "the first item's document has several pages")
        chair.start()
        seat.start()
        tryCompare(chair, "connectionState", MeetingSession.Live, 20000)
        tryCompare(seat, "connectionState", MeetingSession.Live, 20000)
        chair.checkIn(Fixture.chairId, Fixture.chairPin)
        seat.checkIn(Fixture.delegateId, Fixture.delegatePin)
        tryCompare(chair, "checkedIn", true, 10000)
        tryCompare(seat, "checkedIn", true, 10000)
        chair.openMeeting()
        tryCompare(seat, "meetingState", MeetingSession.Open, 10000)
        chair.nextItem()
        tryCompare(seat, "currentItem", 0, 10000)
        // Both have the first item's document in their caches.
        tryVerify(() => chair.documentPath(Fixture.documentSha256) !== "", 30000, "console holds the document")
        tryVerify(() => seat.documentPath(Fixture.documentSha256) !== "", 30000, "seat holds the document")
    }

    function init() {
        failOnWarning(/qrc:\/Ecabinet\//)
    }

    function cleanupTestCase() {
        chair.stop()
        seat.stop()
    }

    function item(root, name) {
        const found = findChild(root, name)
        verify(found, name)
        return found
    }
    function click(root, name) {
        tryVerify(() => findChild(root, name) !== null, 10000, name + " exists")
        const b = item(root, name)
        tryVerify(() => b.visible && b.enabled, 10000, name + " visible and enabled")
        mouseClick(b)
    }

    function test_1_chairPresentsAPageAndTheSeatFollows() {
        const seatViewer = item(seatApp, "pdfViewer")
        compare(seatViewer.sha256, "", "the seat has not opened anything")
        verify(seat.followingPresenter, "a seat follows by default")

        click(consoleApp, "presentTab")
        // (Delegates are found from their list: they are not QObject children of the window.)
        click(item(consoleApp, "consoleDocumentList"), "document_0")
        const reader = item(consoleApp, "consolePdfViewer")
        tryCompare(reader, "status", PdfDocument.Ready, 10000)
        click(reader, "nextPage")
        tryCompare(reader, "currentPage", 1)
        click(consoleApp, "presentPageButton")

        // The seat opens the presented document at the presented page by itself.
        tryCompare(seatViewer, "sha256", Fixture.documentSha256, 10000)
        tryCompare(seatViewer, "currentPage", 1, 10000)
        const state = item(seatApp, "presentationState")
        tryVerify(() => state.text.indexOf("Following the presenter") === 0, 5000, state.text)
        verify(!item(seatApp, "followPresenterButton").visible, "no need to return while following")
        verify(!item(seatApp, "presentPageButton").visible, "a delegate without the right cannot present")
        // On the console the page shown is the reader's page: nothing to present again.
        tryVerify(() => !item(consoleApp, "presentPageButton").enabled, 5000)
    }

    function test_2_aManualPageTurnLeavesFollowModeAndOneTapReturns() {
        const seatViewer = item(seatApp, "pdfViewer")
        tryCompare(seatViewer, "currentPage", 1, 10000)
        click(seatViewer, "previousPage")
        tryCompare(seatViewer, "currentPage", 0)
        verify(!seat.followingPresenter, "turning a page by hand leaves follow mode")
        const follow = item(seatApp, "followPresenterButton")
        tryVerify(() => follow.visible, 5000, "Follow presenter is offered")

        // The chair presents page 2 again after page 1: the seat is not moved.
        chair.presentPage(chair.presentedDocumentId, 0)
        tryCompare(seat, "presentedPage", 0, 10000)
        chair.presentPage(chair.presentedDocumentId, 1)
        tryCompare(seat, "presentedPage", 1, 10000)
        compare(seatViewer.currentPage, 0, "a seat out of follow mode stays on its page")

        mouseClick(follow)
        verify(seat.followingPresenter)
        tryCompare(seatViewer, "currentPage", 1, 5000)
        tryVerify(() => !follow.visible, 5000)
    }

    function test_3_aSwipeAlsoLeavesFollowMode() {
        const seatViewer = item(seatApp, "pdfViewer")
        verify(seat.followingPresenter)
        const pages = item(seatViewer, "pages")
        waitForItemPolished(pages)
        mouseDrag(pages, pages.width * 0.2, pages.height / 2, pages.width * 0.6, 0)
        tryCompare(seatViewer, "currentPage", 0, 5000)
        tryCompare(seat, "followingPresenter", false, 5000)
        mouseClick(item(seatApp, "followPresenterButton"))
        tryCompare(seatViewer, "currentPage", 1, 5000)
    }

    function test_4_stopPresenting() {
        click(consoleApp, "stopPresentingButton")
        tryCompare(seat, "presenting", false, 10000)
        const state = item(seatApp, "presenterBar")
        tryVerify(() => !state.visible, 5000, "nothing presented, nothing to present: no bar on a delegate's seat")
    }
}
