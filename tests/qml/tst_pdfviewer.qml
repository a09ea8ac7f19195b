// The reader with a real document fetched from the hub: it opens, shows
// "page 1 / N", flips with the buttons and by swiping, and says so clearly
// when a document is not available.
import QtQuick
import QtTest
import Ecabinet
import Ecabinet.Client
import Ecabinet.Test

// TestCase is invisible: what is clicked lives in this visible item.
Item {
    id: stage
    width: 1000
    height: 760

    TestCase {
        id: testCase
        name: "PdfViewer"
        when: windowShown
        width: 1000
        height: 760

        // Live for the whole file (temporary objects would die after initTestCase).
        MeetingSession {
            id: session
            enrolmentFile: Fixture.seatDevice
            cacheDir: Fixture.seatCache
        }
        Component { id: viewerComponent; PdfViewer { width: 1000; height: 760 } }

        function initTestCase() {
            compare(Fixture.error, "", "fixture ready")
            verify(Fixture.documentPages >= 2, "the test document has several pages")
            // A checked-in seat fetches the meeting's documents into its cache.
            session.start()
            tryCompare(session, "connectionState", MeetingSession.Live, 20000)
            session.checkIn(Fixture.delegateId, Fixture.delegatePin)
            tryCompare(session, "checkedIn", true, 10000)
            tryVerify(() => session.documentPath(Fixture.documentSha256) !== "", 30000,
                      "document fetched into the cache")
        }

        function init() {
            // Any warning from our QML files (TypeErrors, binding loops) fails the test.
            failOnWarning(/qrc:\/Ecabinet\//)
        }

        function cleanupTestCase() {
            session.stop()
        }

        function openViewer() {
            const viewer = createTemporaryObject(viewerComponent, stage, { sha256: Fixture.documentSha256 })
            verify(viewer)
            tryCompare(viewer, "status", PdfDocument.Ready, 10000)
            compare(viewer.pageCount, Fixture.documentPages)
            return viewer
        }

        function test_pageFlipWithButtons() {
            const viewer = openViewer()
            const indicator = findChild(viewer, "pageIndicator")
            compare(viewer.currentPage, 0)
            compare(indicator.text, "Page 1 / " + Fixture.documentPages)
            const previous = findChild(viewer, "previousPage")
            const next = findChild(viewer, "nextPage")
            verify(!previous.enabled, "no page before the first")

            // The first page is rendered by the image provider.
            const pages = findChild(viewer, "pages")
            tryVerify(() => findChild(pages, "page_0") !== null, 5000)
            tryCompare(findChild(pages, "page_0"), "status", Image.Ready, 10000)

            mouseClick(next)
            tryCompare(viewer, "currentPage", 1)
            compare(indicator.text, "Page 2 / " + Fixture.documentPages)
            verify(previous.enabled)
            mouseClick(previous)
            tryCompare(viewer, "currentPage", 0)
            compare(indicator.text, "Page 1 / " + Fixture.documentPages)

            // To the last page: Next is disabled there.
            for (let i = 1; i < Fixture.documentPages; ++i)
                mouseClick(next)
            tryCompare(viewer, "currentPage", Fixture.documentPages - 1)
            verify(!next.enabled)
        }

        function test_pageFlipBySwipe() {
            const viewer = openViewer()
            const pages = findChild(viewer, "pages")
            // The pages are laid out at the next frame after the document opened.
            waitForItemPolished(pages)
            // Right to left across most of the page: the next page.
            mouseDrag(pages, pages.width * 0.8, pages.height / 2, -pages.width * 0.6, 0)
            tryCompare(viewer, "currentPage", 1, 5000)
            compare(findChild(viewer, "pageIndicator").text, "Page 2 / " + Fixture.documentPages)
            mouseDrag(pages, pages.width * 0.2, pages.height / 2, pages.width * 0.6, 0)
            tryCompare(viewer, "currentPage", 0, 5000)
        }

        function test_zoomButtons() {
            const viewer = openViewer()
            compare(viewer.zoom, 1.0)
            mouseClick(findChild(viewer, "zoomIn"))
            verify(viewer.zoom > 1.0)
            verify(!findChild(viewer, "pages").interactive, "a zoomed page pans instead of flipping")
            mouseClick(findChild(viewer, "zoomOut"))
            compare(viewer.zoom, 1.0)
        }

        // The hook the annotation layer hangs on: one overlay per page, told its page
        // index and size in points, laid exactly over the page as drawn (also zoomed).
        Component {
            id: overlayComponent
            Rectangle {
                property int pageIndex: -1
                property size pagePointSize
                property real zoom: 0
                objectName: "overlay_" + pageIndex
                color: "transparent"
            }
        }

        function test_pageOverlayHook() {
            const viewer = createTemporaryObject(viewerComponent, stage,
                                                 { sha256: Fixture.documentSha256, pageOverlay: overlayComponent })
            tryCompare(viewer, "status", PdfDocument.Ready, 10000)
            const pages = findChild(viewer, "pages")
            tryVerify(() => findChild(pages, "overlay_0") !== null, 5000, "overlay of page 1 created")
            const overlay = findChild(pages, "overlay_0")
            const area = findChild(pages, "pageArea_0")
            verify(overlay.pagePointSize.width > 500 && overlay.pagePointSize.width < 620,
                   "A4 is 595 pt wide, got " + overlay.pagePointSize.width)
            compare(overlay.zoom, 1.0)
            tryVerify(() => overlay.width > 0 && overlay.height > 0)
            compare(overlay.width, area.width)
            compare(overlay.height, area.height)
            // The overlay has the page's aspect, not the view's.
            fuzzyCompare(overlay.width / overlay.height,
                         overlay.pagePointSize.width / overlay.pagePointSize.height, 0.01)
            const before = overlay.width
            mouseClick(findChild(viewer, "zoomIn"))
            compare(overlay.zoom, viewer.zoom)
            tryVerify(() => overlay.width > before * 1.4, 5000, "the overlay follows the zoom")
            mouseClick(findChild(viewer, "nextPage"))
            tryVerify(() => findChild(pages, "overlay_1") !== null, 5000, "overlay of page 2 created")
        }

        // --- tests/data: real files of every kind -----------------------------

        function openTestPdf(name) {
            const sha = Fixture.testPdfs[name]
            verify(sha && sha.length === 64, "tests/data/" + name + ".pdf installed")
            const viewer = createTemporaryObject(viewerComponent, stage, { sha256: sha, title: name })
            verify(viewer)
            return viewer
        }

        SignalSpy { id: turned; signalName: "userTurnedPage" }

        function test_brokenAndEncryptedFilesAreExplained_data() {
            return [
                { tag: "truncated", name: "broken-truncated", status: PdfDocument.Broken, words: /damaged/ },
                { tag: "encrypted", name: "encrypted", status: PdfDocument.Locked, words: /password/ },
            ]
        }
        function test_brokenAndEncryptedFilesAreExplained(data) {
            const viewer = openTestPdf(data.name)
            tryCompare(viewer, "status", data.status, 10000)
            compare(viewer.pageCount, 0, "no page is shown")
            const message = findChild(viewer, "viewerMessage")
            verify(message.visible)
            verify(data.words.test(message.text), "says why: " + message.text)
            verify(!findChild(viewer, "panelButton").enabled, "nothing to search or leaf through")
        }

        function test_scannedPagesRender() {
            const viewer = openTestPdf("scanned")
            tryCompare(viewer, "status", PdfDocument.Ready, 10000)
            compare(viewer.pageCount, 2)
            const pages = findChild(viewer, "pages")
            tryVerify(() => findChild(pages, "page_0") !== null, 5000)
            tryCompare(findChild(pages, "page_0"), "status", Image.Ready, 20000)
        }

        function openPanel(viewer, tab) {
            tryCompare(viewer, "status", PdfDocument.Ready, 10000)
            mouseClick(findChild(viewer, "panelButton"))
            const panel = findChild(viewer, "readerPanel")
            tryVerify(() => panel.visible, 5000, "side panel open")
            mouseClick(findChild(panel, tab))
            return panel
        }

        function test_thumbnailTapTurnsThePage() {
            const viewer = openTestPdf("large")
            tryCompare(viewer, "pageCount", 120, 10000)
            const panel = openPanel(viewer, "thumbnailsTab")
            const grid = findChild(panel, "thumbnails")
            compare(grid.count, 120)
            tryVerify(() => findChild(grid, "thumbnail_3") !== null, 5000)
            turned.clear()
            turned.target = viewer
            mouseClick(findChild(grid, "thumbnail_3"))
            tryCompare(viewer, "currentPage", 3, 5000)
            compare(turned.count, 1, "a thumbnail tap is a page turn by the person")
            compare(turned.signalArguments[0][0], 3)
        }

        function test_outlineTapTurnsThePage() {
            const viewer = openTestPdf("large")
            const panel = openPanel(viewer, "outlineTab")
            const outline = findChild(panel, "outline")
            tryCompare(outline, "count", 36, 10000) // 12 chapters with 2 sections each
            // Entries: chapter 1 (page 1), 1.1 (page 1), 1.2 (page 6), chapter 2 (page 11), ...
            tryVerify(() => findChild(outline, "outline_3") !== null, 5000)
            const chapter2 = findChild(outline, "outline_3")
            compare(chapter2.depth, 0)
            compare(chapter2.title, "Chương 2. Lĩnh vực văn hóa - xã hội")
            compare(findChild(outline, "outline_2").depth, 1)
            mouseClick(chapter2)
            tryCompare(viewer, "currentPage", 10, 5000)
            mouseClick(findChild(outline, "outline_2"))
            tryCompare(viewer, "currentPage", 5, 5000)
        }

        function test_outlineOfADocumentWithoutOne() {
            const viewer = openTestPdf("vector-text")
            const panel = openPanel(viewer, "outlineTab")
            const outline = findChild(panel, "outline")
            wait(200) // the outline is read off the GUI thread; an empty one stays empty
            compare(outline.count, 0)
        }

        function test_searchFindsTheWordAndHighlightsIt() {
            const viewer = openTestPdf("large")
            const panel = openPanel(viewer, "searchTab")
            const field = findChild(panel, "searchField")
            field.text = "DESALINATION" // case does not matter
            mouseClick(findChild(panel, "searchButton"))
            const hits = findChild(panel, "searchHits")
            tryCompare(hits, "count", 1, 20000)
            tryVerify(() => findChild(hits, "searchHit_0") !== null, 5000)
            const hit = findChild(hits, "searchHit_0")
            compare(hit.page, 86, "the only page with the word is page 87")
            verify(hit.snippet.indexOf("desalination") >= 0, hit.snippet)
            mouseClick(hit)
            tryCompare(viewer, "currentPage", 86, 5000)
            const pages = findChild(viewer, "pages")
            tryVerify(() => findChild(pages, "highlight_86") !== null && findChild(pages, "highlight_86").visible, 5000,
                      "the hit is highlighted on its page")
            const mark = findChild(pages, "highlight_86")
            verify(mark.width > 10 && mark.height > 5, "a real box: " + mark.width + "x" + mark.height)

            // No hit: said so (and a scanned page cannot be searched).
            field.text = "zzqx"
            mouseClick(findChild(panel, "searchButton"))
            tryCompare(hits, "count", 0, 20000)
            tryVerify(() => findChild(panel, "searchSummary").text.indexOf("zzqx") >= 0, 20000)
        }

        function test_unknownDocumentIsExplained() {
            const viewer = createTemporaryObject(viewerComponent, stage,
                                                 { sha256: "00".repeat(32) })
            verify(viewer)
            const message = findChild(viewer, "viewerMessage")
            tryVerify(() => message.visible && message.text.length > 0, 5000)
            compare(viewer.pageCount, 0)
            compare(findChild(viewer, "pageIndicator").text, "")
        }

        function test_noDocumentAsksToChoose() {
            const viewer = createTemporaryObject(viewerComponent, stage)
            compare(viewer.status, PdfDocument.Null)
            compare(findChild(viewer, "viewerMessage").text, "Choose a document to read.")
        }
    }
}
