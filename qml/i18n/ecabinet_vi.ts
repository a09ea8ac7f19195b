<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgendaList</name>
        <message>
            <location filename="../components/AgendaList.qml" line="94" />
            <source>Presented by %1</source>
            <translation>Trình bày: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/AgendaList.qml" line="96" />
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n tài liệu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/AgendaList.qml" line="108" />
            <source>Now</source>
            <translation>Hiện tại</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <location filename="../components/AttendancePanel.qml" line="25" />
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="38" />
            <source>Entitled members present</source>
            <translation>Đại biểu chính thức có mặt</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="45" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="51" />
            <source>Everyone present</source>
            <translation>Tổng số người có mặt</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="64" />
            <source>Wrong PINs entered</source>
            <translation>Số lần nhập sai mã PIN</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="154" />
            <source>not entitled to vote</source>
            <translation>không có quyền biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="165" />
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="165" />
            <source>Absent</source>
            <translation>Vắng mặt</translation>
        </message>
    </context>
    <context>
        <name>BlobFetcher</name>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="199" />
            <source>The hub answered a document request with an unexpected message.</source>
            <translation>Máy chủ phòng họp trả lời yêu cầu tài liệu bằng một thông điệp không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="205" />
            <source>The hub sent bytes of another document.</source>
            <translation>Máy chủ phòng họp gửi nhầm dữ liệu của một tài liệu khác.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="220" />
            <source>The hub sent an empty piece of a document.</source>
            <translation>Máy chủ phòng họp gửi một phần tài liệu rỗng.</translation>
        </message>
    </context>
    <context>
        <name>BlobLocator</name>
        <message>
            <location filename="../../tablet-client/cache/BlobLocator.cpp" line="62" />
            <location filename="../../tablet-client/cache/BlobLocator.cpp" line="71" />
            <source>Cannot keep a confidential document in memory: %1</source>
            <translation>Không thể giữ tài liệu mật trong bộ nhớ: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobLocator.cpp" line="97" />
            <source>CONFIDENTIAL</source>
            <translation>MẬT</translation>
        </message>
    </context>
    <context>
        <name>BlobUploader</name>
        <message>
            <location filename="../../tablet-client/cache/BlobUploader.cpp" line="50" />
            <source>The hub answered an upload with an unexpected message.</source>
            <translation>Máy chủ phòng họp trả lời việc tải lên bằng một thông điệp không mong đợi.</translation>
        </message>
    </context>
    <context>
        <name>ChairConsole</name>
        <message>
            <location filename="../ChairConsole.qml" line="27" />
            <source>E-cabinet — chair console</source>
            <translation>Phòng họp không giấy — bàn điều khiển của Chủ tọa</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="47" />
            <location filename="../ChairConsole.qml" line="300" />
            <source>Check out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="86" />
            <location filename="../ChairConsole.qml" line="157" />
            <source>Agenda</source>
            <translation>Chương trình họp</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="96" />
            <source>Voting ●</source>
            <translation>Biểu quyết ●</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="96" />
            <source>Voting</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="106" />
            <source>Speakers (%1)</source>
            <translation>Phát biểu (%1)</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="106" />
            <source>Speakers</source>
            <translation>Phát biểu</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="116" />
            <source>Conclusions (%1)</source>
            <translation>Kết luận (%1)</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="116" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="127" />
            <source>Documents</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="136" />
            <source>Presenting ●</source>
            <translation>Trình chiếu ●</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="136" />
            <source>Presenting</source>
            <translation>Trình chiếu</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="167" />
            <location filename="../ChairConsole.qml" line="282" />
            <source>Open the meeting</source>
            <translation>Khai mạc cuộc họp</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="175" />
            <location filename="../ChairConsole.qml" line="291" />
            <source>Close the meeting</source>
            <translation>Bế mạc cuộc họp</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="187" />
            <source>Under discussion: %1</source>
            <translation>Đang thảo luận: %1</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="188" />
            <source>The meeting is open. Press Next to start the first item.</source>
            <translation>Cuộc họp đã khai mạc. Nhấn «Tiếp theo» để bắt đầu nội dung thứ nhất.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="209" />
            <source>‹ Back</source>
            <translation>‹ Quay lại</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="220" />
            <source>Item %1 of %2</source>
            <translation>Nội dung %1/%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ChairConsole.qml" line="221" />
            <source>%n item(s) on the agenda</source>
            <translation>
                <numerusform>Chương trình họp có %n nội dung</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="228" />
            <source>Next ›</source>
            <translation>Tiếp theo ›</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="279" />
            <source>Open the meeting?</source>
            <translation>Khai mạc cuộc họp?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="280" />
            <source>%1 of %2 entitled members are present.</source>
            <translation>Có mặt %1/%2 đại biểu chính thức.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="289" />
            <source>Close the meeting?</source>
            <translation>Bế mạc cuộc họp?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="290" />
            <source>A closed meeting cannot be opened again.</source>
            <translation>Cuộc họp đã bế mạc thì không thể khai mạc lại.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="298" />
            <source>Check out of this console?</source>
            <translation>Đăng xuất khỏi bàn điều khiển này?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="299" />
            <source>You will need your PIN to check in again.</source>
            <translation>Để điểm danh lại, đồng chí cần nhập lại mã PIN.</translation>
        </message>
    </context>
    <context>
        <name>CheckInView</name>
        <message>
            <location filename="../components/CheckInView.qml" line="81" />
            <source>Check-in</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="88" />
            <source>Touch your name (chair or secretary) to check in.</source>
            <translation>Chạm vào tên của đồng chí (Chủ tọa hoặc Thư ký) để điểm danh.</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="89" />
            <source>Touch your name to check in.</source>
            <translation>Chạm vào tên của đồng chí để điểm danh.</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="97" />
            <source>Waiting for the list of members from the meeting room…</source>
            <translation>Đang chờ danh sách đại biểu từ máy chủ phòng họp…</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="166" />
            <source>Present</source>
            <translation>Đã điểm danh</translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="197" />
            <source>Enter your PIN</source>
            <translation>Nhập mã PIN</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/CheckInView.qml" line="230" />
            <source>Too many wrong PINs. Check-in is locked for %n minute(s); please ask the secretary.</source>
            <translation>
                <numerusform>Nhập sai mã PIN quá nhiều lần. Điểm danh bị tạm khóa %n phút; vui lòng liên hệ Thư ký.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../components/CheckInView.qml" line="233" />
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Mã PIN không đúng. Còn %n lần thử.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/CheckInView.qml" line="241" />
            <source>Not you? Back to the list</source>
            <translation>Không phải đồng chí? Quay lại danh sách</translation>
        </message>
    </context>
    <context>
        <name>ConclusionBanner</name>
        <message>
            <location filename="../components/ConclusionBanner.qml" line="34" />
            <source>Conclusion approved by vote — item %1: %2</source>
            <translation>Kết luận đã được biểu quyết thông qua — mục %1: %2</translation>
        </message>
        <message>
            <location filename="../components/ConclusionBanner.qml" line="35" />
            <source>Conclusion approved — item %1: %2</source>
            <translation>Kết luận đã được thông qua — mục %1: %2</translation>
        </message>
        <message>
            <location filename="../components/ConclusionBanner.qml" line="54" />
            <source>OK</source>
            <translation>Đã xem</translation>
        </message>
    </context>
    <context>
        <name>ConclusionConsole</name>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="63" />
            <source>Conclusions on item %1: %2</source>
            <translation>Kết luận mục %1: %2</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="64" />
            <source>Conclusions belong to an agenda item: move to the first item.</source>
            <translation>Kết luận thuộc về một mục chương trình: hãy chuyển sang mục đầu tiên.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="84" />
            <source>Edit the draft conclusion</source>
            <translation>Sửa dự thảo kết luận</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="85" />
            <source>Write a conclusion of the item under discussion</source>
            <translation>Viết kết luận cho mục đang thảo luận</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="99" />
            <source>Add draft conclusion</source>
            <translation>Thêm dự thảo kết luận</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="108" />
            <source>Save changes</source>
            <translation>Lưu thay đổi</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="114" />
            <location filename="../components/ConclusionConsole.qml" line="322" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="132" />
            <source>No conclusions on this item yet.</source>
            <translation>Mục này chưa có kết luận.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="161" />
            <source>%1 (revision %2)</source>
            <translation>%1 (lần sửa %2)</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="171" />
            <source>Approved by the vote: %1</source>
            <translation>Thông qua bằng biểu quyết: %1</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="172" />
            <source>Approved by %1</source>
            <translation>Do %1 thông qua</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="181" />
            <source>Loading the text…</source>
            <translation>Đang tải nội dung…</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="195" />
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="201" />
            <location filename="../components/ConclusionConsole.qml" line="272" />
            <source>Withdraw</source>
            <translation>Rút đăng ký</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="212" />
            <source>Approve by vote…</source>
            <translation>Thông qua bằng biểu quyết…</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="225" />
            <source>Approve</source>
            <translation>Thông qua</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="249" />
            <source>Minutes saved: %1</source>
            <translation>Đã lưu biên bản: %1</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="251" />
            <source>The meeting is closed: the minutes are final.</source>
            <translation>Cuộc họp đã bế mạc: biên bản là bản chính thức.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="252" />
            <source>Minutes before closing are a draft.</source>
            <translation>Biên bản lập trước khi bế mạc là bản dự thảo.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="260" />
            <source>Minutes (PDF)</source>
            <translation>Biên bản (PDF)</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="270" />
            <source>Withdraw this draft?</source>
            <translation>Rút dự thảo này?</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="271" />
            <source>The draft is kept in the meeting's record as withdrawn; it can no longer be approved.</source>
            <translation>Dự thảo được lưu trong hồ sơ cuộc họp với trạng thái đã rút; không thể thông qua được nữa.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="293" />
            <source>Approve by a vote of the floor</source>
            <translation>Thông qua bằng biểu quyết của hội nghị</translation>
        </message>
        <message>
            <location filename="../components/ConclusionConsole.qml" line="301" />
            <source>No announced vote on this item yet: prepare, hold and announce a vote first.</source>
            <translation>Mục này chưa có kết quả biểu quyết được công bố: hãy chuẩn bị, tiến hành và công bố biểu quyết trước.</translation>
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
            <translation>Chưa có kết luận nào được thông qua.</translation>
        </message>
        <message>
            <location filename="../components/ConclusionList.qml" line="60" />
            <source>Approved by the vote: %1</source>
            <translation>Thông qua bằng biểu quyết: %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../components/ConfirmDialog.qml" line="12" />
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <location filename="../components/ConfirmDialog.qml" line="13" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../dispatch/DateField.qml" line="44" />
            <source>YYYY-MM-DD</source>
            <translation>NNNN-TT-NN</translation>
        </message>
        <message>
            <location filename="../dispatch/DateField.qml" line="50" />
            <source>+7 days</source>
            <translation>+7 ngày</translation>
        </message>
        <message>
            <location filename="../dispatch/DateField.qml" line="55" />
            <source>+30 days</source>
            <translation>+30 ngày</translation>
        </message>
    </context>
    <context>
        <name>DeviceConfig</name>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="26" />
            <source>No enrolment file is set: enrol this device with ecabinet-enroll first.</source>
            <translation>Chưa có tệp đăng ký thiết bị: cần đăng ký thiết bị này bằng ecabinet-enroll trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="29" />
            <source>Cannot read the enrolment file %1: %2</source>
            <translation>Không đọc được tệp đăng ký thiết bị %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="33" />
            <source>The enrolment file %1 is not valid JSON: %2</source>
            <translation>Tệp đăng ký thiết bị %1 không phải JSON hợp lệ: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="66" />
            <source>The enrolment file %1 has a missing or invalid field "%2"; enrol the device again.</source>
            <translation>Tệp đăng ký thiết bị %1 thiếu hoặc sai trường "%2"; cần đăng ký lại thiết bị.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="81" />
            <source>The enrolment file %1: "%2" must be a whole number, 0 or more.</source>
            <translation>Tệp đăng ký %1: "%2" phải là số nguyên, từ 0 trở lên.</translation>
        </message>
    </context>
    <context>
        <name>DeviceWipe</name>
        <message>
            <location filename="../../tablet-client/cache/DeviceWipe.cpp" line="98" />
            <source>cannot remove %1</source>
            <translation>không thể xoá %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DeviceWipe.cpp" line="103" />
            <source>cannot remove folder %1</source>
            <translation>không thể xoá thư mục %1</translation>
        </message>
    </context>
    <context>
        <name>DirectiveComposer</name>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="37" />
            <source>Approved conclusions (%1 picked)</source>
            <translation>Kết luận đã thông qua (đã chọn %1)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="55" />
            <source>No approved conclusion is waiting. Conclusions arrive here when the chair approves them in a meeting.</source>
            <translation>Chưa có kết luận nào chờ ban hành. Kết luận được chuyển đến đây khi chủ tọa thông qua trong cuộc họp.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="99" />
            <source>Recipients (%1 units)</source>
            <translation>Nơi nhận (%1 đơn vị)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="106" />
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="110" />
            <source>None</source>
            <translation>Bỏ chọn</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="157" />
            <source>Published as No. %1 and sent to the recipients.</source>
            <translation>Đã ban hành số %1 và gửi đến nơi nhận.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="158" />
            <source>The registry gives the number (e.g. 45-TB/TU) and the date when you publish.</source>
            <translation>Số văn bản (ví dụ 45-TB/TU) và ngày ban hành do hệ thống cấp khi ban hành.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="171" />
            <source>Title (summary of the directive)</source>
            <translation>Trích yếu (tóm tắt nội dung văn bản)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="183" />
            <source>Signer's position</source>
            <translation>Chức vụ người ký</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="191" />
            <source>Signer's name</source>
            <translation>Họ tên người ký</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="198" />
            <source>Text</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="204" />
            <source>Insert picked conclusions</source>
            <translation>Chèn các kết luận đã chọn</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="221" />
            <source>The directive's text</source>
            <translation>Nội dung văn bản</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="229" />
            <source>Tasks (%1)</source>
            <translation>Nhiệm vụ (%1)</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="236" />
            <source>Add task…</source>
            <translation>Thêm nhiệm vụ…</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="266" />
            <source>Remove</source>
            <translation>Rút khỏi danh sách</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="285" />
            <location filename="../dispatch/DirectiveComposer.qml" line="305" />
            <source>Sign and publish</source>
            <translation>Ký và ban hành</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveComposer.qml" line="302" />
            <source>Sign and publish this directive?</source>
            <translation>Ký và ban hành văn bản này?</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/DirectiveComposer.qml" line="303" />
            <source>It will be numbered, signed and sent to %n unit(s) with %1 task(s). A published directive cannot be withdrawn.</source>
            <translation>
                <numerusform>Văn bản sẽ được cấp số, ký số và gửi đến %n đơn vị cùng %1 nhiệm vụ. Văn bản đã ban hành không thể thu hồi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectiveInbox</name>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="24" />
            <source>No directive has been published yet.</source>
            <translation>Chưa ban hành văn bản nào.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="24" />
            <source>No directive was sent to your unit.</source>
            <translation>Chưa có văn bản nào gửi đến đơn vị.</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/DirectiveInbox.qml" line="85" />
            <source>Read by %1 of %2 units · %n task(s)</source>
            <translation>
                <numerusform>%1/%2 đơn vị đã đọc · %n nhiệm vụ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="86" />
            <source>Unread</source>
            <translation>Chưa đọc</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveInbox.qml" line="86" />
            <source>Read</source>
            <translation>Đã đọc</translation>
        </message>
    </context>
    <context>
        <name>DirectiveView</name>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="35" />
            <source>Signed PDF…</source>
            <translation>Bản PDF có chữ ký số…</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="42" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="57" />
            <source>Issued by %1 · signed by %2</source>
            <translation>Cơ quan ban hành: %1 · người ký: %2</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="59" />
            <source>read by %1 of %2 units</source>
            <translation>%1/%2 đơn vị đã đọc</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="93" />
            <source>Tasks</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="104" />
            <source>No tasks for your unit in this directive.</source>
            <translation>Văn bản này không giao nhiệm vụ cho đơn vị.</translation>
        </message>
        <message>
            <location filename="../dispatch/DirectiveView.qml" line="111" />
            <source>Save the signed directive</source>
            <translation>Lưu văn bản có chữ ký số</translation>
        </message>
    </context>
    <context>
        <name>DispatchDesk</name>
        <message>
            <location filename="../DispatchDesk.qml" line="20" />
            <source>E-cabinet — directives and tasks</source>
            <translation>Phòng họp không giấy — văn bản chỉ đạo và nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../DispatchDesk.qml" line="59" />
            <source>Directives and tasks</source>
            <translation>Văn bản chỉ đạo và nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../DispatchDesk.qml" line="75" />
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <location filename="../DispatchDesk.qml" line="81" />
            <source>Sign out</source>
            <translation>Đăng xuất</translation>
        </message>
    </context>
    <context>
        <name>DocumentCache</name>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="146" />
            <source>The downloaded document is damaged (its checksum does not match); it will be fetched again.</source>
            <translation>Tài liệu tải về bị hỏng (mã kiểm tra không khớp); tài liệu sẽ được tải lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="59" />
            <source>The hub sent an invalid document id "%1".</source>
            <translation>Máy chủ phòng họp gửi mã tài liệu không hợp lệ "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="69" />
            <source>Cannot create the document cache folder %1.</source>
            <translation>Không tạo được thư mục lưu tài liệu %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="72" />
            <source>Cannot open %1: %2</source>
            <translation>Không mở được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="78" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="88" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="97" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="105" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="115" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="100" />
            <source>The downloaded document is damaged (its checksum does not match); it will be fetched again.</source>
            <translation>Tài liệu tải về bị hỏng (mã kiểm tra không khớp); tài liệu sẽ được tải lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="109" />
            <source>Cannot move the verified document to %1.</source>
            <translation>Không chuyển được tài liệu đã kiểm tra vào %1.</translation>
        </message>
    </context>
    <context>
        <name>DocumentConsole</name>
        <message>
            <location filename="../components/DocumentConsole.qml" line="38" />
            <source>Documents of the meeting</source>
            <translation>Tài liệu của phiên họp</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="86" />
            <source>Item %1 · version %2 · %3</source>
            <translation>Nội dung %1 · phiên bản %2 · %3</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="87" />
            <source>confidential</source>
            <translation>mật</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="88" />
            <source>named readers</source>
            <translation>người đọc được chỉ định</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="88" />
            <source>whole meeting</source>
            <translation>toàn phiên họp</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="103" />
            <source>New version of “%1”</source>
            <translation>Phiên bản mới của “%1”</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="104" />
            <source>Add a document</source>
            <translation>Thêm tài liệu</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="117" />
            <source>PDF file on this console, e.g. /home/thuky/Tai lieu/bao-cao.pdf</source>
            <translation>Tệp PDF trên máy này, ví dụ /home/thuky/Tai lieu/bao-cao.pdf</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="125" />
            <source>Title (empty: unchanged)</source>
            <translation>Tiêu đề (để trống: giữ nguyên)</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="125" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="148" />
            <source>Access unchanged</source>
            <translation>Giữ nguyên quyền đọc</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="148" />
            <location filename="../components/DocumentConsole.qml" line="149" />
            <source>The whole meeting</source>
            <translation>Toàn phiên họp</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="150" />
            <source>Named readers only</source>
            <translation>Chỉ người đọc được chỉ định</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="151" />
            <source>Confidential: named readers, never stored, watermarked</source>
            <translation>Mật: người được chỉ định, không lưu trên máy, có đóng dấu tên</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="191" />
            <source>Add a new one instead</source>
            <translation>Thêm tài liệu mới</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="202" />
            <source>Replace</source>
            <translation>Thay thế</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="202" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="230" />
            <source>Added: every seat has it now.</source>
            <translation>Đã thêm: mọi ghế đã nhận được.</translation>
        </message>
        <message>
            <location filename="../components/DocumentConsole.qml" line="231" />
            <source>Replaced: every seat has the new version.</source>
            <translation>Đã thay thế: mọi ghế đã có phiên bản mới.</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message>
            <location filename="../components/DocumentList.qml" line="88" />
            <source>Confidential: shown on this seat only, never stored</source>
            <translation>Mật: chỉ hiển thị tại ghế này, không lưu trên máy</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="91" />
            <source>Updated — version %1, changed pages: %2</source>
            <translation>Đã cập nhật — phiên bản %1, các trang thay đổi: %2</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="92" />
            <source>Updated — version %1</source>
            <translation>Đã cập nhật — phiên bản %1</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="94" />
            <source>Restricted: you are not on its reader list</source>
            <translation>Hạn chế: đồng chí không có trong danh sách người đọc</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/DocumentList.qml" line="101" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="128" />
            <source>Downloading %1%</source>
            <translation>Đang tải %1%</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="143" />
            <source>The meeting has not reached an agenda item yet.</source>
            <translation>Cuộc họp chưa bắt đầu nội dung nào.</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="144" />
            <source>No documents for this item.</source>
            <translation>Nội dung này không có tài liệu.</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="15" />
            <source>Wrong PIN. No attempts are left before check-in is locked.</source>
            <translation>Mã PIN không đúng. Đã hết số lần thử; điểm danh sẽ bị tạm khóa.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/ErrorText.cpp" line="16" />
            <source>Wrong PIN. %n attempt(s) left before check-in is locked.</source>
            <translation>
                <numerusform>Mã PIN không đúng. Còn %n lần thử trước khi điểm danh bị tạm khóa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/ErrorText.cpp" line="19" />
            <source>Too many wrong PINs: check-in is locked for %n minute(s). Ask the secretary for help.</source>
            <translation>
                <numerusform>Nhập sai mã PIN quá nhiều lần: điểm danh bị tạm khóa %n phút. Vui lòng liên hệ Thư ký để được hỗ trợ.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="23" />
            <source>You are not allowed to do this in your role.</source>
            <translation>Chức danh của đồng chí không có quyền thực hiện thao tác này.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="25" />
            <source>Nobody is checked in at this device. Check in with your PIN first.</source>
            <translation>Chưa có ai điểm danh trên thiết bị này. Vui lòng điểm danh bằng mã PIN trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="27" />
            <source>Someone else moved the agenda first. The screen now shows the current item; try again if needed.</source>
            <translation>Người khác đã chuyển nội dung trước. Màn hình đang hiển thị nội dung hiện tại; thử lại nếu cần.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="29" />
            <source>This cannot be done now: %1</source>
            <translation>Hiện chưa thể thực hiện: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="31" />
            <source>Not found on the hub: %1</source>
            <translation>Không tìm thấy trên máy chủ phòng họp: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="37" />
            <source>The hub has no meeting prepared yet. Ask the secretary to import the meeting.</source>
            <translation>Máy chủ phòng họp chưa có cuộc họp nào. Đề nghị Thư ký nhập dữ liệu cuộc họp.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="39" />
            <source>The hub could not save this (storage failure); nothing was changed. Try again or call the administrator.</source>
            <translation>Máy chủ phòng họp không lưu được (lỗi lưu trữ); chưa có gì thay đổi. Vui lòng thử lại hoặc gọi quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="41" />
            <source>You are not entitled to vote in this poll.</source>
            <translation>Đồng chí không có quyền biểu quyết trong lần biểu quyết này.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="43" />
            <source>Only members present in the room can vote: check in at your seat first.</source>
            <translation>Chỉ đại biểu có mặt mới được biểu quyết: vui lòng điểm danh tại chỗ ngồi trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="45" />
            <source>Your vote in this poll is already recorded; it cannot be cast again.</source>
            <translation>Phiếu biểu quyết của đồng chí đã được ghi nhận; không thể biểu quyết lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="47" />
            <source>Voting is not open for this poll (not yet opened, or already closed).</source>
            <translation>Biểu quyết chưa mở hoặc đã kết thúc.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="49" />
            <source>The poll cannot be opened: there is no quorum. %1</source>
            <translation>Không thể bắt đầu biểu quyết: không đủ số đại biểu có mặt theo quy định. %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="51" />
            <source>This choice does not fit the ballot (too many or too few options). Please choose again.</source>
            <translation>Lựa chọn không hợp lệ (chọn quá nhiều hoặc quá ít phương án). Vui lòng chọn lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="53" />
            <source>The poll cannot be prepared: %1</source>
            <translation>Không thể tạo nội dung biểu quyết: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="55" />
            <source>The proxy vote is refused: %1</source>
            <translation>Không chấp nhận biểu quyết ủy quyền: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="57" />
            <source>This document is not open to everyone in the meeting, so it cannot be shown on every seat.</source>
            <translation>Tài liệu này không được mở cho mọi người dự họp nên không thể trình chiếu lên mọi ghế.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="63" />
            <source>The hub refused a malformed request (%1). Please report this to the administrator.</source>
            <translation>Máy chủ phòng họp từ chối một yêu cầu sai định dạng (%1). Vui lòng báo cho quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="66" />
            <source>The hub refused: %1</source>
            <translation>Máy chủ phòng họp từ chối: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="75" />
            <source>The conclusion was changed in the meantime; read the new text and try again. (%1)</source>
            <translation>Kết luận vừa được sửa; hãy đọc nội dung mới rồi thử lại. (%1)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="77" />
            <source>This conclusion is already approved or withdrawn and can no longer change.</source>
            <translation>Kết luận này đã được thông qua hoặc đã rút, không thể thay đổi nữa.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="79" />
            <source>The conclusion cannot be approved by this vote: %1</source>
            <translation>Không thể thông qua kết luận bằng lần biểu quyết này: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="81" />
            <source>The conclusion's text is empty or unreadable. Write the conclusion first.</source>
            <translation>Nội dung kết luận trống hoặc không đọc được. Hãy viết kết luận trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="83" />
            <source>The conclusion is too long (%1). Split it into several conclusions.</source>
            <translation>Kết luận quá dài (%1). Hãy tách thành nhiều kết luận.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="86" />
            <source>Only the chair may approve a conclusion.</source>
            <translation>Chỉ chủ tọa mới được thông qua kết luận.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="87" />
            <source>Only the secretary may draft or edit a conclusion; the chair approves it.</source>
            <translation>Chỉ thư ký mới được soạn hoặc sửa kết luận; chủ tọa thông qua kết luận.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="95" />
            <source>Connection to the hub lost. Reconnecting; what you typed will be sent then.</source>
            <translation>Mất kết nối — đang kết nối lại… Những gì đồng chí đã nhập sẽ được gửi khi có kết nối.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="99" />
            <source>The hub does not accept this device (revoked or not yet approved). Call the administrator.</source>
            <translation>Máy chủ phòng họp không chấp nhận thiết bị này (đã bị thu hồi hoặc chưa được phê duyệt). Vui lòng gọi quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="103" />
            <source>This app is not compatible with the hub. Update the app. (%1)</source>
            <translation>Ứng dụng không tương thích với máy chủ phòng họp. Cần cập nhật ứng dụng. (%1)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../components/Labels.qml" line="9" />
            <source>Chair</source>
            <translation>Chủ tọa</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="10" />
            <source>Secretary</source>
            <translation>Thư ký</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="11" />
            <source>Delegate</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="12" />
            <source>Guest</source>
            <translation>Khách mời</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="13" />
            <source>Observer</source>
            <translation>Quan sát viên</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="20" />
            <source>Not yet opened</source>
            <translation>Chưa khai mạc</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="21" />
            <source>In session</source>
            <translation>Đang họp</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="22" />
            <source>Closed</source>
            <translation>Đã bế mạc</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="24" />
            <source>No meeting</source>
            <translation>Chưa có cuộc họp</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="29" />
            <source>Connection lost — reconnecting…</source>
            <translation>Mất kết nối — đang kết nối lại…</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="30" />
            <source>Connecting to the meeting room…</source>
            <translation>Đang kết nối tới phòng họp…</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="31" />
            <source>Synchronising meeting data…</source>
            <translation>Đang đồng bộ dữ liệu cuộc họp…</translation>
        </message>
        <message>
            <location filename="../components/Labels.qml" line="33" />
            <source>This app is not compatible with the meeting room's hub. Please call the administrator.</source>
            <translation>Ứng dụng không tương thích với máy chủ phòng họp. Vui lòng gọi quản trị viên.</translation>
        </message>
    </context>
    <context>
        <name>MeetingHeader</name>
        <message>
            <location filename="../components/MeetingHeader.qml" line="33" />
            <source>Paperless meeting room</source>
            <translation>Phòng họp không giấy</translation>
        </message>
        <message>
            <location filename="../components/MeetingHeader.qml" line="45" />
            <source>%1 on %2</source>
            <translation>%1 ngày %2</translation>
        </message>
    </context>
    <context>
        <name>MeetingSession</name>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="109" />
            <location filename="../../tablet-client/MeetingSession.cpp" line="146" />
            <source>Connecting to the hub…</source>
            <translation>Đang kết nối tới máy chủ phòng họp…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="134" />
            <source>Not connected.</source>
            <translation>Chưa kết nối.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="150" />
            <source>Bringing the meeting up to date…</source>
            <translation>Đang cập nhật dữ liệu cuộc họp…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="176" />
            <location filename="../../tablet-client/SessionDocuments.cpp" line="180" />
            <source>Not connected to the hub: the session has not been started.</source>
            <translation>Chưa kết nối tới máy chủ phòng họp: phiên làm việc chưa được khởi động.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/MeetingSession.cpp" line="258" />
            <source>There is no agenda item %1; the agenda has %n item(s).</source>
            <translation>
                <numerusform>Không có nội dung số %1; chương trình họp có %n nội dung.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="196" />
            <source>%1 for %2</source>
            <translation>%1 biểu quyết thay %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="197" />
            <source>Proxies: %1</source>
            <translation>Ủy quyền: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="229" />
            <source>Adopted: %1</source>
            <translation>Thông qua: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="98" />
            <source>The minutes need a graphical application (fonts).</source>
            <translation>Việc lập biên bản cần ứng dụng có giao diện đồ họa (phông chữ).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="106" />
            <source>The minutes could not be written to %1: %2</source>
            <translation>Không ghi được biên bản vào %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="221" />
            <location filename="../../tablet-client/SessionFloor.cpp" line="230" />
            <source>Adopted</source>
            <translation>Thông qua</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="234" />
            <source>Move to an agenda item first: a conclusion belongs to an item.</source>
            <translation>Hãy chuyển sang một mục chương trình trước: kết luận thuộc về một mục.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="233" />
            <source>Not adopted: no option reached the required majority</source>
            <translation>Không thông qua: không phương án nào đạt tỷ lệ quy định</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="221" />
            <location filename="../../tablet-client/SessionFloor.cpp" line="233" />
            <source>Not adopted</source>
            <translation>Không thông qua</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="237" />
            <source>Tie between %1: not adopted</source>
            <translation>Số phiếu ngang nhau giữa %1: không thông qua</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="238" />
            <source>Tie: not adopted</source>
            <translation>Số phiếu ngang nhau: không thông qua</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="243" />
            <source>Adopted with more votes in favour than against.</source>
            <translation>Thông qua khi số phiếu tán thành nhiều hơn số phiếu không tán thành.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="244" />
            <source>%1 needed to adopt (base %2).</source>
            <translation>Cần %1 phiếu tán thành để thông qua (trên tổng số %2).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="268" />
            <source>Quorum now: %1 of %2 entitled members present (%3 needed).</source>
            <translation>Hiện đủ số đại biểu: %1/%2 đại biểu có quyền biểu quyết có mặt (cần %3).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="270" />
            <source>No quorum now: %1 of %2 entitled members present (%3 needed).</source>
            <translation>Hiện chưa đủ số đại biểu: %1/%2 đại biểu có quyền biểu quyết có mặt (cần %3).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="274" />
            <source>The quorum rule cannot be checked: %1</source>
            <translation>Không kiểm tra được điều kiện số đại biểu có mặt: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="549" />
            <source>Write the question to be voted on first.</source>
            <translation>Vui lòng nhập nội dung cần biểu quyết trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="560" />
            <source>A choice needs at least two options.</source>
            <translation>Biểu quyết lựa chọn cần ít nhất hai phương án.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/SessionFloor.cpp" line="564" />
            <source>Choose between %1 and %2 options: the numbers do not fit the %n option(s).</source>
            <translation>
                <numerusform>Chọn từ %1 đến %2 phương án: số này không phù hợp với %n phương án đã nhập.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="569" />
            <source>Unknown kind of poll "%1" (yesno or choice).</source>
            <translation>Loại biểu quyết "%1" không hợp lệ (yesno hoặc choice).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="576" />
            <source>Unknown voting mode "%1" (open, named or secret).</source>
            <translation>Hình thức biểu quyết "%1" không hợp lệ (open, named hoặc secret).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="579" />
            <source>A secret ballot cannot be changed once cast; turn off "allow changing the vote".</source>
            <translation>Bỏ phiếu kín không cho phép thay đổi sau khi đã bỏ phiếu; vui lòng bỏ chọn "cho phép thay đổi biểu quyết".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="594" />
            <source>The majority must be a fraction p/q with 0 &lt; p ≤ q.</source>
            <translation>Tỷ lệ thông qua phải là phân số p/q với 0 &lt; p ≤ q.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="599" />
            <source>Unknown majority rule "%1".</source>
            <translation>Cách tính đa số "%1" không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="610" />
            <source>Unknown majority base "%1".</source>
            <translation>Căn cứ tính tỷ lệ "%1" không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="619" />
            <source>The quorum must be a fraction p/q with 0 &lt; p ≤ q.</source>
            <translation>Tỷ lệ đại biểu có mặt phải là phân số p/q với 0 &lt; p ≤ q.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="624" />
            <source>Unknown quorum rule "%1".</source>
            <translation>Điều kiện số đại biểu có mặt "%1" không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="672" />
            <source>Your ballot is already on its way; wait for the receipt.</source>
            <translation>Phiếu biểu quyết đang được gửi; vui lòng chờ xác nhận.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="677" />
            <source>That choice is not on the ballot.</source>
            <translation>Lựa chọn này không có trong phiếu biểu quyết.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="723" />
            <source>Choose who gets the floor.</source>
            <translation>Vui lòng chọn người được phát biểu.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="743" />
            <source>A speaking time cannot be negative.</source>
            <translation>Thời gian phát biểu không được âm.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="751" />
            <source>Write the speaker's name first.</source>
            <translation>Vui lòng nhập tên người phát biểu trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="788" />
            <source>Quorum unknown: %1</source>
            <translation>Chưa xác định được số đại biểu có mặt: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="789" />
            <source>Quorum (more than half): %1 of %2 present, %3 needed.</source>
            <translation>Đủ số đại biểu (quá nửa): %1/%2 có mặt, cần %3.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="791" />
            <source>No quorum (more than half): %1 of %2 present, %3 needed.</source>
            <translation>Chưa đủ số đại biểu (quá nửa): %1/%2 có mặt, cần %3.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="134" />
            <source>Choose a PDF file, an agenda item and a title.</source>
            <translation>Hãy chọn tệp PDF, nội dung họp và nhập tiêu đề.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="163" />
            <source>Unknown access "%1".</source>
            <translation>Quyền đọc "%1" không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="185" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionDocuments.cpp" line="190" />
            <source>%1 is not a PDF file.</source>
            <translation>%1 không phải là tệp PDF.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionPresenting.cpp" line="109" />
            <source>Open a document to present first.</source>
            <translation>Hãy mở một tài liệu trước khi trình chiếu.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="30" />
            <source>Draft</source>
            <translation>Dự thảo</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="31" />
            <source>Approved</source>
            <translation>Đã thông qua</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionConclusions.cpp" line="32" />
            <source>Withdrawn</source>
            <translation>Đã rút</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="45" />
            <source>of the votes cast (in favour + against)</source>
            <translation>tổng số phiếu biểu quyết (tán thành + không tán thành)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="46" />
            <source>of the votes cast, abstentions included</source>
            <translation>tổng số phiếu, kể cả không biểu quyết</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="47" />
            <source>of the voting members present</source>
            <translation>tổng số đại biểu có quyền biểu quyết có mặt</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="48" />
            <source>of all members entitled to vote</source>
            <translation>tổng số đại biểu có quyền biểu quyết</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="54" />
            <source>Simple majority: more in favour than against</source>
            <translation>Đa số đơn giản: số phiếu tán thành nhiều hơn không tán thành</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="56" />
            <source>At least %1 %2</source>
            <translation>Ít nhất %1 %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="57" />
            <source>More than %1 %2</source>
            <translation>Trên %1 %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="61" />
            <source>Quorum reached: %1 of %2 entitled members present (%3 needed).</source>
            <translation>Đủ số đại biểu: %1/%2 đại biểu có quyền biểu quyết có mặt (cần %3).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="63" />
            <source>No quorum: %1 of %2 entitled members present (%3 needed).</source>
            <translation>Không đủ số đại biểu: %1/%2 đại biểu có quyền biểu quyết có mặt (cần %3).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="69" />
            <source>Prepared</source>
            <translation>Đã chuẩn bị</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="70" />
            <source>Voting is open</source>
            <translation>Đang biểu quyết</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="71" />
            <source>Voting closed; result not yet announced</source>
            <translation>Đã kết thúc biểu quyết; chưa công bố kết quả</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="72" />
            <source>Result announced</source>
            <translation>Đã công bố kết quả</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="73" />
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="80" />
            <source>Open vote (names and choices shown live)</source>
            <translation>Biểu quyết công khai (hiển thị ngay tên và lựa chọn)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="81" />
            <source>Named vote (names shown after closing)</source>
            <translation>Biểu quyết ghi danh (hiển thị tên sau khi kết thúc)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="82" />
            <source>Secret ballot</source>
            <translation>Bỏ phiếu kín</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="88" />
            <source>In favour</source>
            <translation>Tán thành</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="88" />
            <source>Against</source>
            <translation>Không tán thành</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="88" />
            <source>Abstain</source>
            <translation>Không biểu quyết</translation>
        </message>
        <message>
            <location filename="../../tablet-client/SessionFloor.cpp" line="95" />
            <source>Blank ballot</source>
            <translation>Phiếu trắng</translation>
        </message>
    </context>
    <context>
        <name>OfficeDesk</name>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="21" />
            <source>Compose</source>
            <translation>Soạn văn bản</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="22" />
            <source>Directives (%1)</source>
            <translation>Văn bản đã ban hành (%1)</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="23" />
            <source>Tasks and reports</source>
            <translation>Nhiệm vụ và báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="26" />
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="54" />
            <source>Choose a directive to see who has read it and how its tasks stand.</source>
            <translation>Chọn một văn bản để xem đơn vị nào đã đọc và tình hình thực hiện nhiệm vụ.</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="65" />
            <source>No tasks assigned yet.</source>
            <translation>Chưa giao nhiệm vụ nào.</translation>
        </message>
        <message>
            <location filename="../dispatch/OfficeDesk.qml" line="72" />
            <source>Choose a task to evaluate its report or change its deadline.</source>
            <translation>Chọn một nhiệm vụ để đánh giá báo cáo hoặc điều chỉnh thời hạn.</translation>
        </message>
    </context>
    <context>
        <name>PackProgress</name>
        <message>
            <location filename="../components/PackProgress.qml" line="26" />
            <source>Receiving the documents: %1 of %2 · %3 of %4</source>
            <translation>Đang nhận tài liệu: %1/%2 · %3/%4</translation>
        </message>
    </context>
    <context>
        <name>PageRenderer</name>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="117" />
            <source>Drawing the page was cancelled.</source>
            <translation>Đã hủy việc vẽ trang.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="127" />
            <source>The document has no page %1.</source>
            <translation>Tài liệu không có trang %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="129" />
            <source>Page %1 of the document is damaged.</source>
            <translation>Trang %1 của tài liệu bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="132" />
            <source>Page %1 of the document has no size.</source>
            <translation>Trang %1 của tài liệu không có kích thước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="149" />
            <source>Page %1 of the document could not be drawn.</source>
            <translation>Không hiển thị được trang %1 của tài liệu.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="60" />
            <source>The document file %1 is not there.</source>
            <translation>Không tìm thấy tệp tài liệu %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="65" />
            <source>The document is damaged and cannot be shown. Ask the secretary for a new copy.</source>
            <translation>Tài liệu bị hỏng, không hiển thị được. Đề nghị Thư ký cung cấp bản khác.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="69" />
            <source>The document is protected by a password and cannot be shown.</source>
            <translation>Tài liệu được bảo vệ bằng mật khẩu nên không hiển thị được.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="73" />
            <source>The document has no pages.</source>
            <translation>Tài liệu không có trang nào.</translation>
        </message>
    </context>
    <context>
        <name>PdfDocument</name>
        <message>
            <location filename="../../tablet-client/pdf/PdfDocument.cpp" line="40" />
            <source>"%1" is not a document id.</source>
            <translation>"%1" không phải là mã tài liệu.</translation>
        </message>
    </context>
    <context>
        <name>PdfImageProvider</name>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="59" />
            <source>The document has not been downloaded yet.</source>
            <translation>Tài liệu chưa được tải về.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="124" />
            <source>Invalid page address "%1".</source>
            <translation>Địa chỉ trang không hợp lệ "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="152" />
            <source>Drawing the page was cancelled.</source>
            <translation>Đã hủy việc vẽ trang.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <location filename="../components/PdfViewer.qml" line="152" />
            <source>Pages, contents and search</source>
            <translation>Trang, mục lục và tìm kiếm</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="169" />
            <source>Previous page</source>
            <translation>Trang trước</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="178" />
            <source>Page %1 / %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="186" />
            <source>Next page</source>
            <translation>Trang sau</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="194" />
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="202" />
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="317" />
            <source>This page could not be shown.</source>
            <translation>Không hiển thị được trang này.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="390" />
            <source>Opening the document…</source>
            <translation>Đang mở tài liệu…</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="394" />
            <source>This document cannot be opened: the file is damaged.</source>
            <translation>Không mở được tài liệu: tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="397" />
            <source>This document is password-protected and cannot be shown here.</source>
            <translation>Tài liệu được bảo vệ bằng mật khẩu, không hiển thị được trên thiết bị này.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="399" />
            <source>The document is not on this device yet.</source>
            <translation>Tài liệu chưa có trên thiết bị này.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="400" />
            <source>Choose a document to read.</source>
            <translation>Chọn một tài liệu để đọc.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../components/PinPad.qml" line="95" />
            <source>Clear</source>
            <translation>Xóa hết</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="112" />
            <source>Delete last digit</source>
            <translation>Xóa chữ số cuối</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="125" />
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="125" />
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
    </context>
    <context>
        <name>PollConsole</name>
        <message>
            <location filename="../components/PollConsole.qml" line="42" />
            <source>No poll prepared yet</source>
            <translation>Chưa có nội dung biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="49" />
            <source>New poll</source>
            <translation>Tạo biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="107" />
            <source>Open voting</source>
            <translation>Bắt đầu biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="115" />
            <location filename="../components/PollConsole.qml" line="341" />
            <source>Close voting</source>
            <translation>Kết thúc biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="123" />
            <source>Announce the result</source>
            <translation>Công bố kết quả</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="132" />
            <location filename="../components/PollConsole.qml" line="358" />
            <source>Cancel and vote again</source>
            <translation>Hủy và biểu quyết lại</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="140" />
            <location filename="../components/PollConsole.qml" line="349" />
            <source>Cancel poll</source>
            <translation>Hủy biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="160" />
            <source>Absent member: %1</source>
            <translation>Đại biểu vắng mặt: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="171" />
            <source>Carried by: %1</source>
            <translation>Người được ủy quyền: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="177" />
            <source>Record proxy</source>
            <translation>Ghi nhận ủy quyền</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="204" />
            <source>Votes in: %1 / %2</source>
            <translation>Đã biểu quyết: %1 / %2</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="228" />
            <source>Not yet voted: %1</source>
            <translation>Chưa biểu quyết: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="229" />
            <source>Everyone eligible has voted.</source>
            <translation>Tất cả đại biểu có quyền biểu quyết đã biểu quyết.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="244" />
            <source>The choices are counted when voting closes.</source>
            <translation>Kết quả được kiểm khi kết thúc biểu quyết.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="269" />
            <source>Voters</source>
            <translation>Đại biểu biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="307" />
            <source>by proxy: %1</source>
            <translation>ủy quyền: %1</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="308" />
            <source>absent</source>
            <translation>vắng mặt</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="322" />
            <source>Prepare a poll with "New poll"; it is attached to the item under discussion.</source>
            <translation>Nhấn "Tạo biểu quyết" để chuẩn bị nội dung biểu quyết; nội dung gắn với vấn đề đang thảo luận.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="338" />
            <source>Close voting?</source>
            <translation>Kết thúc biểu quyết?</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="339" />
            <source>%1 of %2 eligible members have voted. No ballot is accepted after closing.</source>
            <translation>%1/%2 đại biểu đã biểu quyết. Sau khi kết thúc sẽ không nhận thêm phiếu.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="347" />
            <source>Cancel this poll?</source>
            <translation>Hủy lần biểu quyết này?</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="348" />
            <source>The poll stays in the record as cancelled; its ballots do not count.</source>
            <translation>Lần biểu quyết vẫn được lưu trong biên bản với trạng thái đã hủy; các phiếu không được tính.</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="350" />
            <location filename="../components/PollConsole.qml" line="359" />
            <source>Keep it</source>
            <translation>Giữ lại</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="356" />
            <source>Cancel and vote again?</source>
            <translation>Hủy và biểu quyết lại?</translation>
        </message>
        <message>
            <location filename="../components/PollConsole.qml" line="357" />
            <source>This poll is cancelled (it stays in the record) and a new poll with the same question is prepared.</source>
            <translation>Lần biểu quyết này bị hủy (vẫn lưu trong biên bản) và một lần biểu quyết mới với cùng nội dung được chuẩn bị.</translation>
        </message>
    </context>
    <context>
        <name>PollForm</name>
        <message>
            <location filename="../components/PollForm.qml" line="76" />
            <source>New poll</source>
            <translation>Tạo biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="96" />
            <source>Question</source>
            <translation>Nội dung biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="103" />
            <source>e.g. Approve the 2027 budget estimate</source>
            <translation>Ví dụ: Thông qua dự toán ngân sách năm 2027</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="106" />
            <source>Kind</source>
            <translation>Loại biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="116" />
            <source>In favour / against / abstain</source>
            <translation>Tán thành / Không tán thành / Không biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="117" />
            <source>Choice among options</source>
            <translation>Lựa chọn phương án</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="123" />
            <source>Options (one per line)</source>
            <translation>Các phương án (mỗi dòng một phương án)</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="140" />
            <source>Options per ballot</source>
            <translation>Số phương án được chọn</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="147" />
            <source>at least</source>
            <translation>ít nhất</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="149" />
            <source>at most</source>
            <translation>nhiều nhất</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="153" />
            <source>Voting mode</source>
            <translation>Hình thức biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="164" />
            <source>Open: names and choices shown live</source>
            <translation>Công khai: hiển thị ngay tên và lựa chọn</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="165" />
            <source>Named: names shown after closing</source>
            <translation>Ghi danh: hiển thị tên sau khi kết thúc</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="166" />
            <source>Secret ballot</source>
            <translation>Bỏ phiếu kín</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="170" />
            <source>Majority</source>
            <translation>Tỷ lệ thông qua</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="180" />
            <source>Simple: more in favour than against</source>
            <translation>Đa số đơn giản: tán thành nhiều hơn không tán thành</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="181" />
            <source>More than half</source>
            <translation>Quá nửa</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="182" />
            <source>At least two thirds</source>
            <translation>Ít nhất hai phần ba</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="183" />
            <source>At least three quarters</source>
            <translation>Ít nhất ba phần tư</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="184" />
            <source>Other fraction p/q</source>
            <translation>Tỷ lệ khác p/q</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="191" />
            <source>Fraction</source>
            <translation>Tỷ lệ</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="201" />
            <source>at least (otherwise: more than)</source>
            <translation>ít nhất (nếu không chọn: trên)</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="206" />
            <source>Counted on</source>
            <translation>Tính trên</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="220" />
            <source>Votes cast (in favour + against)</source>
            <translation>Tổng số phiếu tán thành và không tán thành</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="221" />
            <source>Votes cast, abstentions included</source>
            <translation>Tổng số phiếu, kể cả không biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="222" />
            <source>Voting members present</source>
            <translation>Tổng số đại biểu có quyền biểu quyết có mặt</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="223" />
            <source>All members entitled to vote</source>
            <translation>Tổng số đại biểu có quyền biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="227" />
            <source>Quorum to open</source>
            <translation>Điều kiện số đại biểu có mặt</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="237" />
            <source>No quorum check</source>
            <translation>Không kiểm tra</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="238" />
            <source>More than half of the entitled members present</source>
            <translation>Quá nửa tổng số đại biểu có quyền biểu quyết có mặt</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="239" />
            <source>At least two thirds of the entitled members present</source>
            <translation>Ít nhất hai phần ba tổng số đại biểu có quyền biểu quyết có mặt</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="249" />
            <source>Members may change their vote while voting is open</source>
            <translation>Cho phép thay đổi biểu quyết trong thời gian biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="271" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../components/PollForm.qml" line="278" />
            <source>Prepare the poll</source>
            <translation>Tạo biểu quyết</translation>
        </message>
    </context>
    <context>
        <name>PresenterBar</name>
        <message>
            <location filename="../components/PresenterBar.qml" line="53" />
            <source>%1, page %2</source>
            <translation>%1, trang %2</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="55" />
            <source>Shown to the room: %1</source>
            <translation>Đang trình chiếu cho cả phòng: %1</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="56" />
            <source>Following the presenter: %1</source>
            <translation>Đang theo người trình bày: %1</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="57" />
            <source>%1 is presenting: %2</source>
            <translation>%1 đang trình bày: %2</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="60" />
            <source>%1 may present pages.</source>
            <translation>%1 được quyền trình chiếu trang.</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="61" />
            <source>Nothing is being presented.</source>
            <translation>Không có trang nào đang được trình chiếu.</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="71" />
            <source>Follow presenter</source>
            <translation>Theo người trình bày</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="78" />
            <source>Present this page</source>
            <translation>Trình chiếu trang này</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="85" />
            <source>Stop presenting</source>
            <translation>Dừng trình chiếu</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="92" />
            <source>Let %1 present</source>
            <translation>Cho %1 trình chiếu</translation>
        </message>
        <message>
            <location filename="../components/PresenterBar.qml" line="99" />
            <source>Take back the presenting right</source>
            <translation>Thu hồi quyền trình chiếu</translation>
        </message>
    </context>
    <context>
        <name>ReaderPanel</name>
        <message>
            <location filename="../components/ReaderPanel.qml" line="52" />
            <source>Pages</source>
            <translation>Trang</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="53" />
            <source>Contents</source>
            <translation>Mục lục</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="54" />
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="146" />
            <source>This document has no table of contents.</source>
            <translation>Tài liệu này không có mục lục.</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="161" />
            <source>Find words…</source>
            <translation>Tìm từ…</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="171" />
            <source>All documents</source>
            <translation>Mọi tài liệu</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="178" />
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="189" />
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="191" />
            <source>No page contains “%1”. (Scanned pages cannot be searched.)</source>
            <translation>Không trang nào có “%1”. (Không tìm được trong trang bản quét.)</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="192" />
            <source>The first %1 hits for “%2”.</source>
            <translation>%1 kết quả đầu tiên cho “%2”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/ReaderPanel.qml" line="193" />
            <source>%n hit(s) for “%1”.</source>
            <translation>
                <numerusform>%n kết quả cho “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="223" />
            <source>Page %1</source>
            <translation>Trang %1</translation>
        </message>
        <message>
            <location filename="../components/ReaderPanel.qml" line="224" />
            <source>%1 — page %2</source>
            <translation>%1 — trang %2</translation>
        </message>
    </context>
    <context>
        <name>RegistryBanner</name>
        <message>
            <location filename="../dispatch/RegistryBanner.qml" line="33" />
            <source>Connecting to the registry…</source>
            <translation>Đang kết nối đến hệ thống theo dõi văn bản…</translation>
        </message>
    </context>
    <context>
        <name>RegistryErrorText</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="14" />
            <source>Your unit has no part in this task.</source>
            <translation>Đơn vị của đồng chí không tham gia nhiệm vụ này.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="15" />
            <source>Your unit's role on this task does not allow this step.</source>
            <translation>Vai trò của đơn vị trong nhiệm vụ này không cho phép thao tác này.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="16" />
            <source>This task is done and closed; nothing more can be added.</source>
            <translation>Nhiệm vụ đã hoàn thành và đóng; không thể bổ sung thêm.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="17" />
            <source>This step is not possible in the task's present state. The list now shows the current state.</source>
            <translation>Không thể thực hiện thao tác này ở trạng thái hiện tại của nhiệm vụ. Danh sách đã hiển thị trạng thái mới nhất.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="18" />
            <source>An extension request is already waiting for the issuer's answer.</source>
            <translation>Đã có đề nghị gia hạn đang chờ cơ quan ban hành trả lời.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="19" />
            <source>There is no extension request to answer.</source>
            <translation>Không có đề nghị gia hạn nào cần trả lời.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="20" />
            <source>Please write the text (report summary, reason or comment) first.</source>
            <translation>Vui lòng nhập nội dung (tóm tắt báo cáo, lý do hoặc ý kiến) trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="21" />
            <source>Please choose the new deadline.</source>
            <translation>Vui lòng chọn thời hạn mới.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="22" />
            <source>The date is not a valid deadline.</source>
            <translation>Ngày đã nhập không phải là thời hạn hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="23" />
            <source>The new deadline must be later than the current one.</source>
            <translation>Thời hạn mới phải sau thời hạn hiện tại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="24" />
            <source>The new deadline has already passed.</source>
            <translation>Thời hạn mới đã qua.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="25" />
            <source>The registry's clock is behind the task's last record; try again in a moment.</source>
            <translation>Đồng hồ của hệ thống chậm hơn bản ghi cuối của nhiệm vụ; vui lòng thử lại sau giây lát.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="26" />
            <source>The step was refused: %1</source>
            <translation>Thao tác bị từ chối: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="34" />
            <source>Wrong account name or password.</source>
            <translation>Sai tên tài khoản hoặc mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="35" />
            <source>Wrong account name or password. %n attempt(s) left before the account is locked.</source>
            <translation>Sai tên tài khoản hoặc mật khẩu. Còn %n lần thử trước khi tài khoản bị khóa.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="39" />
            <source>Too many wrong passwords: signing in is locked for %n minute(s).</source>
            <translation>Nhập sai mật khẩu quá nhiều lần: tạm khóa đăng nhập trong %n phút.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="42" />
            <source>Your session has ended. Please sign in again.</source>
            <translation>Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="44" />
            <source>Your account may not do this.</source>
            <translation>Tài khoản của đồng chí không được phép thực hiện thao tác này.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="46" />
            <source>Not found, or not sent to your unit.</source>
            <translation>Không tìm thấy, hoặc không gửi đến đơn vị của đồng chí.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="50" />
            <source>The directive could not be numbered: %1</source>
            <translation>Không cấp được số cho văn bản: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="52" />
            <source>The directive cannot be published: %1</source>
            <translation>Không thể ban hành văn bản: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="54" />
            <source>The attachment could not be sent: %1</source>
            <translation>Không gửi được tệp đính kèm: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="56" />
            <source>An attachment of this report is missing on the registry; attach the file again.</source>
            <translation>Hệ thống chưa có một tệp đính kèm của báo cáo này; vui lòng đính kèm lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="58" />
            <source>Someone changed this task meanwhile. The screen now shows its current state; check and try again.</source>
            <translation>Nhiệm vụ vừa được người khác cập nhật. Màn hình đã hiển thị trạng thái mới; vui lòng kiểm tra và thử lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="60" />
            <source>The registry could not save this (storage failure); nothing was changed. Try again or call the administrator.</source>
            <translation>Hệ thống không lưu được (lỗi lưu trữ); chưa có gì thay đổi. Vui lòng thử lại hoặc liên hệ quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryErrorText.cpp" line="69" />
            <source>The registry does not answer. Check the network; nothing was changed, try again later.</source>
            <translation>Hệ thống không phản hồi. Vui lòng kiểm tra mạng; chưa có gì thay đổi, hãy thử lại sau.</translation>
        </message>
    </context>
    <context>
        <name>RegistryExport</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryExport.cpp" line="134" />
            <source>The PDF could not be made.</source>
            <translation>Không tạo được tệp PDF.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryExport.cpp" line="139" />
            <source>No file name was given.</source>
            <translation>Chưa nhập tên tệp.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryExport.cpp" line="143" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RegistryRows</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="72" />
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="100" />
            <source>Assigned</source>
            <translation>Đã giao</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="73" />
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="101" />
            <source>Acknowledged</source>
            <translation>Đã tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="74" />
            <source>In progress</source>
            <translation>Đang thực hiện</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="75" />
            <source>Reported, awaiting evaluation</source>
            <translation>Đã báo cáo, chờ đánh giá</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="76" />
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="105" />
            <source>Report returned</source>
            <translation>Báo cáo bị trả lại</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="77" />
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="102" />
            <source>Work started</source>
            <translation>Bắt đầu thực hiện</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="103" />
            <source>Progress reported</source>
            <translation>Đã báo cáo tiến độ</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="104" />
            <source>Report accepted</source>
            <translation>Báo cáo được chấp nhận</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="106" />
            <source>Extension requested</source>
            <translation>Đề nghị gia hạn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="107" />
            <source>Deadline extended</source>
            <translation>Đã gia hạn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="108" />
            <source>Extension refused</source>
            <translation>Từ chối gia hạn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="109" />
            <source>Comment</source>
            <translation>Ý kiến</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryRows.cpp" line="290" />
            <source>Total</source>
            <translation>Tổng cộng</translation>
        </message>
    </context>
    <context>
        <name>RegistrySession</name>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="165" />
            <source>Accepted.</source>
            <translation>Chấp nhận.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="165" />
            <source>Accepted: %1</source>
            <translation>Chấp nhận: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="167" />
            <source>Returned: %1</source>
            <translation>Trả lại: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="216" />
            <source>Choose the deadline you ask for.</source>
            <translation>Chọn thời hạn đề nghị.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="220" />
            <source>Write why the extension is needed.</source>
            <translation>Nhập lý do cần gia hạn.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="227" />
            <source>Write the comment first.</source>
            <translation>Nhập nội dung ý kiến trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="237" />
            <source>Write why the report is returned.</source>
            <translation>Nhập lý do trả lại báo cáo.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="244" />
            <source>Choose the new deadline.</source>
            <translation>Chọn thời hạn mới.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="251" />
            <source>Write why the extension is refused.</source>
            <translation>Nhập lý do từ chối gia hạn.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="263" />
            <source>Cannot read the file %1.</source>
            <translation>Không đọc được tệp %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="268" />
            <source>%1 is too large (%2); the registry accepts files up to %3.</source>
            <translation>%1 quá lớn (%2); hệ thống chỉ nhận tệp đến %3.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="292" />
            <source>Write a summary of the progress first.</source>
            <translation>Nhập tóm tắt tiến độ trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="296" />
            <source>A report is being sent; wait until it is done.</source>
            <translation>Đang gửi một báo cáo; vui lòng chờ gửi xong.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="319" />
            <source>Cannot read the file %1: %2</source>
            <translation>Không đọc được tệp %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="352" />
            <source>The registry did not accept %1 completely.</source>
            <translation>Hệ thống chưa nhận đủ tệp %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="379" />
            <source>Write what the task is.</source>
            <translation>Nhập nội dung nhiệm vụ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="380" />
            <source>Choose the lead unit.</source>
            <translation>Chọn đơn vị chủ trì.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="381" />
            <source>The lead unit cannot also be a coordinating unit.</source>
            <translation>Đơn vị chủ trì không thể đồng thời là đơn vị phối hợp.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="382" />
            <source>Choose the deadline.</source>
            <translation>Chọn thời hạn.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="383" />
            <source>The deadline has already passed.</source>
            <translation>Thời hạn đã qua.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="418" />
            <source>Write the directive's title (summary).</source>
            <translation>Nhập trích yếu của văn bản.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="419" />
            <source>Write the directive's text, or pick the conclusions it is made from.</source>
            <translation>Nhập nội dung văn bản, hoặc chọn các kết luận làm căn cứ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="420" />
            <source>Name who signs the directive.</source>
            <translation>Nhập người ký văn bản.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="421" />
            <source>Pick at least one recipient unit.</source>
            <translation>Chọn ít nhất một đơn vị nhận.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="426" />
            <source>The lead unit of "%1" (%2) is not a recipient of the directive.</source>
            <translation>Đơn vị chủ trì của “%1” (%2) không có trong nơi nhận của văn bản.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="430" />
            <source>The coordinating unit %1 of "%2" is not a recipient of the directive.</source>
            <translation>Đơn vị phối hợp %1 của “%2” không có trong nơi nhận của văn bản.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="461" />
            <source>Directive %1 is published and sent.</source>
            <translation>Văn bản số %1 đã được ban hành và gửi đi.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Kind</source>
            <translation>Loại biểu quyết</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Directive / unit</source>
            <translation>Văn bản / đơn vị</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Sent</source>
            <translation>Đã gửi</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Read</source>
            <translation>Đã đọc</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Unread</source>
            <translation>Chưa đọc</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="540" />
            <source>Reading</source>
            <translation>Tình hình đọc</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Reports in</source>
            <translation>Đã báo cáo</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <source>Reports expected</source>
            <translation>Phải báo cáo</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Tasks</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="625" />
            <source>Done</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="541" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>In progress</source>
            <translation>Đang thực hiện</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Red</source>
            <translation>Đỏ</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Yellow</source>
            <translation>Vàng</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>Green</source>
            <translation>Xanh</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="542" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="626" />
            <source>On time %</source>
            <translation>Đúng hạn %</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="551" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Directive</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="552" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="533" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="616" />
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="105" />
            <source>Saved %1.</source>
            <translation>Đã lưu %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Task</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Lead unit</source>
            <translation>Đơn vị chủ trì</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="559" />
            <source>Coordinating units</source>
            <translation>Đơn vị phối hợp</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>Responsible leader</source>
            <translation>Lãnh đạo phụ trách</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="560" />
            <source>Days left</source>
            <translation>Số ngày còn lại</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="561" />
            <source>Extended</source>
            <translation>Đã gia hạn</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="571" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="573" />
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="571" />
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="573" />
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="586" />
            <source>Deadline: %1 (%2)</source>
            <translation>Hạn: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="589" />
            <source>Lead unit: %1. Responsible: %2. State: %3.</source>
            <translation>Đơn vị chủ trì: %1. Lãnh đạo phụ trách: %2. Trạng thái: %3.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="636" />
            <source>Made on %1 by %2 (%3). Period: %4 – %5.</source>
            <translation>Lập lúc %1 bởi %2 (%3). Thời kỳ: %4 – %5.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="641" />
            <source>Units: %1 read all, %2 some unread, %3 none read. Tasks: %4 done, %5 in progress, %6 overdue.</source>
            <translation>Đơn vị: %1 đã đọc hết, %2 còn chưa đọc, %3 chưa đọc văn bản nào. Nhiệm vụ: %4 hoàn thành, %5 đang thực hiện, %6 quá hạn.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="645" />
            <source>Status of directives and tasks</source>
            <translation>Tình hình thực hiện văn bản chỉ đạo và nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="646" />
            <source>By directive</source>
            <translation>Theo văn bản</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="646" />
            <source>By unit</source>
            <translation>Theo đơn vị</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryDesk.cpp" line="651" />
            <source>Saved %1 (made on this desk from the statistics shown).</source>
            <translation>Đã lưu %1 (lập tại máy này từ số liệu thống kê đang hiển thị).</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="41" />
            <source>The registry's address "%1" is not of the form tcp://host:port.</source>
            <translation>Địa chỉ hệ thống “%1” không đúng dạng tcp://máy:cổng.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="43" />
            <source>The registry's public key must be 40 characters (Z85); ask the administrator for it.</source>
            <translation>Khóa công khai của hệ thống phải gồm 40 ký tự (Z85); vui lòng hỏi quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="52" />
            <source>Cannot create a key pair: this build of ZeroMQ has no CURVE support.</source>
            <translation>Không tạo được cặp khóa: bản ZeroMQ này không hỗ trợ CURVE.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="76" />
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="98" />
            <source>Connecting to the registry…</source>
            <translation>Đang kết nối đến hệ thống theo dõi văn bản…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="104" />
            <source>The registry refused the connection of this desk. Check the registry's address and public key with the administrator.</source>
            <translation>Hệ thống từ chối kết nối của máy này. Vui lòng kiểm tra địa chỉ và khóa công khai của hệ thống với quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="26" />
            <source>the signed PDF</source>
            <translation>bản PDF có chữ ký số</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="38" />
            <source>the attached file</source>
            <translation>tệp đính kèm</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="52" />
            <source>No file name was given.</source>
            <translation>Chưa nhập tên tệp.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="56" />
            <source>Another file is still being saved; try again when it is done.</source>
            <translation>Một tệp khác đang được lưu; vui lòng thử lại khi xong.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="74" />
            <source>The registry answered with something other than %1.</source>
            <translation>Hệ thống theo dõi văn bản trả lời không phải %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="94" />
            <source>The copy of %1 arrived damaged (its checksum does not match); nothing was saved.</source>
            <translation>Bản sao của %1 bị hỏng khi truyền (mã kiểm tra không khớp); chưa lưu gì.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="80" />
            <source>The registry sent %1 out of order; nothing was saved.</source>
            <translation>Hệ thống theo dõi văn bản gửi %1 không đúng thứ tự; chưa lưu gì.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="86" />
            <source>The registry stopped sending %1; nothing was saved.</source>
            <translation>Hệ thống theo dõi văn bản ngừng gửi %1; chưa lưu gì.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistryFiles.cpp" line="109" />
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="122" />
            <source>Not connected to the registry.</source>
            <translation>Chưa kết nối đến hệ thống theo dõi văn bản.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/registry/RegistrySession.cpp" line="222" />
            <source>Enter your account name and password.</source>
            <translation>Nhập tên tài khoản và mật khẩu.</translation>
        </message>
    </context>
    <context>
        <name>ResultChart</name>
        <message numerus="yes">
            <location filename="../components/ResultChart.qml" line="54" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n phiếu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/ResultChart.qml" line="85" />
            <source>Blank ballots: %1</source>
            <translation>Phiếu trắng: %1</translation>
        </message>
    </context>
    <context>
        <name>SeatApp</name>
        <message>
            <location filename="../SeatApp.qml" line="32" />
            <source>E-cabinet — seat</source>
            <translation>Phòng họp không giấy — ghế đại biểu</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="74" />
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="82" />
            <location filename="../SeatApp.qml" line="249" />
            <source>Check out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="109" />
            <source>Agenda</source>
            <translation>Chương trình họp</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="125" />
            <source>Documents of the current item</source>
            <translation>Tài liệu của nội dung đang họp</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="153" />
            <source>Conclusions (%1)</source>
            <translation>Kết luận (%1)</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="225" />
            <source>Conclusions of the meeting</source>
            <translation>Các kết luận của cuộc họp</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="238" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="247" />
            <source>Check out of this seat?</source>
            <translation>Đăng xuất khỏi ghế này?</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="248" />
            <source>You will need your PIN to check in again.</source>
            <translation>Để điểm danh lại, đồng chí cần nhập lại mã PIN.</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../dispatch/SignInView.qml" line="50" />
            <source>Directives and tasks</source>
            <translation>Văn bản chỉ đạo và nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="57" />
            <source>Sign in with the account of your office or unit.</source>
            <translation>Đăng nhập bằng tài khoản của cơ quan hoặc đơn vị.</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="62" />
            <source>Account</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="70" />
            <source>e.g. vanthu.vp</source>
            <translation>ví dụ: vanthu.vp</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="73" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="97" />
            <source>Signing in…</source>
            <translation>Đang đăng nhập…</translation>
        </message>
        <message>
            <location filename="../dispatch/SignInView.qml" line="97" />
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
    </context>
    <context>
        <name>SpeakerConsole</name>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="40" />
            <source>Point of order: %1</source>
            <translation>Ý kiến về thủ tục: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="41" />
            <source>Speaking: %1</source>
            <translation>Đang phát biểu: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="42" />
            <source>Nobody has the floor.</source>
            <translation>Chưa có đại biểu phát biểu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/SpeakerConsole.qml" line="50" />
            <source>Speaking time per speech: %n minute(s)</source>
            <translation>
                <numerusform>Thời gian mỗi lượt phát biểu: %n phút</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="52" />
            <source>No speaking time limit</source>
            <translation>Không giới hạn thời gian phát biểu</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="75" />
            <source>Next speaker</source>
            <translation>Mời người tiếp theo</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="82" />
            <source>End speech</source>
            <translation>Kết thúc phát biểu</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="91" />
            <source>Minutes per speech</source>
            <translation>Số phút mỗi lượt phát biểu</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="108" />
            <source>Set</source>
            <translation>Áp dụng</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/SpeakerConsole.qml" line="117" />
            <source>Queue (%n waiting)</source>
            <translation>
                <numerusform>Danh sách đăng ký phát biểu (%n người)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="150" />
            <location filename="../components/SpeakerConsole.qml" line="210" />
            <source>point of order</source>
            <translation>ý kiến về thủ tục</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="159" />
            <location filename="../components/SpeakerConsole.qml" line="190" />
            <source>Give the floor</source>
            <translation>Mời phát biểu</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="166" />
            <source>Remove</source>
            <translation>Rút khỏi danh sách</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="206" />
            <source>Name of a speaker without a tablet</source>
            <translation>Tên người phát biểu không có máy tính bảng</translation>
        </message>
        <message>
            <location filename="../components/SpeakerConsole.qml" line="216" />
            <source>Add to queue</source>
            <translation>Thêm vào danh sách</translation>
        </message>
    </context>
    <context>
        <name>SpeakerPanel</name>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="29" />
            <source>Speakers</source>
            <translation>Phát biểu</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="43" />
            <source>Point of order: %1</source>
            <translation>Ý kiến về thủ tục: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="44" />
            <source>Speaking: %1</source>
            <translation>Đang phát biểu: %1</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="45" />
            <source>Nobody has the floor.</source>
            <translation>Chưa có đại biểu phát biểu.</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="64" />
            <source>Speaking time is over.</source>
            <translation>Đã hết thời gian phát biểu.</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="64" />
            <source>Speaking time left</source>
            <translation>Thời gian phát biểu còn lại</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="72" />
            <source>You have the floor.</source>
            <translation>Mời đồng chí phát biểu.</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="74" />
            <source>You are number %1 of %2 in the queue.</source>
            <translation>Đồng chí đang ở vị trí %1/%2 trong danh sách đăng ký phát biểu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/SpeakerPanel.qml" line="76" />
            <source>%n speaker(s) waiting.</source>
            <translation>
                <numerusform>%n người đăng ký phát biểu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="98" />
            <source>point of order</source>
            <translation>ý kiến về thủ tục</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="112" />
            <source>Request to speak</source>
            <translation>Đăng ký phát biểu</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="128" />
            <source>Point of order</source>
            <translation>Ý kiến về thủ tục</translation>
        </message>
        <message>
            <location filename="../components/SpeakerPanel.qml" line="120" />
            <source>Withdraw</source>
            <translation>Rút đăng ký</translation>
        </message>
    </context>
    <context>
        <name>StatisticsDashboard</name>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="50" />
            <source>All issuers</source>
            <translation>Mọi cơ quan ban hành</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="50" />
            <source>All units</source>
            <translation>Mọi đơn vị</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="65" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="67" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="95" />
            <source>Show</source>
            <translation>Xem</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="107" />
            <source>Clear</source>
            <translation>Xóa hết</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="126" />
            <source>Units read all</source>
            <translation>Đơn vị đã đọc hết</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="127" />
            <location filename="../dispatch/StatisticsDashboard.qml" line="195" />
            <source>Some unread</source>
            <translation>Còn chưa đọc</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="128" />
            <location filename="../dispatch/StatisticsDashboard.qml" line="196" />
            <source>None read</source>
            <translation>Chưa đọc văn bản nào</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="129" />
            <source>Reports in / expected</source>
            <translation>Đã báo cáo / phải báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="130" />
            <source>Tasks done</source>
            <translation>Nhiệm vụ hoàn thành</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="131" />
            <source>In progress</source>
            <translation>Đang thực hiện</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="132" />
            <location filename="../dispatch/StatisticsDashboard.qml" line="211" />
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="133" />
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="188" />
            <source>Units by reading</source>
            <translation>Đơn vị theo tình hình đọc</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="194" />
            <source>Read all</source>
            <translation>Đã đọc hết</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="203" />
            <source>Tasks by light</source>
            <translation>Nhiệm vụ theo mức cảnh báo</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="209" />
            <source>On track</source>
            <translation>Đúng tiến độ</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="210" />
            <source>Deadline soon</source>
            <translation>Sắp đến hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="224" />
            <source>By directive</source>
            <translation>Theo văn bản</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="225" />
            <source>By unit</source>
            <translation>Theo đơn vị</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="239" />
            <source>Statistics CSV</source>
            <translation>Thống kê (CSV)</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="244" />
            <source>Tasks CSV</source>
            <translation>Nhiệm vụ (CSV)</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="249" />
            <source>Deadlines (.ics)</source>
            <translation>Lịch thời hạn (.ics)</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="254" />
            <source>Status report PDF</source>
            <translation>Báo cáo tình hình (PDF)</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsDashboard.qml" line="264" />
            <source>Save the export</source>
            <translation>Lưu tệp xuất</translation>
        </message>
    </context>
    <context>
        <name>StatisticsTable</name>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Directive</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Read</source>
            <translation>Đã đọc</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="31" />
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Open</source>
            <translation>Đang làm</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Red</source>
            <translation>Đỏ</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Yellow</source>
            <translation>Vàng</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>Green</source>
            <translation>Xanh</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="32" />
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/StatisticsTable.qml" line="50" />
            <source>Nothing to show for these filters.</source>
            <translation>Không có dữ liệu cho điều kiện lọc này.</translation>
        </message>
    </context>
    <context>
        <name>TaskForm</name>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="62" />
            <source>New task</source>
            <translation>Nhiệm vụ mới</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="69" />
            <source>What must be done</source>
            <translation>Nội dung phải thực hiện</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="72" />
            <source>Lead unit and coordinating units (tap: lead; second column: coordinating)</source>
            <translation>Đơn vị chủ trì và phối hợp (chạm tên: chủ trì; cột thứ hai: phối hợp)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="105" />
            <source>coordinates</source>
            <translation>phối hợp</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="118" />
            <source>Responsible leader</source>
            <translation>Lãnh đạo phụ trách</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="125" />
            <source>Name and position</source>
            <translation>Họ tên và chức vụ</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="127" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="129" />
            <source>Report every (days, 0 = one final report)</source>
            <translation>Báo cáo định kỳ (ngày; 0 = một báo cáo cuối)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="152" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskForm.qml" line="156" />
            <source>Add task</source>
            <translation>Thêm nhiệm vụ</translation>
        </message>
    </context>
    <context>
        <name>TaskList</name>
        <message>
            <location filename="../dispatch/TaskList.qml" line="13" />
            <source>No tasks.</source>
            <translation>Không có nhiệm vụ.</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskList.qml" line="72" />
            <source>extension asked</source>
            <translation>đang đề nghị gia hạn</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/TaskList.qml" line="88" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/TaskList.qml" line="89" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>còn %n ngày</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskView</name>
        <message>
            <location filename="../dispatch/TaskView.qml" line="50" />
            <source>Save the attached file</source>
            <translation>Lưu tệp đính kèm</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="55" />
            <source>Attach a file to the report</source>
            <translation>Đính kèm tệp vào báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="84" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="95" />
            <source>Directive</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="96" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="97" />
            <source>Lead unit</source>
            <translation>Đơn vị chủ trì</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="98" />
            <source>Coordinating</source>
            <translation>Phối hợp</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="99" />
            <source>Responsible</source>
            <translation>Lãnh đạo phụ trách</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="100" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="100" />
            <source>(extended; first: %1)</source>
            <translation>(đã gia hạn; hạn đầu: %1)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="101" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message numerus="yes">
            <location filename="../dispatch/TaskView.qml" line="101" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>định kỳ %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="101" />
            <source>one final report</source>
            <translation>một báo cáo khi hoàn thành</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="134" />
            <source>Last report: %1</source>
            <translation>Báo cáo gần nhất: %1</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="141" />
            <source>Evaluation: %1</source>
            <translation>Đánh giá: %1</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="142" />
            <source>Awaiting evaluation</source>
            <translation>Đang chờ đánh giá</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="152" />
            <source>Extension asked until %1: %2</source>
            <translation>Đề nghị gia hạn đến %1: %2</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="166" />
            <source>Acknowledge</source>
            <translation>Xác nhận tiếp nhận</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="174" />
            <source>Start work</source>
            <translation>Bắt đầu thực hiện</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="182" />
            <source>Report progress</source>
            <translation>Báo cáo tiến độ</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="188" />
            <source>Ask for an extension</source>
            <translation>Đề nghị gia hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="195" />
            <source>Accept report</source>
            <translation>Chấp nhận báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="202" />
            <source>Return with reason</source>
            <translation>Trả lại, nêu lý do</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="208" />
            <source>Answer extension request</source>
            <translation>Trả lời đề nghị gia hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="208" />
            <source>Extend deadline</source>
            <translation>Gia hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="220" />
            <source>Progress report</source>
            <translation>Báo cáo tiến độ</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="221" />
            <source>Ask for a later deadline</source>
            <translation>Đề nghị lùi thời hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="222" />
            <source>Return the report</source>
            <translation>Trả lại báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="223" />
            <source>New deadline</source>
            <translation>Thời hạn mới</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="240" />
            <source>What was done, figures, what remains…</source>
            <translation>Kết quả đã làm, số liệu, phần còn lại…</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="251" />
            <source>Reason (optional when granting; required when refusing)</source>
            <translation>Lý do (không bắt buộc khi gia hạn; bắt buộc khi từ chối)</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="252" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="271" />
            <source>Remove</source>
            <translation>Rút khỏi danh sách</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="282" />
            <source>Attach files…</source>
            <translation>Đính kèm tệp…</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="287" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="293" />
            <source>Refuse request</source>
            <translation>Từ chối đề nghị</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="301" />
            <source>Send report</source>
            <translation>Gửi báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="302" />
            <source>Send request</source>
            <translation>Gửi đề nghị</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="303" />
            <source>Return report</source>
            <translation>Trả lại báo cáo</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="304" />
            <source>Set new deadline</source>
            <translation>Đặt thời hạn mới</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="322" />
            <source>History</source>
            <translation>Quá trình xử lý</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="350" />
            <source>Attached: %1</source>
            <translation>Tệp đính kèm: %1</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="365" />
            <source>Save %1…</source>
            <translation>Lưu %1…</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="379" />
            <source>Comments</source>
            <translation>Trao đổi</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="428" />
            <source>Write a comment to the other units on this task</source>
            <translation>Viết ý kiến trao đổi với các đơn vị về nhiệm vụ này</translation>
        </message>
        <message>
            <location filename="../dispatch/TaskView.qml" line="432" />
            <source>Send</source>
            <translation>Gửi</translation>
        </message>
    </context>
    <context>
        <name>TrafficLight</name>
        <message>
            <location filename="../dispatch/TrafficLight.qml" line="14" />
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TrafficLight.qml" line="14" />
            <source>Deadline soon</source>
            <translation>Sắp đến hạn</translation>
        </message>
        <message>
            <location filename="../dispatch/TrafficLight.qml" line="14" />
            <source>On track</source>
            <translation>Đúng tiến độ</translation>
        </message>
    </context>
    <context>
        <name>UnitDesk</name>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="25" />
            <source>Inbox (%1 unread)</source>
            <translation>Văn bản đến (%1 chưa đọc)</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="25" />
            <source>Inbox</source>
            <translation>Văn bản đến</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="27" />
            <source>My tasks (%1)</source>
            <translation>Nhiệm vụ của đơn vị (%1)</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="30" />
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="54" />
            <source>Choose a directive to read it. Opening it tells the issuing office that your unit has read it.</source>
            <translation>Chọn một văn bản để đọc. Khi mở văn bản, cơ quan ban hành sẽ biết đơn vị đã đọc.</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="65" />
            <source>Your unit has no tasks.</source>
            <translation>Đơn vị chưa có nhiệm vụ.</translation>
        </message>
        <message>
            <location filename="../dispatch/UnitDesk.qml" line="72" />
            <source>Choose a task to acknowledge it, report progress or ask for more time.</source>
            <translation>Chọn một nhiệm vụ để xác nhận tiếp nhận, báo cáo tiến độ hoặc đề nghị gia hạn.</translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message>
            <location filename="../components/VotePanel.qml" line="63" />
            <source>a blank ballot (no option)</source>
            <translation>phiếu trắng (không chọn phương án nào)</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="106" />
            <source>Vote</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="137" />
            <source>You are voting for %1 by proxy.</source>
            <translation>Đồng chí đang biểu quyết thay %1 theo ủy quyền.</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/VotePanel.qml" line="177" />
            <source>Choose %n option(s).</source>
            <translation>
                <numerusform>Chọn %n phương án.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="178" />
            <source>Choose from %1 to %2 options.</source>
            <translation>Chọn từ %1 đến %2 phương án.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="200" />
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="214" />
            <source>Your choice: %1</source>
            <translation>Lựa chọn của đồng chí: %1</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="225" />
            <source>Choose again</source>
            <translation>Chọn lại</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="233" />
            <source>Confirm vote</source>
            <translation>Xác nhận biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="246" />
            <source>Sending your vote… it counts once the hub confirms it.</source>
            <translation>Đang gửi phiếu biểu quyết… phiếu được tính khi hệ thống xác nhận.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="260" />
            <source>Your vote was recorded.</source>
            <translation>Phiếu biểu quyết của đồng chí đã được ghi nhận.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="271" />
            <source>Change my vote</source>
            <translation>Thay đổi biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="280" />
            <source>Vote for %1 (proxy)</source>
            <translation>Biểu quyết thay %1 (ủy quyền)</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="302" />
            <source>You do not take part in this vote.</source>
            <translation>Đồng chí không tham gia lần biểu quyết này.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="312" />
            <source>Voting is closed. The result will be announced by the chair.</source>
            <translation>Đã kết thúc biểu quyết. Chủ tọa sẽ công bố kết quả.</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="327" />
            <source>Votes in: %1 of %2</source>
            <translation>Đã biểu quyết: %1/%2</translation>
        </message>
        <message>
            <location filename="../components/VotePanel.qml" line="336" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
</TS>
