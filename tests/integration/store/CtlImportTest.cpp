// ecabinetctl meeting import against real files: good file, bad file, broken and encrypted
// PDFs, re-import. Each bad input must be refused with exit 2 and leave no meeting behind.
#include "StoreFixture.h"

#include "store/BlobStore.h"
#include "store/EventLog.h"
#include "store/Meetings.h"

#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <fstream>

using namespace ecabinet;
using namespace ecabinet::test;
namespace fs = std::filesystem;

namespace {

std::size_t meetingCount(HubDir &hub) {
    auto store = hub.openStore();
    return hub::MeetingTable(*store).all().size();
}

std::size_t blobFiles(const HubDir &hub) {
    std::size_t n = 0;
    for (const auto &e : fs::recursive_directory_iterator(hub.path() / "blobs"))
        if (e.is_regular_file()) ++n;
    return n;
}

} // namespace

TEST(MeetingImport, ValidFileStoresMeetingDocumentsAndFirstEvent) {
    HubDir hub;
    hub.init();
    const auto file = hub.writeMeeting("m1");
    const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("4 members"), std::string::npos) << r.out;

    auto store = hub.openStore();
    hub::MeetingTable meetings(*store);
    const auto agenda = meetings.agenda("m1");
    ASSERT_EQ(agenda.size(), 3u);
    ASSERT_EQ(agenda[0].documents.size(), 1u);
    EXPECT_EQ(agenda[0].documents[0].pageCount, 3u); // counted by Poppler, not trusted from the file
    EXPECT_EQ(agenda[1].documents[0].pageCount, 2u);
    EXPECT_TRUE(store->blobs().intact(agenda[0].documents[0].sha256));
    EXPECT_EQ(meetings.currentId(), "m1");
    // PINs are stored hashed, never in clear.
    for (const auto &m : meetings.members("m1")) EXPECT_EQ(m.pinHash.rfind("$argon2id$", 0), 0u) << m.pinHash;

    const auto events = hub::EventLog(*store).eventsAfter("m1", 0);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].seq(), 1u);
    EXPECT_TRUE(events[0].has_meeting_imported());
}

TEST(MeetingImport, InvalidFileListsEveryProblemWithItsPath) {
    HubDir hub;
    hub.init();
    // Bad input: a 2-digit PIN, an unknown role, a misspelt field, no title.
    const auto file = hub.writeMeeting("bad", R"({
      "id": "bad", "starts_at": "2026-11-23T08:00:00+07:00",
      "members": [ {"id": "p01", "name": "A", "role": "chair", "pin": "12"},
                   {"id": "p02", "name": "B", "role": "king", "pin": "1234", "entitle": true} ] })");
    const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
    EXPECT_EQ(r.exitCode, 2);
    for (const char *path : {"members[0].pin", "members[1].role", "members[1].entitle", "title"})
        EXPECT_NE(r.err.find(path), std::string::npos) << "missing " << path << " in:\n" << r.err;
    EXPECT_EQ(meetingCount(hub), 0u);
}

TEST(MeetingImport, TruncatedPdfIsRefusedNamingTheFile) {
    HubDir hub;
    hub.init();
    const auto file = hub.writeMeeting("m1");
    // Bad input: the second document cut in half (an interrupted copy).
    const fs::path pdf = hub.meetingDir() / "docs/ke-hoach.pdf";
    fs::resize_file(pdf, fs::file_size(pdf) / 2);
    const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("ke-hoach.pdf"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("bao-cao.pdf"), std::string::npos) << "the good file was blamed:\n" << r.err;
    EXPECT_EQ(meetingCount(hub), 0u);
    EXPECT_EQ(blobFiles(hub), 0u) << "all or nothing: no blob stored for a refused import";
}

TEST(MeetingImport, NotAPdfIsRefused) {
    HubDir hub;
    hub.init();
    const auto file = hub.writeMeeting("m1");
    std::ofstream(hub.meetingDir() / "docs/bao-cao.pdf", std::ios::trunc) << "this is a Word file, honest";
    const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("bao-cao.pdf"), std::string::npos) << r.err;
    EXPECT_EQ(meetingCount(hub), 0u);
}

TEST(MeetingImport, EncryptedPdfIsRefused) {
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty()) GTEST_SKIP() << "qpdf is not installed: cannot make an encrypted PDF";
    // Both kinds: with a user password (locked) and with only an owner password (opens, but
    // encrypted: tablets' caches would hold it, and it signals a document not meant to share).
    for (const char *userPassword : {"secret", ""}) {
        HubDir hub;
        hub.init();
        const auto file = hub.writeMeeting("m1");
        const fs::path pdf = hub.meetingDir() / "docs/ke-hoach.pdf";
        const fs::path plain = hub.meetingDir() / "plain.pdf";
        fs::rename(pdf, plain);
        QProcess p;
        p.start(qpdf, {QStringLiteral("--encrypt"), QString::fromUtf8(userPassword), QStringLiteral("owner"),
                       QStringLiteral("256"), QStringLiteral("--"), QString::fromStdString(plain.string()),
                       QString::fromStdString(pdf.string())});
        ASSERT_TRUE(p.waitForFinished(30000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
        EXPECT_EQ(r.exitCode, 2) << "user password '" << userPassword << "'";
        EXPECT_NE(r.err.find("ke-hoach.pdf"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("PDF"), std::string::npos) << r.err;
        EXPECT_EQ(meetingCount(hub), 0u);
    }
}

TEST(MeetingImport, ReimportOfSameIdIsRefused) {
    HubDir hub;
    hub.init();
    hub.importMeeting("m1");
    const auto file = hub.writeMeeting("m1");
    const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("already exists"), std::string::npos) << r.err;
    auto store = hub.openStore();
    EXPECT_EQ(hub::EventLog(*store).lastSeq("m1"), 1u) << "the refused import appended an event";
}

TEST(MeetingImport, MissingDocumentFileIsNamed) {
    HubDir hub;
    hub.init();
    const auto file = hub.writeMeeting("m1");
    fs::remove(hub.meetingDir() / "docs/bao-cao.pdf");
    const auto r = runCtl(hub.path(), {"meeting", "import", file.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("bao-cao.pdf"), std::string::npos) << r.err;
    EXPECT_EQ(meetingCount(hub), 0u);
}
