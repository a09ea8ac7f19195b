// Conclusions on screen, against the real hub: the secretary (a console at
// seat-2) writes a draft in the Conclusions tab; the chair's console shows it,
// the delegate's seat shows nothing; the chair approves; the seat announces it
// with a banner and lists it; then the minutes PDF from the chair's console.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test

TestCase {
    id: testCase
    name: "Conclusions"
    when: windowShown

    readonly property string draftText: "Giao Sở Tài chính hoàn thiện dự toán ngân sách năm 2027."

    MeetingSession {
        id: chair
        enrolmentFile: Fixture.consoleDevice
        cacheDir: Fixture.consoleCache
    }
    MeetingSession {
        id: secretary
        enrolmentFile: Fixture.seat2Device
        cacheDir: Fixture.seat2Cache
    }
    MeetingSession {
        id: seat
        enrolmentFile: Fixture.seatDevice
        cacheDir: Fixture.seatCache
    }
    ChairConsole { id: chairApp; session: chair }
    ChairConsole { id: secretaryApp; session: secretary; x: 60 }
    SeatApp { id: seatApp; session: seat; x: 120 }

    SignalSpy { id: announced; target: seat; signalName: "conclusionAnnounced" }
    SignalSpy { id: minutes; target: chair; signalName: "minutesSaved" }

    function initTestCase() {
        compare(Fixture.error, "", "fixture ready")
        for (const s of [chair, secretary, seat])
            s.start()
        for (const s of [chair, secretary, seat])
            tryCompare(s, "connectionState", MeetingSession.Live, 20000)
        chair.checkIn(Fixture.chairId, Fixture.chairPin)
        secretary.checkIn(Fixture.secretaryId, Fixture.secretaryPin)
        seat.checkIn(Fixture.delegateId, Fixture.delegatePin)
        for (const s of [chair, secretary, seat])
            tryCompare(s, "checkedIn", true, 10000)
        chair.openMeeting()
        tryCompare(seat, "meetingState", MeetingSession.Open, 10000)
        chair.gotoItem(0)
        tryCompare(secretary, "currentItem", 0, 10000)
        tryCompare(seat, "currentItem", 0, 10000)
    }

    function init() {
        failOnWarning(/qrc:\/Ecabinet\//)
    }

    function cleanupTestCase() {
        for (const s of [chair, secretary, seat])
            s.stop()
    }

    function shot(tag) {
        if (Fixture.shotDir.length === 0)
            return
        for (const [name, app] of [["chair", chairApp], ["secretary", secretaryApp], ["seat", seatApp]]) {
            waitForRendering(app.contentItem)
            grabImage(app.contentItem).save(Fixture.shotDir + "/conclusions-" + name + "-" + tag + ".png")
        }
    }

    function item(root, name) {
        const found = findChild(root, name)
        verify(found, name)
        return found
    }
    function click(root, name) {
        const b = item(root, name)
        tryVerify(() => b.visible && b.enabled, 10000, name + " visible and enabled")
        mouseClick(b)
    }

    function test_1_secretaryDraftsTheSeatSeesNothing() {
        verify(secretary.canDraftConclusions)
        verify(!chair.canDraftConclusions, "the chair approves, the secretary drafts")
        verify(!seat.canDraftConclusions && !seat.canApproveConclusions)
        click(secretaryApp, "conclusionTab")
        click(chairApp, "conclusionTab")
        verify(!item(chairApp, "conclusionEditor").visible, "no editor for the chair")
        const editor = item(secretaryApp, "conclusionEditor")
        tryVerify(() => editor.enabled, 10000, "the editor is enabled while the meeting is open")
        editor.text = testCase.draftText
        click(secretaryApp, "draftConclusionButton")
        tryCompare(secretary.currentConclusions, "count", 1, 10000)
        tryCompare(editor, "text", "", 10000) // cleared once the hub stored the draft
        // The chair's console fetches the draft's text privately.
        tryCompare(chair.currentConclusions, "count", 1, 10000)
        tryVerify(() => chair.currentConclusions.get(0).text === testCase.draftText, 10000, "the chair reads the draft")
        compare(chair.currentConclusions.get(0).status, MeetingConclusionModel.StatusDraft)
        // The seat: no draft, no banner, nothing in its list.
        wait(500)
        compare(seat.conclusions.count, 0)
        verify(!item(seatApp, "conclusionBanner").visible)
        verify(!secretary.canApproveConclusions, "the secretary cannot approve")
        shot("1-draft")
    }

    function test_2_chairApprovesEverySeatAnnouncesIt() {
        announced.clear()
        // The chair's tap on "Approve" (the delegate's button calls exactly this).
        const c = chair.currentConclusions.get(0)
        chair.approveConclusion(c.conclusionId, c.revision)
        tryCompare(announced, "count", 1, 10000)
        const banner = item(seatApp, "conclusionBanner")
        tryCompare(banner, "visible", true, 5000)
        compare(item(banner, "conclusionBannerText").text, testCase.draftText)
        compare(seat.conclusions.count, 1)
        compare(seat.conclusions.get(0).text, testCase.draftText)
        tryVerify(() => chair.currentConclusions.get(0).status === MeetingConclusionModel.StatusApproved, 10000)
        tryVerify(() => secretary.currentConclusions.get(0).isApproved, 10000)
        verify(item(seatApp, "seatConclusionsButton").text.indexOf("1") >= 0)
        shot("2-approved")
        click(banner, "dismissConclusionButton")
        tryCompare(banner, "visible", false)
        compare(seat.conclusions.count, 1, "dismissing the banner keeps the conclusion")
    }

    function test_3_minutesAfterClosing() {
        tryVerify(() => item(chairApp, "minutesButton").enabled, 10000, "minutes button enabled")
        chair.closeMeeting()
        tryCompare(seat, "meetingState", MeetingSession.Closed, 10000)
        minutes.clear()
        chair.saveMinutes(Fixture.consoleCache + "/bien-ban.pdf")
        tryCompare(minutes, "count", 1, 20000)
        compare(chair.minutesPath, Fixture.consoleCache + "/bien-ban.pdf")
        tryVerify(() => item(chairApp, "minutesStatus").text.indexOf("bien-ban.pdf") >= 0, 5000)
        tryVerify(() => !item(secretaryApp, "draftConclusionButton").enabled, 10000, "nothing is drafted after closing")
    }
}
