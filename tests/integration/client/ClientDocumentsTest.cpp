// The document pack: fetched after check-in, byte-identical to what the
// secretary imported, never fetched twice, and resumed from the .part after an
// interrupted transfer; a damaged .part is detected and fetched again.
#include "SessionHarness.h"
#include "support/TestMeeting.h"
#include "support/TestPdf.h"

#include "Models.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ecabinet::testing;
using namespace ecabinet::testing::client;
namespace std_ = ecabinet::testing::standard;

namespace {

struct Doc {
    std::string id;
    QString sha;
    qint64 size = 0;
};

std::vector<Doc> documentsOf(const MeetingSession &s) {
    std::vector<Doc> docs;
    const auto *m = s.documents();
    for (int i = 0; i < m->rowCount(); ++i) {
        const auto ix = m->index(i);
        docs.push_back({m->data(ix, DocumentModel::DocumentIdRole).toString().toStdString(),
                        m->data(ix, DocumentModel::Sha256Role).toString(),
                        m->data(ix, DocumentModel::SizeRole).toLongLong()});
    }
    return docs;
}

qint64 totalSize(const std::vector<Doc> &docs) {
    qint64 n = 0;
    for (const auto &d : docs) n += d.size;
    return n;
}

bool allReady(const MeetingSession &s) {
    return s.documents()->rowCount() > 0 && s.documentsReady() == s.documents()->rowCount();
}

} // namespace

TEST(ClientDocuments, PackIsByteIdenticalAndNeverFetchedTwice) {
    auto hub = startStandardHub();
    QTemporaryDir cache;
    const auto device = hub->enrolDevice(std_::seatDevice(1), "seat");
    std::vector<Doc> docs;
    {
        Tablet seat = startTablet(device, cache.path());
        ASSERT_TRUE(waitLive(*seat));
        // Nothing is fetched before check-in (the hub would refuse anyway).
        EXPECT_EQ(seat->bytesFetched(), 0u);
        QSignalSpy ready(seat.session.get(), &MeetingSession::documentReady);
        ASSERT_TRUE(checkIn(*seat, std_::kDelegate1, std_::kDelegate1Pin).ok);
        ASSERT_TRUE(waitUntil([&] { return allReady(*seat); }, 30s)) << seat->documentsReady();
        docs = documentsOf(*seat);
        ASSERT_EQ(docs.size(), 3u);
        EXPECT_EQ(ready.count(), 3);
        for (const auto &d : docs) {
            const QString path = seat->documentPath(d.sha);
            ASSERT_FALSE(path.isEmpty()) << d.id;
            EXPECT_EQ(readFileBytes(path.toStdString()), readFileBytes(hub->documentPath(d.id))) << d.id;
            EXPECT_FALSE(QFile::exists(path + ".part")) << d.id;
        }
        EXPECT_EQ(seat->bytesFetched(), static_cast<quint64>(totalSize(docs)));
    }
    // Same cache folder, new session: everything is held, nothing is transferred.
    Tablet again = startTablet(device, cache.path());
    ASSERT_TRUE(waitLive(*again));
    ASSERT_TRUE(checkIn(*again, std_::kDelegate1, std_::kDelegate1Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return allReady(*again); }, 30s));
    EXPECT_EQ(again->bytesFetched(), 0u);
}

TEST(ClientDocuments, InterruptedTransferResumesFromThePart) {
    auto hub = startStandardHub();
    QTemporaryDir cache;
    const auto device = hub->enrolDevice(std_::seatDevice(2), "seat");
    constexpr qint64 cap = 256 * 1024; // one chunk; the scanned d3 is larger than this
    std::vector<Doc> docs;
    {
        // The first session stops after the first chunk of each document and
        // is then torn down: the transfer of d3 is cut with a .part on disk.
        Tablet seat = startTablet(device, cache.path(), cap);
        ASSERT_TRUE(waitLive(*seat));
        ASSERT_TRUE(checkIn(*seat, std_::kDelegate2, std_::kDelegate2Pin).ok);
        ASSERT_TRUE(waitUntil([&] { return seat->documentsReady() == 2; }, 30s)) << seat->documentsReady();
        docs = documentsOf(*seat);
        ASSERT_EQ(docs.size(), 3u);
        ASSERT_GT(docs[2].size, cap) << "the test PDF d3 must span more than the cap";
        ASSERT_TRUE(waitUntil([&] { return seat->bytesFetched() >= quint64(docs[0].size + docs[1].size + cap); }));
    }
    const Doc &big = docs[2];
    const QString part = cache.path() + "/" + big.sha.left(2) + "/" + big.sha + ".part";
    ASSERT_TRUE(QFile::exists(part));
    const qint64 partSize = QFileInfo(part).size();
    ASSERT_GE(partSize, cap);
    ASSERT_LT(partSize, big.size);

    Tablet resumed = startTablet(device, cache.path());
    ASSERT_TRUE(waitLive(*resumed));
    ASSERT_TRUE(checkIn(*resumed, std_::kDelegate2, std_::kDelegate2Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return allReady(*resumed); }, 30s));
    // Only the missing tail crossed the wire, and the result verifies.
    EXPECT_EQ(resumed->bytesFetched(), static_cast<quint64>(big.size - partSize));
    EXPECT_EQ(readFileBytes(resumed->documentPath(big.sha).toStdString()), readFileBytes(hub->documentPath(big.id)));
    EXPECT_FALSE(QFile::exists(part));
}

TEST(ClientDocuments, DamagedPartIsDetectedAndFetchedAgain) {
    auto hub = startStandardHub();
    QTemporaryDir cache;
    const auto device = hub->enrolDevice(std_::seatDevice(3), "seat");
    // Learn the documents' ids from a first session that fetches nothing.
    std::vector<Doc> docs;
    {
        Tablet probe = startTablet(device, cache.path(), 0);
        ASSERT_TRUE(waitLive(*probe));
        docs = documentsOf(*probe);
    }
    ASSERT_EQ(docs.size(), 3u);
    // Bad input: a .part of d2 whose bytes are not the document's (a disk
    // error, or a tampered cache). Resuming from it cannot verify.
    const Doc &d = docs[1];
    QDir().mkpath(cache.path() + "/" + d.sha.left(2));
    QFile part(cache.path() + "/" + d.sha.left(2) + "/" + d.sha + ".part");
    ASSERT_TRUE(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(static_cast<int>(d.size / 2), 'x'));
    part.close();

    Tablet seat = startTablet(device, cache.path());
    ASSERT_TRUE(waitLive(*seat));
    ASSERT_TRUE(checkIn(*seat, std_::kDelegate3, std_::kDelegate3Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return allReady(*seat); }, 30s)) << seat->documentsReady();
    EXPECT_EQ(readFileBytes(seat->documentPath(d.sha).toStdString()), readFileBytes(hub->documentPath(d.id)));
    // The damaged half was thrown away and the whole document fetched again.
    EXPECT_EQ(seat->bytesFetched(), static_cast<quint64>(totalSize(docs) - d.size / 2 + d.size));
}
