// Frames that are not valid requests get an Error reply (with the request id
// when it can be read), a log line, and the hub keeps serving.
#include "HubFixture.h"

#include "protocol/Codec.h"

namespace ecabinet::testing {

namespace {
// Serialises without protocol::encode, which would stamp our own version.
std::string serialise(const wire::Envelope &env) {
    std::string out;
    env.SerializeToString(&out);
    return out;
}
} // namespace

// Bad input: bytes that are no protobuf at all.
TEST_F(HubTest, GarbageFrameGetsMalformedAndTheHubKeepsServing) {
    auto seat = connectSeat(2);
    seat.sendRaw(std::string("\xff\xfe this is not an envelope \x01\x02", 30));
    const auto r = seat.nextReply();
    ASSERT_TRUE(r && r->has_error()) << describe(r);
    EXPECT_EQ(r->error().code(), wire::ERROR_MALFORMED);
    EXPECT_TRUE(hub.waitForLog("ERROR_MALFORMED")) << hub.log();

    const auto ping = seat.request(msg::ping());
    ASSERT_TRUE(ping && ping->has_ack()) << describe(ping);
}

// Bad input: a readable request_id (field 3 = 77) followed by a truncated field.
TEST_F(HubTest, MalformedFrameIsAnsweredWithItsRequestId) {
    auto seat = connectSeat(2);
    seat.sendRaw(std::string("\x08\x01\x18\x4d\x52\x7f\x01", 7));
    const auto r = seat.nextReply();
    ASSERT_TRUE(r && r->has_error()) << describe(r);
    EXPECT_EQ(r->error().code(), wire::ERROR_MALFORMED);
    EXPECT_EQ(r->request_id(), 77u);
}

// Bad input: a 100 KiB Hello (the limit for requests is 64 KiB).
TEST_F(HubTest, OversizedFrameGetsTooLarge) {
    auto seat = connectSeat(2);
    auto big = msg::hello(std::string(100 * 1024, 'x'));
    big.set_request_id(9001);
    seat.sendRaw(protocol::encode(big));
    const auto r = seat.reply(9001);
    ASSERT_TRUE(r && r->has_error()) << describe(r);
    EXPECT_EQ(r->error().code(), wire::ERROR_TOO_LARGE);
    EXPECT_TRUE(hub.waitForLog("ERROR_TOO_LARGE")) << hub.log();
    const auto ping = seat.request(msg::ping());
    ASSERT_TRUE(ping && ping->has_ack()) << describe(ping);
}

// Bad input: 2 MiB, above ZMQ_MAXMSGSIZE: libzmq drops the connection, the hub lives on.
TEST_F(HubTest, FrameAboveTheSocketLimitDoesNotHurtTheHub) {
    auto seat = connectSeat(2);
    seat.sendRaw(std::string(2 << 20, 'z'));
    EXPECT_FALSE(seat.nextReply(1s));
    auto other = connectSeat(3);
    const auto ping = other.request(msg::ping());
    ASSERT_TRUE(ping && ping->has_ack()) << describe(ping);
}

// Bad input: a Hello claiming protocol major 99.
TEST_F(HubTest, HelloWithWrongMajorGetsIncompatibleVersion) {
    auto seat = connectSeat(2);
    auto hello = msg::hello();
    hello.set_major(99);
    hello.set_minor(3);
    hello.set_request_id(5);
    seat.sendRaw(serialise(hello));
    const auto r = seat.reply(5);
    ASSERT_TRUE(r && r->has_error()) << describe(r);
    EXPECT_EQ(r->error().code(), wire::ERROR_INCOMPATIBLE_VERSION);
    EXPECT_NE(r->error().message().find("99.3"), std::string::npos) << r->error().message();
    EXPECT_NE(r->error().message().find("update"), std::string::npos) << r->error().message();
    EXPECT_EQ(r->major(), protocol::kMajor) << "the reply speaks the hub's version";
}

// Bad input: a 5000-byte person id (strings are limited to 4096 bytes).
TEST_F(HubTest, OverlongStringGetsLimitExceeded) {
    auto seat = connectSeat(2);
    const auto r = seat.request(msg::checkIn(std::string(5000, 'p'), "1111"));
    ASSERT_TRUE(r && r->has_error()) << describe(r);
    EXPECT_EQ(r->error().code(), wire::ERROR_LIMIT_EXCEEDED);
}

// Bad input: replies and chunk requests sent as if they were commands, and an empty body.
TEST_F(HubTest, NonRequestBodiesGetNotARequest) {
    auto seat = connectSeat(2);
    auto welcome = protocol::envelope();
    welcome.mutable_welcome()->set_device_id("seat-1");
    auto chunkReq = protocol::envelope();
    chunkReq.mutable_chunk_request()->set_sha256(std::string(64, 'a'));
    for (auto env : {welcome, chunkReq, protocol::envelope()}) {
        const auto r = seat.request(env);
        ASSERT_TRUE(r && r->has_error()) << describe(r);
        EXPECT_EQ(r->error().code(), wire::ERROR_NOT_A_REQUEST) << describe(r);
    }
}

} // namespace ecabinet::testing
