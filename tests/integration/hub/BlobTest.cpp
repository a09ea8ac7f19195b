// The blob socket: per-chunk access checks, byte-exact reassembly, refusals.
#include "HubFixture.h"

#include "support/TestPdf.h"

#include <QCryptographicHash>

namespace ecabinet::testing {

namespace {

std::vector<wire::DocumentRef> documentsOf(RawClient &client) {
    const auto snap = client.request(msg::snapshot());
    EXPECT_TRUE(snap && snap->has_snapshot()) << (snap ? snap->ShortDebugString() : "no snapshot");
    std::vector<wire::DocumentRef> docs;
    if (snap)
        for (const auto &item : snap->snapshot().agenda())
            for (const auto &d : item.documents()) docs.push_back(d);
    return docs;
}

wire::ErrorCode errorOf(const std::optional<wire::Envelope> &r) {
    return r && r->has_error() ? r->error().code() : wire::ERROR_UNSPECIFIED;
}

} // namespace

// Bad input: a chunk request for a real document from a device where nobody checked in.
TEST_F(HubTest, ChunkRequestBeforeCheckInIsRefused) {
    auto seat = connectSeat(4);
    const auto docs = documentsOf(seat);
    ASSERT_EQ(docs.size(), standard::documents().size());
    const auto r = seat.chunk(docs[0].sha256(), 0, protocol::kChunkSize);
    EXPECT_EQ(errorOf(r), wire::ERROR_NOT_CHECKED_IN) << describe(r);
}

TEST_F(HubTest, ChunksReassembleByteIdenticalAfterCheckIn) {
    auto seat = connectSeat(4);
    checkIn(seat, standard::kDelegate1, standard::kDelegate1Pin);
    const auto docs = documentsOf(seat);
    ASSERT_EQ(docs.size(), standard::documents().size());
    bool sawMultiChunk = false;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        const auto &doc = docs[i];
        const auto original = readFileBytes(hub.documentPath(standard::documents()[i].id));
        ASSERT_EQ(doc.size(), original.size()) << doc.id();
        EXPECT_EQ(doc.sha256(), QCryptographicHash::hash(QByteArray::fromStdString(original),
                                                         QCryptographicHash::Sha256).toHex().toStdString());
        EXPECT_EQ(doc.page_count(), static_cast<std::uint32_t>(standard::documents()[i].pages)) << doc.id();
        sawMultiChunk = sawMultiChunk || doc.size() > protocol::kChunkSize;
        const auto whole = seat.download(doc.sha256(), doc.size(), protocol::kChunkSize, protocol::kMaxChunksInFlight);
        ASSERT_TRUE(whole) << doc.id();
        EXPECT_TRUE(*whole == original) << doc.id() << " differs from the imported PDF";
        // Small chunks, full window: many requests in flight, answered in order.
        const auto small = seat.download(doc.sha256(), doc.size(), 4096, protocol::kMaxChunksInFlight);
        ASSERT_TRUE(small) << doc.id();
        EXPECT_TRUE(*small == original) << doc.id() << " (4 KiB chunks) differs from the imported PDF";
    }
    EXPECT_TRUE(sawMultiChunk) << "no test document spans several 256 KiB chunks";
}

// Bad input: a well-formed but unknown sha256, and a path-like "sha".
TEST_F(HubTest, UnknownBlobIsNotFound) {
    auto seat = connectSeat(4);
    checkIn(seat, standard::kDelegate2, standard::kDelegate2Pin);
    EXPECT_EQ(errorOf(seat.chunk(std::string(64, 'a'), 0, 1024)), wire::ERROR_NOT_FOUND);
    EXPECT_EQ(errorOf(seat.chunk("../../hub.key", 0, 1024)), wire::ERROR_NOT_FOUND);
}

// Bad input: a length above the chunk size, a zero length, an offset past the end.
TEST_F(HubTest, BadRangesAreRefused) {
    auto seat = connectSeat(4);
    checkIn(seat, standard::kDelegate3, standard::kDelegate3Pin);
    const auto doc = documentsOf(seat).at(0);
    EXPECT_EQ(errorOf(seat.chunk(doc.sha256(), 0, protocol::kChunkSize + 1)), wire::ERROR_LIMIT_EXCEEDED);
    EXPECT_EQ(errorOf(seat.chunk(doc.sha256(), 0, 0)), wire::ERROR_LIMIT_EXCEEDED);
    EXPECT_EQ(errorOf(seat.chunk(doc.sha256(), doc.size() + 1, 1024)), wire::ERROR_LIMIT_EXCEEDED);
    // Exactly at the end: an empty chunk tells a pipelining client to stop.
    const auto end = seat.chunk(doc.sha256(), doc.size(), 1024);
    ASSERT_TRUE(end && end->has_chunk()) << describe(end);
    EXPECT_TRUE(end->chunk().data().empty());
    EXPECT_EQ(end->chunk().total_size(), doc.size());
    // The socket still serves a good request afterwards.
    const auto good = seat.chunk(doc.sha256(), 0, 100);
    ASSERT_TRUE(good && good->has_chunk()) << describe(good);
    EXPECT_EQ(good->chunk().data().size(), 100u);
}

} // namespace ecabinet::testing
