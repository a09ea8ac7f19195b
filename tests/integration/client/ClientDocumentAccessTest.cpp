// Documents on a real tablet session (issue 5): a confidential paper stays in memory with the
// reader's watermark, a replaced document shows its new version and changed pages on every
// seat, `ecabinetctl device wipe` empties the cache at the next connection, and a tablet that
// has not reached its hub for too long wipes itself at start.
#include "SessionHarness.h"
#include "support/TestMeeting.h"
#include "support/TestPdf.h"

#include "Models.h"
#include "cache/BlobLocator.h"
#include "ecabinet.pb.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <fstream>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace ecabinet::testing;
using namespace ecabinet::testing::client;
namespace st = ecabinet::testing::standard;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

std::unique_ptr<HubProcess> startHubWithConfidential() {
    auto hub = std::make_unique<HubProcess>();
    auto meeting = nlohmann::json::parse(st::meetingJson());
    meeting["agenda"][0]["documents"].push_back({{"id", "c1"}, {"title", "Phương án nhân sự (MẬT)"},
                                                 {"file", "docs/c1.pdf"}, {"access", "confidential"},
                                                 {"readers", {st::kDelegate1}}});
    EXPECT_TRUE(hub->importMeeting(meeting.dump()).ok());
    hub->start();
    return hub;
}

QString shaOf(const MeetingSession &s, const QString &docId) {
    const auto *m = s.documents();
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->data(m->index(i), DocumentModel::DocumentIdRole).toString() == docId)
            return m->data(m->index(i), DocumentModel::Sha256Role).toString();
    return {};
}

QVariant roleOf(const MeetingSession &s, const QString &docId, int role) {
    const auto *m = s.documents();
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->data(m->index(i), DocumentModel::DocumentIdRole).toString() == docId) return m->data(m->index(i), role);
    return {};
}

// Blob files in a cache folder (not .part, not last-contact).
QStringList blobsIn(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (name != QLatin1String("last-contact")) out << name;
    }
    return out;
}

bool packComplete(const MeetingSession &s) {
    return s.packDocumentsTotal() > 0 && s.packDocumentsDone() == s.packDocumentsTotal() &&
           s.packBytesDone() == s.packBytesTotal();
}

} // namespace

TEST(ClientDocumentAccess, ConfidentialPaperStaysInMemoryWithTheReadersWatermark) {
    auto hub = startHubWithConfidential();
    QTemporaryDir cache;
    Tablet seat = startTablet(hub->enrolDevice(st::seatDevice(1), "seat"), cache.path());
    ASSERT_TRUE(waitLive(*seat));
    EXPECT_TRUE(shaOf(*seat, "c1").isEmpty()) << "listed before check-in";
    ASSERT_TRUE(checkIn(*seat, st::kDelegate1, st::kDelegate1Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return packComplete(*seat); }, 30s))
        << seat->packDocumentsDone() << "/" << seat->packDocumentsTotal();
    EXPECT_EQ(seat->packDocumentsTotal(), 4);
    const QString secret = shaOf(*seat, "c1");
    ASSERT_FALSE(secret.isEmpty());
    EXPECT_TRUE(roleOf(*seat, "c1", DocumentModel::ConfidentialRole).toBool());
    // Never in the cache folder, not even as a .part.
    for (const auto &f : blobsIn(cache.path())) EXPECT_FALSE(f.startsWith(secret)) << qPrintable(f);
    EXPECT_EQ(blobsIn(cache.path()).size(), 3);
    const QString path = seat->documentPath(secret);
    ASSERT_TRUE(path.startsWith(QLatin1String("/proc/self/fd/"))) << qPrintable(path);
    QFile mem(path);
    ASSERT_TRUE(mem.open(QIODevice::ReadOnly));
    EXPECT_EQ(mem.readAll().toStdString(), readFileBytes(hub->documentPath("c1")));
    EXPECT_EQ(ecabinet::client::BlobLocator::instance().watermark(secret), seat->personName());
    // The reader leaves: the paper is gone from memory at once.
    ASSERT_TRUE(run(*seat, "checkOut", [&] { seat->checkOut(); }).ok);
    ASSERT_TRUE(waitUntil([&] { return !ecabinet::client::BlobLocator::instance().holdsInMemory(secret); }));
    EXPECT_TRUE(seat->documentPath(secret).isEmpty());
}

TEST(ClientDocumentAccess, ReplacedDocumentReachesEverySeatWithItsChangeMark) {
    auto hub = startStandardHub();
    Tablet a = startTablet(hub->enrolDevice(st::seatDevice(2), "seat"));
    Tablet b = startTablet(hub->enrolDevice(st::seatDevice(3), "seat"));
    ASSERT_TRUE(waitLive(*a) && waitLive(*b));
    ASSERT_TRUE(checkIn(*a, st::kDelegate2, st::kDelegate2Pin).ok);
    ASSERT_TRUE(checkIn(*b, st::kDelegate3, st::kDelegate3Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return packComplete(*a) && packComplete(*b); }, 30s));
    const QString before = shaOf(*a, "d2");
    ASSERT_TRUE(makeTestPdf(hub->root() / "d2-v2.pdf", 5, "Tờ trình (bản sửa đổi)"));
    const auto r = hub->ctl({"document", "replace", st::kMeetingId, "d2", "--file", (hub->root() / "d2-v2.pdf").string()});
    ASSERT_TRUE(r.ok()) << r.err;
    for (auto *s : {&a, &b}) {
        auto &seat = **s;
        ASSERT_TRUE(waitUntil([&] { return roleOf(seat, "d2", DocumentModel::VersionRole).toInt() == 2; }, 30s));
        EXPECT_TRUE(roleOf(seat, "d2", DocumentModel::UpdatedRole).toBool());
        EXPECT_EQ(roleOf(seat, "d2", DocumentModel::ChangedPagesRole).toString(), QStringLiteral("1, 2, 3, 4, 5"));
        EXPECT_NE(shaOf(seat, "d2"), before);
        ASSERT_TRUE(waitUntil([&] { return packComplete(seat); }, 30s));
        EXPECT_EQ(readFileBytes(seat.documentPath(shaOf(seat, "d2")).toStdString()),
                  readFileBytes(hub->root() / "d2-v2.pdf"));
    }
}

TEST(ClientDocumentAccess, WipeByTheAdministratorEmptiesTheCacheAtTheNextConnection) {
    auto hub = startStandardHub();
    QTemporaryDir cache;
    const auto device = hub->enrolDevice(st::seatDevice(4), "seat");
    {
        Tablet seat = startTablet(device, cache.path());
        ASSERT_TRUE(waitLive(*seat));
        ASSERT_TRUE(checkIn(*seat, st::kDelegate1, st::kDelegate1Pin).ok);
        ASSERT_TRUE(waitUntil([&] { return packComplete(*seat); }, 30s));
        ASSERT_EQ(blobsIn(cache.path()).size(), 3);
        // Leave, so that nothing is fetched again right after the wipe below.
        ASSERT_TRUE(run(*seat, "checkOut", [&] { seat->checkOut(); }).ok);
    }
    ASSERT_TRUE(hub->ctl({"device", "wipe", st::seatDevice(4)}).ok());
    {
        auto session = std::make_unique<MeetingSession>();
        QSignalSpy wiped(session.get(), &MeetingSession::deviceWiped);
        session->setEnrolmentFile(QString::fromStdString(device.deviceJson.string()));
        session->setCacheDir(cache.path());
        session->start();
        ASSERT_TRUE(waitUntil([&] { return wiped.count() == 1; }, 30s));
        EXPECT_TRUE(wiped.at(0).at(0).toBool()) << "by the administrator";
        EXPECT_GE(wiped.at(0).at(1).toULongLong(), 3u);
        EXPECT_TRUE(blobsIn(cache.path()).isEmpty()) << qPrintable(blobsIn(cache.path()).join(' '));
        // The tablet confirmed: the hub records it and stops asking.
        ASSERT_TRUE(waitUntil([&] { return session->connectionState() == MeetingSession::Live; }));
        ASSERT_TRUE(waitUntil([&] { return !session->busy(); }));
    }
    auto again = std::make_unique<MeetingSession>();
    QSignalSpy wipedAgain(again.get(), &MeetingSession::deviceWiped);
    again->setEnrolmentFile(QString::fromStdString(device.deviceJson.string()));
    again->setCacheDir(cache.path());
    again->start();
    ASSERT_TRUE(waitLive(*again));
    ASSERT_TRUE(checkIn(*again, st::kDelegate1, st::kDelegate1Pin).ok); // a round trip after Welcome
    EXPECT_EQ(wipedAgain.count(), 0) << "the wipe was confirmed once; it is not repeated";
}

TEST(ClientDocumentAccess, TabletOfflineTooLongWipesItselfAtStart) {
    auto hub = startStandardHub();
    QTemporaryDir cache;
    const auto device = hub->enrolDevice(st::seatDevice(5), "seat");
    // The device's settings: wipe after 7 days without its hub.
    {
        QFile f(QString::fromStdString(device.deviceJson.string()));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        auto o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QStringLiteral("wipe_after_days"), 7);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        Tablet seat = startTablet(device, cache.path());
        ASSERT_TRUE(waitLive(*seat));
        ASSERT_TRUE(checkIn(*seat, st::kDelegate2, st::kDelegate2Pin).ok);
        ASSERT_TRUE(waitUntil([&] { return packComplete(*seat); }, 30s));
    }
    ASSERT_EQ(blobsIn(cache.path()).size(), 3);
    hub->stop(); // the hub is out of reach from now on
    auto start = [&](qint64 at, QSignalSpy *&spy) {
        auto s = std::make_unique<MeetingSession>();
        spy = new QSignalSpy(s.get(), &MeetingSession::deviceWiped);
        s->setEnrolmentFile(QString::fromStdString(device.deviceJson.string()));
        s->setCacheDir(cache.path());
        s->setNowForTest(at);
        s->start();
        return s;
    };
    QSignalSpy *spy = nullptr;
    {
        auto s = start(now + 6 * kDay, spy); // six days later: kept
        std::unique_ptr<QSignalSpy> owned(spy);
        EXPECT_EQ(spy->count(), 0);
        EXPECT_EQ(blobsIn(cache.path()).size(), 3);
    }
    {
        auto s = start(now + 8 * kDay, spy); // eight days later: wiped before anything else
        std::unique_ptr<QSignalSpy> owned(spy);
        ASSERT_EQ(spy->count(), 1);
        EXPECT_FALSE(spy->at(0).at(0).toBool()) << "by itself, not by the administrator";
        EXPECT_TRUE(blobsIn(cache.path()).isEmpty());
    }
}

TEST(ClientDocumentAccess, ConsoleAddsAndReplacesDocumentsDuringTheMeeting) {
    auto hub = startStandardHub();
    Tablet console = startTablet(hub->enrolDevice("console-1", "console"));
    Tablet seat = startTablet(hub->enrolDevice(st::seatDevice(1), "seat"));
    ASSERT_TRUE(waitLive(*console) && waitLive(*seat));
    ASSERT_TRUE(checkIn(*console, st::kSecretary, st::kSecretaryPin).ok);
    ASSERT_TRUE(checkIn(*seat, st::kDelegate1, st::kDelegate1Pin).ok);
    ASSERT_TRUE(waitUntil([&] { return packComplete(*seat); }, 30s));
    EXPECT_TRUE(console->canManageDocuments());
    EXPECT_FALSE(seat->canManageDocuments());

    const auto v1 = hub->root() / "bo-sung.pdf";
    ASSERT_TRUE(makeTestPdf(v1, 3, "Báo cáo bổ sung số liệu"));
    const auto added = run(*console, "addDocument", [&] {
        console->addDocument(QString::fromStdString(v1.string()), "Báo cáo bổ sung", "i2");
    }, 60s);
    ASSERT_TRUE(added.ok) << qPrintable(added.message);
    // The seat sees it at once (DocumentChanged → snapshot) and fetches it.
    QString id;
    ASSERT_TRUE(waitUntil([&] {
        const auto *m = seat->documents();
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->data(m->index(i), DocumentModel::TitleRole).toString() == QStringLiteral("Báo cáo bổ sung"))
                id = m->data(m->index(i), DocumentModel::DocumentIdRole).toString();
        return !id.isEmpty();
    }, 30s));
    EXPECT_EQ(roleOf(*seat, id, DocumentModel::ItemIndexRole).toInt(), 1);
    ASSERT_TRUE(waitUntil([&] { return packComplete(*seat); }, 30s));
    EXPECT_EQ(readFileBytes(seat->documentPath(shaOf(*seat, id)).toStdString()), readFileBytes(v1));

    // A new version from the console.
    const auto v2 = hub->root() / "bo-sung-v2.pdf";
    ASSERT_TRUE(makeTestPdf(v2, 4, "Báo cáo bổ sung số liệu (sửa)"));
    const auto replaced = run(*console, "replaceDocument", [&] {
        console->replaceDocument(id, QString::fromStdString(v2.string()));
    }, 60s);
    ASSERT_TRUE(replaced.ok) << qPrintable(replaced.message);
    ASSERT_TRUE(waitUntil([&] { return roleOf(*seat, id, DocumentModel::VersionRole).toInt() == 2; }, 30s));
    EXPECT_TRUE(roleOf(*seat, id, DocumentModel::UpdatedRole).toBool());
    ASSERT_TRUE(waitUntil([&] { return packComplete(*seat); }, 30s));
    EXPECT_EQ(readFileBytes(seat->documentPath(shaOf(*seat, id)).toStdString()), readFileBytes(v2));

    // A confidential paper for p-del2 only: this seat (p-del1) never sees it.
    const auto secret = run(*console, "addDocument", [&] {
        console->addDocument(QString::fromStdString(v1.string()), "Nhân sự (mật)", "i1", "confidential", {"p-del2"});
    }, 60s);
    ASSERT_TRUE(secret.ok) << qPrintable(secret.message);
    ASSERT_TRUE(waitUntil([&] { return seat->seq() >= console->seq() && console->seq() > 0; }, 30s));
    for (int i = 0; i < seat->documents()->rowCount(); ++i)
        EXPECT_NE(seat->documents()->data(seat->documents()->index(i), DocumentModel::TitleRole).toString(),
                  QStringLiteral("Nhân sự (mật)"));

    // Bad input: not a PDF (refused before anything is sent); a delegate may not add documents.
    std::ofstream(hub->root() / "notes.txt") << "ghi chú";
    const auto notPdf = run(*console, "addDocument", [&] {
        console->addDocument(QString::fromStdString((hub->root() / "notes.txt").string()), "Ghi chú", "i1");
    });
    EXPECT_FALSE(notPdf.ok);
    const auto delegateAdds = run(*seat, "addDocument", [&] {
        seat->addDocument(QString::fromStdString(v1.string()), "Tài liệu của đại biểu", "i1");
    }, 60s);
    EXPECT_FALSE(delegateAdds.ok);
    EXPECT_EQ(delegateAdds.errorCode, int(ecabinet::wire::ERROR_PERMISSION_DENIED)) << qPrintable(delegateAdds.message);
    EXPECT_EQ(hub->ctl({"verify"}).exitCode, 0);
}
