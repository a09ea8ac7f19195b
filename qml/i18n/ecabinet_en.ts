<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgendaList</name>
        <message>
            <location filename="../components/AgendaList.qml" line="94" />
            <source>Presented by %1</source>
            <translation>Presented by %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/AgendaList.qml" line="96" />
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/AgendaList.qml" line="108" />
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
            <location filename="../components/AttendancePanel.qml" line="154" />
            <source>not entitled to vote</source>
            <translation>not entitled to vote</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="165" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="165" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
    </context>
    <context>
        <name>BlobFetcher</name>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="199" />
            <source>The hub answered a document request with an unexpected message.</source>
            <translation>The hub answered a document request with an unexpected message.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="205" />
            <source>The hub sent bytes of another document.</source>
            <translation>The hub sent bytes of another document.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="220" />
            <source>The hub sent an empty piece of a document.</source>
            <translation>The hub sent an empty piece of a document.</translation>
        </message>
    </context>
    <context>
        <name>BlobLocator</name>
        <message>
            <location filename="../../tablet-client/cache/BlobLocator.cpp" line="62" />
            <location filename="../../tablet-client/cache/BlobLocator.cpp" line="71" />
            <source>Cannot keep a confidential document in memory: %1</source>
            <translation>Cannot keep a confidential document in memory: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobLocator.cpp" line="97" />
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIAL</translation>
        </message>
    </context>
    <context>
        <name>BlobUploader</name>
        <message>
            <location filename="../../tablet-client/cache/BlobUploader.cpp" line="50" />
            <source>The hub answered an upload with an unexpected message.</source>
            <translation>The hub answered an upload with an unexpected message.</translation>
        </message>
    </context>
    <context>
        <name>ChairConsole</name>
        <message>
            <location filename="../ChairConsole.qml" line="27" />
            <source>E-cabinet — chair console</source>
            <translation>E-cabinet — chair console</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="47" />
            <location filename="../ChairConsole.qml" line="300" />
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="86" />
            <location filename="../ChairConsole.qml" line="157" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="96" />
            <source>Voting ●</source>
            <translation>Voting ●</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="96" />
            <source>Voting</source>
            <translation>Voting</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="106" />
            <source>Speakers (%1)</source>
            <translation>Speakers (%1)</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="106" />
            <source>Speakers</source>
            <translation>Speakers</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="116" />
            <source>Conclusions (%1)</source>
            <translation>Conclusions (%1)</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="116" />
            <source>Conclusions</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="127" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="136" />
            <source>Presenting ●</source>
            <translation>Presenting ●</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="136" />
            <source>Presenting</source>
            <translation>Presenting</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="167" />
            <location filename="../ChairConsole.qml" line="282" />
            <source>Open the meeting</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="175" />
            <location filename="../ChairConsole.qml" line="291" />
            <source>Close the meeting</source>
            <translation>Close the meeting</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="187" />
            <source>Under discussion: %1</source>
            <translation>Under discussion: %1</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="188" />
            <source>The meeting is open. Press Next to start the first item.</source>
            <translation>The meeting is open. Press Next to start the first item.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="209" />
            <source>‹ Back</source>
            <translation>‹ Back</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="220" />
            <source>Item %1 of %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ChairConsole.qml" line="221" />
            <source>%n item(s) on the agenda</source>
            <translation>
                <numerusform>%n item on the agenda</numerusform>
                <numerusform>%n items on the agenda</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="228" />
            <source>Next ›</source>
            <translation>Next ›</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="279" />
            <source>Open the meeting?</source>
            <translation>Open the meeting?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="280" />
            <source>%1 of %2 entitled members are present.</source>
            <translation>%1 of %2 entitled members are present.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="289" />
            <source>Close the meeting?</source>
            <translation>Close the meeting?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="290" />
            <source>A closed meeting cannot be opened again.</source>
            <translation>A closed meeting cannot be opened again.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="298" />
            <source>Check out of this console?</source>
            <translation>Check out of this console?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="299" />
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
        <name>ConclusionBanner</name>
        <message>
            <location filename="../components/ConclusionBanner.qml" line="34" />
            <source>Conclusion approved by vote — item %1: %2</source>
            <translation>Conclusion approved by vote — item %1: %2</translation>
        </message>
        <message>
            <location filename="../components/ConclusionBanner.qml" line="35" />
            <source>Conclusion approved — item %1: %2</source>
            <translation>Conclusion approved — item %1: %2</translation>
        </message>
        <message>
            <location filename="../components/ConclusionBanner.qml" line="54" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>ConclusionConsole</name>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="63" />
            <source>Conclusions on item %1: %2</source>
            <translation>Conclusions on item %1: %2</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="64" />
            <source>Conclusions belong to an agenda item: move to the first item.</source>
            <translation>Conclusions belong to an agenda item: move to the first item.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="84" />
            <source>Edit the draft conclusion</source>
            <translation>Edit the draft conclusion</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="85" />
            <source>Write a conclusion of the item under discussion</source>
            <translation>Write a conclusion of the item under discussion</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="99" />
            <source>Add draft conclusion</source>
            <translation>Add draft conclusion</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="108" />
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="114" />
            <location filename="../components/ConclusionConsole.qml" line="322" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="132" />
            <source>No conclusions on this item yet.</source>
            <translation>No conclusions on this item yet.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="161" />
            <source>%1 (revision %2)</source>
            <translation>%1 (revision %2)</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="171" />
            <source>Approved by the vote: %1</source>
            <translation>Approved by the vote: %1</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="172" />
            <source>Approved by %1</source>
            <translation>Approved by %1</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="181" />
            <source>Loading the text…</source>
            <translation>Loading the text…</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="195" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="201" />
            <location filename="../components/ConclusionConsole.qml" line="272" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="212" />
            <source>Approve by vote…</source>
            <translation>Approve by vote…</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="225" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="249" />
            <source>Minutes saved: %1</source>
            <translation>Minutes saved: %1</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="251" />
            <source>The meeting is closed: the minutes are final.</source>
            <translation>The meeting is closed: the minutes are final.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="252" />
            <source>Minutes before closing are a draft.</source>
            <translation>Minutes before closing are a draft.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="260" />
            <source>Minutes (PDF)</source>
            <translation>Minutes (PDF)</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="270" />
            <source>Withdraw this draft?</source>
            <translation>Withdraw this draft?</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="271" />
            <source>The draft is kept in the meeting's record as withdrawn; it can no longer be approved.</source>
            <translation>The draft is kept in the meeting's record as withdrawn; it can no longer be approved.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="293" />
            <source>Approve by a vote of the floor</source>
            <translation>Approve by a vote of the floor</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="301" />
            <source>No announced vote on this item yet: prepare, hold and announce a vote first.</source>
            <translation>No announced vote on this item yet: prepare, hold and announce a vote first.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="313" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>ConclusionList</name>
        <message>
            <location filename="../components/ConclusionList.qml" line="30" />
            <source>No conclusion has been approved yet.</source>
            <translation>No conclusion has been approved yet.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionList.qml" line="60" />
            <source>Approved by the vote: %1</source>
            <translation>Approved by the vote: %1</translation>
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
        <name>DateField</name>
        <message>
            <location filename="../dispatch/DateField.qml" line="44" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../dispatch/DateField.qml" line="50" />
            <source>+7 days</source>
            <translation>+7 days</translation>
        </message>
        <message>
            <location filename="../dispatch/DateField.qml" line="55" />
            <source>+30 days</source>
            <translation>+30 days</translation>
        </message>
    </context>
    <context>
        <name>DeviceConfig</name>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="26" />
            <source>No enrolment file is set: enrol this device with ecabinet-enroll first.</source>
            <translation>No enrolment file is set: enrol this device with ecabinet-enroll first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="29" />
            <source>Cannot read the enrolment file %1: %2</source>
            <translation>Cannot read the enrolment file %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="33" />
            <source>The enrolment file %1 is not valid JSON: %2</source>
            <translation>The enrolment file %1 is not valid JSON: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="66" />
            <source>The enrolment file %1 has a missing or invalid field "%2"; enrol the device again.</source>
            <translation>The enrolment file %1 has a missing or invalid field "%2"; enrol the device again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="81" />
            <source>The enrolment file %1: "%2" must be a whole number, 0 or more.</source>
            <translation>The enrolment file %1: "%2" must be a whole number, 0 or more.</translation>
        </message>
    </context>
    <context>
        <name>DeviceWipe</name>
        <message>
            <location filename="../../tablet-client/cache/DeviceWipe.cpp" line="98" />
            <source>cannot remove %1</source>
            <translation>cannot remove %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DeviceWipe.cpp" line="103" />
            <source>cannot remove folder %1</source>
            <translation>cannot remove folder %1</translation>
        </message>
    </context>
    <context>
        <name>DirectiveComposer</name>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="37" />
            <source>Approved conclusions (%1 picked)</source>
            <translation>Approved conclusions (%1 picked)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="55" />
            <source>No approved conclusion is waiting. Conclusions arrive here when the chair approves them in a meeting.</source>
            <translation>No approved conclusion is waiting. Conclusions arrive here when the chair approves them in a meeting.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="99" />
            <source>Recipients (%1 units)</source>
            <translation>Recipients (%1 units)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="106" />
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="110" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="157" />
            <source>Published as No. %1 and sent to the recipients.</source>
            <translation>Published as No. %1 and sent to the recipients.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="158" />
            <source>The registry gives the number (e.g. 45-TB/TU) and the date when you publish.</source>
            <translation>The registry gives the number (e.g. 45-TB/TU) and the date when you publish.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="171" />
            <source>Title (summary of the directive)</source>
            <translation>Title (summary of the directive)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="183" />
            <source>Signer's position</source>
            <translation>Signer's position</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="191" />
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="198" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="204" />
            <source>Insert picked conclusions</source>
            <translation>Insert picked conclusions</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="221" />
            <source>The directive's text</source>
            <translation>The directive's text</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="229" />
            <source>Tasks (%1)</source>
            <translation>Tasks (%1)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="236" />
            <source>Add task…</source>
            <translation>Add task…</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="266" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="285" />
            <location filename="../dispatch/DirectiveComposer.qml" line="305" />
            <source>Sign and publish</source>
            <translation>Sign and publish</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="302" />
            <source>Sign and publish this directive?</source>
            <translation>Sign and publish this directive?</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/DirectiveComposer.qml" line="303" />
            <source>It will be numbered, signed and sent to %n unit(s) with %1 task(s). A published directive cannot be withdrawn.</source>
            <translation>
                <numerusform>It will be numbered, signed and sent to %n unit with %1 task(s). A published directive cannot be withdrawn.</numerusform>
                <numerusform>It will be numbered, signed and sent to %n units with %1 task(s). A published directive cannot be withdrawn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectiveInbox</name>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="24" />
            <source>No directive has been published yet.</source>
            <translation>No directive has been published yet.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="24" />
            <source>No directive was sent to your unit.</source>
            <translation>No directive was sent to your unit.</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/DirectiveInbox.qml" line="85" />
            <source>Read by %1 of %2 units · %n task(s)</source>
            <translation>
                <numerusform>Read by %1 of %2 units · %n task</numerusform>
                <numerusform>Read by %1 of %2 units · %n tasks</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="86" />
            <source>Unread</source>
            <translation>Unread</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="86" />
            <source>Read</source>
            <translation>Read</translation>
        </message>
    </context>
    <context>
        <name>DirectiveView</name>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="35" />
            <source>Signed PDF…</source>
            <translation>Signed PDF…</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="42" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="57" />
            <source>Issued by %1 · signed by %2</source>
            <translation>Issued by %1 · signed by %2</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="59" />
            <source>read by %1 of %2 units</source>
            <translation>read by %1 of %2 units</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="93" />
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="104" />
            <source>No tasks for your unit in this directive.</source>
            <translation>No tasks for your unit in this directive.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="111" />
            <source>Save the signed directive</source>
            <translation>Save the signed directive</translation>
        </message>
    </context>
    <context>
        <name>DispatchDesk</name>
        <message>
            <location filename="../DispatchDesk.qml" line="20" />
            <source>E-cabinet — directives and tasks</source>
            <translation>E-cabinet — directives and tasks</translation>
        </message>
        <message>
            <location filename="../DispatchDesk.qml" line="59" />
            <source>Directives and tasks</source>
            <translation>Directives and tasks</translation>
        </message>
        <message>
            <location filename="../DispatchDesk.qml" line="75" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../DispatchDesk.qml" line="81" />
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
    </context>
    <context>
        <name>DocumentCache</name>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="146" />
            <source>The downloaded document is damaged (its checksum does not match); it will be fetched again.</source>
            <translation>The downloaded document is damaged (its checksum does not match); it will be fetched again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="59" />
            <source>The hub sent an invalid document id "%1".</source>
            <translation>The hub sent an invalid document id "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="69" />
            <source>Cannot create the document cache folder %1.</source>
            <translation>Cannot create the document cache folder %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="72" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="78" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="88" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="97" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="105" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="115" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="100" />
            <source>The downloaded document is damaged (its checksum does not match); it will be fetched again.</source>
            <translation>The downloaded document is damaged (its checksum does not match); it will be fetched again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="109" />
            <source>Cannot move the verified document to %1.</source>
            <translation>Cannot move the verified document to %1.</translation>
        </message>
    </context>
    <context>
        <name>DocumentConsole</name>
        <message>
            <location filename="../components/DocumentConsole.qml" line="38" />
            <source>Documents of the meeting</source>
            <translation>Documents of the meeting</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="86" />
            <source>Item %1 · version %2 · %3</source>
            <translation>Item %1 · version %2 · %3</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="87" />
            <source>confidential</source>
            <translation>confidential</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="88" />
            <source>named readers</source>
            <translation>named readers</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="88" />
            <source>whole meeting</source>
            <translation>whole meeting</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="103" />
            <source>New version of “%1”</source>
            <translation>New version of “%1”</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="104" />
            <source>Add a document</source>
            <translation>Add a document</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="117" />
            <source>PDF file on this console, e.g. /home/thuky/Tai lieu/bao-cao.pdf</source>
            <translation>PDF file on this console, e.g. /home/thuky/Tai lieu/bao-cao.pdf</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="125" />
            <source>Title (empty: unchanged)</source>
            <translation>Title (empty: unchanged)</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="125" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="148" />
            <source>Access unchanged</source>
            <translation>Access unchanged</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="148" />
            <location filename="../components/DocumentConsole.qml" line="149" />
            <source>The whole meeting</source>
            <translation>The whole meeting</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="150" />
            <source>Named readers only</source>
            <translation>Named readers only</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="151" />
            <source>Confidential: named readers, never stored, watermarked</source>
            <translation>Confidential: named readers, never stored, watermarked</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="191" />
            <source>Add a new one instead</source>
            <translation>Add a new one instead</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="202" />
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="202" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="230" />
            <source>Added: every seat has it now.</source>
            <translation>Added: every seat has it now.</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="231" />
            <source>Replaced: every seat has the new version.</source>
            <translation>Replaced: every seat has the new version.</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message>
            <location filename="../components/DocumentList.qml" line="88" />
            <source>Confidential: shown on this seat only, never stored</source>
            <translation>Confidential: shown on this seat only, never stored</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="91" />
            <source>Updated — version %1, changed pages: %2</source>
            <translation>Updated — version %1, changed pages: %2</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="92" />
            <source>Updated — version %1</source>
            <translation>Updated — version %1</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="94" />
            <source>Restricted: you are not on its reader list</source>
            <translation>Restricted: you are not on its reader list</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/DocumentList.qml" line="101" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="128" />
            <source>Downloading %1%</source>
            <translation>Downloading %1%</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="143" />
            <source>The meeting has not reached an agenda item yet.</source>
            <translation>The meeting has not reached an agenda item yet.</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="144" />
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
            <location filename="../../tablet-client/ErrorText.cpp" line="41" />
            <source>You are not entitled to vote in this poll.</source>
            <translation>You are not entitled to vote in this poll.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="43" />
            <source>Only members present in the room can vote: check in at your seat first.</source>
            <translation>Only members present in the room can vote: check in at your seat first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="45" />
            <source>Your vote in this poll is already recorded; it cannot be cast again.</source>
            <translation>Your vote in this poll is already recorded; it cannot be cast again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="47" />
            <source>Voting is not open for this poll (not yet opened, or already closed).</source>
            <translation>Voting is not open for this poll (not yet opened, or already closed).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="49" />
            <source>The poll cannot be opened: there is no quorum. %1</source>
            <translation>The poll cannot be opened: there is no quorum. %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="51" />
            <source>This choice does not fit the ballot (too many or too few options). Please choose again.</source>
            <translation>This choice does not fit the ballot (too many or too few options). Please choose again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="53" />
            <source>The poll cannot be prepared: %1</source>
            <translation>The poll cannot be prepared: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="55" />
            <source>The proxy vote is refused: %1</source>
            <translation>The proxy vote is refused: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="57" />
            <source>This document is not open to everyone in the meeting, so it cannot be shown on every seat.</source>
            <translation>This document is not open to everyone in the meeting, so it cannot be shown on every seat.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="63" />
            <source>The hub refused a malformed request (%1). Please report this to the administrator.</source>
            <translation>The hub refused a malformed request (%1). Please report this to the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="66" />
            <source>The hub refused: %1</source>
            <translation>The hub refused: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="75" />
            <source>The conclusion was changed in the meantime; read the new text and try again. (%1)</source>
            <translation>The conclusion was changed in the meantime; read the new text and try again. (%1)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="77" />
            <source>This conclusion is already approved or withdrawn and can no longer change.</source>
            <translation>This conclusion is already approved or withdrawn and can no longer change.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="79" />
            <source>The conclusion cannot be approved by this vote: %1</source>
            <translation>The conclusion cannot be approved by this vote: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="81" />
            <source>The conclusion's text is empty or unreadable. Write the conclusion first.</source>
            <translation>The conclusion's text is empty or unreadable. Write the conclusion first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="83" />
            <source>The conclusion is too long (%1). Split it into several conclusions.</source>
            <translation>The conclusion is too long (%1). Split it into several conclusions.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="86" />
            <source>Only the chair may approve a conclusion.</source>
            <translation>Only the chair may approve a conclusion.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="87" />
            <source>Only the secretary may draft or edit a conclusion; the chair approves it.</source>
            <translation>Only the secretary may draft or edit a conclusion; the chair approves it.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="95" />
            <source>Connection to the hub lost. Reconnecting; what you typed will be sent then.</source>
            <translation>Connection to the hub lost. Reconnecting; what you typed will be sent then.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="99" />
            <source>The hub does not accept this device (revoked or not yet approved). Call the administrator.</source>
            <translation>The hub does not accept this device (revoked or not yet approved). Call the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="103" />
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
            <location filename="../../tablet-client/MeetingSession.cpp" line="109" />
            <location filename="../../tablet-client/MeetingSession.cpp" line="146" />
            <source>Connecting to the hub…</source>
            <translation>Connecting to the hub…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="134" />
            <source>Not connected.</source>
            <translation>Not connected.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="150" />
            <source>Bringing the meeting up to date…</source>
            <translation>Bringing the meeting up to date…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="176" />
            <location filename="../../tablet-client/SessionDocuments.cpp" line="180" />
            <source>Not connected to the hub: the session has not been started.</source>
            <translation>Not connected to the hub: the session has not been started.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/MeetingSession.cpp" line="258" />
            <source>There is no agenda item %1; the agenda has %n item(s).</source>
            <translation>
                <numerusform>There is no agenda item %1; the agenda has %n item.</numerusform>
                <numerusform>There is no agenda item %1; the agenda has %n items.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="196" />
            <source>%1 for %2</source>
            <translation>%1 for %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="197" />
            <source>Proxies: %1</source>
            <translation>Proxies: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="229" />
            <source>Adopted: %1</source>
            <translation>Adopted: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="98" />
            <source>The minutes need a graphical application (fonts).</source>
            <translation>The minutes need a graphical application (fonts).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="106" />
            <source>The minutes could not be written to %1: %2</source>
            <translation>The minutes could not be written to %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="221" />
            <location filename="../../tablet-client/SessionFloor.cpp" line="230" />
            <source>Adopted</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="234" />
            <source>Move to an agenda item first: a conclusion belongs to an item.</source>
            <translation>Move to an agenda item first: a conclusion belongs to an item.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="233" />
            <source>Not adopted: no option reached the required majority</source>
            <translation>Not adopted: no option reached the required majority</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="221" />
            <location filename="../../tablet-client/SessionFloor.cpp" line="233" />
            <source>Not adopted</source>
            <translation>Not adopted</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="237" />
            <source>Tie between %1: not adopted</source>
            <translation>Tie between %1: not adopted</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="238" />
            <source>Tie: not adopted</source>
            <translation>Tie: not adopted</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="243" />
            <source>Adopted with more votes in favour than against.</source>
            <translation>Adopted with more votes in favour than against.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="244" />
            <source>%1 needed to adopt (base %2).</source>
            <translation>%1 needed to adopt (base %2).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="268" />
            <source>Quorum now: %1 of %2 entitled members present (%3 needed).</source>
            <translation>Quorum now: %1 of %2 entitled members present (%3 needed).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="270" />
            <source>No quorum now: %1 of %2 entitled members present (%3 needed).</source>
            <translation>No quorum now: %1 of %2 entitled members present (%3 needed).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="274" />
            <source>The quorum rule cannot be checked: %1</source>
            <translation>The quorum rule cannot be checked: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="549" />
            <source>Write the question to be voted on first.</source>
            <translation>Write the question to be voted on first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="560" />
            <source>A choice needs at least two options.</source>
            <translation>A choice needs at least two options.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/SessionFloor.cpp" line="564" />
            <source>Choose between %1 and %2 options: the numbers do not fit the %n option(s).</source>
            <translation>
                <numerusform>Choose between %1 and %2 options: the numbers do not fit the %n option.</numerusform>
                <numerusform>Choose between %1 and %2 options: the numbers do not fit the %n options.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="569" />
            <source>Unknown kind of poll "%1" (yesno or choice).</source>
            <translation>Unknown kind of poll "%1" (yesno or choice).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="576" />
            <source>Unknown voting mode "%1" (open, named or secret).</source>
            <translation>Unknown voting mode "%1" (open, named or secret).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="579" />
            <source>A secret ballot cannot be changed once cast; turn off "allow changing the vote".</source>
            <translation>A secret ballot cannot be changed once cast; turn off "allow changing the vote".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="594" />
            <source>The majority must be a fraction p/q with 0 &lt; p ≤ q.</source>
            <translation>The majority must be a fraction p/q with 0 &lt; p ≤ q.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="599" />
            <source>Unknown majority rule "%1".</source>
            <translation>Unknown majority rule "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="610" />
            <source>Unknown majority base "%1".</source>
            <translation>Unknown majority base "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="619" />
            <source>The quorum must be a fraction p/q with 0 &lt; p ≤ q.</source>
            <translation>The quorum must be a fraction p/q with 0 &lt; p ≤ q.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="624" />
            <source>Unknown quorum rule "%1".</source>
            <translation>Unknown quorum rule "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="672" />
            <source>Your ballot is already on its way; wait for the receipt.</source>
            <translation>Your ballot is already on its way; wait for the receipt.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="677" />
            <source>That choice is not on the ballot.</source>
            <translation>That choice is not on the ballot.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="723" />
            <source>Choose who gets the floor.</source>
            <translation>Choose who gets the floor.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="743" />
            <source>A speaking time cannot be negative.</source>
            <translation>A speaking time cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="751" />
            <source>Write the speaker's name first.</source>
            <translation>Write the speaker's name first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="788" />
            <source>Quorum unknown: %1</source>
            <translation>Quorum unknown: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="789" />
            <source>Quorum (more than half): %1 of %2 present, %3 needed.</source>
            <translation>Quorum (more than half): %1 of %2 present, %3 needed.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="791" />
            <source>No quorum (more than half): %1 of %2 present, %3 needed.</source>
            <translation>No quorum (more than half): %1 of %2 present, %3 needed.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="134" />
            <source>Choose a PDF file, an agenda item and a title.</source>
            <translation>Choose a PDF file, an agenda item and a title.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="163" />
            <source>Unknown access "%1".</source>
            <translation>Unknown access "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="185" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="190" />
            <source>%1 is not a PDF file.</source>
            <translation>%1 is not a PDF file.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionPresenting.cpp" line="109" />
            <source>Open a document to present first.</source>
            <translation>Open a document to present first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="30" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="31" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="32" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="45" />
            <source>of the votes cast (in favour + against)</source>
            <translation>of the votes cast (in favour + against)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="46" />
            <source>of the votes cast, abstentions included</source>
            <translation>of the votes cast, abstentions included</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="47" />
            <source>of the voting members present</source>
            <translation>of the voting members present</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="48" />
            <source>of all members entitled to vote</source>
            <translation>of all members entitled to vote</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="54" />
            <source>Simple majority: more in favour than against</source>
            <translation>Simple majority: more in favour than against</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="56" />
            <source>At least %1 %2</source>
            <translation>At least %1 %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="57" />
            <source>More than %1 %2</source>
            <translation>More than %1 %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="61" />
            <source>Quorum reached: %1 of %2 entitled members present (%3 needed).</source>
            <translation>Quorum reached: %1 of %2 entitled members present (%3 needed).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="63" />
            <source>No quorum: %1 of %2 entitled members present (%3 needed).</source>
            <translation>No quorum: %1 of %2 entitled members present (%3 needed).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="69" />
            <source>Prepared</source>
            <translation>Prepared</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="70" />
            <source>Voting is open</source>
            <translation>Voting is open</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="71" />
            <source>Voting closed; result not yet announced</source>
            <translation>Voting closed; result not yet announced</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="72" />
            <source>Result announced</source>
            <translation>Result announced</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="73" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="80" />
            <source>Open vote (names and choices shown live)</source>
            <translation>Open vote (names and choices shown live)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="81" />
            <source>Named vote (names shown after closing)</source>
            <translation>Named vote (names shown after closing)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="82" />
            <source>Secret ballot</source>
            <translation>Secret ballot</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="88" />
            <source>In favour</source>
            <translation>In favour</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="88" />
            <source>Against</source>
            <translation>Against</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="88" />
            <source>Abstain</source>
            <translation>Abstain</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="95" />
            <source>Blank ballot</source>
            <translation>Blank ballot</translation>
        </message>
    </context>
    <context>
        <name>OfficeDesk</name>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="21" />
            <source>Compose</source>
            <translation>Compose</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="22" />
            <source>Directives (%1)</source>
            <translation>Directives (%1)</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="23" />
            <source>Tasks and reports</source>
            <translation>Tasks and reports</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="26" />
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="54" />
            <source>Choose a directive to see who has read it and how its tasks stand.</source>
            <translation>Choose a directive to see who has read it and how its tasks stand.</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="65" />
            <source>No tasks assigned yet.</source>
            <translation>No tasks assigned yet.</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="72" />
            <source>Choose a task to evaluate its report or change its deadline.</source>
            <translation>Choose a task to evaluate its report or change its deadline.</translation>
        </message>
    </context>
    <context>
        <name>PackProgress</name>
        <message>
            <location filename="../components/PackProgress.qml" line="26" />
            <source>Receiving the documents: %1 of %2 · %3 of %4</source>
            <translation>Receiving the documents: %1 of %2 · %3 of %4</translation>
        </message>
    </context>
    <context>
        <name>PageRenderer</name>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="117" />
            <source>Drawing the page was cancelled.</source>
            <translation>Drawing the page was cancelled.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="127" />
            <source>The document has no page %1.</source>
            <translation>The document has no page %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="129" />
            <source>Page %1 of the document is damaged.</source>
            <translation>Page %1 of the document is damaged.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="132" />
            <source>Page %1 of the document has no size.</source>
            <translation>Page %1 of the document has no size.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="149" />
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
            <location filename="../../tablet-client/pdf/PdfDocument.cpp" line="40" />
            <source>"%1" is not a document id.</source>
            <translation>"%1" is not a document id.</translation>
        </message>
    </context>
    <context>
        <name>PdfImageProvider</name>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="59" />
            <source>The document has not been downloaded yet.</source>
            <translation>The document has not been downloaded yet.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="124" />
            <source>Invalid page address "%1".</source>
            <translation>Invalid page address "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="152" />
            <source>Drawing the page was cancelled.</source>
            <translation>Drawing the page was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <location filename="../components/PdfViewer.qml" line="152" />
            <source>Pages, contents and search</source>
            <translation>Pages, contents and search</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="169" />
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="178" />
            <source>Page %1 / %2</source>
            <translation>Page %1 / %2</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="186" />
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="194" />
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="202" />
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="317" />
            <source>This page could not be shown.</source>
            <translation>This page could not be shown.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="390" />
            <source>Opening the document…</source>
            <translation>Opening the document…</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="394" />
            <source>This document cannot be opened: the file is damaged.</source>
            <translation>This document cannot be opened: the file is damaged.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="397" />
            <source>This document is password-protected and cannot be shown here.</source>
            <translation>This document is password-protected and cannot be shown here.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="399" />
            <source>The document is not on this device yet.</source>
            <translation>The document is not on this device yet.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="400" />
            <source>Choose a document to read.</source>
            <translation>Choose a document to read.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../components/PinPad.qml" line="95" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="112" />
            <source>Delete last digit</source>
            <translation>Delete last digit</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="125" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="125" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>PollConsole</name>
        <message>
            <location filename="../components/PollConsole.qml" line="42" />
            <source>No poll prepared yet</source>
            <translation>No poll prepared yet</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="49" />
            <source>New poll</source>
            <translation>New poll</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="107" />
            <source>Open voting</source>
            <translation>Open voting</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="115" />
            <location filename="../components/PollConsole.qml" line="341" />
            <source>Close voting</source>
            <translation>Close voting</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="123" />
            <source>Announce the result</source>
            <translation>Announce the result</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="132" />
            <location filename="../components/PollConsole.qml" line="358" />
            <source>Cancel and vote again</source>
            <translation>Cancel and vote again</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="140" />
            <location filename="../components/PollConsole.qml" line="349" />
            <source>Cancel poll</source>
            <translation>Cancel poll</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="160" />
            <source>Absent member: %1</source>
            <translation>Absent member: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="171" />
            <source>Carried by: %1</source>
            <translation>Carried by: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="177" />
            <source>Record proxy</source>
            <translation>Record proxy</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="204" />
            <source>Votes in: %1 / %2</source>
            <translation>Votes in: %1 / %2</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="228" />
            <source>Not yet voted: %1</source>
            <translation>Not yet voted: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="229" />
            <source>Everyone eligible has voted.</source>
            <translation>Everyone eligible has voted.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="244" />
            <source>The choices are counted when voting closes.</source>
            <translation>The choices are counted when voting closes.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="269" />
            <source>Voters</source>
            <translation>Voters</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="307" />
            <source>by proxy: %1</source>
            <translation>by proxy: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="308" />
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="322" />
            <source>Prepare a poll with "New poll"; it is attached to the item under discussion.</source>
            <translation>Prepare a poll with "New poll"; it is attached to the item under discussion.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="338" />
            <source>Close voting?</source>
            <translation>Close voting?</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="339" />
            <source>%1 of %2 eligible members have voted. No ballot is accepted after closing.</source>
            <translation>%1 of %2 eligible members have voted. No ballot is accepted after closing.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="347" />
            <source>Cancel this poll?</source>
            <translation>Cancel this poll?</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="348" />
            <source>The poll stays in the record as cancelled; its ballots do not count.</source>
            <translation>The poll stays in the record as cancelled; its ballots do not count.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="350" />
            <location filename="../components/PollConsole.qml" line="359" />
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="356" />
            <source>Cancel and vote again?</source>
            <translation>Cancel and vote again?</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="357" />
            <source>This poll is cancelled (it stays in the record) and a new poll with the same question is prepared.</source>
            <translation>This poll is cancelled (it stays in the record) and a new poll with the same question is prepared.</translation>
        </message>
    </context>
    <context>
        <name>PollForm</name>
        <message>
            <location filename="../components/PollForm.qml" line="76" />
            <source>New poll</source>
            <translation>New poll</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="96" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="103" />
            <source>e.g. Approve the 2027 budget estimate</source>
            <translation>e.g. Approve the 2027 budget estimate</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="106" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="116" />
            <source>In favour / against / abstain</source>
            <translation>In favour / against / abstain</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="117" />
            <source>Choice among options</source>
            <translation>Choice among options</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="123" />
            <source>Options (one per line)</source>
            <translation>Options (one per line)</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="140" />
            <source>Options per ballot</source>
            <translation>Options per ballot</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="147" />
            <source>at least</source>
            <translation>at least</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="149" />
            <source>at most</source>
            <translation>at most</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="153" />
            <source>Voting mode</source>
            <translation>Voting mode</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="164" />
            <source>Open: names and choices shown live</source>
            <translation>Open: names and choices shown live</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="165" />
            <source>Named: names shown after closing</source>
            <translation>Named: names shown after closing</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="166" />
            <source>Secret ballot</source>
            <translation>Secret ballot</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="170" />
            <source>Majority</source>
            <translation>Majority</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="180" />
            <source>Simple: more in favour than against</source>
            <translation>Simple: more in favour than against</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="181" />
            <source>More than half</source>
            <translation>More than half</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="182" />
            <source>At least two thirds</source>
            <translation>At least two thirds</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="183" />
            <source>At least three quarters</source>
            <translation>At least three quarters</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="184" />
            <source>Other fraction p/q</source>
            <translation>Other fraction p/q</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="191" />
            <source>Fraction</source>
            <translation>Fraction</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="201" />
            <source>at least (otherwise: more than)</source>
            <translation>at least (otherwise: more than)</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="206" />
            <source>Counted on</source>
            <translation>Counted on</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="220" />
            <source>Votes cast (in favour + against)</source>
            <translation>Votes cast (in favour + against)</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="221" />
            <source>Votes cast, abstentions included</source>
            <translation>Votes cast, abstentions included</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="222" />
            <source>Voting members present</source>
            <translation>Voting members present</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="223" />
            <source>All members entitled to vote</source>
            <translation>All members entitled to vote</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="227" />
            <source>Quorum to open</source>
            <translation>Quorum to open</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="237" />
            <source>No quorum check</source>
            <translation>No quorum check</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="238" />
            <source>More than half of the entitled members present</source>
            <translation>More than half of the entitled members present</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="239" />
            <source>At least two thirds of the entitled members present</source>
            <translation>At least two thirds of the entitled members present</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="249" />
            <source>Members may change their vote while voting is open</source>
            <translation>Members may change their vote while voting is open</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="271" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="278" />
            <source>Prepare the poll</source>
            <translation>Prepare the poll</translation>
        </message>
    </context>
    <context>
        <name>PresenterBar</name>
        <message>
            <location filename="../components/PresenterBar.qml" line="53" />
            <source>%1, page %2</source>
            <translation>%1, page %2</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="55" />
            <source>Shown to the room: %1</source>
            <translation>Shown to the room: %1</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="56" />
            <source>Following the presenter: %1</source>
            <translation>Following the presenter: %1</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="57" />
            <source>%1 is presenting: %2</source>
            <translation>%1 is presenting: %2</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="60" />
            <source>%1 may present pages.</source>
            <translation>%1 may present pages.</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="61" />
            <source>Nothing is being presented.</source>
            <translation>Nothing is being presented.</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="71" />
            <source>Follow presenter</source>
            <translation>Follow presenter</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="78" />
            <source>Present this page</source>
            <translation>Present this page</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="85" />
            <source>Stop presenting</source>
            <translation>Stop presenting</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="92" />
            <source>Let %1 present</source>
            <translation>Let %1 present</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="99" />
            <source>Take back the presenting right</source>
            <translation>Take back the presenting right</translation>
        </message>
    </context>
    <context>
        <name>ReaderPanel</name>
        <message>
            <location filename="../components/ReaderPanel.qml" line="52" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="53" />
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="54" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="146" />
            <source>This document has no table of contents.</source>
            <translation>This document has no table of contents.</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="161" />
            <source>Find words…</source>
            <translation>Find words…</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="171" />
            <source>All documents</source>
            <translation>All documents</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="178" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="189" />
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="191" />
            <source>No page contains “%1”. (Scanned pages cannot be searched.)</source>
            <translation>No page contains “%1”. (Scanned pages cannot be searched.)</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="192" />
            <source>The first %1 hits for “%2”.</source>
            <translation>The first %1 hits for “%2”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/ReaderPanel.qml" line="193" />
            <source>%n hit(s) for “%1”.</source>
            <translation>
                <numerusform>%n hit for “%1”.</numerusform>
                <numerusform>%n hits for “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="223" />
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="224" />
            <source>%1 — page %2</source>
            <translation>%1 — page %2</translation>
        </message>
    </context>
    <context>
        <name>RegistryBanner</name>
        <message>
            <location filename="../dispatch/RegistryBanner.qml" line="33" />
            <source>Connecting to the registry…</source>
            <translation>Connecting to the registry…</translation>
        </message>
    </context>
    <context>
        <name>RegistryErrorText</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="14" />
            <source>Your unit has no part in this task.</source>
            <translation>Your unit has no part in this task.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="15" />
            <source>Your unit's role on this task does not allow this step.</source>
            <translation>Your unit's role on this task does not allow this step.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="16" />
            <source>This task is done and closed; nothing more can be added.</source>
            <translation>This task is done and closed; nothing more can be added.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="17" />
            <source>This step is not possible in the task's present state. The list now shows the current state.</source>
            <translation>This step is not possible in the task's present state. The list now shows the current state.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="18" />
            <source>An extension request is already waiting for the issuer's answer.</source>
            <translation>An extension request is already waiting for the issuer's answer.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="19" />
            <source>There is no extension request to answer.</source>
            <translation>There is no extension request to answer.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="20" />
            <source>Please write the text (report summary, reason or comment) first.</source>
            <translation>Please write the text (report summary, reason or comment) first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="21" />
            <source>Please choose the new deadline.</source>
            <translation>Please choose the new deadline.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="22" />
            <source>The date is not a valid deadline.</source>
            <translation>The date is not a valid deadline.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="23" />
            <source>The new deadline must be later than the current one.</source>
            <translation>The new deadline must be later than the current one.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="24" />
            <source>The new deadline has already passed.</source>
            <translation>The new deadline has already passed.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="25" />
            <source>The registry's clock is behind the task's last record; try again in a moment.</source>
            <translation>The registry's clock is behind the task's last record; try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="26" />
            <source>The step was refused: %1</source>
            <translation>The step was refused: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="34" />
            <source>Wrong account name or password.</source>
            <translation>Wrong account name or password.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="35" />
            <source>Wrong account name or password. %n attempt(s) left before the account is locked.</source>
            <translation>Wrong account name or password. %n attempt(s) left before the account is locked.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="39" />
            <source>Too many wrong passwords: signing in is locked for %n minute(s).</source>
            <translation>Too many wrong passwords: signing in is locked for %n minute(s).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="42" />
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="44" />
            <source>Your account may not do this.</source>
            <translation>Your account may not do this.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="46" />
            <source>Not found, or not sent to your unit.</source>
            <translation>Not found, or not sent to your unit.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="50" />
            <source>The directive could not be numbered: %1</source>
            <translation>The directive could not be numbered: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="52" />
            <source>The directive cannot be published: %1</source>
            <translation>The directive cannot be published: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="54" />
            <source>The attachment could not be sent: %1</source>
            <translation>The attachment could not be sent: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="56" />
            <source>An attachment of this report is missing on the registry; attach the file again.</source>
            <translation>An attachment of this report is missing on the registry; attach the file again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="58" />
            <source>Someone changed this task meanwhile. The screen now shows its current state; check and try again.</source>
            <translation>Someone changed this task meanwhile. The screen now shows its current state; check and try again.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="60" />
            <source>The registry could not save this (storage failure); nothing was changed. Try again or call the administrator.</source>
            <translation>The registry could not save this (storage failure); nothing was changed. Try again or call the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="69" />
            <source>The registry does not answer. Check the network; nothing was changed, try again later.</source>
            <translation>The registry does not answer. Check the network; nothing was changed, try again later.</translation>
        </message>
    </context>
    <context>
        <name>RegistryExport</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryExport.cpp" line="134" />
            <source>The PDF could not be made.</source>
            <translation>The PDF could not be made.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryExport.cpp" line="139" />
            <source>No file name was given.</source>
            <translation>No file name was given.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryExport.cpp" line="143" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RegistryRows</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="72" />
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="100" />
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="73" />
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="101" />
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="74" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="75" />
            <source>Reported, awaiting evaluation</source>
            <translation>Reported, awaiting evaluation</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="76" />
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="105" />
            <source>Report returned</source>
            <translation>Report returned</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="77" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="102" />
            <source>Work started</source>
            <translation>Work started</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="103" />
            <source>Progress reported</source>
            <translation>Progress reported</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="104" />
            <source>Report accepted</source>
            <translation>Report accepted</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="106" />
            <source>Extension requested</source>
            <translation>Extension requested</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="107" />
            <source>Deadline extended</source>
            <translation>Deadline extended</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="108" />
            <source>Extension refused</source>
            <translation>Extension refused</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="109" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="290" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>RegistrySession</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="165" />
            <source>Accepted.</source>
            <translation>Accepted.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="165" />
            <source>Accepted: %1</source>
            <translation>Accepted: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="167" />
            <source>Returned: %1</source>
            <translation>Returned: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="216" />
            <source>Choose the deadline you ask for.</source>
            <translation>Choose the deadline you ask for.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="220" />
            <source>Write why the extension is needed.</source>
            <translation>Write why the extension is needed.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="227" />
            <source>Write the comment first.</source>
            <translation>Write the comment first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="237" />
            <source>Write why the report is returned.</source>
            <translation>Write why the report is returned.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="244" />
            <source>Choose the new deadline.</source>
            <translation>Choose the new deadline.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="251" />
            <source>Write why the extension is refused.</source>
            <translation>Write why the extension is refused.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="263" />
            <source>Cannot read the file %1.</source>
            <translation>Cannot read the file %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="268" />
            <source>%1 is too large (%2); the registry accepts files up to %3.</source>
            <translation>%1 is too large (%2); the registry accepts files up to %3.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="292" />
            <source>Write a summary of the progress first.</source>
            <translation>Write a summary of the progress first.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="296" />
            <source>A report is being sent; wait until it is done.</source>
            <translation>A report is being sent; wait until it is done.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="319" />
            <source>Cannot read the file %1: %2</source>
            <translation>Cannot read the file %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="352" />
            <source>The registry did not accept %1 completely.</source>
            <translation>The registry did not accept %1 completely.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="379" />
            <source>Write what the task is.</source>
            <translation>Write what the task is.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="380" />
            <source>Choose the lead unit.</source>
            <translation>Choose the lead unit.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="381" />
            <source>The lead unit cannot also be a coordinating unit.</source>
            <translation>The lead unit cannot also be a coordinating unit.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="382" />
            <source>Choose the deadline.</source>
            <translation>Choose the deadline.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="383" />
            <source>The deadline has already passed.</source>
            <translation>The deadline has already passed.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="418" />
            <source>Write the directive's title (summary).</source>
            <translation>Write the directive's title (summary).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="419" />
            <source>Write the directive's text, or pick the conclusions it is made from.</source>
            <translation>Write the directive's text, or pick the conclusions it is made from.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="420" />
            <source>Name who signs the directive.</source>
            <translation>Name who signs the directive.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="421" />
            <source>Pick at least one recipient unit.</source>
            <translation>Pick at least one recipient unit.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="426" />
            <source>The lead unit of "%1" (%2) is not a recipient of the directive.</source>
            <translation>The lead unit of "%1" (%2) is not a recipient of the directive.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="430" />
            <source>The coordinating unit %1 of "%2" is not a recipient of the directive.</source>
            <translation>The coordinating unit %1 of "%2" is not a recipient of the directive.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="461" />
            <source>Directive %1 is published and sent.</source>
            <translation>Directive %1 is published and sent.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Directive / unit</source>
            <translation>Directive / unit</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Unread</source>
            <translation>Unread</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Reports in</source>
            <translation>Reports in</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <source>Reports expected</source>
            <translation>Reports expected</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Red</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Yellow</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>On time %</source>
            <translation>On time %</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="551" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Directive</source>
            <translation>Directive</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="552" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="533" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="616" />
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="105" />
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Lead unit</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Coordinating units</source>
            <translation>Coordinating units</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>Responsible leader</source>
            <translation>Responsible leader</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="561" />
            <source>Extended</source>
            <translation>Extended</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="571" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="573" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="571" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="573" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="586" />
            <source>Deadline: %1 (%2)</source>
            <translation>Deadline: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="589" />
            <source>Lead unit: %1. Responsible: %2. State: %3.</source>
            <translation>Lead unit: %1. Responsible: %2. State: %3.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="636" />
            <source>Made on %1 by %2 (%3). Period: %4 – %5.</source>
            <translation>Made on %1 by %2 (%3). Period: %4 – %5.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="641" />
            <source>Units: %1 read all, %2 some unread, %3 none read. Tasks: %4 done, %5 in progress, %6 overdue.</source>
            <translation>Units: %1 read all, %2 some unread, %3 none read. Tasks: %4 done, %5 in progress, %6 overdue.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="645" />
            <source>Status of directives and tasks</source>
            <translation>Status of directives and tasks</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="646" />
            <source>By directive</source>
            <translation>By directive</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="646" />
            <source>By unit</source>
            <translation>By unit</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="651" />
            <source>Saved %1 (made on this desk from the statistics shown).</source>
            <translation>Saved %1 (made on this desk from the statistics shown).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="41" />
            <source>The registry's address "%1" is not of the form tcp://host:port.</source>
            <translation>The registry's address "%1" is not of the form tcp://host:port.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="43" />
            <source>The registry's public key must be 40 characters (Z85); ask the administrator for it.</source>
            <translation>The registry's public key must be 40 characters (Z85); ask the administrator for it.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="52" />
            <source>Cannot create a key pair: this build of ZeroMQ has no CURVE support.</source>
            <translation>Cannot create a key pair: this build of ZeroMQ has no CURVE support.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="76" />
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="98" />
            <source>Connecting to the registry…</source>
            <translation>Connecting to the registry…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="104" />
            <source>The registry refused the connection of this desk. Check the registry's address and public key with the administrator.</source>
            <translation>The registry refused the connection of this desk. Check the registry's address and public key with the administrator.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="26" />
            <source>the signed PDF</source>
            <translation>the signed PDF</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="38" />
            <source>the attached file</source>
            <translation>the attached file</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="52" />
            <source>No file name was given.</source>
            <translation>No file name was given.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="56" />
            <source>Another file is still being saved; try again when it is done.</source>
            <translation>Another file is still being saved; try again when it is done.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="74" />
            <source>The registry answered with something other than %1.</source>
            <translation>The registry answered with something other than %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="94" />
            <source>The copy of %1 arrived damaged (its checksum does not match); nothing was saved.</source>
            <translation>The copy of %1 arrived damaged (its checksum does not match); nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="80" />
            <source>The registry sent %1 out of order; nothing was saved.</source>
            <translation>The registry sent %1 out of order; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="86" />
            <source>The registry stopped sending %1; nothing was saved.</source>
            <translation>The registry stopped sending %1; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="109" />
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="122" />
            <source>Not connected to the registry.</source>
            <translation>Not connected to the registry.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="222" />
            <source>Enter your account name and password.</source>
            <translation>Enter your account name and password.</translation>
        </message>
    </context>
    <context>
        <name>ResultChart</name>
        <message numerus="yes">
            <location filename="../components/ResultChart.qml" line="54" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/ResultChart.qml" line="85" />
            <source>Blank ballots: %1</source>
            <translation>Blank ballots: %1</translation>
        </message>
    </context>
    <context>
        <name>SeatApp</name>
        <message>
            <location filename="../SeatApp.qml" line="32" />
            <source>E-cabinet — seat</source>
            <translation>E-cabinet — seat</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="74" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="82" />
            <location filename="../SeatApp.qml" line="249" />
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="109" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="125" />
            <source>Documents of the current item</source>
            <translation>Documents of the current item</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="153" />
            <source>Conclusions (%1)</source>
            <translation>Conclusions (%1)</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="225" />
            <source>Conclusions of the meeting</source>
            <translation>Conclusions of the meeting</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="238" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="247" />
            <source>Check out of this seat?</source>
            <translation>Check out of this seat?</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="248" />
            <source>You will need your PIN to check in again.</source>
            <translation>You will need your PIN to check in again.</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../dispatch/SignInView.qml" line="50" />
            <source>Directives and tasks</source>
            <translation>Directives and tasks</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="57" />
            <source>Sign in with the account of your office or unit.</source>
            <translation>Sign in with the account of your office or unit.</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="62" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="70" />
            <source>e.g. vanthu.vp</source>
            <translation>e.g. vanthu.vp</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="73" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="97" />
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="97" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
    </context>
    <context>
        <name>SpeakerConsole</name>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="40" />
            <source>Point of order: %1</source>
            <translation>Point of order: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="41" />
            <source>Speaking: %1</source>
            <translation>Speaking: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="42" />
            <source>Nobody has the floor.</source>
            <translation>Nobody has the floor.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/SpeakerConsole.qml" line="50" />
            <source>Speaking time per speech: %n minute(s)</source>
            <translation>
                <numerusform>Speaking time per speech: %n minute</numerusform>
                <numerusform>Speaking time per speech: %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="52" />
            <source>No speaking time limit</source>
            <translation>No speaking time limit</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="75" />
            <source>Next speaker</source>
            <translation>Next speaker</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="82" />
            <source>End speech</source>
            <translation>End speech</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="91" />
            <source>Minutes per speech</source>
            <translation>Minutes per speech</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="108" />
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/SpeakerConsole.qml" line="117" />
            <source>Queue (%n waiting)</source>
            <translation>
                <numerusform>Queue (%n waiting)</numerusform>
                <numerusform>Queue (%n waiting)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="150" />
            <location filename="../components/SpeakerConsole.qml" line="210" />
            <source>point of order</source>
            <translation>point of order</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="159" />
            <location filename="../components/SpeakerConsole.qml" line="190" />
            <source>Give the floor</source>
            <translation>Give the floor</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="166" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="206" />
            <source>Name of a speaker without a tablet</source>
            <translation>Name of a speaker without a tablet</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="216" />
            <source>Add to queue</source>
            <translation>Add to queue</translation>
        </message>
    </context>
    <context>
        <name>SpeakerPanel</name>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="29" />
            <source>Speakers</source>
            <translation>Speakers</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="43" />
            <source>Point of order: %1</source>
            <translation>Point of order: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="44" />
            <source>Speaking: %1</source>
            <translation>Speaking: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="45" />
            <source>Nobody has the floor.</source>
            <translation>Nobody has the floor.</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="64" />
            <source>Speaking time is over.</source>
            <translation>Speaking time is over.</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="64" />
            <source>Speaking time left</source>
            <translation>Speaking time left</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="72" />
            <source>You have the floor.</source>
            <translation>You have the floor.</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="74" />
            <source>You are number %1 of %2 in the queue.</source>
            <translation>You are number %1 of %2 in the queue.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/SpeakerPanel.qml" line="76" />
            <source>%n speaker(s) waiting.</source>
            <translation>
                <numerusform>%n speaker waiting.</numerusform>
                <numerusform>%n speakers waiting.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="98" />
            <source>point of order</source>
            <translation>point of order</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="112" />
            <source>Request to speak</source>
            <translation>Request to speak</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="128" />
            <source>Point of order</source>
            <translation>Point of order</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="120" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>StatisticsDashboard</name>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="50" />
            <source>All issuers</source>
            <translation>All issuers</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="50" />
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="65" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="67" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="95" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="107" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="126" />
            <source>Units read all</source>
            <translation>Units read all</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="127" />
            <location filename="../dispatch/StatisticsDashboard.qml" line="195" />
            <source>Some unread</source>
            <translation>Some unread</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="128" />
            <location filename="../dispatch/StatisticsDashboard.qml" line="196" />
            <source>None read</source>
            <translation>None read</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="129" />
            <source>Reports in / expected</source>
            <translation>Reports in / expected</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="130" />
            <source>Tasks done</source>
            <translation>Tasks done</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="131" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="132" />
            <location filename="../dispatch/StatisticsDashboard.qml" line="211" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="133" />
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="188" />
            <source>Units by reading</source>
            <translation>Units by reading</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="194" />
            <source>Read all</source>
            <translation>Read all</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="203" />
            <source>Tasks by light</source>
            <translation>Tasks by light</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="209" />
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="210" />
            <source>Deadline soon</source>
            <translation>Deadline soon</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="224" />
            <source>By directive</source>
            <translation>By directive</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="225" />
            <source>By unit</source>
            <translation>By unit</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="239" />
            <source>Statistics CSV</source>
            <translation>Statistics CSV</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="244" />
            <source>Tasks CSV</source>
            <translation>Tasks CSV</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="249" />
            <source>Deadlines (.ics)</source>
            <translation>Deadlines (.ics)</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="254" />
            <source>Status report PDF</source>
            <translation>Status report PDF</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="264" />
            <source>Save the export</source>
            <translation>Save the export</translation>
        </message>
    </context>
    <context>
        <name>StatisticsTable</name>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Directive</source>
            <translation>Directive</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Red</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Yellow</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="50" />
            <source>Nothing to show for these filters.</source>
            <translation>Nothing to show for these filters.</translation>
        </message>
    </context>
    <context>
        <name>TaskForm</name>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="62" />
            <source>New task</source>
            <translation>New task</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="69" />
            <source>What must be done</source>
            <translation>What must be done</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="72" />
            <source>Lead unit and coordinating units (tap: lead; second column: coordinating)</source>
            <translation>Lead unit and coordinating units (tap: lead; second column: coordinating)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="105" />
            <source>coordinates</source>
            <translation>coordinates</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="118" />
            <source>Responsible leader</source>
            <translation>Responsible leader</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="125" />
            <source>Name and position</source>
            <translation>Name and position</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="127" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="129" />
            <source>Report every (days, 0 = one final report)</source>
            <translation>Report every (days, 0 = one final report)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="152" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="156" />
            <source>Add task</source>
            <translation>Add task</translation>
        </message>
    </context>
    <context>
        <name>TaskList</name>
        <message>
            <location filename="../dispatch/TaskList.qml" line="13" />
            <source>No tasks.</source>
            <translation>No tasks.</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskList.qml" line="72" />
            <source>extension asked</source>
            <translation>extension asked</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/TaskList.qml" line="88" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/TaskList.qml" line="89" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskView</name>
        <message>
            <location filename="../dispatch/TaskView.qml" line="50" />
            <source>Save the attached file</source>
            <translation>Save the attached file</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="55" />
            <source>Attach a file to the report</source>
            <translation>Attach a file to the report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="84" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="95" />
            <source>Directive</source>
            <translation>Directive</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="96" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="97" />
            <source>Lead unit</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="98" />
            <source>Coordinating</source>
            <translation>Coordinating</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="99" />
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="100" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="100" />
            <source>(extended; first: %1)</source>
            <translation>(extended; first: %1)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="101" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/TaskView.qml" line="101" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="101" />
            <source>one final report</source>
            <translation>one final report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="134" />
            <source>Last report: %1</source>
            <translation>Last report: %1</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="141" />
            <source>Evaluation: %1</source>
            <translation>Evaluation: %1</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="142" />
            <source>Awaiting evaluation</source>
            <translation>Awaiting evaluation</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="152" />
            <source>Extension asked until %1: %2</source>
            <translation>Extension asked until %1: %2</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="166" />
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="174" />
            <source>Start work</source>
            <translation>Start work</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="182" />
            <source>Report progress</source>
            <translation>Report progress</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="188" />
            <source>Ask for an extension</source>
            <translation>Ask for an extension</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="195" />
            <source>Accept report</source>
            <translation>Accept report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="202" />
            <source>Return with reason</source>
            <translation>Return with reason</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="208" />
            <source>Answer extension request</source>
            <translation>Answer extension request</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="208" />
            <source>Extend deadline</source>
            <translation>Extend deadline</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="220" />
            <source>Progress report</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="221" />
            <source>Ask for a later deadline</source>
            <translation>Ask for a later deadline</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="222" />
            <source>Return the report</source>
            <translation>Return the report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="223" />
            <source>New deadline</source>
            <translation>New deadline</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="240" />
            <source>What was done, figures, what remains…</source>
            <translation>What was done, figures, what remains…</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="251" />
            <source>Reason (optional when granting; required when refusing)</source>
            <translation>Reason (optional when granting; required when refusing)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="252" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="271" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="282" />
            <source>Attach files…</source>
            <translation>Attach files…</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="287" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="293" />
            <source>Refuse request</source>
            <translation>Refuse request</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="301" />
            <source>Send report</source>
            <translation>Send report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="302" />
            <source>Send request</source>
            <translation>Send request</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="303" />
            <source>Return report</source>
            <translation>Return report</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="304" />
            <source>Set new deadline</source>
            <translation>Set new deadline</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="322" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="350" />
            <source>Attached: %1</source>
            <translation>Attached: %1</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="365" />
            <source>Save %1…</source>
            <translation>Save %1…</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="379" />
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="428" />
            <source>Write a comment to the other units on this task</source>
            <translation>Write a comment to the other units on this task</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="432" />
            <source>Send</source>
            <translation>Send</translation>
        </message>
    </context>
    <context>
        <name>TrafficLight</name>
        <message>
            <location filename="../dispatch/TrafficLight.qml" line="14" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../dispatch/TrafficLight.qml" line="14" />
            <source>Deadline soon</source>
            <translation>Deadline soon</translation>
        </message>
        <message>
            <location filename="../dispatch/TrafficLight.qml" line="14" />
            <source>On track</source>
            <translation>On track</translation>
        </message>
    </context>
    <context>
        <name>UnitDesk</name>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="25" />
            <source>Inbox (%1 unread)</source>
            <translation>Inbox (%1 unread)</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="25" />
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="27" />
            <source>My tasks (%1)</source>
            <translation>My tasks (%1)</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="30" />
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="54" />
            <source>Choose a directive to read it. Opening it tells the issuing office that your unit has read it.</source>
            <translation>Choose a directive to read it. Opening it tells the issuing office that your unit has read it.</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="65" />
            <source>Your unit has no tasks.</source>
            <translation>Your unit has no tasks.</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="72" />
            <source>Choose a task to acknowledge it, report progress or ask for more time.</source>
            <translation>Choose a task to acknowledge it, report progress or ask for more time.</translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message>
            <location filename="../components/VotePanel.qml" line="63" />
            <source>a blank ballot (no option)</source>
            <translation>a blank ballot (no option)</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="106" />
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="137" />
            <source>You are voting for %1 by proxy.</source>
            <translation>You are voting for %1 by proxy.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/VotePanel.qml" line="177" />
            <source>Choose %n option(s).</source>
            <translation>
                <numerusform>Choose %n option.</numerusform>
                <numerusform>Choose %n options.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="178" />
            <source>Choose from %1 to %2 options.</source>
            <translation>Choose from %1 to %2 options.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="200" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="214" />
            <source>Your choice: %1</source>
            <translation>Your choice: %1</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="225" />
            <source>Choose again</source>
            <translation>Choose again</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="233" />
            <source>Confirm vote</source>
            <translation>Confirm vote</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="246" />
            <source>Sending your vote… it counts once the hub confirms it.</source>
            <translation>Sending your vote… it counts once the hub confirms it.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="260" />
            <source>Your vote was recorded.</source>
            <translation>Your vote was recorded.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="271" />
            <source>Change my vote</source>
            <translation>Change my vote</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="280" />
            <source>Vote for %1 (proxy)</source>
            <translation>Vote for %1 (proxy)</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="302" />
            <source>You do not take part in this vote.</source>
            <translation>You do not take part in this vote.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="312" />
            <source>Voting is closed. The result will be announced by the chair.</source>
            <translation>Voting is closed. The result will be announced by the chair.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="327" />
            <source>Votes in: %1 of %2</source>
            <translation>Votes in: %1 of %2</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="336" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
</TS>
