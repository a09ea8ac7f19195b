<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgendaList</name>
        <message>
            <location filename="../components/AgendaList.qml" line="95" />
            <source>Presented by %1</source>
            <translation>Trình bày: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../components/AgendaList.qml" line="97" />
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n tài liệu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/AgendaList.qml" line="109" />
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
            <location filename="../components/AttendancePanel.qml" line="145" />
            <source>not entitled to vote</source>
            <translation>không có quyền biểu quyết</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="156" />
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <location filename="../components/AttendancePanel.qml" line="156" />
            <source>Absent</source>
            <translation>Vắng mặt</translation>
        </message>
    </context>
    <context>
        <name>BlobFetcher</name>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="157" />
            <source>The hub answered a document request with an unexpected message.</source>
            <translation>Máy chủ phòng họp trả lời yêu cầu tài liệu bằng một thông điệp không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="163" />
            <source>The hub sent bytes of another document.</source>
            <translation>Máy chủ phòng họp gửi nhầm dữ liệu của một tài liệu khác.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/BlobFetcher.cpp" line="178" />
            <source>The hub sent an empty piece of a document.</source>
            <translation>Máy chủ phòng họp gửi một phần tài liệu rỗng.</translation>
        </message>
    </context>
    <context>
        <name>ChairConsole</name>
        <message>
            <location filename="../ChairConsole.qml" line="24" />
            <source>E-cabinet — chair console</source>
            <translation>Phòng họp không giấy — bàn điều khiển của Chủ tọa</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="44" />
            <location filename="../ChairConsole.qml" line="195" />
            <source>Check out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="75" />
            <source>Agenda</source>
            <translation>Chương trình họp</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="85" />
            <location filename="../ChairConsole.qml" line="177" />
            <source>Open the meeting</source>
            <translation>Khai mạc cuộc họp</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="93" />
            <location filename="../ChairConsole.qml" line="186" />
            <source>Close the meeting</source>
            <translation>Bế mạc cuộc họp</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="105" />
            <source>Under discussion: %1</source>
            <translation>Đang thảo luận: %1</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="106" />
            <source>The meeting is open. Press Next to start the first item.</source>
            <translation>Cuộc họp đã khai mạc. Nhấn «Tiếp theo» để bắt đầu nội dung thứ nhất.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="127" />
            <source>‹ Back</source>
            <translation>‹ Quay lại</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="138" />
            <source>Item %1 of %2</source>
            <translation>Nội dung %1/%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ChairConsole.qml" line="139" />
            <source>%n item(s) on the agenda</source>
            <translation>
                <numerusform>Chương trình họp có %n nội dung</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="146" />
            <source>Next ›</source>
            <translation>Tiếp theo ›</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="174" />
            <source>Open the meeting?</source>
            <translation>Khai mạc cuộc họp?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="175" />
            <source>%1 of %2 entitled members are present.</source>
            <translation>Có mặt %1/%2 đại biểu chính thức.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="184" />
            <source>Close the meeting?</source>
            <translation>Bế mạc cuộc họp?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="185" />
            <source>A closed meeting cannot be opened again.</source>
            <translation>Cuộc họp đã bế mạc thì không thể khai mạc lại.</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="193" />
            <source>Check out of this console?</source>
            <translation>Đăng xuất khỏi bàn điều khiển này?</translation>
        </message>
        <message>
            <location filename="../ChairConsole.qml" line="194" />
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
        <name>DeviceConfig</name>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="24" />
            <source>No enrolment file is set: enrol this device with ecabinet-enroll first.</source>
            <translation>Chưa có tệp đăng ký thiết bị: cần đăng ký thiết bị này bằng ecabinet-enroll trước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="27" />
            <source>Cannot read the enrolment file %1: %2</source>
            <translation>Không đọc được tệp đăng ký thiết bị %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="31" />
            <source>The enrolment file %1 is not valid JSON: %2</source>
            <translation>Tệp đăng ký thiết bị %1 không phải JSON hợp lệ: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/agent/DeviceConfig.cpp" line="64" />
            <source>The enrolment file %1 has a missing or invalid field "%2"; enrol the device again.</source>
            <translation>Tệp đăng ký thiết bị %1 thiếu hoặc sai trường "%2"; cần đăng ký lại thiết bị.</translation>
        </message>
    </context>
    <context>
        <name>DocumentCache</name>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="54" />
            <source>The hub sent an invalid document id "%1".</source>
            <translation>Máy chủ phòng họp gửi mã tài liệu không hợp lệ "%1".</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="64" />
            <source>Cannot create the document cache folder %1.</source>
            <translation>Không tạo được thư mục lưu tài liệu %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="67" />
            <source>Cannot open %1: %2</source>
            <translation>Không mở được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="73" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="84" />
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="96" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="99" />
            <source>The downloaded document is damaged (its checksum does not match); it will be fetched again.</source>
            <translation>Tài liệu tải về bị hỏng (mã kiểm tra không khớp); tài liệu sẽ được tải lại.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/cache/DocumentCache.cpp" line="104" />
            <source>Cannot move the verified document to %1.</source>
            <translation>Không chuyển được tài liệu đã kiểm tra vào %1.</translation>
        </message>
    </context>
    <context>
        <name>DocumentList</name>
        <message numerus="yes">
            <location filename="../components/DocumentList.qml" line="76" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="103" />
            <source>Downloading %1%</source>
            <translation>Đang tải %1%</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="118" />
            <source>The meeting has not reached an agenda item yet.</source>
            <translation>Cuộc họp chưa bắt đầu nội dung nào.</translation>
        </message>
        <message>
            <location filename="../components/DocumentList.qml" line="119" />
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
            <location filename="../../tablet-client/ErrorText.cpp" line="45" />
            <source>The hub refused a malformed request (%1). Please report this to the administrator.</source>
            <translation>Máy chủ phòng họp từ chối một yêu cầu sai định dạng (%1). Vui lòng báo cho quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="48" />
            <source>The hub refused: %1</source>
            <translation>Máy chủ phòng họp từ chối: %1</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="53" />
            <source>Connection to the hub lost. Reconnecting; what you typed will be sent then.</source>
            <translation>Mất kết nối — đang kết nối lại… Những gì đồng chí đã nhập sẽ được gửi khi có kết nối.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="57" />
            <source>The hub does not accept this device (revoked or not yet approved). Call the administrator.</source>
            <translation>Máy chủ phòng họp không chấp nhận thiết bị này (đã bị thu hồi hoặc chưa được phê duyệt). Vui lòng gọi quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/ErrorText.cpp" line="61" />
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
            <location filename="../../tablet-client/MeetingSession.cpp" line="78" />
            <location filename="../../tablet-client/MeetingSession.cpp" line="102" />
            <source>Connecting to the hub…</source>
            <translation>Đang kết nối tới máy chủ phòng họp…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="90" />
            <source>Not connected.</source>
            <translation>Chưa kết nối.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="106" />
            <source>Bringing the meeting up to date…</source>
            <translation>Đang cập nhật dữ liệu cuộc họp…</translation>
        </message>
        <message>
            <location filename="../../tablet-client/MeetingSession.cpp" line="132" />
            <source>Not connected to the hub: the session has not been started.</source>
            <translation>Chưa kết nối tới máy chủ phòng họp: phiên làm việc chưa được khởi động.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tablet-client/MeetingSession.cpp" line="196" />
            <source>There is no agenda item %1; the agenda has %n item(s).</source>
            <translation>
                <numerusform>Không có nội dung số %1; chương trình họp có %n nội dung.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageRenderer</name>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="115" />
            <source>The document has no page %1.</source>
            <translation>Tài liệu không có trang %1.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="117" />
            <source>Page %1 of the document is damaged.</source>
            <translation>Trang %1 của tài liệu bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="120" />
            <source>Page %1 of the document has no size.</source>
            <translation>Trang %1 của tài liệu không có kích thước.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PageRenderer.cpp" line="126" />
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
            <location filename="../../tablet-client/pdf/PdfDocument.cpp" line="35" />
            <source>"%1" is not a document id.</source>
            <translation>"%1" không phải là mã tài liệu.</translation>
        </message>
    </context>
    <context>
        <name>PdfImageProvider</name>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="39" />
            <source>The document has not been downloaded yet.</source>
            <translation>Tài liệu chưa được tải về.</translation>
        </message>
        <message>
            <location filename="../../tablet-client/pdf/PdfImageProvider.cpp" line="80" />
            <source>Invalid page address "%1".</source>
            <translation>Địa chỉ trang không hợp lệ "%1".</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <location filename="../components/PdfViewer.qml" line="94" />
            <source>Previous page</source>
            <translation>Trang trước</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="103" />
            <source>Page %1 / %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="111" />
            <source>Next page</source>
            <translation>Trang sau</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="119" />
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="127" />
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="193" />
            <source>This page could not be shown.</source>
            <translation>Không hiển thị được trang này.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="238" />
            <source>Opening the document…</source>
            <translation>Đang mở tài liệu…</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="241" />
            <source>This document cannot be opened: %1</source>
            <translation>Không mở được tài liệu: %1</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="242" />
            <source>This document cannot be opened: the file is damaged.</source>
            <translation>Không mở được tài liệu: tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="244" />
            <source>This document is password-protected and cannot be shown here.</source>
            <translation>Tài liệu được bảo vệ bằng mật khẩu, không hiển thị được trên thiết bị này.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="246" />
            <source>The document is not on this device yet.</source>
            <translation>Tài liệu chưa có trên thiết bị này.</translation>
        </message>
        <message>
            <location filename="../components/PdfViewer.qml" line="247" />
            <source>Choose a document to read.</source>
            <translation>Chọn một tài liệu để đọc.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../components/PinPad.qml" line="93" />
            <source>Clear</source>
            <translation>Xóa hết</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="110" />
            <source>Delete last digit</source>
            <translation>Xóa chữ số cuối</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="123" />
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
        <message>
            <location filename="../components/PinPad.qml" line="123" />
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
    </context>
    <context>
        <name>SeatApp</name>
        <message>
            <location filename="../SeatApp.qml" line="28" />
            <source>E-cabinet — seat</source>
            <translation>Phòng họp không giấy — ghế đại biểu</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="58" />
            <location filename="../SeatApp.qml" line="130" />
            <source>Check out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="85" />
            <source>Agenda</source>
            <translation>Chương trình họp</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="97" />
            <source>Documents of the current item</source>
            <translation>Tài liệu của nội dung đang họp</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="128" />
            <source>Check out of this seat?</source>
            <translation>Đăng xuất khỏi ghế này?</translation>
        </message>
        <message>
            <location filename="../SeatApp.qml" line="129" />
            <source>You will need your PIN to check in again.</source>
            <translation>Để điểm danh lại, đồng chí cần nhập lại mã PIN.</translation>
        </message>
    </context>
</TS>
