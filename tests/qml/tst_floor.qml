// The meeting floor on screen, against the real hub: the chair prepares and
// opens a poll from the console's poll panel; the seat's vote screen appears,
// a tap chooses, "Confirm vote" sends, and the receipt shows only once the hub
// acknowledged the ballot; the console follows ballots in and who has not
// voted, closes (confirmed) and announces; the seat shows the verdict and the
// bars. Then the floor: the seat asks to speak, the console gives the floor,
// the seat's timer counts down.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test

TestCase {
    id: testCase
    name: "Floor"
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

    SignalSpy { id: receipts; target: seat; signalName: "ballotRecorded" }

    function initTestCase() {
        compare(Fixture.error, "", "fixture ready")
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
    }

    function init() {
        failOnWarning(/qrc:\/Ecabinet\//)
    }

    function cleanupTestCase() {
        chair.stop()
        seat.stop()
    }

    // ECABINET_QML_SHOTS=DIR saves the two windows at each step (for a person to look at).
    function shot(tag) {
        if (Fixture.shotDir.length === 0)
            return
        waitForRendering(seatApp.contentItem)
        grabImage(seatApp.contentItem).save(Fixture.shotDir + "/seat-" + tag + ".png")
        grabImage(consoleApp.contentItem).save(Fixture.shotDir + "/console-" + tag + ".png")
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

    function test_1_chairPreparesAndOpensAPoll() {
        click(consoleApp, "pollTab")
        const form = item(consoleApp, "pollForm")
        click(consoleApp, "newPollButton")
        tryCompare(form, "opened", true, 15000)
        item(form, "pollQuestionField").text = "Thông qua dự toán ngân sách năm 2027?"
        click(form, "preparePollButton")
        tryCompare(form, "opened", false, 10000)
        tryVerify(() => chair.focusPoll.status === PollModel.StatusPrepared, 10000, "prepared")
        compare(item(consoleApp, "focusPollQuestion").text, "Thông qua dự toán ngân sách năm 2027?")
        const votePanel = item(seatApp, "votePanel")
        verify(!votePanel.visible, "a prepared poll is not shown to the seat")

        click(consoleApp, "openPollButton")
        tryVerify(() => votePanel.visible, 10000, "the vote screen appears when the poll opens")
        compare(item(seatApp, "pollQuestion").text, "Thông qua dự toán ngân sách năm 2027?")
        tryVerify(() => item(consoleApp, "ballotsInText").text.indexOf("0 / 2") >= 0, 10000,
                  "0 of 2 (chair and delegate present): " + item(consoleApp, "ballotsInText").text)
        shot("1-open")
    }

    function test_2_seatChoosesConfirmsAndGetsTheReceipt() {
        const votePanel = item(seatApp, "votePanel")
        const receipt = item(votePanel, "ballotReceipt")
        verify(!receipt.visible)
        click(votePanel, "choice_0")
        const confirm = item(votePanel, "confirmStep")
        tryCompare(confirm, "visible", true, 15000)
        // The label of option 0 ("In favour"; "Tán thành" under ECABINET_QML_LANG=vi).
        verify(item(votePanel, "confirmText").text.indexOf(seat.activePoll.options[0]) >= 0,
               item(votePanel, "confirmText").text)
        verify(!receipt.visible, "no receipt before confirming")

        // "Choose again" goes back without sending anything.
        click(votePanel, "changeChoiceButton")
        tryCompare(confirm, "visible", false, 15000)
        compare(seat.activePoll.myBallot, PollModel.BallotNone)
        click(votePanel, "choice_0")
        receipts.clear()
        click(votePanel, "confirmBallotButton")
        // The receipt comes with the hub's Ack, never before.
        tryVerify(() => receipts.count === 1, 10000, "ballotRecorded from the hub's Ack")
        tryCompare(receipt, "visible", true, 5000)
        verify(item(votePanel, "receiptText").text.length > 2)
        verify(!item(votePanel, "motionChoices").visible, "no second ballot")

        tryVerify(() => item(consoleApp, "ballotsInText").text.indexOf("1 / 2") >= 0, 10000,
                  item(consoleApp, "ballotsInText").text)
        const notVoted = item(consoleApp, "notVotedText")
        verify(notVoted.text.indexOf(chair.personName) >= 0, notVoted.text)
        verify(notVoted.text.indexOf(seat.personName) < 0, notVoted.text)
        shot("2-receipt")
    }

    function test_3_chairClosesAndAnnouncesTheSeatSeesTheResult() {
        click(consoleApp, "closePollButton")
        const dialog = item(consoleApp, "closePollDialog")
        tryCompare(dialog, "opened", true, 15000)
        mouseClick(item(dialog, "confirmAccept"))
        tryVerify(() => seat.activePoll.status === PollModel.StatusClosed, 10000, "closed on the seat")
        tryCompare(item(seatApp, "awaitingResult"), "visible", true)

        click(consoleApp, "publishPollButton")
        tryVerify(() => seat.activePoll.status === PollModel.StatusPublished, 10000, "announced")
        const result = item(seatApp, "seatResult")
        tryCompare(result, "visible", true, 15000)
        const verdict = item(result, "verdictText")
        verify(verdict.visible)
        compare(verdict.text, seat.activePoll.verdictText)
        compare(seat.activePoll.verdict, PollModel.VerdictPassed, "1 in favour, 0 against")
        tryVerify(() => findChild(result, "tallyBar_0") !== null, 5000)
        verify(findChild(item(result, "tallyBar_0"), "tallyCount").text.indexOf("1") === 0)
        // The console's panel shows the same result.
        tryCompare(item(consoleApp, "consoleResult"), "visible", true)
        shot("3-result")

        click(seatApp, "dismissPollButton")
        tryCompare(item(seatApp, "votePanel"), "visible", false)
    }

    function test_4_seatRequestsTheFloorAndTheTimerRuns() {
        click(seatApp, "requestFloorButton")
        tryCompare(seat, "myQueuePosition", 1, 10000)
        verify(item(seatApp, "myQueuePosition").text.indexOf("1") >= 0)
        tryCompare(item(seatApp, "withdrawFloorButton"), "visible", true)

        click(consoleApp, "speakerTab")
        const minutes = item(consoleApp, "speakingMinutes")
        minutes.value = 3
        click(consoleApp, "setSpeakingTimeButton")
        tryCompare(seat, "speakingTimeLimitMs", 180000, 10000)
        click(consoleApp, "nextSpeakerButton")
        tryCompare(seat, "amSpeaking", true, 10000)
        const time = item(seatApp, "speakingTime")
        tryCompare(time, "visible", true, 15000)
        const first = time.text
        verify(/^[23]:\d\d$/.test(first), first)
        tryVerify(() => time.text !== first, 5000, "the countdown moves on its own")
        verify(item(consoleApp, "consoleCurrentSpeaker").text.indexOf(seat.personName) >= 0)
        shot("4-speaking")

        click(consoleApp, "endSpeechButton")
        tryCompare(seat, "someoneSpeaking", false, 10000)
        tryCompare(time, "visible", false, 15000)
    }

    function test_5_aChoiceWithMinAndMaxOnTheSeat() {
        click(consoleApp, "pollTab")
        const form = item(consoleApp, "pollForm")
        click(consoleApp, "newPollButton")
        tryCompare(form, "opened", true, 15000)
        item(form, "pollQuestionField").text = "Chọn hai dự án ưu tiên"
        const kind = item(form, "pollKindBox")
        kind.currentIndex = 1
        tryCompare(item(form, "pollOptionsField"), "visible", true)
        item(form, "pollOptionsField").text = "Đường tỉnh 741\nBệnh viện đa khoa\nTrường THPT"
        item(form, "pollMinBox").value = 2
        item(form, "pollMaxBox").value = 2
        click(form, "preparePollButton")
        tryCompare(form, "opened", false, 10000)
        tryVerify(() => chair.focusPoll.status === PollModel.StatusPrepared
                        && chair.focusPoll.kind === PollModel.KindChoice, 10000, "choice prepared")
        click(consoleApp, "openPollButton")

        const votePanel = item(seatApp, "votePanel")
        tryVerify(() => votePanel.visible && item(votePanel, "optionChoices").visible, 10000, "option list shown")
        const review = item(votePanel, "reviewButton")
        click(votePanel, "option_0")
        verify(!review.enabled, "one of two is not enough")
        click(votePanel, "option_2")
        tryCompare(review, "enabled", true, 15000)
        click(votePanel, "option_1")
        compare(votePanel.chosen.length, 2, "a third option is not taken at the maximum")
        mouseClick(review)
        const text = item(votePanel, "confirmText").text
        verify(text.indexOf("Đường tỉnh 741") >= 0 && text.indexOf("Trường THPT") >= 0, text)
        receipts.clear()
        click(votePanel, "confirmBallotButton")
        tryVerify(() => receipts.count === 1, 10000, "receipt")
        tryCompare(item(votePanel, "ballotReceipt"), "visible", true)
        tryVerify(() => chair.focusPoll.ballotsIn === 1, 10000)
    }
}
