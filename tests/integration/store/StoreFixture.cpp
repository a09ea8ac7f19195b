#include "StoreFixture.h"

#include "protocol/Codec.h"

#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

#include <gtest/gtest.h>
#include <zmq.h>

#include <fstream>
#include <iterator>

namespace ecabinet::test {

namespace fs = std::filesystem;

CtlRun runCtl(const fs::path &dataDir, const std::vector<std::string> &args) {
    QProcess p;
    QStringList list{QStringLiteral("--data"), QString::fromStdString(dataDir.string())};
    for (const auto &a : args) list << QString::fromStdString(a);
    p.start(QStringLiteral(ECABINET_BIN_DIR "/ecabinetctl"), list);
    CtlRun r;
    if (!p.waitForFinished(60000)) {
        r.err = "ecabinetctl did not finish: " + p.errorString().toStdString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput().toStdString();
    r.err = p.readAllStandardError().toStdString();
    return r;
}

std::string writePdf(const fs::path &path, int pages) {
    fs::create_directories(path.parent_path());
    {
        QPdfWriter writer(QString::fromStdString(path.string()));
        writer.setTitle(QStringLiteral("test document"));
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0) writer.newPage();
            painter.drawText(200, 400, QStringLiteral("Trang %1 / %2 — %3").arg(i + 1).arg(pages)
                                           .arg(QString::fromStdString(path.filename().string())));
        }
    }
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

KeyPair makeKeyPair() {
    char pub[41], sec[41];
    EXPECT_EQ(zmq_curve_keypair(pub, sec), 0);
    return {pub, sec};
}

HubDir::HubDir() { EXPECT_TRUE(dir_.isValid()); }

void HubDir::init() {
    const auto r = runCtl(path(), {"init"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
}

void HubDir::enrol(const std::string &name, const std::string &kind) {
    const auto key = makeKeyPair();
    const auto added = runCtl(path(), {"device", "add", name, "--key", key.publicKey, "--kind", kind});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const auto at = added.out.find("fingerprint: ");
    ASSERT_NE(at, std::string::npos) << added.out;
    const auto fp = added.out.substr(at + 13, added.out.find('\n', at) - at - 13);
    const auto approved = runCtl(path(), {"device", "approve", name, "--fingerprint", fp});
    ASSERT_EQ(approved.exitCode, 0) << approved.err;
}

std::string standardMeetingJson(const std::string &id) {
    return R"({
  "id": ")" + id + R"(", "title": "Phiên họp thường kỳ", "location": "Phòng họp 1",
  "starts_at": "2026-11-23T08:00:00+07:00",
  "members": [
    {"id": "p01", "name": "Nguyễn Văn A", "position": "Chủ tịch", "role": "chair", "pin": "1111"},
    {"id": "p02", "name": "Trần Thị B", "role": "secretary", "pin": "2222"},
    {"id": "p03", "name": "Lê Văn C", "role": "delegate", "pin": "3333"},
    {"id": "p04", "name": "Phạm Thị D", "role": "delegate", "pin": "4444"}
  ],
  "seats": [
    {"id": "s01", "label": "Ghế 1", "device": "seat-01"},
    {"id": "s02", "label": "Ghế 2", "device": "seat-02"},
    {"id": "s03", "label": "Ghế 3", "device": "seat-03"}
  ],
  "agenda": [
    {"id": "i1", "number": "1", "title": "Báo cáo", "documents": [{"id": "d1", "title": "Báo cáo", "file": "docs/bao-cao.pdf"}]},
    {"id": "i2", "number": "2", "title": "Kế hoạch", "documents": [{"id": "d2", "title": "Kế hoạch", "file": "docs/ke-hoach.pdf"}]},
    {"id": "i3", "number": "3", "title": "Khác"}
  ]
})";
}

fs::path HubDir::writeMeeting(const std::string &id, const std::string &json) {
    const fs::path dir = meetingDir();
    fs::create_directories(dir / "docs");
    if (!fs::exists(dir / "docs/bao-cao.pdf")) writePdf(dir / "docs/bao-cao.pdf", 3);
    if (!fs::exists(dir / "docs/ke-hoach.pdf")) writePdf(dir / "docs/ke-hoach.pdf", 2);
    const fs::path file = dir / (id + ".json");
    std::ofstream(file) << (json.empty() ? standardMeetingJson(id) : json);
    return file;
}

void HubDir::importMeeting(const std::string &id) {
    const auto file = writeMeeting(id);
    const auto r = runCtl(path(), {"meeting", "import", file.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
}

void HubDir::standardHub() {
    init();
    for (const char *seat : {"seat-01", "seat-02", "seat-03"}) enrol(seat, "seat");
    enrol("console-chair", "console");
    importMeeting("m1");
}

std::unique_ptr<hub::Store> HubDir::openStore() const {
    auto s = hub::Store::open(path());
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
    return s.ok() ? std::move(s).value() : nullptr;
}

wire::Envelope checkIn(std::uint64_t rid, const std::string &person, const std::string &pin) {
    auto e = protocol::envelope(rid);
    e.mutable_check_in()->set_person_id(person);
    e.mutable_check_in()->set_pin(pin);
    return e;
}

wire::Envelope gotoItem(std::uint64_t rid, int expected, int index) {
    auto e = protocol::envelope(rid);
    e.mutable_goto_agenda_item()->set_expected_current(expected);
    e.mutable_goto_agenda_item()->set_index(index);
    return e;
}

wire::Envelope openMeeting(std::uint64_t rid) {
    auto e = protocol::envelope(rid);
    e.mutable_open_meeting();
    return e;
}

wire::Envelope snapshotRequest(std::uint64_t rid) {
    auto e = protocol::envelope(rid);
    e.mutable_snapshot_request();
    return e;
}

} // namespace ecabinet::test
