// ecabinetctl init and device enrolment, and what the service then admits.
#include "StoreFixture.h"

#include "store/Devices.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace ecabinet;
using namespace ecabinet::test;
namespace fs = std::filesystem;

TEST(HubInit, KeyIsPrivateAndNeverOverwritten) {
    HubDir hub;
    hub.init();
    struct stat st {};
    ASSERT_EQ(::stat((hub.path() / "hub.key").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const auto before = fs::last_write_time(hub.path() / "hub.key");
    // Bad input: a second init over an existing key.
    const auto again = runCtl(hub.path(), {"init"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("refusing"), std::string::npos) << again.err;
    EXPECT_EQ(fs::last_write_time(hub.path() / "hub.key"), before);
}

TEST(DeviceEnrol, WrongFingerprintIsRefusedAndRightOneApproves) {
    HubDir hub;
    hub.init();
    const auto key = makeKeyPair();
    const auto added = runCtl(hub.path(), {"device", "add", "seat-01", "--key", key.publicKey});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const auto at = added.out.find("fingerprint: ");
    ASSERT_NE(at, std::string::npos);
    const std::string fp = added.out.substr(at + 13, 39);

    // Bad input: a fingerprint with one digit changed (another tablet's key).
    std::string wrong = fp;
    wrong[0] = wrong[0] == '0' ? '1' : '0';
    const auto refused = runCtl(hub.path(), {"device", "approve", "seat-01", "--fingerprint", wrong});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("does not match"), std::string::npos) << refused.err;
    EXPECT_EQ(refused.err.find(fp), std::string::npos) << "the right fingerprint must not be revealed";
    {
        auto store = hub.openStore();
        EXPECT_EQ(hub::DeviceTable(*store).byName("seat-01")->status, "pending");
        FakeClock clock;
        hub::MeetingService svc(*store, clock);
        EXPECT_FALSE(svc.admitDevice(key.publicKey)) << "a pending device was admitted";
    }
    // Upper case without spaces is the same fingerprint.
    std::string compact;
    for (char c : fp)
        if (c != ' ') compact += static_cast<char>(std::toupper(c));
    const auto ok = runCtl(hub.path(), {"device", "approve", "seat-01", "--fingerprint", compact});
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    auto store = hub.openStore();
    FakeClock clock;
    hub::MeetingService svc(*store, clock);
    EXPECT_EQ(svc.admitDevice(key.publicKey).value_or("?"), "seat-01");
    EXPECT_FALSE(svc.admitDevice(makeKeyPair().publicKey)) << "an unknown key was admitted";
}

TEST(DeviceEnrol, BadKeysNamesAndDuplicatesAreRefused) {
    HubDir hub;
    hub.init();
    const auto key = makeKeyPair();
    EXPECT_EQ(runCtl(hub.path(), {"device", "add", "seat-01", "--key", "tooshort"}).exitCode, 2);
    EXPECT_EQ(runCtl(hub.path(), {"device", "add", "seat 01", "--key", key.publicKey}).exitCode, 2);
    EXPECT_EQ(runCtl(hub.path(), {"device", "add", "seat-01", "--key", key.publicKey, "--kind", "phone"}).exitCode, 2);
    ASSERT_EQ(runCtl(hub.path(), {"device", "add", "seat-01", "--key", key.publicKey}).exitCode, 0);
    EXPECT_EQ(runCtl(hub.path(), {"device", "add", "seat-01", "--key", makeKeyPair().publicKey}).exitCode, 2);
    EXPECT_EQ(runCtl(hub.path(), {"device", "add", "seat-02", "--key", key.publicKey}).exitCode, 2)
        << "one key enrolled under two names";
    EXPECT_EQ(runCtl(hub.path(), {"bogus"}).exitCode, 2);
    EXPECT_EQ(runCtl(hub.path(), {"device", "approve", "nobody", "--fingerprint", "ab"}).exitCode, 2);
}

TEST(DeviceEnrol, RevokedDeviceIsRefusedOnItsNextCommand) {
    HubDir hub;
    hub.standardHub();
    auto store = hub.openStore();
    FakeClock clock;
    hub::MeetingService svc(*store, clock);
    ASSERT_TRUE(svc.deviceActive("seat-01"));
    const auto key = hub::DeviceTable(*store).byName("seat-01")->publicKey;

    // Revoked while the hub has the database open (ctl and hub share it under WAL).
    const auto r = runCtl(hub.path(), {"device", "revoke", "seat-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(svc.deviceActive("seat-01"));
    EXPECT_FALSE(svc.admitDevice(key));
    const auto out = svc.handle("seat-01", checkIn(1, "p03", "3333"));
    ASSERT_TRUE(out.reply.has_error());
    EXPECT_EQ(out.reply.error().code(), wire::ERROR_DEVICE_REVOKED);
    EXPECT_TRUE(out.events.empty());
}
