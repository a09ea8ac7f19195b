// Members, seats and agenda of the demo meeting, and its meeting.json.
#include "DemoMeeting.h"
#include "DocumentText.h"

namespace ecabinet::demo {

using namespace text;

QList<Member> demoMembers() {
    struct M { const char *name, *position, *role; };
    static const M members[] = {
        {"Nguyễn Văn Thắng", "Chủ tịch UBND tỉnh", "chair"},
        {"Trần Thị Thu Hà", "Phó Chủ tịch Thường trực UBND tỉnh", "delegate"},
        {"Lê Quang Minh", "Phó Chủ tịch UBND tỉnh", "delegate"},
        {"Phạm Đức Long", "Phó Chủ tịch UBND tỉnh", "delegate"},
        {"Hoàng Thị Lan", "Chánh Văn phòng UBND tỉnh", "secretary"},
        {"Đỗ Mạnh Hùng", "Giám đốc Sở Tài chính", "delegate"},
        {"Vũ Thị Hồng Nhung", "Giám đốc Sở Kế hoạch và Đầu tư", "delegate"},
        {"Bùi Văn Tuấn", "Giám đốc Sở Xây dựng", "delegate"},
        {"Ngô Thị Mai", "Giám đốc Sở Giáo dục và Đào tạo", "delegate"},
        {"Đặng Quốc Việt", "Giám đốc Sở Y tế", "delegate"},
        {"Phan Văn Bình", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "delegate"},
        {"Trịnh Thị Thanh Huyền", "Giám đốc Sở Thông tin và Truyền thông", "delegate"},
        {"Lý Văn Phúc", "Giám đốc Sở Công Thương", "delegate"},
        {"Dương Minh Tâm", "Giám đốc Sở Tài nguyên và Môi trường", "delegate"},
        {"Hồ Thị Kim Oanh", "Giám đốc Sở Lao động - Thương binh và Xã hội", "delegate"},
        {"Cao Xuân Sơn", "Giám đốc Sở Giao thông vận tải", "delegate"},
        {"Lưu Đình Khoa", "Giám đốc Sở Nội vụ", "delegate"},
        {"Mai Thị Phương", "Giám đốc Sở Tư pháp", "delegate"},
        {"Tạ Văn Hải", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "delegate"},
        {"Đinh Công Thành", "Giám đốc Sở Khoa học và Công nghệ", "delegate"},
        {"Kiều Thị Ngọc Ánh", "Chánh Thanh tra tỉnh", "delegate"},
        {"Nguyễn Hữu Dũng", "Phó Chủ tịch HĐND tỉnh", "guest"},
        {"Lâm Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "guest"},
        {"Trương Văn Lộc", "Trưởng phòng Tổng hợp, Văn phòng UBND tỉnh", "observer"},
    };
    Lcg rng(20261123);
    QList<Member> out;
    int n = 0;
    for (const M &m : members) {
        const QString pin = QStringLiteral("%1").arg(rng.between(0, 999999), 6, 10, QLatin1Char('0'));
        out.append({QStringLiteral("p%1").arg(++n, 2, 10, QLatin1Char('0')), u(m.name), u(m.position),
                    QString::fromLatin1(m.role), pin});
    }
    return out;
}

nlohmann::ordered_json demoMeetingJson(const QList<OfficialDocument> &docs) {
    using J = nlohmann::ordered_json;
    auto s = [](const QString &q) { return q.toStdString(); };
    auto doc = [&](const char *id) {
        for (const OfficialDocument &d : docs)
            if (d.id == QLatin1String(id))
                return J{{"id", s(d.id)}, {"title", s(d.title)}, {"file", s(d.file)}};
        throw std::logic_error(std::string("demo agenda names unknown document ") + id);
    };
    J members = J::array();
    for (const Member &m : demoMembers()) {
        const bool entitled = m.role == u"chair" || m.role == u"delegate";
        members.push_back({{"id", s(m.id)}, {"name", s(m.name)}, {"position", s(m.position)},
                           {"role", s(m.role)}, {"pin", s(m.pin)}, {"entitled", entitled}});
    }
    J seats = J::array();
    for (int i = 1; i <= 22; ++i) {
        const QString nn = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        seats.push_back({{"id", s(QStringLiteral("s") + nn)}, {"label", s(u("Ghế %1").arg(i))}, {"device", s(QStringLiteral("seat-") + nn)}});
    }
    J agenda = J::array();
    agenda.push_back({{"id", "i1"}, {"number", "1"},
                      {"title", "Báo cáo tình hình kinh tế - xã hội 10 tháng năm 2026; nhiệm vụ, giải pháp "
                                "trọng tâm 2 tháng cuối năm"},
                      {"presenter", "Vũ Thị Hồng Nhung, Giám đốc Sở Kế hoạch và Đầu tư"},
                      {"documents", J::array({doc("d1")})}});
    agenda.push_back({{"id", "i2"}, {"number", "2"}, {"title", "Kế hoạch đầu tư công năm 2027"},
                      {"presenter", "Vũ Thị Hồng Nhung, Giám đốc Sở Kế hoạch và Đầu tư"},
                      {"documents", J::array({doc("d2"), doc("d3")})}});
    agenda.push_back({{"id", "i3"}, {"number", "3"},
                      {"title", "Dự toán thu, chi ngân sách nhà nước và phương án phân bổ ngân sách năm 2027"},
                      {"presenter", "Đỗ Mạnh Hùng, Giám đốc Sở Tài chính"},
                      {"documents", J::array({doc("d4")})}});
    agenda.push_back({{"id", "i4"}, {"number", "4"},
                      {"title", "Kết quả thực hiện chương trình chuyển đổi số năm 2026"},
                      {"presenter", "Trịnh Thị Thanh Huyền, Giám đốc Sở Thông tin và Truyền thông"},
                      {"documents", J::array({doc("d5")})}});
    return J{{"id", "ubnd-2026-11-23"},
             {"title", "Phiên họp thường kỳ tháng 11 năm 2026 của Ủy ban nhân dân tỉnh"},
             {"location", "Phòng họp số 1, trụ sở Ủy ban nhân dân tỉnh Sơn Hà"},
             {"starts_at", "2026-11-23T08:00:00+07:00"},
             {"members", members},
             {"seats", seats},
             {"agenda", agenda}};
}

} // namespace ecabinet::demo
