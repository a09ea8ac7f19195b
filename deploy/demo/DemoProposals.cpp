// Texts of the demo's proposals and draft resolution (public investment, budget) and the
// digital transformation report. Figures are invented, drawn from a seeded generator.
#include "DemoMeeting.h"
#include "DocumentText.h"

namespace ecabinet::demo {

using namespace text;

OfficialDocument investmentProposal() {
    OfficialDocument d;
    d.id = "d2";
    d.file = "docs/to-trinh-ke-hoach-dau-tu-cong-2027.pdf";
    d.title = u("Tờ trình về kế hoạch đầu tư công năm 2027");
    d.agency = ubnd();
    d.number = u("Số: 2315/TTr-UBND");
    d.placeDate = placeDate(16);
    d.kind = u("TỜ TRÌNH");
    d.subject = L({"Về kế hoạch đầu tư công năm 2027"});
    d.addressee = u("Kính gửi: Hội đồng nhân dân tỉnh Sơn Hà");
    d.body = {
        p("Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024; căn cứ Luật Ngân sách nhà nước; căn cứ các nghị "
          "định của Chính phủ hướng dẫn thi hành Luật Đầu tư công; căn cứ dự kiến kế hoạch đầu tư công năm "
          "2027 do Bộ Tài chính thông báo, Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, "
          "quyết định kế hoạch đầu tư công năm 2027 như sau:"),
        h1("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2026"),
        p("Kế hoạch đầu tư công năm 2026 của tỉnh là 6.075 tỷ đồng. Ước đến hết ngày 31 tháng 01 năm 2027 giải "
          "ngân đạt 96,5% kế hoạch. Nhiều công trình trọng điểm được hoàn thành, đưa vào sử dụng, phát huy hiệu "
          "quả, góp phần hoàn thiện kết cấu hạ tầng kinh tế - xã hội của tỉnh."),
        p("Bên cạnh kết quả đạt được, việc chuẩn bị đầu tư ở một số dự án chưa tốt, phải điều chỉnh nhiều lần; "
          "công tác bồi thường, giải phóng mặt bằng còn vướng mắc; năng lực của một số chủ đầu tư, nhà thầu "
          "còn hạn chế."),
        h1("II. KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027"),
        h2("1. Nguyên tắc phân bổ"),
        p("Bố trí vốn tập trung, có trọng tâm, trọng điểm, không dàn trải; ưu tiên thanh toán nợ đọng xây dựng "
          "cơ bản, bố trí vốn cho các dự án chuyển tiếp hoàn thành trong năm 2027, các dự án kết nối vùng, "
          "các dự án chuyển đổi số và vốn đối ứng các dự án sử dụng vốn ODA; chỉ bố trí vốn khởi công mới "
          "cho các dự án đã đủ thủ tục đầu tư theo quy định."),
        h2("2. Tổng vốn kế hoạch năm 2027"),
        p("Tổng vốn đầu tư công năm 2027 của tỉnh là 6.482 tỷ đồng, gồm: vốn ngân sách địa phương 4.126 tỷ "
          "đồng (trong đó thu tiền sử dụng đất 1.850 tỷ đồng, xổ số kiến thiết 210 tỷ đồng); vốn ngân sách "
          "trung ương 2.356 tỷ đồng (trong nước 2.018 tỷ đồng, nước ngoài 338 tỷ đồng)."),
        h2("3. Phương án phân bổ chi tiết"),
        p("Danh mục dự án và mức vốn dự kiến bố trí năm 2027 được tổng hợp tại Bảng 1 dưới đây."),
    };
    Table t;
    t.caption = u("Bảng 1. Danh mục dự án dự kiến bố trí vốn năm 2027 (đơn vị: triệu đồng)");
    t.header = L({"TT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư", "Lũy kế vốn đến hết 2026",
                  "Kế hoạch năm 2027"});
    t.widths = {0.5, 3.4, 1.7, 1.2, 1.2, 1.1};
    const char *sectors[][2] = {
        {"Giao thông", "Ban QLDA ĐTXD công trình giao thông"},
        {"Nông nghiệp, thủy lợi", "Ban QLDA ĐTXD công trình NN và PTNT"},
        {"Giáo dục và đào tạo", "Sở Giáo dục và Đào tạo"},
        {"Y tế", "Sở Y tế"},
        {"Chuyển đổi số", "Sở Thông tin và Truyền thông"},
        {"Văn hóa, du lịch", "Sở Văn hóa, Thể thao và Du lịch"},
    };
    const char *projects[][4] = {
        {"Đường trục kết nối trung tâm tỉnh với cao tốc Bắc - Nam", "Cầu Sông Đà mới và đường dẫn hai đầu cầu",
         "Cải tạo, nâng cấp Quốc lộ 21B đoạn qua phường Đông Hưng", "Đường ven sông Hồng đoạn Km0 - Km12"},
        {"Hồ chứa nước Suối Mơ", "Kè chống sạt lở bờ sông xã Tân Lập", "Hệ thống tưới tiết kiệm vùng chè Bình Sơn",
         "Nâng cấp đê tả sông Đáy đoạn Km18 - Km26"},
        {"Trường THPT chuyên tỉnh Sơn Hà (giai đoạn 2)", "Trường PTDT nội trú liên xã Yên Phú",
         "Nhà đa năng 24 trường tiểu học vùng khó khăn", "Trung tâm Giáo dục nghề nghiệp - GDTX khu vực phía Tây"},
        {"Bệnh viện Đa khoa tỉnh, khối kỹ thuật cao", "Trung tâm Kiểm soát bệnh tật tỉnh",
         "Trạm y tế 18 xã vùng cao", "Bệnh viện Sản - Nhi tỉnh (giai đoạn 2)"},
        {"Trung tâm dữ liệu tỉnh và nền tảng tích hợp, chia sẻ dữ liệu", "Hệ thống họp không giấy các cơ quan tỉnh",
         "Số hóa hồ sơ địa chính toàn tỉnh", "Trung tâm giám sát, điều hành thông minh (IOC) giai đoạn 2"},
        {"Bảo tồn, tôn tạo khu di tích đền Mẫu Sơn Hà", "Quảng trường và công viên trung tâm tỉnh",
         "Nhà văn hóa - thể thao đa năng tỉnh", "Hạ tầng khu du lịch hồ Suối Mơ"},
    };
    Lcg rng(2027);
    int n = 0;
    long long grand = 0;
    const char *roman[] = {"I", "II", "III", "IV", "V", "VI"};
    for (int s = 0; s < 6; ++s) {
        QList<QStringList> rows;
        long long sum = 0;
        for (const char *name : projects[s]) {
            const int total = rng.between(45, 980) * 1000;
            const int done = total / 100 * rng.between(10, 70);
            const int plan = std::min(total - done, total / 100 * rng.between(12, 35));
            sum += plan;
            rows.append({QString::number(++n), u(name), u(sectors[s][1]), vn(total, 0), vn(done, 0), vn(plan, 0)});
        }
        grand += sum;
        t.rows.append({u("*") + roman[s], u(sectors[s][0]), {}, {}, {}, vn(double(sum), 0)});
        t.rows += rows;
    }
    t.rows.append({u("*"), u("Tổng cộng"), {}, {}, {}, vn(double(grand), 0)});
    t.note = u("Ghi chú: danh mục chi tiết các dự án chuẩn bị đầu tư tại Phụ lục kèm theo.");
    d.body.append(t);
    d.body += QList<Block>{
        h1("III. GIẢI PHÁP THỰC HIỆN"),
        p("Nâng cao chất lượng công tác chuẩn bị đầu tư; chỉ khởi công mới các dự án đã giải phóng mặt bằng "
          "tối thiểu 70% diện tích. Thực hiện nghiêm chế độ báo cáo giải ngân hằng tháng; xử lý trách nhiệm "
          "người đứng đầu chủ đầu tư để chậm giải ngân. Đẩy mạnh đấu thầu qua mạng, công khai, minh bạch."),
        p("Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, thông qua Nghị quyết về kế hoạch "
          "đầu tư công năm 2027 (dự thảo Nghị quyết kèm theo)./."),
    };
    d.recipients = L({"- Như trên;", "- Thường trực Tỉnh ủy;", "- Các Ban HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                      "- Sở Kế hoạch và Đầu tư, Sở Tài chính;", "- Lưu: VT, KT."});
    d.signer = vice("PHÓ CHỦ TỊCH", "Lê Quang Minh");
    return d;
}

OfficialDocument investmentResolutionDraft() {
    OfficialDocument d;
    d.id = "d3";
    d.file = "docs/du-thao-nghi-quyet-dau-tu-cong-2027.pdf";
    d.title = u("Dự thảo Nghị quyết của HĐND tỉnh về kế hoạch đầu tư công năm 2027");
    d.agency = L({"HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN HÀ"});
    d.number = u("Số:       /NQ-HĐND");
    d.placeDate = u("Sơn Hà, ngày      tháng 12 năm 2026");
    d.draft = true;
    d.kind = u("NGHỊ QUYẾT");
    d.subject = L({"Về kế hoạch đầu tư công năm 2027"});
    d.body = {
        {Paragraph{u("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN HÀ KHÓA XVII, KỲ HỌP THỨ MƯỜI BA")}},
        p("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        p("Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"),
        p("Căn cứ Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành;"),
        p("Xét Tờ trình số 2315/TTr-UBND ngày 16 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh về kế hoạch đầu tư "
          "công năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận "
          "của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
        h1("QUYẾT NGHỊ:"),
        h2("Điều 1. Tổng vốn kế hoạch đầu tư công năm 2027"),
        p("Thông qua kế hoạch đầu tư công năm 2027 của tỉnh với tổng số vốn là 6.482 tỷ đồng, gồm vốn ngân sách "
          "địa phương 4.126 tỷ đồng và vốn ngân sách trung ương 2.356 tỷ đồng."),
        h2("Điều 2. Nguyên tắc, thứ tự ưu tiên phân bổ"),
        p("1. Ưu tiên bố trí đủ vốn để thanh toán nợ đọng xây dựng cơ bản; vốn cho dự án chuyển tiếp hoàn thành "
          "trong năm 2027; vốn đối ứng dự án sử dụng vốn ODA và vốn vay ưu đãi nước ngoài."),
        p("2. Sau khi bố trí đủ vốn theo khoản 1 Điều này, mới bố trí cho dự án khởi công mới đã hoàn thành thủ "
          "tục đầu tư, trong đó ưu tiên dự án kết nối vùng, dự án chuyển đổi số và dự án tại vùng đồng bào "
          "dân tộc thiểu số, miền núi."),
        h2("Điều 3. Phân bổ chi tiết"),
        p("Phân bổ chi tiết kế hoạch vốn cho từng dự án theo Phụ lục kèm theo Nghị quyết này."),
        h2("Điều 4. Tổ chức thực hiện"),
        p("1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; giao chi tiết kế hoạch vốn cho các "
          "chủ đầu tư trước ngày 31 tháng 12 năm 2026; định kỳ báo cáo Hội đồng nhân dân tỉnh kết quả thực "
          "hiện tại các kỳ họp thường lệ."),
        p("2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và "
          "đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này."),
        h2("Điều 5. Hiệu lực thi hành"),
        p("Nghị quyết này đã được Hội đồng nhân dân tỉnh Sơn Hà Khóa XVII, Kỳ họp thứ mười ba thông qua ngày "
          "   tháng 12 năm 2026 và có hiệu lực kể từ ngày thông qua./."),
    };
    Table t;
    t.caption = u("Phụ lục. Tổng hợp kế hoạch vốn năm 2027 theo nguồn (đơn vị: tỷ đồng)");
    t.header = L({"TT", "Nguồn vốn", "Kế hoạch năm 2026", "Dự kiến năm 2027", "So sánh (%)"});
    t.widths = {0.5, 4.0, 1.4, 1.4, 1.1};
    struct Row { const char *tt, *name; double a, b; };
    const Row rows[] = {
        {"*", "Tổng số", 6075, 6482}, {"*I", "Vốn ngân sách địa phương", 3890, 4126},
        {"1", "Vốn đầu tư xây dựng cơ bản tập trung", 1840, 1906}, {"2", "Thu tiền sử dụng đất", 1760, 1850},
        {"3", "Xổ số kiến thiết", 190, 210}, {"4", "Bội chi ngân sách địa phương", 100, 160},
        {"*II", "Vốn ngân sách trung ương", 2185, 2356}, {"1", "Vốn trong nước", 1905, 2018},
        {"2", "Vốn nước ngoài (ODA)", 280, 338},
    };
    for (const Row &r : rows)
        t.rows.append({u(r.tt), u(r.name), vn(r.a, 0), vn(r.b, 0), vn(100.0 * r.b / r.a, 1)});
    d.body.append(t);

    Table fresh;
    fresh.caption = u("Phụ lục II. Danh mục dự án khởi công mới năm 2027 (đơn vị: triệu đồng)");
    fresh.header = L({"TT", "Tên dự án", "Địa điểm xây dựng", "Thời gian thực hiện", "Tổng mức đầu tư",
                      "Kế hoạch năm 2027"});
    fresh.widths = {0.5, 3.2, 1.6, 1.1, 1.2, 1.1};
    const char *kinds[] = {"Đường giao thông liên xã", "Kè chống sạt lở bờ suối", "Trường tiểu học",
                           "Trạm y tế xã", "Nhà văn hóa trung tâm xã", "Cấp nước sinh hoạt tập trung"};
    const char *places[] = {"Tân Lập", "Bình Sơn", "Yên Phú", "Đông Hưng", "Hà Phong", "Mường Khoa",
                            "Thạch Bàn", "Phú Cường", "Na Hang", "Quảng Tiến"};
    Lcg rng(13);
    long long sum = 0;
    for (int i = 0; i < 30; ++i) {
        const QString place = u(places[rng.between(0, 9)]);
        const int total = rng.between(8, 95) * 1000;
        const int plan = total / 100 * rng.between(20, 45);
        sum += plan;
        fresh.rows.append({QString::number(i + 1), u(kinds[i % 6]) + u(" ") + place, u("xã ") + place,
                           u("2027 - %1").arg(2027 + rng.between(1, 2)), vn(total, 0), vn(plan, 0)});
    }
    fresh.rows.append({u("*"), u("Tổng cộng"), {}, {}, {}, vn(double(sum), 0)});
    d.body.append(fresh);
    d.recipients = L({"- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Tài chính;", "- Thường trực Tỉnh ủy;",
                      "- Đại biểu HĐND tỉnh;", "- Lưu: VT."});
    d.signer = {L({"CHỦ TỊCH"}), QString()};
    return d;
}

} // namespace ecabinet::demo
