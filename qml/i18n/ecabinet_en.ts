<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgendaList</name>
        <message>
            <location filename="../components/AgendaList.qml" line="95" />
            <source>Presented by %1</source>
            <translation>Presented by %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/AgendaList.qml" line="97" />
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/AgendaList.qml" line="109" />
            <source>Now</source>
            <translation>Now</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <location filename="../components/AttendancePanel.qml" line="25" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="38" />
            <source>Entitled members present</source>
            <translation>Entitled members present</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="45" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="51" />
            <source>Everyone present</source>
            <translation>Everyone present</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="64" />
            <source>Wrong PINs entered</source>
            <translation>Wrong PINs entered</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="145" />
            <source>not entitled to vote</source>
            <translation>not entitled to vote</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="156" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="156" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
    </context>
    <context>
        <name>BlobFetcher</name>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="157" />
            <source>The hub answered a document request with an unexpected message.</source>
            <translation>The hub answered a document request with an unexpected message.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="163" />
            <source>The hub sent bytes of another document.</source>
            <translation>The hub sent bytes of another document.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="178" />
            <source>The hub sent an empty piece of a document.</source>
            <translation>The hub sent an empty piece of a document.</translation>
        </message>
    </context>
    <context>
        <name>ChairConsole</name>
        <message>
            <location filename="../ChairConsole.qml" line="24" />
            <source>E-cabinet — chair console</source>
            <translation>E-cabinet — chair console</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="44" />
            <location filename="../ChairConsole.qml" line="195" />
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="75" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="85" />
            <location filename="../ChairConsole.qml" line="177" />
            <source>Open the meeting</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="93" />
            <location filename="../ChairConsole.qml" line="186" />
            <source>Close the meeting</source>
            <translation>Close the meeting</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="105" />
            <source>Under discussion: %1</source>
            <translation>Under discussion: %1</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="106" />
            <source>The meeting is open. Press Next to start the first item.</source>
            <translation>The meeting is open. Press Next to start the first item.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="127" />
            <source>‹ Back</source>
            <translation>‹ Back</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="138" />
            <source>Item %1 of %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ChairConsole.qml" line="139" />
            <source>%n item(s) on the agenda</source>
            <translation>
                <numerusform>%n item on the agenda</numerusform>
                <numerusform>%n items on the agenda</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="146" />
            <source>Next ›</source>
            <translation>Next ›</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="174" />
            <source>Open the meeting?</source>
            <translation>Open the meeting?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="175" />
            <source>%1 of %2 entitled members are present.</source>
            <translation>%1 of %2 entitled members are present.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="184" />
            <source>Close the meeting?</source>
            <translation>Close the meeting?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="185" />
            <source>A closed meeting cannot be opened again.</source>
            <translation>A closed meeting cannot be opened again.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="193" />
            <source>Check out of this console?</source>
            <translation>Check out of this console?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="194" />
            <source>You will need your PIN to check in again.</source>
            <translation>You will need your PIN to check in again.</translation>
        </message>
    </context>
    <context>
        <name>CheckInView</name>
        <message>
            <location filename="../components/CheckInView.qml" line="81" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="88" />
            <source>Touch your name (chair or secretary) to check in.</source>
            <translation>Touch your name (chair or secretary) to check in.</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="89" />
            <source>Touch your name to check in.</source>
            <translation>Touch your name to check in.</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="97" />
            <source>Waiting for the list of members from the meeting room…</source>
            <translation>Waiting for the list of members from the meeting room…</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="166" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="197" />
            <source>Enter your PIN</source>
            <translation>Enter your PIN</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/CheckInView.qml" line="230" />
            <source>Too many wrong PINs. Check-in is locked for %n minute(s); please ask the secretary.</source>
            <translation>
                <numerusform>Too many wrong PINs. Check-in is locked for %n minute; please ask the secretary.</numerusform>
                <numerusform>Too many wrong PINs. Check-in is locked for %n minutes; please ask the secretary.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../components/CheckInView.qml" line="233" />
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Wrong PIN. %n attempt left.</numerusform>
                <numerusform>Wrong PIN. %n attempts left.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="241" />
            <source>Not you? Back to the list</source>
            <translation>Not you? Back to the list</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../components/ConfirmDialog.qml" line="12" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../components/ConfirmDialog.qml" line="13" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DeviceConfig</name>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="24" />
            <source>No enrolment file is set: enrol this device with ecabinet-enroll first.</source>
            <translation>No enrolment file is set: enrol this device with ecabinet-enroll first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="27" />
            <source>Cannot read the enrolment file %1: %2</source>
            <translation>Cannot read the enrolment file %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="31" />
            <source>The enrolment file %1 is not valid JSON: %2</source>
            <translation>The enrolment file %1 is not valid JSON: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="64" />
            <source>The enrolment file %1 has a missing or invalid field "%2"; enrol the device again.</source>
            <translation>The enrolment file %1 has a missing or invalid field "%2"; enrol the device again.</translation>
        </message>
    </context>
    <context>
        <name>DocumentCache</name>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="54" />
            <source>The hub sent an invalid document id "%1".</source>
            <translation>The hub sent an invalid document id "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="64" />
            <source>Cannot create the document cache folder %1.</source>
            <translation>Cannot create the document cache folder %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="67" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="73" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="84" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="96" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="99" />
            <source>The downloaded document is damaged (its checksum does not match); it will be fetched again.</source>
            <translation>The downloaded document is damaged (its checksum does not match); it will be fetched again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="104" />
            <source>Cannot move the verified document to %1.</source>
            <translation>Cannot move the verified document to %1.</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message numerus="yes">
            <location filename="../components/DocumentList.qml" line="76" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="103" />
            <source>Downloading %1%</source>
            <translation>Downloading %1%</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="118" />
            <source>The meeting has not reached an agenda item yet.</source>
            <translation>The meeting has not reached an agenda item yet.</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="119" />
            <source>No documents for this item.</source>
            <translation>No documents for this item.</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="15" />
            <source>Wrong PIN. No attempts are left before check-in is locked.</source>
            <translation>Wrong PIN. No attempts are left before check-in is locked.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/ErrorText.cpp" line="16" />
            <source>Wrong PIN. %n attempt(s) left before check-in is locked.</source>
            <translation>
                <numerusform>Wrong PIN. %n attempt left before check-in is locked.</numerusform>
                <numerusform>Wrong PIN. %n attempts left before check-in is locked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/ErrorText.cpp" line="19" />
            <source>Too many wrong PINs: check-in is locked for %n minute(s). Ask the secretary for help.</source>
            <translation>
                <numerusform>Too many wrong PINs: check-in is locked for %n minute. Ask the secretary for help.</numerusform>
                <numerusform>Too many wrong PINs: check-in is locked for %n minutes. Ask the secretary for help.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="23" />
            <source>You are not allowed to do this in your role.</source>
            <translation>You are not allowed to do this in your role.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="25" />
            <source>Nobody is checked in at this device. Check in with your PIN first.</source>
            <translation>Nobody is checked in at this device. Check in with your PIN first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="27" />
            <source>Someone else moved the agenda first. The screen now shows the current item; try again if needed.</source>
            <translation>Someone else moved the agenda first. The screen now shows the current item; try again if needed.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="29" />
            <source>This cannot be done now: %1</source>
            <translation>This cannot be done now: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="31" />
            <source>Not found on the hub: %1</source>
            <translation>Not found on the hub: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="37" />
            <source>The hub has no meeting prepared yet. Ask the secretary to import the meeting.</source>
            <translation>The hub has no meeting prepared yet. Ask the secretary to import the meeting.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="39" />
            <source>The hub could not save this (storage failure); nothing was changed. Try again or call the administrator.</source>
            <translation>The hub could not save this (storage failure); nothing was changed. Try again or call the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="45" />
            <source>The hub refused a malformed request (%1). Please report this to the administrator.</source>
            <translation>The hub refused a malformed request (%1). Please report this to the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="48" />
            <source>The hub refused: %1</source>
            <translation>The hub refused: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="53" />
            <source>Connection to the hub lost. Reconnecting; what you typed will be sent then.</source>
            <translation>Connection to the hub lost. Reconnecting; what you typed will be sent then.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="57" />
            <source>The hub does not accept this device (revoked or not yet approved). Call the administrator.</source>
            <translation>The hub does not accept this device (revoked or not yet approved). Call the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="61" />
            <source>This app is not compatible with the hub. Update the app. (%1)</source>
            <translation>This app is not compatible with the hub. Update the app. (%1)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../components/Labels.qml" line="9" />
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="10" />
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="11" />
            <source>Delegate</source>
            <translation>Delegate</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="12" />
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="13" />
            <source>Observer</source>
            <translation>Observer</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="20" />
            <source>Not yet opened</source>
            <translation>Not yet opened</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="21" />
            <source>In session</source>
            <translation>In session</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="22" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="24" />
            <source>No meeting</source>
            <translation>No meeting</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="29" />
            <source>Connection lost — reconnecting…</source>
            <translation>Connection lost — reconnecting…</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="30" />
            <source>Connecting to the meeting room…</source>
            <translation>Connecting to the meeting room…</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="31" />
            <source>Synchronising meeting data…</source>
            <translation>Synchronising meeting data…</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="33" />
            <source>This app is not compatible with the meeting room's hub. Please call the administrator.</source>
            <translation>This app is not compatible with the meeting room's hub. Please call the administrator.</translation>
        </message>
    </context>
    <context>
        <name>MeetingHeader</name>
        <message>
            <location filename="../components/MeetingHeader.qml" line="33" />
            <source>Paperless meeting room</source>
            <translation>Paperless meeting room</translation>
        </message>
        <message>
            <location filename="../components/MeetingHeader.qml" line="45" />
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
    </context>
    <context>
        <name>MeetingSession</name>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="78" />
            <location filename="../../tablet-client/MeetingSession.cpp" line="102" />
            <source>Connecting to the hub…</source>
            <translation>Connecting to the hub…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="90" />
            <source>Not connected.</source>
            <translation>Not connected.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="106" />
            <source>Bringing the meeting up to date…</source>
            <translation>Bringing the meeting up to date…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="132" />
            <source>Not connected to the hub: the session has not been started.</source>
            <translation>Not connected to the hub: the session has not been started.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/MeetingSession.cpp" line="196" />
            <source>There is no agenda item %1; the agenda has %n item(s).</source>
            <translation>
                <numerusform>There is no agenda item %1; the agenda has %n item.</numerusform>
                <numerusform>There is no agenda item %1; the agenda has %n items.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageRenderer</name>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="115" />
            <source>The document has no page %1.</source>
            <translation>The document has no page %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="117" />
            <source>Page %1 of the document is damaged.</source>
            <translation>Page %1 of the document is damaged.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="120" />
            <source>Page %1 of the document has no size.</source>
            <translation>Page %1 of the document has no size.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="126" />
            <source>Page %1 of the document could not be drawn.</source>
            <translation>Page %1 of the document could not be drawn.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="60" />
            <source>The document file %1 is not there.</source>
            <translation>The document file %1 is not there.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="65" />
            <source>The document is damaged and cannot be shown. Ask the secretary for a new copy.</source>
            <translation>The document is damaged and cannot be shown. Ask the secretary for a new copy.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="69" />
            <source>The document is protected by a password and cannot be shown.</source>
            <translation>The document is protected by a password and cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="73" />
            <source>The document has no pages.</source>
            <translation>The document has no pages.</translation>
        </message>
    </context>
    <context>
        <name>PdfDocument</name>
        <message>
            <location filename="../../tablet-client/pdf/PdfDocument.cpp" line="35" />
            <source>"%1" is not a document id.</source>
            <translation>"%1" is not a document id.</translation>
        </message>
    </context>
    <context>
        <name>PdfImageProvider</name>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="39" />
            <source>The document has not been downloaded yet.</source>
            <translation>The document has not been downloaded yet.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="80" />
            <source>Invalid page address "%1".</source>
            <translation>Invalid page address "%1".</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <location filename="../components/PdfViewer.qml" line="94" />
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="103" />
            <source>Page %1 / %2</source>
            <translation>Page %1 / %2</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="111" />
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="119" />
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="127" />
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="193" />
            <source>This page could not be shown.</source>
            <translation>This page could not be shown.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="238" />
            <source>Opening the document…</source>
            <translation>Opening the document…</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="241" />
            <source>This document cannot be opened: %1</source>
            <translation>This document cannot be opened: %1</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="242" />
            <source>This document cannot be opened: the file is damaged.</source>
            <translation>This document cannot be opened: the file is damaged.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="244" />
            <source>This document is password-protected and cannot be shown here.</source>
            <translation>This document is password-protected and cannot be shown here.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="246" />
            <source>The document is not on this device yet.</source>
            <translation>The document is not on this device yet.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="247" />
            <source>Choose a document to read.</source>
            <translation>Choose a document to read.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../components/PinPad.qml" line="93" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="110" />
            <source>Delete last digit</source>
            <translation>Delete last digit</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="123" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="123" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>SeatApp</name>
        <message>
            <location filename="../SeatApp.qml" line="28" />
            <source>E-cabinet — seat</source>
            <translation>E-cabinet — seat</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="58" />
            <location filename="../SeatApp.qml" line="130" />
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="85" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="97" />
            <source>Documents of the current item</source>
            <translation>Documents of the current item</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="128" />
            <source>Check out of this seat?</source>
            <translation>Check out of this seat?</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="129" />
            <source>You will need your PIN to check in again.</source>
            <translation>You will need your PIN to check in again.</translation>
        </message>
    </context>
</TS>
