// Texts of the demo's budget proposal and digital transformation report.
#include "DemoMeeting.h"
#include "DocumentText.h"

namespace ecabinet::demo {

using namespace text;

OfficialDocument budgetProposal() {
    OfficialDocument d;
    d.id = "d4";
    d.file = "docs/to-trinh-du-toan-ngan-sach-2027.pdf";
    d.title = u("Tờ trình về dự toán thu, chi ngân sách nhà nước năm 2027");
    d.agency = ubnd();
    d.number = u("Số: 2320/TTr-UBND");
    d.placeDate = placeDate(17);
    d.kind = u("TỜ TRÌNH");
    d.subject = L({"Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi",
                   "ngân sách địa phương và phương án phân bổ ngân sách năm 2027"});
    d.addressee = u("Kính gửi: Hội đồng nhân dân tỉnh Sơn Hà");
    d.body = {
        p("Căn cứ Luật Ngân sách nhà nước; căn cứ Quyết định của Thủ tướng Chính phủ về giao dự toán ngân sách "
          "nhà nước năm 2027; căn cứ tình hình thực hiện nhiệm vụ thu, chi ngân sách năm 2026, Ủy ban nhân dân "
          "tỉnh kính trình Hội đồng nhân dân tỉnh dự toán ngân sách năm 2027 như sau:"),
        h1("I. DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC"),
        p("Dự toán thu ngân sách nhà nước trên địa bàn năm 2027 là 13.150 tỷ đồng, tăng 9,6% so với dự toán năm "
          "2026; trong đó thu nội địa 12.100 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.050 tỷ đồng. Dự toán "
          "được xây dựng trên cơ sở đánh giá sát khả năng thực hiện năm 2026, các chính sách miễn, giảm, gia "
          "hạn thuế và tốc độ tăng trưởng kinh tế dự kiến."),
        h1("II. DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG"),
        p("Tổng chi ngân sách địa phương năm 2027 là 22.486 tỷ đồng, gồm chi đầu tư phát triển 6.482 tỷ đồng, "
          "chi thường xuyên 14.930 tỷ đồng, dự phòng ngân sách 437 tỷ đồng và các khoản chi khác theo quy "
          "định. Chi thường xuyên được bố trí theo định mức phân bổ giai đoạn 2027 - 2030, bảo đảm đủ kinh phí "
          "thực hiện chế độ tiền lương mới và các chính sách an sinh xã hội."),
    };
    Table t;
    t.caption = u("Bảng 1. Dự toán thu, chi ngân sách năm 2027 (đơn vị: triệu đồng)");
    t.header = L({"TT", "Nội dung", "Dự toán năm 2026", "Ước thực hiện năm 2026", "Dự toán năm 2027",
                  "So với dự toán 2026 (%)"});
    t.widths = {0.6, 3.4, 1.3, 1.3, 1.3, 1.1};
    const char *lines[] = {
        "*A|Thu ngân sách nhà nước trên địa bàn", "1|Thu từ doanh nghiệp nhà nước trung ương",
        "2|Thu từ doanh nghiệp nhà nước địa phương", "3|Thu từ doanh nghiệp có vốn đầu tư nước ngoài",
        "4|Thu từ khu vực kinh tế ngoài quốc doanh", "5|Thuế thu nhập cá nhân", "6|Thuế bảo vệ môi trường",
        "7|Lệ phí trước bạ", "8|Thu phí, lệ phí", "9|Thu tiền sử dụng đất", "10|Thu tiền thuê đất, thuê mặt nước",
        "11|Thu xổ số kiến thiết", "12|Thu khác ngân sách", "13|Thu từ hoạt động xuất nhập khẩu",
        "*B|Chi ngân sách địa phương", "1|Chi đầu tư phát triển", "2|Chi giáo dục - đào tạo và dạy nghề",
        "3|Chi khoa học và công nghệ", "4|Chi y tế, dân số và gia đình", "5|Chi văn hóa thông tin",
        "6|Chi phát thanh, truyền hình", "7|Chi thể dục thể thao", "8|Chi bảo vệ môi trường",
        "9|Chi các hoạt động kinh tế", "10|Chi quản lý hành chính nhà nước, đảng, đoàn thể",
        "11|Chi bảo đảm xã hội", "12|Chi quốc phòng, an ninh", "13|Dự phòng ngân sách",
    };
    Lcg rng(2026);
    for (const char *line : lines) {
        const QStringList parts = u(line).split(u'|');
        const bool total = parts[0].startsWith(u'*');
        const double plan = total ? (parts[0] == u"*A" ? 12000000 : 21514000) : rng.between(40, 3200) * 1000.0;
        const double actual = plan * rng.between(95, 112) / 100.0;
        const double next = plan * rng.between(101, 118) / 100.0;
        t.rows.append({parts[0], parts[1], vn(plan, 0), vn(actual, 0), vn(next, 0), vn(100.0 * next / plan, 1)});
    }
    t.note = u("Ghi chú: chi tiết theo lĩnh vực và theo đơn vị dự toán tại các biểu kèm theo.");
    d.body.append(t);
    d.body += QList<Block>{
        h1("III. GIẢI PHÁP ĐIỀU HÀNH NGÂN SÁCH NĂM 2027"),
        p("Tăng cường quản lý thu, mở rộng cơ sở thu, chống thất thu, chuyển giá, gian lận thương mại; đẩy mạnh "
          "thu tiền sử dụng đất gắn với đấu giá công khai, minh bạch. Quản lý chi chặt chẽ, tiết kiệm 10% chi "
          "thường xuyên để tạo nguồn cải cách tiền lương; không ban hành chính sách làm tăng chi khi chưa cân "
          "đối được nguồn."),
        p("Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./."),
    };
    d.recipients = L({"- Như trên;", "- Thường trực Tỉnh ủy;", "- Ban KT-NS HĐND tỉnh;", "- Sở Tài chính;",
                      "- Lưu: VT, KT."});
    d.signer = vice("PHÓ CHỦ TỊCH", "Trần Thị Thu Hà");
    return d;
}

OfficialDocument digitalReport() {
    OfficialDocument d;
    d.id = "d5";
    d.file = "docs/bao-cao-chuyen-doi-so-2026.pdf";
    d.title = u("Báo cáo kết quả thực hiện chương trình chuyển đổi số năm 2026");
    d.agency = ubnd();
    d.number = u("Số: 418/BC-UBND");
    d.placeDate = placeDate(18);
    d.kind = u("BÁO CÁO");
    d.subject = L({"Kết quả thực hiện chương trình chuyển đổi số tỉnh Sơn Hà năm 2026,",
                   "phương hướng, nhiệm vụ năm 2027"});
    d.body = {
        h1("I. KẾT QUẢ THỰC HIỆN"),
        h2("1. Chính quyền số"),
        p("Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được kết nối, tích hợp với Cổng Dịch vụ công "
          "quốc gia; 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến. "
          "Tỷ lệ văn bản đi được ký số và gửi, nhận trên môi trường điện tử đạt 98,6%. Hệ thống họp không "
          "giấy được triển khai tại phòng họp Ủy ban nhân dân tỉnh, tiết kiệm hơn 1,2 triệu trang tài liệu."),
        h2("2. Kinh tế số"),
        p("Tỷ trọng kinh tế số trong GRDP ước đạt 12,4%. Số doanh nghiệp công nghệ số đang hoạt động là 412 "
          "doanh nghiệp; 68% doanh nghiệp nhỏ và vừa sử dụng nền tảng số trong quản trị và kinh doanh."),
        h2("3. Xã hội số"),
        p("Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức 2 đạt 86,3%; tỷ lệ thanh toán không "
          "dùng tiền mặt tại các cơ sở y tế, giáo dục đạt trên 90%. Tổ công nghệ số cộng đồng được thành lập "
          "tại 100% thôn, tổ dân phố."),
        h2("4. Kết quả của các cơ quan, đơn vị"),
        p("Kết quả thực hiện các chỉ tiêu chủ yếu của các sở, ban, ngành được tổng hợp tại Bảng 1."),
    };
    Table t;
    t.caption = u("Bảng 1. Chỉ tiêu chuyển đổi số của các cơ quan năm 2026");
    t.header = L({"TT", "Cơ quan, đơn vị", "Hồ sơ tiếp nhận", "Hồ sơ trực tuyến toàn trình",
                  "Tỷ lệ trực tuyến (%)", "Văn bản ký số (%)", "Cuộc họp không giấy"});
    t.widths = {0.5, 3.0, 1.1, 1.2, 1.0, 1.0, 1.0};
    const char *agencies[] = {
        "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng",
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Thông tin và Truyền thông", "Sở Công Thương", "Sở Tài nguyên và Môi trường",
        "Sở Lao động - Thương binh và Xã hội", "Sở Giao thông vận tải", "Sở Nội vụ", "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh",
        "Ban Quản lý các khu công nghiệp", "Sở Ngoại vụ", "Ban Dân tộc",
    };
    Lcg rng(418);
    int n = 0;
    long long allIn = 0, allOnline = 0;
    for (const char *a : agencies) {
        const int in = rng.between(300, 42000);
        const int online = in / 1000 * rng.between(380, 930);
        allIn += in;
        allOnline += online;
        t.rows.append({QString::number(++n), u(a), vn(in, 0), vn(online, 0), vn(100.0 * online / in, 1),
                       vn(rng.between(950, 1000) / 10.0, 1), QString::number(rng.between(6, 48))});
    }
    t.rows.append({u("*"), u("Toàn tỉnh"), vn(double(allIn), 0), vn(double(allOnline), 0),
                   vn(100.0 * double(allOnline) / double(allIn), 1), vn(98.6, 1), u("-")});
    d.body.append(t);
    d.body += QList<Block>{
        h1("II. TỒN TẠI, HẠN CHẾ"),
        p("Dữ liệu của một số ngành chưa được chuẩn hóa, chưa kết nối, chia sẻ với kho dữ liệu dùng chung của "
          "tỉnh; nhân lực chuyên trách công nghệ thông tin tại các xã còn thiếu; bảo đảm an toàn thông tin ở "
          "một số hệ thống chưa đạt cấp độ được phê duyệt."),
        h1("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"),
        h3("a) Hoàn thiện hạ tầng và dữ liệu"),
        p("Đưa Trung tâm dữ liệu tỉnh vào vận hành; hoàn thành cơ sở dữ liệu đất đai, dân cư, doanh nghiệp dùng "
          "chung; 100% hệ thống thông tin được phê duyệt cấp độ an toàn thông tin."),
        h3("b) Nâng cao chất lượng dịch vụ công"),
        p("Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%; 100% kết quả giải quyết thủ tục hành chính "
          "được số hóa; mở rộng họp không giấy đến tất cả các sở, ngành và Ủy ban nhân dân các xã, phường."),
        h3("c) Phát triển kinh tế số và xã hội số"),
        p("Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; đẩy mạnh thương mại điện tử cho sản phẩm OCOP; phổ cập "
          "kỹ năng số cho người dân thông qua tổ công nghệ số cộng đồng./."),
    };
    d.recipients = L({"- Bộ Khoa học và Công nghệ;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
                      "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KGVX."});
    d.signer = vice("PHÓ CHỦ TỊCH", "Phạm Đức Long");
    return d;
}

} // namespace ecabinet::demo
