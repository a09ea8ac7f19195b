// Texts of the demo documents. The figures are invented; the form follows real reports of
// provincial People's Committees (sections, indicator tables, signature block).
#include "DemoMeeting.h"
#include "DocumentText.h"

#include <QLocale>

namespace ecabinet::demo {
namespace {

using S = QString;
using namespace text;

OfficialDocument economyReport() {
    OfficialDocument d;
    d.id = "d1";
    d.file = "docs/bao-cao-kinh-te-xa-hoi-10-thang-2026.pdf";
    d.title = S::fromUtf8("Báo cáo tình hình kinh tế - xã hội 10 tháng năm 2026");
    d.agency = ubnd();
    d.number = S::fromUtf8("Số: 412/BC-UBND");
    d.placeDate = placeDate(14);
    d.kind = S::fromUtf8("BÁO CÁO");
    d.subject = L({"Tình hình kinh tế - xã hội 10 tháng năm 2026;",
                   "nhiệm vụ, giải pháp trọng tâm 2 tháng cuối năm 2026"});
    d.body = {
        p("Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026, "
          "Ủy ban nhân dân tỉnh báo cáo tình hình kinh tế - xã hội 10 tháng năm 2026 và nhiệm vụ, giải pháp "
          "trọng tâm 2 tháng cuối năm như sau:"),
        h1("I. TÌNH HÌNH KINH TẾ - XÃ HỘI 10 THÁNG NĂM 2026"),
        h2("1. Về tăng trưởng kinh tế"),
        p("Tổng sản phẩm trên địa bàn tỉnh (GRDP) 10 tháng ước tăng 7,82% so với cùng kỳ năm trước, cao hơn "
          "mức tăng bình quân của cả nước; trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,41%, khu vực "
          "công nghiệp và xây dựng tăng 10,96%, khu vực dịch vụ tăng 7,05%, thuế sản phẩm trừ trợ cấp sản phẩm "
          "tăng 6,12%. Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực, tỷ trọng khu vực công nghiệp "
          "và xây dựng đạt 38,6%, tăng 1,2 điểm phần trăm so với cùng kỳ."),
        p("Chỉ số sản xuất công nghiệp (IIP) 10 tháng tăng 11,4%; một số sản phẩm chủ lực tăng khá như điện "
          "sản xuất, xi măng, hàng may mặc và linh kiện điện tử. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
          "tiêu dùng ước đạt 41.286 tỷ đồng, tăng 12,3%. Kim ngạch xuất khẩu ước đạt 1.942 triệu USD, bằng "
          "84,4% kế hoạch năm."),
        h2("2. Về thu, chi ngân sách nhà nước"),
        p("Tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.874 tỷ đồng, bằng 87,5% dự toán Trung ương giao "
          "và 82,3% dự toán Hội đồng nhân dân tỉnh giao, tăng 9,6% so với cùng kỳ; trong đó thu nội địa ước "
          "đạt 8.912 tỷ đồng, thu từ hoạt động xuất nhập khẩu ước đạt 962 tỷ đồng. Tổng chi ngân sách địa "
          "phương ước đạt 15.318 tỷ đồng, bằng 71,2% dự toán, đáp ứng kịp thời các nhiệm vụ chi thường xuyên, "
          "chi an sinh xã hội và chi đầu tư phát triển."),
        h2("3. Về giải ngân vốn đầu tư công"),
        p("Đến ngày 31 tháng 10 năm 2026, toàn tỉnh giải ngân được 4.186 tỷ đồng, đạt 68,9% kế hoạch vốn "
          "Thủ tướng Chính phủ giao, cao hơn cùng kỳ năm trước 6,2 điểm phần trăm. Còn 11 chủ đầu tư có tỷ lệ "
          "giải ngân dưới mức bình quân chung của tỉnh, chủ yếu do vướng mắc trong công tác bồi thường, giải "
          "phóng mặt bằng và điều chỉnh thiết kế."),
        h2("4. Về văn hóa - xã hội"),
        p("Công tác giáo dục và đào tạo được quan tâm; năm học 2026 - 2027 khai giảng đúng kế hoạch, tỷ lệ "
          "trường đạt chuẩn quốc gia đạt 78,4%. Công tác khám, chữa bệnh và chăm sóc sức khỏe Nhân dân được "
          "bảo đảm; tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%. Chính sách an sinh xã hội được thực hiện đầy đủ, "
          "kịp thời; đã hỗ trợ xây dựng, sửa chữa 1.126 nhà ở cho hộ nghèo, hộ cận nghèo; giải quyết việc làm "
          "cho 21.540 lao động, đạt 92,8% kế hoạch năm."),
        h2("5. Về quốc phòng, an ninh và trật tự, an toàn xã hội"),
        p("Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định. Tai nạn giao thông giảm cả ba "
          "tiêu chí so với cùng kỳ. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện "
          "nghiêm túc; tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 91,7%."),
    };
    Table t;
    t.caption = S::fromUtf8("Bảng 1. Một số chỉ tiêu chủ yếu 10 tháng năm 2026");
    t.header = L({"TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Ước thực hiện 10 tháng",
                  "So với KH (%)", "So với cùng kỳ (%)"});
    t.widths = {0.5, 3.2, 1.1, 1.2, 1.2, 1.0, 1.0};
    struct Row { const char *name, *unit; double plan, actual; int decimals; double yoy; };
    const Row rows[] = {
        {"Tốc độ tăng trưởng GRDP", "%", 8.0, 7.82, 2, 0},
        {"Chỉ số sản xuất công nghiệp (IIP)", "%", 12.0, 11.4, 1, 0},
        {"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", 49500, 41286, 0, 112.3},
        {"Kim ngạch xuất khẩu", "triệu USD", 2300, 1942, 0, 109.8},
        {"Kim ngạch nhập khẩu", "triệu USD", 1650, 1371, 0, 107.2},
        {"Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 12000, 9874, 0, 109.6},
        {"Chi ngân sách địa phương", "tỷ đồng", 21514, 15318, 0, 106.4},
        {"Giải ngân vốn đầu tư công", "tỷ đồng", 6075, 4186, 0, 118.1},
        {"Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 38000, 30154, 0, 110.5},
        {"Doanh nghiệp thành lập mới", "doanh nghiệp", 1400, 1183, 0, 104.9},
        {"Khách du lịch", "nghìn lượt", 5200, 4617, 0, 113.7},
        {"Lao động được giải quyết việc làm", "người", 23200, 21540, 0, 101.9},
        {"Tỷ lệ bao phủ bảo hiểm y tế", "%", 95.0, 94.1, 1, 0},
        {"Tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "%", 3.5, 3.72, 2, 0},
        {"Hồ sơ thủ tục hành chính trực tuyến toàn trình", "%", 60.0, 57.3, 1, 0},
    };
    int n = 0;
    for (const Row &r : rows) {
        const bool pct = S::fromUtf8(r.unit) == u"%";
        t.rows.append({S::number(++n), S::fromUtf8(r.name), S::fromUtf8(r.unit), vn(r.plan, r.decimals),
                       vn(r.actual, r.decimals), pct ? S::fromUtf8("-") : vn(100.0 * r.actual / r.plan, 1),
                       r.yoy > 0 ? vn(r.yoy, 1) : S::fromUtf8("-")});
    }
    t.note = S::fromUtf8("Ghi chú: số liệu ước tính đến ngày 31/10/2026; nguồn: Cục Thống kê tỉnh, Sở Tài chính.");
    d.body.append(t);
    d.body += QList<Block>{
        h1("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
        p("Tiến độ giải ngân vốn đầu tư công ở một số dự án còn chậm; công tác bồi thường, giải phóng mặt "
          "bằng tại một số dự án trọng điểm chưa đáp ứng yêu cầu. Sản xuất kinh doanh của một bộ phận doanh "
          "nghiệp còn khó khăn, số doanh nghiệp tạm ngừng hoạt động tăng. Tỷ lệ hồ sơ thủ tục hành chính trực "
          "tuyến toàn trình chưa đạt kế hoạch; việc khai thác, sử dụng dữ liệu dùng chung còn hạn chế."),
        p("Nguyên nhân chủ yếu là do tác động của biến động kinh tế thế giới, giá nguyên vật liệu tăng; một số "
          "cơ quan, đơn vị chưa quyết liệt trong chỉ đạo, điều hành; sự phối hợp giữa các sở, ngành và địa "
          "phương có lúc chưa chặt chẽ."),
        h1("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 2 THÁNG CUỐI NĂM 2026"),
        h2("1. Tập trung tháo gỡ khó khăn, thúc đẩy tăng trưởng"),
        p("Các sở, ngành, địa phương bám sát kịch bản tăng trưởng, theo dõi chặt chẽ diễn biến thị trường, kịp "
          "thời tháo gỡ khó khăn cho sản xuất kinh doanh; phấn đấu hoàn thành ở mức cao nhất các chỉ tiêu "
          "kế hoạch năm 2026."),
        h2("2. Đẩy nhanh tiến độ giải ngân vốn đầu tư công"),
        p("Người đứng đầu các chủ đầu tư chịu trách nhiệm trước Ủy ban nhân dân tỉnh về tiến độ giải ngân; "
          "phấn đấu đến ngày 31 tháng 01 năm 2027 giải ngân 100% kế hoạch vốn được giao. Kiên quyết điều "
          "chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt."),
        h2("3. Tăng cường thu ngân sách, quản lý chi chặt chẽ"),
        p("Cơ quan thuế, hải quan tăng cường quản lý thu, chống thất thu, xử lý nợ đọng thuế; thực hiện chi "
          "ngân sách tiết kiệm, hiệu quả, bảo đảm nguồn lực cho an sinh xã hội và các nhiệm vụ cấp bách."),
        h2("4. Bảo đảm an sinh xã hội, chăm lo Tết Nguyên đán"),
        p("Chuẩn bị chu đáo các điều kiện để Nhân dân vui Xuân, đón Tết an toàn, tiết kiệm; không để hộ gia "
          "đình nào không có Tết. Bảo đảm cung ứng hàng hóa thiết yếu, bình ổn giá cả thị trường dịp cuối năm."),
        h2("5. Giữ vững quốc phòng, an ninh"),
        p("Chủ động nắm chắc tình hình, bảo đảm an ninh chính trị, trật tự an toàn xã hội, đặc biệt trong dịp "
          "cuối năm và các sự kiện chính trị quan trọng của tỉnh."),
        p("Trên đây là báo cáo tình hình kinh tế - xã hội 10 tháng, nhiệm vụ, giải pháp trọng tâm 2 tháng cuối "
          "năm 2026, Ủy ban nhân dân tỉnh trân trọng báo cáo./."),
    };
    d.recipients = L({"- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                      "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, TH."});
    d.signer = vice("PHÓ CHỦ TỊCH", "Trần Thị Thu Hà");
    return d;
}

} // namespace

OfficialDocument investmentProposal();
OfficialDocument investmentResolutionDraft();
OfficialDocument budgetProposal();
OfficialDocument digitalReport();

QString vn(double value, int decimals) {
    // Fixed formatting independent of the machine's locale.
    QString s = QLocale::c().toString(value, 'f', decimals); // "12345.6"
    const int dot = s.indexOf(u'.');
    QString integer = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    const bool negative = integer.startsWith(u'-');
    if (negative) integer.remove(0, 1);
    for (int i = integer.size() - 3; i > 0; i -= 3) integer.insert(i, u'.');
    return (negative ? QStringLiteral("-") : QString()) + integer + (frac.isEmpty() ? QString() : u',' + frac);
}

QList<OfficialDocument> demoDocuments() {
    return {economyReport(), investmentProposal(), investmentResolutionDraft(), budgetProposal(),
            digitalReport()};
}

} // namespace ecabinet::demo
