// Reads one document: pages flip by swipe, buttons or arrow keys, with a
// "page x / y" indicator; pinch (or the +/− buttons) zooms, and a zoomed page
// pans. Pages are rendered by the "pdf" image provider (Poppler, off the GUI
// thread, at the screen's pixel ratio); neighbours are prefetched through the
// list's cache buffer. A broken or locked file is shown as such, never blank.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Ecabinet
import Ecabinet.Client

FocusScope {
    id: root

    // The document to show, by its SHA-256 (DocumentModel's sha256 role); the
    // file is found in this device's document cache.
    property string sha256: ""
    property string title: ""

    // Drawn over every page, e.g. the annotation layer. The component is created
    // once per visible page, sized exactly to the page as drawn (it follows zoom),
    // and its root item may declare any of these, which the viewer keeps set:
    //   property int pageIndex       0-based page number
    //   property size pagePointSize  the page's size in PDF points (1/72 in)
    //   property real zoom           the viewer's zoom (1 = page fits the view)
    // Coordinates in the overlay divided by its width/height are normalised
    // page coordinates (0..1), independent of zoom and screen.
    property Component pageOverlay: null

    // The document's id in the meeting (for search hits) and the meeting's documents:
    // when set, the search panel can look through every document of the pack.
    property string documentId: ""
    property DocumentModel pack: null
    // The side panel (thumbnails, outline, search) is open.
    property bool panelOpen: false
    // A search hit shown on its page (normalised rect); -1 = none.
    property int highlightPage: -1
    property rect highlightRect
    // A search hit in another document was tapped: the app opens that document
    // and calls showHit(page, area) on this viewer.
    signal hitInOtherDocument(string sha256, string title, string documentId, int page, rect area)

    // Goes to `page` with `area` (normalised) highlighted; works while the
    // document is still opening.
    function showHit(page: int, area: rect) {
        highlightRect = area
        highlightPage = page
        showPage(page)
    }

    readonly property int status: pdf.status
    readonly property int pageCount: status === PdfDocument.Ready ? pdf.pageCount : 0
    readonly property int currentPage: pages.currentIndex
    // 1 = page fits the view. Pinch changes `zoom` live; pages re-render at
    // the new size (`renderZoom`) once the pinch ends.
    property real zoom: 1.0
    property real renderZoom: 1.0
    readonly property real minZoom: 1.0
    readonly property real maxZoom: 4.0

    // A person turned the page (buttons, keys, swipe, a thumbnail, an outline
    // entry, a search hit) — not showPage(). Follow mode ends on this.
    signal userTurnedPage(int page)

    // Page `page` (0-based) at once, without animating through the pages between.
    function goToPage(page: int) {
        if (page < 0 || page >= pageCount)
            return
        pages.positionViewAtIndex(page, ListView.Beginning)
        pages.currentIndex = page
    }
    // For the program (follow the presenter): goes to `page` now, or as soon as
    // the document is open if it is still loading. Not a user page turn.
    function showPage(page: int) {
        if (page < pageCount) {
            pendingPage = -1
            goToPage(page)
        } else {
            pendingPage = page
        }
    }
    // A person asked for `page`.
    function turnTo(page: int) {
        if (page < 0 || page >= pageCount || page === currentPage)
            return
        goToPage(page)
        userTurnedPage(page)
    }
    function nextPage() { turnTo(currentPage + 1) }
    function previousPage() { turnTo(currentPage - 1) }
    property int pendingPage: -1
    onPageCountChanged: {
        if (pendingPage >= 0 && pendingPage < pageCount) {
            const page = pendingPage
            pendingPage = -1
            // After the list has its new model (same turn of the event loop).
            Qt.callLater(() => goToPage(page))
        }
    }
    function setZoom(z: real) {
        zoom = Math.max(minZoom, Math.min(maxZoom, z))
        renderZoom = zoom
    }

    onSha256Changed: {
        setZoom(1.0)
        highlightPage = -1
        pages.currentIndex = 0
        pendingPage = -1 // showPage() after a new document sets it again
    }

    Keys.onLeftPressed: previousPage()
    Keys.onRightPressed: nextPage()
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
            nextPage(); event.accepted = true
        } else if (event.key === Qt.Key_PageUp) {
            previousPage(); event.accepted = true
        }
    }

    PdfDocument {
        id: pdf
        sha256: root.sha256
    }

    Rectangle {
        anchors.fill: parent
        color: "#5f5b55"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Tool bar: title, page flipping, page indicator, zoom.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch + Theme.spacing
            color: Theme.surface

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing

                TouchButton {
                    objectName: "panelButton"
                    text: "☰"
                    Accessible.name: qsTr("Pages, contents and search")
                    font.pixelSize: Theme.fontLarge
                    kind: root.panelOpen ? "primary" : "secondary"
                    enabled: root.pageCount > 0
                    onClicked: root.panelOpen = !root.panelOpen
                }
                Label {
                    Layout.fillWidth: true
                    text: root.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBase
                    font.bold: true
                    color: Theme.text
                }
                TouchButton {
                    objectName: "previousPage"
                    text: "‹"
                    Accessible.name: qsTr("Previous page")
                    font.pixelSize: Theme.fontHuge
                    enabled: root.currentPage > 0
                    onClicked: root.previousPage()
                }
                Label {
                    objectName: "pageIndicator"
                    Layout.minimumWidth: 120
                    horizontalAlignment: Text.AlignHCenter
                    text: root.pageCount > 0 ? qsTr("Page %1 / %2").arg(root.currentPage + 1).arg(root.pageCount)
                                             : ""
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                TouchButton {
                    objectName: "nextPage"
                    text: "›"
                    Accessible.name: qsTr("Next page")
                    font.pixelSize: Theme.fontHuge
                    enabled: root.currentPage < root.pageCount - 1
                    onClicked: root.nextPage()
                }
                TouchButton {
                    objectName: "zoomOut"
                    text: "−"
                    Accessible.name: qsTr("Zoom out")
                    font.pixelSize: Theme.fontHuge
                    enabled: root.zoom > root.minZoom
                    onClicked: root.setZoom(root.zoom / 1.5)
                }
                TouchButton {
                    objectName: "zoomIn"
                    text: "+"
                    Accessible.name: qsTr("Zoom in")
                    font.pixelSize: Theme.fontHuge
                    enabled: root.pageCount > 0 && root.zoom < root.maxZoom
                    onClicked: root.setZoom(root.zoom * 1.5)
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            ListView {
                id: pages
                objectName: "pages"
                anchors.fill: parent
                orientation: ListView.Horizontal
                snapMode: ListView.SnapOneItem
                highlightRangeMode: ListView.StrictlyEnforceRange
                highlightMoveDuration: 150
                boundsBehavior: Flickable.StopAtBounds
                // A zoomed page pans instead of flipping.
                interactive: root.zoom <= 1.0
                // One page each side is rendered ahead of time.
                cacheBuffer: Math.max(0, width)
                model: root.pageCount
                // A swipe that ends on another page is a page turn by a person.
                property int indexAtMovementStart: 0
                onMovementStarted: indexAtMovementStart = currentIndex
                onMovementEnded: {
                    if (currentIndex !== indexAtMovementStart)
                        root.userTurnedPage(currentIndex)
                }

                delegate: Flickable {
                    id: page
                    required property int index

                    width: pages.width
                    height: pages.height
                    contentWidth: Math.max(width, image.width)
                    contentHeight: Math.max(height, image.height)
                    interactive: root.zoom > 1.0
                    boundsBehavior: Flickable.StopAtBounds
                    clip: true

                    // The page fitted into the view, from the first page's size in points.
                    readonly property real aspect: pdf.pageSize.height > 0
                                                   ? pdf.pageSize.width / pdf.pageSize.height : 1 / Math.SQRT2
                    readonly property real fittedWidth: Math.min(width, height * aspect)

                    Image {
                        id: image
                        objectName: "page_" + page.index
                        x: Math.max(0, (page.width - width) / 2)
                        y: Math.max(0, (page.height - height) / 2)
                        width: page.width * root.zoom
                        height: page.height * root.zoom
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        cache: false
                        source: pdf.pageSource(page.index)
                        sourceSize.width: Math.ceil(page.fittedWidth * root.renderZoom * Screen.devicePixelRatio)
                    }
                    // The page as drawn inside the image (PreserveAspectFit), before
                    // the first render from the document's page size.
                    Item {
                        id: pageArea
                        objectName: "pageArea_" + page.index
                        readonly property size pointSize: pdf.pageSizeAt(page.index)
                        readonly property real pageAspect: pointSize.height > 0
                                                           ? pointSize.width / pointSize.height : page.aspect
                        width: Math.min(image.width, image.height * pageAspect)
                        height: width / pageAspect
                        x: image.x + (image.width - width) / 2
                        y: image.y + (image.height - height) / 2

                        // A search hit on this page.
                        Rectangle {
                            objectName: "highlight_" + page.index
                            visible: root.highlightPage === page.index
                            x: root.highlightRect.x * parent.width - 3
                            y: root.highlightRect.y * parent.height - 3
                            width: root.highlightRect.width * parent.width + 6
                            height: root.highlightRect.height * parent.height + 6
                            color: "#55ffd54f"
                            border.color: Theme.accent
                            border.width: 2
                            radius: 3
                        }
                        Loader {
                            id: overlay
                            anchors.fill: parent
                            active: root.pageOverlay !== null
                            sourceComponent: root.pageOverlay
                            onLoaded: {
                                // Only what the overlay declares; a missing property is not an error.
                                if (item.hasOwnProperty("pageIndex"))
                                    item.pageIndex = Qt.binding(() => page.index)
                                if (item.hasOwnProperty("pagePointSize"))
                                    item.pagePointSize = Qt.binding(() => pageArea.pointSize)
                                if (item.hasOwnProperty("zoom"))
                                    item.zoom = Qt.binding(() => root.zoom)
                            }
                        }
                    }
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: image.status === Image.Loading
                        visible: running
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: image.status === Image.Error
                        text: qsTr("This page could not be shown.")
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.fontLarge
                    }
                }
            }

            PinchHandler {
                id: pinch
                target: null
                property real startZoom: 1.0
                onActiveChanged: {
                    if (active)
                        startZoom = root.zoom
                    else
                        root.setZoom(root.zoom)
                }
                onActiveScaleChanged: {
                    if (active)
                        root.zoom = Math.max(root.minZoom, Math.min(root.maxZoom, startZoom * activeScale))
                }
            }

            ReaderPanel {
                objectName: "readerPanel"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: Math.min(360, parent.width * 0.45)
                visible: root.panelOpen && root.pageCount > 0
                sha256: root.sha256
                title: root.title
                documentId: root.documentId
                pageCount: root.pageCount
                currentPage: root.currentPage
                pageAspect: pdf.pageSize.height > 0 ? pdf.pageSize.width / pdf.pageSize.height : 1 / Math.SQRT2
                pack: root.pack
                onPageChosen: (page) => {
                    root.highlightPage = -1
                    root.turnTo(page)
                }
                onHitChosen: (sha256, title, documentId, page, area) => {
                    if (sha256 === root.sha256) {
                        root.showHit(page, area)
                        root.userTurnedPage(page)
                    } else {
                        root.hitInOtherDocument(sha256, title, documentId, page, area)
                    }
                }
            }

            // Why there is no page to show.
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width - 4 * Theme.spacing, 640)
                height: stateText.implicitHeight + 4 * Theme.spacing
                radius: Theme.radius
                visible: root.status !== PdfDocument.Ready
                color: root.status === PdfDocument.Broken || root.status === PdfDocument.Locked
                       ? Theme.error : Theme.surface

                Label {
                    id: stateText
                    objectName: "viewerMessage"
                    anchors.centerIn: parent
                    width: parent.width - 4 * Theme.spacing
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontLarge
                    color: root.status === PdfDocument.Broken || root.status === PdfDocument.Locked
                           ? Theme.textOnPrimary : Theme.muted
                    text: {
                        switch (root.status) {
                        case PdfDocument.Loading: return qsTr("Opening the document…")
                        // PdfDocument words its errors for people; ours are fallbacks.
                        case PdfDocument.Broken:
                            return pdf.errorString.length > 0 ? pdf.errorString
                                   : qsTr("This document cannot be opened: the file is damaged.")
                        case PdfDocument.Locked:
                            return pdf.errorString.length > 0 ? pdf.errorString
                                   : qsTr("This document is password-protected and cannot be shown here.")
                        }
                        return root.sha256.length > 0 ? qsTr("The document is not on this device yet.")
                                                       : qsTr("Choose a document to read.")
                    }
                }
            }
        }
    }
}
