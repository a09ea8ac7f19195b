// The minutes after a real meeting on the real hub: `ecabinetctl minutes --pdf` writes a PDF
// whose fonts are embedded and whose text (pdftotext) is the meeting's record in Vietnamese:
// attendance with the absent member, the speaker of item 2, the vote with its verdict, the
// approved conclusion (never a draft or a withdrawn one), the two signatures.
#include "PdfTools.h"

#include "../floor/Floor.h"
#include "../hub/HubFixture.h"

#include <QTemporaryDir>

namespace ecabinet::testing {

namespace {

wire::Envelope draft(const std::string &item, const std::string &text) {
    auto e = protocol::envelope();
    e.mutable_draft_conclusion()->set_agenda_item_id(item);
    e.mutable_draft_conclusion()->set_text(text);
    return e;
}

wire::Envelope approve(const std::string &id, const std::string &pollId) {
    auto e = protocol::envelope();
    e.mutable_approve_conclusion()->set_conclusion_id(id);
    e.mutable_approve_conclusion()->set_expected_revision(1);
    e.mutable_approve_conclusion()->set_poll_id(pollId);
    return e;
}

void ok(const std::optional<wire::Envelope> &r, const std::string &what) {
    ASSERT_TRUE(r && !r->has_error()) << what << ": " << (r ? r->ShortDebugString() : "no reply");
}

} // namespace

// Bad input tried: minutes of an unknown meeting, without --pdf, into a missing directory.
TEST_F(HubTest, MinutesPdfAfterClosingHoldsTheRecordInVietnamese) {
    auto chair = openMeetingAsChair();
    auto secretary = connectSeat(2);
    checkIn(secretary, standard::kSecretary, standard::kSecretaryPin);
    auto del1 = connectSeat(3);
    checkIn(del1, standard::kDelegate1, standard::kDelegate1Pin);
    auto del2 = connectSeat(4);
    checkIn(del2, standard::kDelegate2, standard::kDelegate2Pin);
    // p-del3 and p-guest never come: absent.

    auto gotoItem = [&](int from, int to) {
        auto e = protocol::envelope();
        e.mutable_goto_agenda_item()->set_expected_current(from);
        e.mutable_goto_agenda_item()->set_index(to);
        ok(chair.request(e), "goto item");
    };
    gotoItem(-1, 0);
    gotoItem(0, 1); // item 2 "Kế hoạch đầu tư công năm 2027"
    ok(del1.request(floor::msg::requestFloor()), "request floor");
    ok(chair.request(floor::msg::nextSpeaker()), "next speaker");

    auto def = floor::motion("Thông qua Kế hoạch đầu tư công năm 2027?", wire::POLL_MODE_NAMED);
    def.set_agenda_item_id("i2");
    const auto prepared = chair.request(floor::msg::preparePoll(def));
    ok(prepared, "prepare");
    const std::string pollId = prepared->ack().created_id();
    ok(chair.request(floor::msg::openPoll(pollId)), "open");
    for (RawClient *v : {&chair, &del1, &del2}) ok(v->request(floor::msg::castBallot(pollId, {0})), "ballot");
    ok(chair.request(floor::msg::closePoll(pollId)), "close poll");
    ok(chair.request(floor::msg::publishPoll(pollId)), "publish");

    const std::string approvedText = "Thống nhất thông qua Kế hoạch đầu tư công năm 2027; giao Sở Tài chính chủ trì thực hiện.";
    const std::string draftText = "Bản nháp không được thông qua";
    const auto c1 = secretary.request(draft("i2", approvedText));
    ok(c1, "draft 1");
    ok(secretary.request(draft("i2", draftText)), "draft 2");
    ok(chair.request(approve(c1->ack().created_id(), pollId)), "approve");
    ok(chair.request(testing::msg::closeMeeting()), "close meeting");

    QTemporaryDir out;
    const std::string pdf = out.filePath("bien-ban.pdf").toStdString();
    const auto r = hub.ctl({"minutes", "--pdf", pdf, "--agency", "ỦY BAN NHÂN DÂN|TỈNH SƠN HÀ", "--place", "Sơn Hà"});
    ASSERT_TRUE(r.ok()) << r.out << r.err;
    EXPECT_NE(r.out.find("1 conclusion"), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find("draft"), std::string::npos) << "a closed meeting's minutes are final: " << r.err;

    const auto fonts = pdf::fonts(pdf);
    EXPECT_GT(fonts.fonts, 0);
    EXPECT_EQ(fonts.embedded, fonts.fonts) << fonts.table;
    const auto text = pdf::flat(pdf::text(pdf));
    for (const char *expected :
         {"BIÊN BẢN", "Phiên họp thường kỳ UBND tỉnh tháng 11/2026", "TỈNH SƠN HÀ", "Sơn Hà, ngày ", "Phòng họp số 1, Trụ sở UBND tỉnh",
          "THÀNH PHẦN THAM DỰ", "Chủ tọa: Nguyễn Văn An, Chủ tịch UBND tỉnh.", "Thư ký: Trần Thị Bình, Chánh Văn phòng.",
          "Hoàng Văn Em", "Vắng mặt", "Đỗ Thị Giang", "Có mặt 4/6 thành viên",
          "2. Kế hoạch đầu tư công năm 2027", "Ý kiến phát biểu: Lê Văn Cường.",
          "Biểu quyết (ghi danh): Thông qua Kế hoạch đầu tư công năm 2027?", "Tán thành", "Kết quả: THÔNG QUA.",
          "Thống nhất thông qua Kế hoạch đầu tư công năm 2027; giao Sở Tài chính chủ trì thực hiện.",
          "Cuộc họp kết thúc lúc", "THƯ KÝ", "CHỦ TỌA", "(Đã ký)"})
        EXPECT_NE(text.find(expected), std::string::npos) << "missing \"" << expected << "\" in:\n" << text;
    EXPECT_EQ(text.find(draftText), std::string::npos) << "a draft in the minutes";
    EXPECT_EQ(text.find("DỰ THẢO"), std::string::npos) << "closed meeting printed as a draft";

    const auto unknown = hub.ctl({"minutes", "no-such-meeting", "--pdf", pdf});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("no meeting 'no-such-meeting'"), std::string::npos) << unknown.err;
    const auto noPdf = hub.ctl({"minutes"});
    EXPECT_EQ(noPdf.exitCode, 2);
    EXPECT_NE(noPdf.err.find("--pdf"), std::string::npos) << noPdf.err;
    const auto badDir = hub.ctl({"minutes", "--pdf", out.filePath("missing/dir/x.pdf").toStdString()});
    EXPECT_EQ(badDir.exitCode, 2);
    EXPECT_NE(badDir.err.find("cannot write the minutes"), std::string::npos) << badDir.err;
}

TEST_F(HubTest, MinutesOfAnOpenMeetingAreADraft) {
    auto chair = openMeetingAsChair();
    QTemporaryDir out;
    const std::string pdf = out.filePath("du-thao.pdf").toStdString();
    const auto r = hub.ctl({"minutes", "--pdf", pdf});
    ASSERT_TRUE(r.ok()) << r.err;
    EXPECT_NE(r.err.find("not closed"), std::string::npos) << r.err;
    const auto text = pdf::flat(pdf::text(pdf));
    EXPECT_NE(text.find("DỰ THẢO"), std::string::npos) << text;
    EXPECT_NE(text.find("biên bản này là dự thảo"), std::string::npos) << text;
}

} // namespace ecabinet::testing
