// Envelope codec: what the hub does with every frame a client sends.
#include "protocol/Codec.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <functional>
#include <random>

using namespace ecabinet;
using protocol::decode;
using protocol::encode;

namespace {

struct RequestCase {
    const char *name;
    std::function<void(wire::Envelope &)> fill;
};

// Every body a client may send, with non-default fields so a lost field shows.
const std::vector<RequestCase> &requestCases() {
    static const std::vector<RequestCase> cases = {
        {"hello", [](wire::Envelope &e) {
             e.mutable_hello()->set_client_name("ecabinet-tablet 0.1.0");
             e.mutable_hello()->set_kind(wire::CLIENT_KIND_SEAT);
         }},
        {"snapshot_request", [](wire::Envelope &e) { e.mutable_snapshot_request()->set_meeting_id("ubnd-2026"); }},
        {"check_in", [](wire::Envelope &e) {
             e.mutable_check_in()->set_person_id("p01");
             e.mutable_check_in()->set_pin("0042");
         }},
        {"check_out", [](wire::Envelope &e) { e.mutable_check_out(); }},
        {"open_meeting", [](wire::Envelope &e) { e.mutable_open_meeting(); }},
        {"close_meeting", [](wire::Envelope &e) { e.mutable_close_meeting(); }},
        {"goto_agenda_item", [](wire::Envelope &e) {
             e.mutable_goto_agenda_item()->set_expected_current(-1);
             e.mutable_goto_agenda_item()->set_index(3);
         }},
        {"ping", [](wire::Envelope &e) { e.mutable_ping(); }},
    };
    return cases;
}

std::string frameOf(const RequestCase &c, std::uint64_t id) {
    auto env = protocol::envelope(id);
    c.fill(env);
    return encode(env);
}

} // namespace

TEST(Codec, EveryRequestTypeSurvivesARoundTrip) {
    std::uint64_t id = 100;
    for (const auto &c : requestCases()) {
        SCOPED_TRACE(c.name);
        auto sent = protocol::envelope(++id);
        c.fill(sent);
        const std::string frame = encode(sent);
        auto got = decode(frame.data(), frame.size());
        ASSERT_TRUE(got.ok()) << got.error().message;
        EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(sent, *got));
        EXPECT_EQ(got->request_id(), id);
        EXPECT_EQ(protocol::bodyName(*got), c.name);
        EXPECT_TRUE(protocol::isCommandRequest(*got));
    }
}

TEST(Codec, RepliesAndEventsAreNotCommandRequests) {
    // Bad input tried: hub-to-client bodies and an empty body sent as if they were requests.
    wire::Envelope ack = protocol::envelope(1), event = protocol::envelope(0), empty = protocol::envelope(2);
    ack.mutable_ack()->set_seq(5);
    event.mutable_event()->set_seq(5);
    EXPECT_FALSE(protocol::isCommandRequest(ack));
    EXPECT_FALSE(protocol::isCommandRequest(event));
    EXPECT_FALSE(protocol::isCommandRequest(empty));
    EXPECT_EQ(protocol::bodyName(empty), "(empty)");
}

TEST(Codec, RejectsAnEmptyFrame) {
    auto got = decode("", 0);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, wire::ERROR_MALFORMED);
}

TEST(Codec, RejectsATruncatedFrameButRecoversItsRequestId) {
    // Bad input tried: a check-in frame with its last byte cut off (inside the PIN).
    const std::string frame = frameOf(requestCases()[2], 4242);
    auto got = decode(frame.data(), frame.size() - 1);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, wire::ERROR_MALFORMED);
    EXPECT_EQ(got.error().requestId, 4242u);
}

TEST(Codec, EveryPrefixOfAFrameDecodesOrFailsAsMalformed) {
    // Bad input tried: every truncation of every request; some prefixes end on a field
    // boundary and are valid (shorter) envelopes, the rest must be refused, never crash.
    for (const auto &c : requestCases()) {
        const std::string frame = frameOf(c, 7);
        for (std::size_t n = 1; n < frame.size(); ++n) {
            auto got = decode(frame.data(), n);
            if (!got.ok()) {
                EXPECT_EQ(got.error().code, wire::ERROR_MALFORMED) << c.name << " cut at " << n;
            }
        }
    }
}

TEST(Codec, RejectsGarbage) {
    // Bad input tried: 0xff bytes (an unterminated varint tag) and text that is not protobuf.
    const std::string ff(16, '\xff');
    auto got = decode(ff.data(), ff.size());
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, wire::ERROR_MALFORMED);

    const std::string text = "GET / HTTP/1.1\r\n\r\n";
    auto http = decode(text.data(), text.size());
    ASSERT_FALSE(http.ok());
    EXPECT_NE(http.error().code, wire::ERROR_UNSPECIFIED);
}

TEST(Codec, RandomBytesNeverCrashTheDecoder) {
    // Bad input tried: 2000 random frames (fixed seed, so a failure reproduces).
    std::mt19937 rng(12345);
    for (int i = 0; i < 2000; ++i) {
        std::string frame(1 + rng() % 200, '\0');
        for (auto &ch : frame) ch = static_cast<char>(rng());
        auto got = decode(frame.data(), frame.size());
        if (!got.ok()) {
            EXPECT_NE(got.error().code, wire::ERROR_UNSPECIFIED);
        }
    }
}

TEST(Codec, SizeLimitIsExactAndTheRequestIdIsKept) {
    // Bad input tried: a frame one byte over the request limit.
    const std::string frame = frameOf(requestCases()[0], 99);
    protocol::Limits exact;
    exact.maxRequestBytes = frame.size();
    EXPECT_TRUE(decode(frame.data(), frame.size(), exact).ok());

    protocol::Limits tight;
    tight.maxRequestBytes = frame.size() - 1;
    auto got = decode(frame.data(), frame.size(), tight);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, wire::ERROR_TOO_LARGE);
    EXPECT_EQ(got.error().requestId, 99u);
}

TEST(Codec, DefaultLimitRefusesAFrameAboveMaxRequestBytes) {
    auto env = protocol::envelope(5);
    env.mutable_hello()->set_client_name(std::string(protocol::Limits{}.maxRequestBytes, 'x'));
    const std::string frame = encode(env);
    ASSERT_GT(frame.size(), protocol::Limits{}.maxRequestBytes);
    auto got = decode(frame.data(), frame.size());
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, wire::ERROR_TOO_LARGE);
    EXPECT_EQ(got.error().requestId, 5u);
}

TEST(Codec, WrongMajorVersionIsRefusedWithItsRequestId) {
    // Bad input tried: majors 0 (a peer that sets no version), ours + 1 and 1000.
    for (std::uint32_t major : {0u, protocol::kMajor + 1, 1000u}) {
        wire::Envelope env;
        env.set_major(major); // encode() would stamp our version, so serialise by hand
        env.set_minor(3);
        env.set_request_id(31337);
        env.mutable_hello()->set_client_name("future client");
        const std::string frame = env.SerializeAsString();
        auto got = decode(frame.data(), frame.size());
        ASSERT_FALSE(got.ok()) << major;
        EXPECT_EQ(got.error().code, wire::ERROR_INCOMPATIBLE_VERSION);
        EXPECT_EQ(got.error().requestId, 31337u);
        EXPECT_NE(got.error().message.find(std::to_string(major) + ".3"), std::string::npos)
            << got.error().message;
    }
}

TEST(Codec, NewerMinorVersionIsAccepted) {
    wire::Envelope env;
    env.set_major(protocol::kMajor);
    env.set_minor(protocol::kMinor + 7);
    env.set_request_id(8);
    env.mutable_ping();
    const std::string frame = env.SerializeAsString();
    EXPECT_TRUE(decode(frame.data(), frame.size()).ok());
}

TEST(Codec, StringLimitIsExact) {
    // Bad input tried: a person id one byte longer than maxStringBytes.
    const std::size_t limit = protocol::Limits{}.maxStringBytes;
    for (std::size_t len : {limit, limit + 1}) {
        auto env = protocol::envelope(12);
        env.mutable_check_in()->set_person_id(std::string(len, 'p'));
        const std::string frame = encode(env);
        auto got = decode(frame.data(), frame.size());
        if (len == limit) {
            EXPECT_TRUE(got.ok());
        } else {
            ASSERT_FALSE(got.ok());
            EXPECT_EQ(got.error().code, wire::ERROR_LIMIT_EXCEEDED);
            EXPECT_EQ(got.error().requestId, 12u);
            EXPECT_NE(got.error().message.find("person_id"), std::string::npos) << got.error().message;
        }
    }
}

TEST(Codec, ListLimitAndNestedStringsAreChecked) {
    // Bad input tried: a snapshot with one member too many, and a member whose name is too long.
    protocol::Limits small;
    small.maxListLength = 3;
    small.maxStringBytes = 8;
    wire::Snapshot snap;
    for (int i = 0; i < 3; ++i) snap.add_members()->set_id("p" + std::to_string(i));
    EXPECT_EQ(protocol::checkLimits(snap, small), "");

    snap.add_members()->set_id("p3");
    EXPECT_NE(protocol::checkLimits(snap, small).find("members"), std::string::npos);

    snap.mutable_members()->RemoveLast();
    snap.mutable_members(1)->set_name("123456789");
    EXPECT_NE(protocol::checkLimits(snap, small).find("name"), std::string::npos);

    auto env = protocol::envelope(77);
    *env.mutable_snapshot() = snap;
    const std::string frame = encode(env);
    auto got = decode(frame.data(), frame.size(), small);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, wire::ERROR_LIMIT_EXCEEDED);
    EXPECT_EQ(got.error().requestId, 77u);
}

TEST(Codec, ErrorReplyCarriesCodeMessageAndId) {
    auto env = protocol::errorReply(55, wire::ERROR_CONFLICT, "someone moved first");
    EXPECT_EQ(env.request_id(), 55u);
    EXPECT_EQ(env.major(), protocol::kMajor);
    EXPECT_EQ(env.error().code(), wire::ERROR_CONFLICT);
    EXPECT_EQ(env.error().message(), "someone moved first");
    EXPECT_STREQ(protocol::errorCodeName(wire::ERROR_CONFLICT), "ERROR_CONFLICT");
}

// The hub writes a chunk as chunkFramePrefix + the file's bytes: it must be exactly what
// encode() makes of the same envelope, for every size (varint lengths of 1, 2, 3 bytes) and
// for the empty "end of file" chunk.
TEST(Codec, ChunkFramePrefixPlusDataIsTheEncodedChunk) {
    const std::string sha(64, 'a');
    std::mt19937 rng(3);
    for (std::size_t size : {std::size_t(0), std::size_t(1), std::size_t(127), std::size_t(128), std::size_t(16383),
                             std::size_t(16384), std::size_t(262144)}) {
        std::string data(size, '\0');
        for (auto &c : data) c = static_cast<char>(rng());
        const std::uint64_t requestId = (std::uint64_t(1733000000000) << 20) + size;
        auto expected = protocol::envelope(requestId);
        auto *chunk = expected.mutable_chunk();
        chunk->set_sha256(sha);
        chunk->set_offset(5 * 262144);
        chunk->set_total_size(99 * 262144 + 7);
        chunk->set_data(data);
        const std::string frame =
            protocol::chunkFramePrefix(requestId, sha, 5 * 262144, 99 * 262144 + 7, size) + data;
        if (size > 0) {
            EXPECT_EQ(frame, encode(expected)) << size << " bytes of data";
        }
        // proto3 leaves an empty field out; ours carries it with length 0: the same message.
        const auto decoded = decode(frame.data(), frame.size(), protocol::Limits{.maxRequestBytes = 1 << 20});
        ASSERT_TRUE(decoded) << decoded.error().message;
        EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(decoded.value(), expected))
            << size << " bytes of data";
    }
}
