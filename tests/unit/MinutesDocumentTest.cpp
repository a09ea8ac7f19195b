// The minutes' content from a meeting's record: attendance over the whole meeting, speakers
// per item, each vote with its tally, rule, verdict and quorum, the approved conclusions, the
// signatures, the draft mark. Pure data → document model; no fonts, no files.
#include "print/MinutesDocument.h"

#include <gtest/gtest.h>

using namespace ecabinet;

namespace {

// Everything printed, one line per heading / paragraph / table row ("a | b | c").
QStringList lines(const print::OfficialDocument &d) {
    QStringList out;
    for (const auto &b : d.body) {
        if (const auto *h = std::get_if<print::Heading>(&b)) out << h->text;
        else if (const auto *p = std::get_if<print::Paragraph>(&b)) out << p->text;
        else {
            const auto &t = std::get<print::Table>(b);
            if (!t.caption.isEmpty()) out << t.caption;
            out << t.header.join(QStringLiteral(" | "));
            for (const auto &r : t.rows) out << r.join(QStringLiteral(" | "));
            if (!t.note.isEmpty()) out << t.note;
        }
    }
    return out;
}

bool has(const QStringList &l, const QString &s) {
    for (const auto &x : l)
        if (x.contains(s)) return true;
    return false;
}

void member(wire::MinutesRecord &r, const char *id, const char *name, const char *position, wire::Role role,
            bool entitled, bool present) {
    auto *a = r.add_attendees();
    auto *m = a->mutable_member();
    m->set_id(id);
    m->set_name(name);
    m->set_position(position);
    m->set_role(role);
    m->set_entitled(entitled);
    m->set_present(present);
    a->set_first_check_in_ms(present ? 1'795'000'000'000 : 0);
}

wire::PollView poll(const char *id, const char *item, const char *question, std::uint32_t yes, std::uint32_t no,
                    wire::Verdict verdict) {
    wire::PollView p;
    p.set_id(id);
    p.set_status(wire::POLL_STATUS_PUBLISHED);
    auto *d = p.mutable_definition();
    d->set_agenda_item_id(item);
    d->set_question(question);
    d->set_kind(wire::POLL_KIND_YES_NO_ABSTAIN);
    d->set_mode(wire::POLL_MODE_NAMED);
    d->mutable_majority()->set_num(1);
    d->mutable_majority()->set_den(2);
    d->mutable_majority()->set_comparison(wire::COMPARISON_MORE_THAN);
    d->mutable_majority()->set_base(wire::MAJORITY_BASE_ENTITLED);
    auto *res = p.mutable_result();
    for (std::uint32_t n : {yes, no, 0u}) {
        auto *o = res->mutable_tally()->add_options();
        o->set_count(n);
        o->set_weight(n);
    }
    res->mutable_tally()->set_ballots(yes + no);
    res->mutable_tally()->set_ballot_weight(yes + no);
    res->set_verdict(verdict);
    res->set_required(3);
    res->set_base_total(4);
    auto *q = res->mutable_quorum_at_open();
    q->set_reached(true);
    q->set_present(3);
    q->set_entitled(4);
    q->set_required(3);
    return p;
}

wire::MinutesRecord record() {
    wire::MinutesRecord r;
    auto *m = r.mutable_meeting();
    m->set_id("ubnd-2026-11");
    m->set_title("Phiên họp thường kỳ tháng 11 năm 2026");
    m->set_location("Phòng họp số 1, UBND tỉnh Sơn Hà");
    m->set_starts_at_ms(1'795'395'600'000); // 2026-11-23 01:00 UTC = 08:00 +07:00
    r.set_opened_at_ms(1'795'397'400'000);  // 08:30 +07:00
    r.set_closed_at_ms(1'795'404'600'000);  // 10:30 +07:00
    for (auto [id, num, title, presenter] :
         {std::tuple{"i1", "1", "Báo cáo tình hình kinh tế - xã hội", "Sở Kế hoạch và Đầu tư"},
          std::tuple{"i2", "2", "Tờ trình dự toán ngân sách năm 2027", "Sở Tài chính"}}) {
        auto *a = r.add_agenda();
        a->set_id(id);
        a->set_number(num);
        a->set_title(title);
        a->set_presenter(presenter);
    }
    member(r, "p1", "Nguyễn Văn Thắng", "Chủ tịch UBND tỉnh", wire::ROLE_CHAIR, true, true);
    member(r, "p2", "Hoàng Thị Lan", "Chánh Văn phòng", wire::ROLE_SECRETARY, false, true);
    member(r, "p3", "Đỗ Mạnh Hùng", "Giám đốc Sở Tài chính", wire::ROLE_DELEGATE, true, true);
    member(r, "p4", "Ngô Thị Mai", "Giám đốc Sở Giáo dục và Đào tạo", wire::ROLE_DELEGATE, true, false);
    member(r, "p5", "Trần Văn Khánh", "Giám đốc Sở Y tế", wire::ROLE_DELEGATE, true, true);
    auto *s = r.add_speeches();
    s->set_agenda_item_id("i2");
    s->set_name("Đỗ Mạnh Hùng");
    s = r.add_speeches();
    s->set_agenda_item_id("i2");
    s->set_name("Trần Văn Khánh");
    s->set_point_of_order(true);
    *r.add_polls() = poll("poll-1", "i2", "Thông qua dự toán ngân sách năm 2027?", 3, 0, wire::VERDICT_PASSED);
    *r.add_polls() = poll("poll-2", "", "Điều chỉnh chương trình họp?", 1, 2, wire::VERDICT_FAILED);
    auto *c = r.add_conclusions();
    c->set_id("c-1");
    c->set_agenda_item_id("i2");
    c->set_text("Thống nhất thông qua dự toán; giao Sở Tài chính hoàn thiện hồ sơ.");
    c->set_status(wire::CONCLUSION_STATUS_APPROVED);
    c->set_poll_id("poll-1");
    r.set_last_seq(42);
    r.set_last_hash(std::string(64, 'a'));
    return r;
}

} // namespace

TEST(MinutesDocument, HeaderSignersAndTimesInVietnamese) {
    const auto d = print::minutesDocument(
        record(), {{QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("TỈNH SƠN HÀ")}, {}, QStringLiteral("Sơn Hà"), 420});
    EXPECT_EQ(d.kind, QStringLiteral("BIÊN BẢN"));
    EXPECT_EQ(d.subject, QStringList{QStringLiteral("Phiên họp thường kỳ tháng 11 năm 2026")});
    EXPECT_EQ(d.agency.last(), QStringLiteral("TỈNH SƠN HÀ"));
    EXPECT_EQ(d.placeDate, QStringLiteral("Sơn Hà, ngày 23 tháng 11 năm 2026"));
    EXPECT_EQ(print::minutesDocument(record()).placeDate, QStringLiteral("ngày 23 tháng 11 năm 2026"));
    EXPECT_FALSE(d.draft) << "a closed meeting's minutes are final";
    EXPECT_EQ(d.leftSigner.authority, QStringList{QStringLiteral("THƯ KÝ")});
    EXPECT_EQ(d.leftSigner.name, QStringLiteral("Hoàng Thị Lan"));
    EXPECT_EQ(d.signer.authority, QStringList{QStringLiteral("CHỦ TỌA")});
    EXPECT_EQ(d.signer.name, QStringLiteral("Nguyễn Văn Thắng"));
    const auto l = lines(d);
    EXPECT_TRUE(has(l, QStringLiteral("bắt đầu lúc 08 giờ 30 phút, ngày 23 tháng 11 năm 2026"))) << l.join('\n').toStdString();
    EXPECT_TRUE(has(l, QStringLiteral("Cuộc họp kết thúc lúc 10 giờ 30 phút")));
    EXPECT_TRUE(has(l, QStringLiteral("Chủ tọa: Nguyễn Văn Thắng, Chủ tịch UBND tỉnh.")));
    EXPECT_TRUE(has(l, QStringLiteral("42 sự kiện")));
    EXPECT_TRUE(has(l, QString(64, QLatin1Char('a'))));
}

TEST(MinutesDocument, AttendanceListsPresentAndAbsentWithRoles) {
    const auto l = lines(print::minutesDocument(record()));
    EXPECT_TRUE(has(l, QStringLiteral("4 | Ngô Thị Mai | Giám đốc Sở Giáo dục và Đào tạo | Đại biểu | Vắng mặt")));
    EXPECT_TRUE(has(l, QStringLiteral("2 | Hoàng Thị Lan | Chánh Văn phòng | Thư ký | Có mặt")));
    EXPECT_TRUE(has(l, QStringLiteral("Có mặt 4/5 thành viên; thành viên có quyền biểu quyết có mặt 3/4.")));
}

TEST(MinutesDocument, EachItemHasItsSpeakersVotesAndConclusions) {
    const auto l = lines(print::minutesDocument(record()));
    const int item1 = int(l.indexOf(QStringLiteral("1. Báo cáo tình hình kinh tế - xã hội")));
    const int item2 = int(l.indexOf(QStringLiteral("2. Tờ trình dự toán ngân sách năm 2027")));
    ASSERT_GE(item1, 0);
    ASSERT_GT(item2, item1);
    const auto first = l.mid(item1, item2 - item1), second = l.mid(item2);
    EXPECT_TRUE(has(first, QStringLiteral("Ý kiến phát biểu: không có.")));
    EXPECT_TRUE(has(first, QStringLiteral("Kết luận: không có kết luận được thông qua.")));
    EXPECT_TRUE(has(second, QStringLiteral("Trình bày: Sở Tài chính.")));
    EXPECT_TRUE(has(second, QStringLiteral("Ý kiến phát biểu: Đỗ Mạnh Hùng; Trần Văn Khánh (kiến nghị về thủ tục).")));
    EXPECT_TRUE(has(second, QStringLiteral("Biểu quyết (ghi danh): Thông qua dự toán ngân sách năm 2027?")));
    EXPECT_TRUE(has(second, QStringLiteral("Tán thành | 3 | 3")));
    EXPECT_TRUE(has(second, QStringLiteral("Không tán thành | 0 | 0")));
    EXPECT_TRUE(has(second, QStringLiteral("Kết quả: THÔNG QUA. Điều kiện thông qua: quá 1/2 tổng số thành viên có quyền "
                                           "biểu quyết (cần 3/4). Đủ túc số: 3/4")));
    EXPECT_TRUE(has(second, QStringLiteral("a) Thống nhất thông qua dự toán; giao Sở Tài chính hoàn thiện hồ sơ. "
                                           "(Thông qua bằng biểu quyết: Thông qua dự toán ngân sách năm 2027?)")));
    // A vote attached to no item follows the agenda, and a failed one says so.
    const int others = int(l.indexOf(QStringLiteral("Biểu quyết khác")));
    ASSERT_GT(others, item2);
    EXPECT_TRUE(has(l.mid(others), QStringLiteral("Kết quả: KHÔNG THÔNG QUA.")));
}

TEST(MinutesDocument, AnOpenMeetingPrintsADraftAndUnfinishedVotesSaySo) {
    auto r = record();
    r.set_closed_at_ms(0);
    r.mutable_polls(0)->clear_result();
    r.mutable_polls(0)->set_status(wire::POLL_STATUS_OPEN);
    r.mutable_polls(1)->set_status(wire::POLL_STATUS_CANCELLED);
    const auto d = print::minutesDocument(r);
    EXPECT_TRUE(d.draft);
    const auto l = lines(d);
    EXPECT_TRUE(has(l, QStringLiteral("Cuộc họp chưa kết thúc; biên bản này là dự thảo.")));
    EXPECT_TRUE(has(l, QStringLiteral("Thông qua dự toán ngân sách năm 2027? — chưa kết thúc biểu quyết.")));
    EXPECT_TRUE(has(l, QStringLiteral("Điều chỉnh chương trình họp? — đã hủy.")));
    EXPECT_EQ(d.number, QStringLiteral("Số:       /BB"));
}

TEST(MinutesDocument, RuleAndVerdictTexts) {
    wire::MajorityRule m;
    m.set_simple(true);
    EXPECT_TRUE(print::majorityText(m).startsWith(QStringLiteral("đa số phiếu")));
    m.set_simple(false);
    m.set_num(2);
    m.set_den(3);
    m.set_comparison(wire::COMPARISON_AT_LEAST);
    m.set_base(wire::MAJORITY_BASE_PRESENT);
    EXPECT_EQ(print::majorityText(m), QStringLiteral("ít nhất 2/3 số thành viên có quyền biểu quyết có mặt"));
    EXPECT_EQ(print::verdictText(wire::VERDICT_TIE), QStringLiteral("KHÔNG THÔNG QUA (số phiếu ngang nhau)"));
    EXPECT_EQ(print::roleText(wire::ROLE_OBSERVER), QStringLiteral("Quan sát viên"));
}
