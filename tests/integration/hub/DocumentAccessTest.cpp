// Documents with access lists (issue 5), against the real hub: what a snapshot lists to whom,
// per-chunk refusals, replacing and restricting during the meeting, and the wipe flag.
#include "HubFixture.h"

#include "support/TestPdf.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <nlohmann/json.hpp>

#include <fstream>

namespace ecabinet::testing {

namespace {

namespace st = standard;

// A PDF whose pages carry exactly these texts (to control which pages change).
void writePdf(const std::filesystem::path &path, const std::vector<std::string> &pages) {
    std::filesystem::create_directories(path.parent_path());
    QPdfWriter w(QString::fromStdString(path.string()));
    w.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&w);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i) w.newPage();
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        p.drawText(QRect(200, 200, 8000, 2000), Qt::TextWordWrap, QString::fromStdString(pages[i]));
    }
}

const std::string kSecretTitle = "Phương án nhân sự (MẬT)";

class DocumentAccessTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto meeting = nlohmann::json::parse(st::meetingJson());
        auto &docs = meeting["agenda"][0]["documents"];
        docs.push_back({{"id", "c1"}, {"title", kSecretTitle}, {"file", "docs/c1.pdf"},
                        {"access", "confidential"}, {"readers", {st::kDelegate1}}});
        docs.push_back({{"id", "n1"}, {"title", "Kết luận thanh tra"}, {"file", "docs/n1.pdf"},
                        {"access", "named"}, {"readers", {st::kDelegate1, st::kDelegate2}}});
        writePdf(hub.root() / "import/docs/d1.pdf", {"Trang một: mở đầu", "Trang hai: số liệu 2025", "Trang ba: kết luận"});
        ASSERT_TRUE(hub.importMeeting(meeting.dump()).ok());
        hub.start();
    }

    RawClient seat(int n) { return RawClient(hub, hub.enrolDevice(st::seatDevice(n), "seat")); }

    void checkIn(RawClient &c, const std::string &person, const std::string &pin) {
        const auto r = c.request(msg::checkIn(person, pin));
        ASSERT_TRUE(r && r->has_check_in_result()) << (r ? r->ShortDebugString() : "no reply");
    }

    static std::map<std::string, wire::DocumentRef> listed(const wire::Envelope &snap) {
        std::map<std::string, wire::DocumentRef> out;
        for (const auto &item : snap.snapshot().agenda())
            for (const auto &d : item.documents()) out[d.id()] = d;
        return out;
    }

    std::optional<wire::Envelope> snapshotOf(RawClient &c) {
        auto s = c.request(msg::snapshot());
        EXPECT_TRUE(s && s->has_snapshot()) << (s ? s->ShortDebugString() : "no reply");
        return s;
    }

    static std::string describe(const std::optional<wire::Envelope> &e) {
        return e ? e->ShortDebugString() : std::string("(no message)");
    }

    HubProcess hub;
};

} // namespace

TEST_F(DocumentAccessTest, SnapshotListsOnlyWhatThePersonMaySee) {
    auto a = seat(1), b = seat(2), chair = seat(3);
    // Before check-in: documents for the whole meeting only.
    const auto before = snapshotOf(b);
    ASSERT_TRUE(before);
    EXPECT_EQ(listed(*before).count("c1"), 0u);
    EXPECT_EQ(listed(*before).count("n1"), 0u);
    EXPECT_EQ(listed(*before).count("d1"), 1u);

    checkIn(a, st::kDelegate1, st::kDelegate1Pin);
    checkIn(b, st::kDelegate2, st::kDelegate2Pin);
    checkIn(chair, st::kChair, st::kChairPin);

    const auto reader = snapshotOf(a);
    ASSERT_TRUE(reader);
    const auto mine = listed(*reader);
    ASSERT_EQ(mine.count("c1"), 1u);
    EXPECT_EQ(mine.at("c1").access(), wire::DOCUMENT_ACCESS_CONFIDENTIAL);
    EXPECT_FALSE(mine.at("c1").locked());
    EXPECT_EQ(mine.at("c1").version(), 1u);
    EXPECT_FALSE(mine.at("n1").locked());

    // A delegate not on the list: the confidential paper is not there, not even its title.
    const auto other = b.request(msg::snapshot());
    ASSERT_TRUE(other && other->has_snapshot());
    const auto theirs = listed(*other);
    EXPECT_EQ(theirs.count("c1"), 0u);
    EXPECT_EQ(theirs.count("n1"), 1u) << "p-del2 is a reader of the named document";
    std::string bytes;
    other->SerializeToString(&bytes);
    EXPECT_EQ(bytes.find(kSecretTitle), std::string::npos) << "the title leaked into another delegate's snapshot";
    EXPECT_EQ(bytes.find(mine.at("c1").sha256()), std::string::npos) << "the blob id leaked";

    // The chair manages the pack: listed, but locked (not a reader).
    const auto chairs = listed(*snapshotOf(chair));
    ASSERT_EQ(chairs.count("c1"), 1u);
    EXPECT_TRUE(chairs.at("c1").locked());
    EXPECT_FALSE(chairs.at("d1").locked());
}

TEST_F(DocumentAccessTest, ChunkOfADocumentNotGrantedIsRefusedAndNothingIsSent) {
    auto a = seat(1), b = seat(2), g = seat(6);
    checkIn(a, st::kDelegate1, st::kDelegate1Pin);
    checkIn(b, st::kDelegate2, st::kDelegate2Pin);
    checkIn(g, st::kGuest, st::kGuestPin);
    const auto docs = listed(*snapshotOf(a));
    const auto &secret = docs.at("c1");
    const auto &named = docs.at("n1");

    // Bad input: p-del2 asks for the confidential blob it learnt somehow (e.g. from a
    // neighbour's screen); every chunk, every offset, is refused with no byte of data.
    for (std::uint64_t offset : {std::uint64_t(0), std::uint64_t(100), secret.size() - 1}) {
        const auto r = b.chunk(secret.sha256(), offset, protocol::kChunkSize);
        ASSERT_TRUE(r) << "no answer";
        EXPECT_FALSE(r->has_chunk()) << "bytes were sent: " << r->ShortDebugString().substr(0, 200);
        ASSERT_TRUE(r->has_error());
        EXPECT_EQ(r->error().code(), wire::ERROR_PERMISSION_DENIED);
        EXPECT_EQ(r->error().message().find(kSecretTitle), std::string::npos);
    }
    // A guest is not on the named document's list either.
    const auto guest = g.chunk(named.sha256(), 0, 1024);
    ASSERT_TRUE(guest && guest->has_error()) << describe(guest);
    EXPECT_EQ(guest->error().code(), wire::ERROR_PERMISSION_DENIED);
    // The reader gets it whole and byte-identical.
    const auto whole = a.download(secret.sha256(), secret.size(), protocol::kChunkSize, protocol::kMaxChunksInFlight);
    ASSERT_TRUE(whole);
    EXPECT_EQ(*whole, readFileBytes(hub.documentPath("c1")));

    // Checked per chunk, against who is at the device now: p-del1 leaves, p-del2 sits down.
    ASSERT_TRUE(a.request(msg::checkOut())->has_ack());
    auto refused = a.chunk(secret.sha256(), 0, 1024);
    ASSERT_TRUE(refused && refused->has_error());
    EXPECT_EQ(refused->error().code(), wire::ERROR_NOT_CHECKED_IN);
    ASSERT_TRUE(b.request(msg::checkOut())->has_ack());
    checkIn(a, st::kDelegate2, st::kDelegate2Pin);
    refused = a.chunk(secret.sha256(), 0, 1024);
    ASSERT_TRUE(refused && refused->has_error());
    EXPECT_EQ(refused->error().code(), wire::ERROR_PERMISSION_DENIED);
}

// The hub keeps its per-chunk answers only while the database is unchanged; a change made by
// another process (ecabinetctl revoking the device) must stop the download at the next chunk.
TEST_F(DocumentAccessTest, DeviceRevokedByTheAdministratorMidDownloadGetsNoFurtherChunk) {
    auto a = seat(1);
    checkIn(a, st::kDelegate1, st::kDelegate1Pin);
    const auto secret = listed(*snapshotOf(a)).at("c1");
    ASSERT_GT(secret.size(), 2048u);
    const auto first = a.chunk(secret.sha256(), 0, 1024);
    ASSERT_TRUE(first && first->has_chunk()) << describe(first);
    EXPECT_EQ(first->chunk().data().size(), 1024u);

    const auto revoked = hub.revokeDevice(st::seatDevice(1));
    ASSERT_TRUE(revoked.ok()) << revoked.err;
    // Bad input: the same device goes on asking for the next piece of the same blob.
    const auto next = a.chunk(secret.sha256(), 1024, 1024);
    ASSERT_TRUE(next) << "no answer";
    EXPECT_FALSE(next->has_chunk()) << "bytes were sent after the revocation: " << describe(next).substr(0, 200);
    ASSERT_TRUE(next->has_error()) << describe(next);
    EXPECT_EQ(next->error().code(), wire::ERROR_DEVICE_REVOKED);
}

TEST_F(DocumentAccessTest, ReplacingADocumentMakesANewVersionWithItsChangedPages) {
    auto a = seat(1);
    checkIn(a, st::kDelegate3, st::kDelegate3Pin);
    ASSERT_TRUE(a.waitUntilSubscribed());
    const auto snap1 = snapshotOf(a);
    const auto v1 = listed(*snap1).at("d1");
    const auto seqBefore = snap1->snapshot().seq();
    writePdf(hub.root() / "v2.pdf", {"Trang một: mở đầu", "Trang hai: số liệu 2026 (sửa)", "Trang ba: kết luận"});
    const auto r = hub.ctl({"document", "replace", st::kMeetingId, "d1", "--file", (hub.root() / "v2.pdf").string()});
    ASSERT_TRUE(r.ok()) << r.err;
    EXPECT_NE(r.out.find("version 2"), std::string::npos) << r.out;

    // ecabinetctl is another process: the hub's next heartbeat shows the higher seq.
    const auto hb = a.waitForEvent(
        [&](const wire::Envelope &e) { return e.has_heartbeat() && e.heartbeat().seq() > seqBefore; }, 10s);
    ASSERT_TRUE(hb);
    const auto v2 = listed(*snapshotOf(a)).at("d1");
    EXPECT_EQ(v2.id(), "d1") << "a document keeps its id across versions";
    EXPECT_EQ(v2.version(), 2u);
    EXPECT_NE(v2.sha256(), v1.sha256());
    EXPECT_EQ(v2.previous_sha256(), v1.sha256());
    ASSERT_EQ(v2.changed_pages_size(), 1) << v2.ShortDebugString();
    EXPECT_EQ(v2.changed_pages(0), 2u);
    // Both versions stay readable by who may read the document; the new one is byte-identical.
    const auto got = a.download(v2.sha256(), v2.size(), protocol::kChunkSize, protocol::kMaxChunksInFlight);
    ASSERT_TRUE(got);
    EXPECT_EQ(*got, readFileBytes(hub.root() / "v2.pdf"));
    EXPECT_TRUE(a.chunk(v1.sha256(), 0, 100)->has_chunk());
    // Bad input: replacing with a file that is not a PDF changes nothing.
    std::ofstream(hub.root() / "junk.pdf") << "not a pdf";
    const auto junk = hub.ctl({"document", "replace", st::kMeetingId, "d1", "--file", (hub.root() / "junk.pdf").string()});
    EXPECT_FALSE(junk.ok());
    EXPECT_NE(junk.err.find("not a PDF"), std::string::npos) << junk.err;
    EXPECT_EQ(listed(*snapshotOf(a)).at("d1").version(), 2u);
    EXPECT_EQ(hub.ctl({"verify"}).exitCode, 0);
}

TEST_F(DocumentAccessTest, RestrictingADocumentPublishesNothingAboutIt) {
    auto chair = seat(1), del2 = seat(2), del3 = seat(3);
    checkIn(chair, st::kSecretary, st::kSecretaryPin);
    checkIn(del2, st::kDelegate2, st::kDelegate2Pin);
    checkIn(del3, st::kDelegate3, st::kDelegate3Pin);
    ASSERT_TRUE(del2.waitUntilSubscribed());
    const auto c1 = listed(*snapshotOf(chair)).at("c1");

    // Bad input: a delegate may not change access lists.
    auto add = protocol::envelope(0);
    auto *req = add.mutable_add_document();
    req->set_document_id("c1");
    req->set_access(wire::DOCUMENT_ACCESS_CONFIDENTIAL);
    req->add_readers(st::kDelegate1);
    req->add_readers(st::kDelegate3);
    const auto denied = del2.request(add);
    ASSERT_TRUE(denied && denied->has_error()) << describe(denied);
    EXPECT_EQ(denied->error().code(), wire::ERROR_PERMISSION_DENIED);
    // Bad input: a reader who is not a member.
    auto bad = add;
    bad.mutable_add_document()->add_readers("p-nobody");
    const auto refused = chair.request(bad);
    ASSERT_TRUE(refused && refused->has_error()) << describe(refused);
    EXPECT_EQ(refused->error().code(), wire::ERROR_INVALID_DOCUMENT);

    // The secretary adds p-del3 to the confidential paper.
    const auto ok = chair.request(add);
    ASSERT_TRUE(ok && ok->has_ack()) << describe(ok);
    EXPECT_EQ(ok->ack().created_id(), "c1");
    const auto ev = del2.waitForEvent([](const wire::Envelope &e) { return e.has_event() && e.event().has_document_changed(); });
    ASSERT_TRUE(ev);
    const auto &changed = ev->event().document_changed();
    EXPECT_TRUE(changed.restricted());
    EXPECT_FALSE(changed.has_document()) << "the events socket reaches every seat";
    EXPECT_TRUE(changed.agenda_item_id().empty());
    std::string bytes;
    ev->SerializeToString(&bytes);
    EXPECT_EQ(bytes.find(kSecretTitle), std::string::npos);
    EXPECT_EQ(bytes.find(c1.sha256()), std::string::npos);
    // p-del3 now sees and reads it; p-del2 still does not.
    EXPECT_EQ(listed(*snapshotOf(del3)).count("c1"), 1u);
    EXPECT_TRUE(del3.chunk(c1.sha256(), 0, 100)->has_chunk());
    EXPECT_EQ(listed(*snapshotOf(del2)).count("c1"), 0u);
    EXPECT_EQ(hub.ctl({"verify"}).exitCode, 0);
}

TEST_F(DocumentAccessTest, WipeIsDeliveredAtWelcomeUntilTheDeviceConfirms) {
    auto s = seat(4);
    auto welcome = s.request(msg::hello());
    ASSERT_TRUE(welcome && welcome->has_welcome());
    EXPECT_TRUE(welcome->welcome().wipe_id().empty());
    const auto r = hub.ctl({"device", "wipe", st::seatDevice(4)});
    ASSERT_TRUE(r.ok()) << r.err;
    welcome = s.request(msg::hello());
    ASSERT_TRUE(welcome && welcome->has_welcome());
    const std::string wipeId = welcome->welcome().wipe_id();
    ASSERT_FALSE(wipeId.empty());
    // Bad input: a wrong id confirms nothing.
    auto wrong = protocol::envelope(0);
    wrong.mutable_wipe_done()->set_wipe_id("0000");
    const auto no = s.request(wrong);
    ASSERT_TRUE(no && no->has_error());
    EXPECT_EQ(no->error().code(), wire::ERROR_NOT_FOUND);
    EXPECT_EQ(s.request(msg::hello())->welcome().wipe_id(), wipeId);
    auto done = protocol::envelope(0);
    done.mutable_wipe_done()->set_wipe_id(wipeId);
    done.mutable_wipe_done()->set_files_removed(7);
    const auto ack = s.request(done);
    ASSERT_TRUE(ack && ack->has_ack()) << describe(ack);
    EXPECT_TRUE(s.request(msg::hello())->welcome().wipe_id().empty());
    // Bad input: a device that does not exist.
    EXPECT_FALSE(hub.ctl({"device", "wipe", "seat-99"}).ok());
    EXPECT_EQ(hub.ctl({"verify"}).exitCode, 0);
}

} // namespace ecabinet::testing
