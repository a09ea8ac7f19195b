// The hash chain on a real hub.db: events made by the real service, the file then tampered
// with through the SQLite C API, and the real `ecabinetctl verify` must name the bad row.
#include "StoreFixture.h"

#include "domain/HashChain.h"
#include "store/BlobStore.h"
#include "store/EventLog.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

using namespace ecabinet;
using namespace ecabinet::test;

namespace {

// m1 gets seq 1 (import) + 5: four check-ins and the opening.
class ChainVerify : public ::testing::Test {
protected:
    void SetUp() override {
        hub.standardHub();
        auto store = hub.openStore();
        FakeClock clock;
        hub::MeetingService svc(*store, clock);
        std::uint64_t rid = 1;
        for (auto [device, person, pin] : {std::tuple{"console-chair", "p01", "1111"}, {"seat-01", "p02", "2222"},
                                           {"seat-02", "p03", "3333"}, {"seat-03", "p04", "4444"}}) {
            clock.now += 1000;
            ASSERT_TRUE(svc.handle(device, checkIn(rid++, person, pin)).reply.has_check_in_result());
        }
        ASSERT_TRUE(svc.handle("console-chair", openMeeting(rid++)).reply.has_ack());
        ASSERT_EQ(svc.lastSeq("m1"), 6u);
    }

    void tamper(const std::string &sql) {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open((hub.path() / "hub.db").c_str(), &db), SQLITE_OK);
        char *err = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
        const std::string msg = err ? err : "";
        sqlite3_free(err);
        sqlite3_close(db);
        ASSERT_EQ(rc, SQLITE_OK) << msg;
    }

    CtlRun verify() { return runCtl(hub.path(), {"verify"}); }

    HubDir hub;
};

} // namespace

TEST_F(ChainVerify, UntouchedLogVerifies) {
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    // m1: 6 events; hub chain: init, 4 device adds, 4 approvals, 1 import = 10.
    EXPECT_NE(r.out.find("OK 16 events in 2 chains"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, EditedPayloadIsNamed) {
    // Bad input: seq 3's payload changed by one byte.
    tamper("UPDATE events SET payload = payload || x'00' WHERE meeting_id = 'm1' AND seq = 3");
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("meeting m1 seq 3: edited"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, EditedActorIsNamed) {
    // Bad input: seq 5 (p04's check-in) now claims the chair did it.
    tamper("UPDATE events SET actor = 'p01' WHERE meeting_id = 'm1' AND seq = 5");
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("meeting m1 seq 5: edited"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, DeletedRowIsNamed) {
    tamper("DELETE FROM events WHERE meeting_id = 'm1' AND seq = 4"); // bad input: a row removed
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("meeting m1 seq 4: missing"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, DeletedLastRowIsNamed) {
    // The chain alone cannot see this; the recorded chain head can.
    tamper("DELETE FROM events WHERE meeting_id = 'm1' AND seq = 6");
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("meeting m1 seq 6: missing"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, SwappedRowsAreNamed) {
    // Bad input: rows seq 3 and 4 exchange places (each row intact, order changed).
    tamper("UPDATE events SET id = -1 WHERE meeting_id = 'm1' AND seq = 3;"
           "UPDATE events SET id = (SELECT id FROM events WHERE meeting_id = 'm1' AND seq = 2) + 1 "
           "  WHERE meeting_id = 'm1' AND seq = 4;"
           "UPDATE events SET id = (SELECT id FROM events WHERE meeting_id = 'm1' AND seq = 5) - 1 WHERE id = -1;");
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("meeting m1 seq 4: reordered"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, RowRewrittenWithRecomputedHashBreaksTheNextLink) {
    // Bad input: a careful forger edits seq 3 and recomputes its hash; seq 4 still points at
    // the old one.
    domain::ChainRow row;
    {
        auto store = hub.openStore();
        auto q = store->exec(QStringLiteral("SELECT meeting_id, seq, time_ms, type, actor, payload, prev_hash "
                                            "FROM events WHERE meeting_id = 'm1' AND seq = 3"));
        ASSERT_TRUE(q.next());
        row = {hub::ss(q.value(0)), 3, q.value(2).toLongLong(), hub::ss(q.value(3)), "p04", hub::sb(q.value(5)),
               hub::sb(q.value(6)), ""};
    }
    tamper("UPDATE events SET actor = 'p04', hash = x'" + domain::hex(domain::computeHash(row)) +
           "' WHERE meeting_id = 'm1' AND seq = 3");
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("meeting m1 seq 4: broken link"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, EditedHubChainIsNamed) {
    tamper("UPDATE events SET payload = CAST('{\"name\":\"seat-09\"}' AS BLOB) WHERE meeting_id = '' AND seq = 2");
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("seq 2: edited"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("hub chain"), std::string::npos) << r.out;
}

TEST_F(ChainVerify, AlteredDocumentBlobIsNamed) {
    auto store = hub.openStore();
    const auto sha = hub::ss(store->scalar(QStringLiteral("SELECT sha256 FROM documents WHERE id = 'd2'")));
    const auto path = *store->blobs().path(sha);
    store.reset();
    std::filesystem::permissions(path, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    { std::ofstream(path, std::ios::app) << "x"; }
    const auto r = verify();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("document d2"), std::string::npos) << r.out;
}
