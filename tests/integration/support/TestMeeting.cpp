#include "support/TestMeeting.h"

#include <nlohmann/json.hpp>

namespace ecabinet::testing::standard {

std::string seatDevice(int n) { return "seat-" + std::to_string(n); }
std::string seatId(int n) { return "s" + std::to_string(n); }

const std::vector<TestDocument> &documents() {
    static const std::vector<TestDocument> docs = {
        {"d1", "Báo cáo kinh tế – xã hội tháng 11", "docs/d1.pdf", 2, false},
        {"d2", "Tờ trình về kế hoạch đầu tư công", "docs/d2.pdf", 3, false},
        {"d3", "Đề án chuyển đổi số (bản quét)", "docs/d3.pdf", 4, true},
    };
    return docs;
}

std::string meetingJson() {
    using nlohmann::json;
    json members = json::array({
        {{"id", kChair}, {"name", "Nguyễn Văn An"}, {"position", "Chủ tịch UBND tỉnh"}, {"role", "chair"}, {"pin", kChairPin}},
        {{"id", kSecretary}, {"name", "Trần Thị Bình"}, {"position", "Chánh Văn phòng"}, {"role", "secretary"}, {"pin", kSecretaryPin}},
        {{"id", kDelegate1}, {"name", "Lê Văn Cường"}, {"position", "Giám đốc Sở Tài chính"}, {"role", "delegate"}, {"pin", kDelegate1Pin}},
        {{"id", kDelegate2}, {"name", "Phạm Thị Dung"}, {"position", "Giám đốc Sở Y tế"}, {"role", "delegate"}, {"pin", kDelegate2Pin}},
        {{"id", kDelegate3}, {"name", "Hoàng Văn Em"}, {"position", "Giám đốc Sở Xây dựng"}, {"role", "delegate"}, {"pin", kDelegate3Pin}},
        {{"id", kGuest}, {"name", "Đỗ Thị Giang"}, {"position", "Phóng viên Báo tỉnh"}, {"role", "guest"}, {"pin", kGuestPin}},
    });
    json seats = json::array();
    for (int n = 1; n <= 6; ++n)
        seats.push_back({{"id", seatId(n)}, {"label", "Ghế " + std::to_string(n)}, {"device", seatDevice(n)}});
    const char *titles[] = {"Tình hình kinh tế – xã hội tháng 11", "Kế hoạch đầu tư công năm 2027",
                            "Đề án chuyển đổi số"};
    json agenda = json::array();
    for (std::size_t i = 0; i < documents().size(); ++i) {
        const auto &d = documents()[i];
        agenda.push_back({{"id", "i" + std::to_string(i + 1)},
                          {"number", std::to_string(i + 1)},
                          {"title", titles[i]},
                          {"presenter", "Văn phòng UBND tỉnh"},
                          {"documents", json::array({{{"id", d.id}, {"title", d.title}, {"file", d.file}}})}});
    }
    json meeting = {{"id", kMeetingId},
                    {"title", "Phiên họp thường kỳ UBND tỉnh tháng 11/2026"},
                    {"location", "Phòng họp số 1, Trụ sở UBND tỉnh"},
                    {"starts_at", "2026-11-23T08:00:00+07:00"},
                    {"members", members},
                    {"seats", seats},
                    {"agenda", agenda}};
    return meeting.dump(2);
}

} // namespace ecabinet::testing::standard
