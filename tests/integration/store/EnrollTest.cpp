// ecabinet-enroll (tablet side) with ecabinetctl (hub side): the whole enrolment handshake.
#include "StoreFixture.h"

#include <QProcess>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sys/stat.h>

using namespace ecabinet;
using namespace ecabinet::test;
namespace fs = std::filesystem;

namespace {

CtlRun enroll(const std::vector<std::string> &args) {
    QProcess p;
    QStringList list;
    for (const auto &a : args) list << QString::fromStdString(a);
    p.start(QStringLiteral(ECABINET_BIN_DIR "/ecabinet-enroll"), list);
    CtlRun r;
    if (!p.waitForFinished(30000)) return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput().toStdString();
    r.err = p.readAllStandardError().toStdString();
    return r;
}

std::string lineAfter(const std::string &text, const std::string &label) {
    const auto at = text.find(label);
    if (at == std::string::npos) return {};
    const auto start = text.find_first_not_of(' ', at + label.size());
    return text.substr(start, text.find('\n', start) - start);
}

nlohmann::json readJson(const fs::path &p) {
    std::ifstream in(p);
    return nlohmann::json::parse(in);
}

} // namespace

TEST(Enroll, TabletFingerprintApprovesTheDeviceOnTheHub) {
    HubDir hub;
    hub.init();
    std::string hubKey;
    std::ifstream(hub.path() / "hub.pub") >> hubKey;
    const fs::path out = hub.path() / "tablet";

    const auto e = enroll({"--out", out.string(), "--name", "seat-07", "--hub", "127.0.0.1", "--hub-key", hubKey,
                           "--command-port", "17400"});
    ASSERT_EQ(e.exitCode, 0) << e.err;
    struct stat st {};
    ASSERT_EQ(::stat((out / "device.json").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u) << "the secret key must be readable by its owner only";
    const auto config = readJson(out / "device.json");
    EXPECT_EQ(config.at("name"), "seat-07");
    EXPECT_EQ(config.at("kind"), "seat");
    EXPECT_EQ(config.at("hub_public_key"), hubKey);
    EXPECT_EQ(config.at("command_port"), 17400);
    EXPECT_EQ(config.at("event_port"), 7401);
    EXPECT_EQ(config.at("secret_key").get<std::string>().size(), 40u);
    const std::string pub = config.at("public_key");
    EXPECT_EQ(lineAfter(e.out, "public key:"), pub);

    const auto added = runCtl(hub.path(), {"device", "add", "seat-07", "--key", pub});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const std::string tabletFp = lineAfter(e.out, "fingerprint:");
    EXPECT_EQ(lineAfter(added.out, "fingerprint:"), tabletFp) << "hub and tablet disagree on the fingerprint";
    ASSERT_EQ(runCtl(hub.path(), {"device", "approve", "seat-07", "--fingerprint", tabletFp}).exitCode, 0);

    auto store = hub.openStore();
    FakeClock clock;
    hub::MeetingService svc(*store, clock);
    EXPECT_EQ(svc.admitDevice(pub).value_or("?"), "seat-07");
}

TEST(Enroll, RefusesToOverwriteWithoutForceAndRejectsBadInput) {
    HubDir hub;
    hub.init();
    std::string hubKey;
    std::ifstream(hub.path() / "hub.pub") >> hubKey;
    const fs::path out = hub.path() / "tablet";
    const std::vector<std::string> base = {"--out", out.string(), "--name", "seat-07", "--hub", "hub.local",
                                           "--hub-key", hubKey};
    ASSERT_EQ(enroll(base).exitCode, 0);
    const std::string firstKey = readJson(out / "device.json").at("public_key");

    // Bad input: a second enrolment over the first (would orphan the approved key).
    const auto again = enroll(base);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
    EXPECT_EQ(readJson(out / "device.json").at("public_key"), firstKey);

    auto forced = base;
    forced.push_back("--force");
    ASSERT_EQ(enroll(forced).exitCode, 0);
    EXPECT_NE(readJson(out / "device.json").at("public_key"), firstKey);

    // Bad input: a hub key that is not Z85, a port out of range, a kind that does not exist.
    const fs::path other = hub.path() / "other";
    EXPECT_EQ(enroll({"--out", other.string(), "--name", "s", "--hub", "h", "--hub-key", "nope"}).exitCode, 2);
    EXPECT_EQ(enroll({"--out", other.string(), "--name", "s", "--hub", "h", "--hub-key", hubKey, "--blob-port", "70000"})
                  .exitCode, 2);
    EXPECT_EQ(enroll({"--out", other.string(), "--name", "s", "--hub", "h", "--hub-key", hubKey, "--kind", "tv"})
                  .exitCode, 2);
    EXPECT_FALSE(fs::exists(other / "device.json"));
}
