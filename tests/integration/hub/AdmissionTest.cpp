// Who may talk to the hub: ZAP admits only approved, not revoked device keys,
// and identity comes from the key, never from the message.
#include "HubFixture.h"

namespace ecabinet::testing {

// Bad input: a well-formed Hello from a CURVE key the hub has never enrolled.
TEST_F(HubTest, UnenrolledKeyIsRefusedAtHandshakeAndLogged) {
    const auto stranger = KeyPair::generate();
    RawClient client(hub, stranger);
    client.send(msg::hello());
    EXPECT_EQ(client.waitForHandshake(), Handshake::RefusedAuth);
    EXPECT_FALSE(client.nextReply(1s)) << "a refused key must get no reply at all";
    EXPECT_TRUE(hub.waitForLog("refused key " + stranger.publicZ85)) << hub.log();

    // The hub is unaffected: an enrolled device is served.
    auto seat = connectSeat(2);
    EXPECT_EQ(seat.waitForHandshake(), Handshake::Succeeded);
    EXPECT_TRUE(seat.request(msg::ping()).has_value());
}

// Bad input: a key that was added with `device add` but never approved.
TEST_F(HubTest, PendingDeviceIsRefused) {
    const auto pending = hub.addPendingDevice(standard::seatDevice(3));
    RawClient client(hub, pending);
    client.send(msg::hello());
    EXPECT_EQ(client.waitForHandshake(), Handshake::RefusedAuth);
    EXPECT_FALSE(client.nextReply(1s));
}

// Identity is the enrolled name of the key (the Hello's client_name claims otherwise).
TEST_F(HubTest, WelcomeNamesTheDeviceOfTheKey) {
    auto seat = connectSeat(4);
    const auto r = seat.request(msg::hello("seat-1 (pretending)"));
    ASSERT_TRUE(r && r->has_welcome()) << describe(r);
    EXPECT_EQ(r->welcome().device_id(), standard::seatDevice(4));
    EXPECT_EQ(r->welcome().meeting_id(), standard::kMeetingId);
    EXPECT_EQ(r->welcome().chunk_size(), protocol::kChunkSize);
    EXPECT_EQ(r->welcome().max_chunks_in_flight(), protocol::kMaxChunksInFlight);
    EXPECT_EQ(r->welcome().heartbeat_interval_ms(), protocol::kHeartbeatIntervalMs);
}

// The device.json written by ecabinet-enroll is enough to connect.
TEST_F(HubTest, DeviceJsonFromEnrolmentConnects) {
    const auto dev = hub.enrolDevice("console-chair", "console");
    auto client = RawClient::fromDeviceJson(dev.deviceJson);
    const auto r = client.request(msg::hello());
    ASSERT_TRUE(r && r->has_welcome()) << describe(r);
    EXPECT_EQ(r->welcome().device_id(), "console-chair");
}

// Bad input: commands and chunk requests from a device revoked while connected,
// then a fresh connection with the revoked key.
TEST_F(HubTest, RevokedDeviceIsRefusedOnNextCommandAndNewConnection) {
    const auto dev = hub.enrolDevice(standard::seatDevice(2));
    RawClient client(hub, dev);
    ASSERT_TRUE(client.request(msg::hello()).has_value());

    const auto revoked = hub.revokeDevice(dev.name);
    ASSERT_TRUE(revoked.ok()) << revoked.err;

    const auto r = client.request(msg::ping());
    ASSERT_TRUE(r && r->has_error()) << describe(r);
    EXPECT_EQ(r->error().code(), wire::ERROR_DEVICE_REVOKED);
    const auto chunk = client.chunk(std::string(64, 'a'), 0, 1024);
    ASSERT_TRUE(chunk && chunk->has_error()) << describe(chunk);
    EXPECT_EQ(chunk->error().code(), wire::ERROR_DEVICE_REVOKED);

    RawClient again(hub, dev);
    again.send(msg::hello());
    EXPECT_EQ(again.waitForHandshake(), Handshake::RefusedAuth);
    EXPECT_FALSE(again.nextReply(1s));
    EXPECT_TRUE(hub.waitForLog("refused key " + dev.keys.publicZ85)) << hub.log();
}

TEST_F(HubTest, SigtermStopsTheHubCleanly) {
    auto seat = connectSeat(1);
    ASSERT_TRUE(seat.request(msg::ping()).has_value());
    EXPECT_EQ(hub.stop(), 0);
    EXPECT_TRUE(hub.waitForLog("stopped cleanly")) << hub.log();
}

} // namespace ecabinet::testing
