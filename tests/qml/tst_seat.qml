// The seat app against the real hub: it connects, lists the members, refuses
// a wrong PIN in words (attempts left), accepts the right one and shows the
// agenda and the documents; check-out returns to the check-in screen.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test
import "SessionHelpers.js" as Helpers

TestCase {
    id: testCase
    name: "Seat"
    when: windowShown

    // One session for the file (it must outlive every SeatApp made from it);
    // a fresh SeatApp per test.
    MeetingSession {
        id: session
        enrolmentFile: Fixture.seatDevice
        cacheDir: Fixture.seatCache
    }
    Component { id: seatComponent; SeatApp { } }

    property SeatApp app

    function initTestCase() {
        compare(Fixture.error, "", "fixture ready")
        session.start()
        tryCompare(session, "connectionState", MeetingSession.Live, 20000)
    }

    function cleanupTestCase() {
        session.stop()
    }

    function init() {
        // Any warning from our QML files (TypeErrors, binding loops) fails the test.
        failOnWarning(/qrc:\/Ecabinet\//)
        app = createTemporaryObject(seatComponent, testCase, { session: session })
        verify(app, seatComponent.errorString())
    }

    function cleanup() {
        if (session.checkedIn) {
            session.checkOut()
            tryCompare(session, "checkedIn", false, 10000)
        }
    }

    function memberRow(personId) {
        const list = findChild(app, "memberList")
        verify(list, "member list")
        tryVerify(() => findChild(list, "member_" + personId) !== null, 10000,
                  "row of " + personId + " in the member list")
        return findChild(list, "member_" + personId)
    }

    function test_1_bannerHiddenWhenLive() {
        const banner = findChild(app, "connectionBanner")
        verify(banner)
        tryCompare(banner, "visible", false, 15000)
        const title = findChild(app, "meetingTitle")
        tryVerify(() => title.text === session.meetingTitle && title.text.length > 0, 5000)
    }

    function test_2_wrongPinIsRefusedInWords() {
        const checkIn = findChild(app, "checkInView")
        verify(checkIn.visible)
        mouseClick(memberRow(Fixture.delegateId))
        compare(checkIn.chosenPersonId, Fixture.delegateId)
        const pad = findChild(app, "pinPad")
        verify(pad.visible)

        Helpers.typePin(testCase, pad, "0000")

        const refusal = findChild(app, "refusalText")
        tryVerify(() => refusal.visible && refusal.text.length > 0, 10000, "refusal shown")
        compare(checkIn.attemptsLeft, 4, "hub counts one wrong PIN of five")
        verify(refusal.text.indexOf("4") >= 0, "attempts left in the text: " + refusal.text)
        verify(!session.checkedIn)
        compare(pad.pin, "", "PIN cleared after a refusal")
        tryVerify(() => session.failedPinAttempts >= 1, 5000)
    }

    function test_3_rightPinShowsAgenda() {
        mouseClick(memberRow(Fixture.delegateId))
        Helpers.typePin(testCase, findChild(app, "pinPad"), Fixture.delegatePin)
        tryCompare(session, "checkedIn", true, 10000)
        compare(session.personId, Fixture.delegateId)

        const meetingView = findChild(app, "meetingView")
        tryCompare(meetingView, "visible", true, 15000)
        compare(findChild(app, "checkInView").visible, false)
        const agenda = findChild(app, "agendaList")
        verify(agenda)
        tryCompare(agenda, "count", Fixture.itemCount, 5000)
        tryVerify(() => findChild(agenda, "agendaItem_0") !== null, 5000, "first agenda row")
        compare(findChild(app, "personName").text, session.personName)

        // Check-out (confirmed) brings the check-in screen back.
        mouseClick(findChild(app, "checkOutButton"))
        const dialog = findChild(app, "checkOutDialog")
        tryCompare(dialog, "opened", true, 15000)
        mouseClick(findChild(dialog, "confirmAccept"))
        tryCompare(session, "checkedIn", false, 10000)
        tryCompare(findChild(app, "checkInView"), "visible", true)
    }
}
