// `ecabinetctl poll export` and `status` on the real database after real votes.
#include "Floor.h"

#include "../hub/HubFixture.h"

#include <fstream>

namespace ecabinet::testing {

using namespace floor;

namespace {

std::string readFile(const std::filesystem::path &p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

// Bad input tried: exporting a poll that is still open; asking a secret poll for names.
TEST_F(HubTest, PollExportIsUtf8CsvWithNamesOnlyWhereTheModeAllows) {
    auto chair = openMeetingAsChair();
    auto del1 = connectSeat(2);
    checkIn(del1, standard::kDelegate1, standard::kDelegate1Pin);
    auto del2 = connectSeat(3);
    checkIn(del2, standard::kDelegate2, standard::kDelegate2Pin);

    auto run = [&](wire::PollMode mode) {
        const auto prepared = chair.request(floor::msg::preparePoll(motion("Thông qua Đề án chuyển đổi số?", mode)));
        EXPECT_TRUE(prepared && prepared->has_ack()) << floor::describe(prepared);
        const auto id = prepared->ack().created_id();
        EXPECT_TRUE(chair.request(floor::msg::openPoll(id))->has_ack());
        EXPECT_TRUE(del1.request(floor::msg::castBallot(id, {0}))->has_ack());
        EXPECT_TRUE(del2.request(floor::msg::castBallot(id, {1}))->has_ack());
        EXPECT_TRUE(chair.request(floor::msg::castBallot(id, {0}))->has_ack());
        return id;
    };
    const auto named = run(wire::POLL_MODE_NAMED);
    const auto csv = (hub.root() / "named.csv").string();
    const auto early = hub.ctl({"poll", "export", standard::kMeetingId, named, "--csv", csv});
    EXPECT_EQ(early.exitCode, 2) << "exporting an open poll must be refused:\n" << early.out << early.err;
    EXPECT_NE(early.err.find("no result"), std::string::npos) << early.err;

    ASSERT_TRUE(chair.request(floor::msg::closePoll(named))->has_ack());
    const auto exported = hub.ctl({"poll", "export", standard::kMeetingId, named, "--csv", csv});
    ASSERT_TRUE(exported.ok()) << exported.out << exported.err;
    const auto text = readFile(csv);
    ASSERT_GE(text.size(), 3u);
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF") << "the CSV must start with a UTF-8 BOM";
    EXPECT_NE(text.find("Lê Văn Cường"), std::string::npos) << "Vietnamese name missing or mangled:\n" << text;
    EXPECT_NE(text.find("Phạm Thị Dung"), std::string::npos) << text;
    EXPECT_NE(text.find("p-del2,Phạm Thị Dung,Giám đốc Sở Y tế,,no,1"), std::string::npos) << text;
    EXPECT_NE(text.find("verdict,passed,required,2,base,3"), std::string::npos) << text;
    EXPECT_NE(text.find("Thông qua Đề án chuyển đổi số?"), std::string::npos) << text;

    const auto secret = run(wire::POLL_MODE_SECRET);
    ASSERT_TRUE(chair.request(floor::msg::closePoll(secret))->has_ack());
    const auto secretCsv = (hub.root() / "secret.csv").string();
    const auto s = hub.ctl({"poll", "export", standard::kMeetingId, secret, "--csv", secretCsv});
    ASSERT_TRUE(s.ok()) << s.out << s.err;
    EXPECT_NE(s.out.find("secret"), std::string::npos) << "the tool should say why names are missing: " << s.out;
    const auto secretText = readFile(secretCsv);
    EXPECT_NE(secretText.find("yes,2,2"), std::string::npos) << secretText;
    for (const std::string who : {"Lê Văn Cường", "Phạm Thị Dung", "Nguyễn Văn An", "p-del1", "p-del2", "p-chair"})
        EXPECT_EQ(secretText.find(who), std::string::npos) << "the secret poll's export names " << who << ":\n" << secretText;

    const auto status = hub.ctl({"status"});
    ASSERT_TRUE(status.ok()) << status.err;
    EXPECT_NE(status.out.find(named + "  named  closed  yes 2 / no 1 / abstain 0  passed"), std::string::npos)
        << status.out;
    EXPECT_NE(status.out.find(secret + "  secret  closed"), std::string::npos) << status.out;
}

} // namespace ecabinet::testing
