// After the meeting: the loop the committee could not close on paper. The hub's own registry
// receives the approved conclusions through the outbox; the dispatch office's desk
// (RegistrySession, as in ecabinet-dispatch) publishes them as a numbered directive signed with
// the chair's test certificate, with a task for the lead unit; the unit's desk opens it (the
// receipt), saves the signed PDF, and pdfsig checks the signature; the office sees the receipt.
#include "DemoRun.h"

#include "HubLauncher.h"
#include "registry/RegistryModels.h"
#include "registry/RegistrySession.h"

#include <QDate>
#include <QFile>
#include <QProcess>

#include <fstream>
#include <iostream>

namespace {

std::ostream &out() { return std::cout; }
std::string s(const QString &q) { return q.toStdString(); }
void step(const QString &text) { out() << "-- " << s(text) << std::endl; }

const char *const kPassword = "demo-mat-khau";

// The province's registry as the demo seeds it: the office that issues (TU) and three units.
const char *const kSeed = R"({
  "units": [
    {"id": "vptu", "name": "Văn phòng Tỉnh ủy", "office": true, "issuer_code": "TU"},
    {"id": "sotc", "name": "Sở Tài chính"},
    {"id": "sokhdt", "name": "Sở Kế hoạch và Đầu tư"},
    {"id": "sonv", "name": "Sở Nội vụ"}
  ],
  "accounts": [
    {"id": "vanthu", "name": "Văn thư Văn phòng Tỉnh ủy", "unit": "vptu", "role": "dispatch", "password": "demo-mat-khau"},
    {"id": "sotc", "name": "Văn thư Sở Tài chính", "unit": "sotc", "password": "demo-mat-khau"},
    {"id": "sokhdt", "name": "Văn thư Sở Kế hoạch và Đầu tư", "unit": "sokhdt", "password": "demo-mat-khau"},
    {"id": "sonv", "name": "Văn thư Sở Nội vụ", "unit": "sonv", "password": "demo-mat-khau"}
  ]
})";

} // namespace

bool prepareDemoRegistry(const ecabinet::launch::HubLauncher &hub, const QString &signer)
{
    const auto data = hub.dataDir();
    const auto seedPath = hub.root() / "registry-seed.json";
    std::ofstream(seedPath) << kSeed;
    const auto seeded = ecabinet::launch::runProgram(hub.program("ecabinet-registry"),
                                                     {"--data", data.string(), "seed", seedPath.string()});
    if (!seeded.ok()) {
        std::cerr << "ecabinet-registry seed failed:\n" << seeded.out << seeded.err;
        return false;
    }
    // The chair signs the directives: a throw-away CA and the chair's certificate in
    // DATA/signing/nssdb, which makes the hub's registry sign every directive it publishes.
    const auto pki = ecabinet::launch::runProgram(ECABINET_SOURCE_DIR "/deploy/pki/ecabinet-test-pki",
                                                  {(data / "signing").string(), signer.toStdString(), "Tỉnh ủy Sơn Hà"});
    if (!pki.ok()) {
        std::cerr << "deploy/pki/ecabinet-test-pki failed:\n" << pki.out << pki.err;
        return false;
    }
    std::ofstream(data / "signing" / "place") << "Sơn Hà\n";
    out() << "== Registry seeded (1 office, 3 units); directives are signed by " << s(signer) << " (test CA)\n";
    return true;
}

// One action of a desk, waited for: commandFinished(command).
bool DemoRun::deskAction(RegistrySession &desk, const QString &command, const std::function<void()> &issue)
{
    bool finished = false, ok = false;
    QString message;
    const auto c = QObject::connect(&desk, &RegistrySession::commandFinished,
                                    [&](const QString &cmd, bool success, const QString &text) {
                                        if (cmd != command || finished)
                                            return;
                                        finished = true;
                                        ok = success;
                                        message = text;
                                    });
    issue();
    waitFor([&finished] { return finished; }, 60000, QStringLiteral("the registry's answer to ") + command);
    QObject::disconnect(c);
    if (finished && !ok) {
        std::cerr << "!! " << s(command) << " refused: " << s(message) << "\n";
        ++failures_;
    }
    return finished && ok;
}

std::unique_ptr<RegistrySession> DemoRun::signedInDesk(const QString &account)
{
    auto desk = std::make_unique<RegistrySession>();
    desk->setRegistryEndpoint(QStringLiteral("tcp://127.0.0.1:%1").arg(hub_.ports().registry));
    desk->setRegistryPublicKey(QString::fromStdString(hub_.hubPublicKey()));
    desk->start();
    if (!waitFor([&desk] { return desk->connectionState() == RegistrySession::Live; }, 30000,
                 QStringLiteral("the desk of %1 connected to the registry").arg(account)))
        return nullptr;
    if (!deskAction(*desk, QStringLiteral("signIn"),
                    [&] { desk->signIn(account, QString::fromLatin1(kPassword)); }))
        return nullptr;
    return desk;
}

void DemoRun::dispatchDirective()
{
    step(QStringLiteral("After the meeting: the dispatch office publishes the conclusions as a signed directive"));
    if (hub_.ports().registry == 0) {
        std::cerr << "!! the hub runs no registry\n";
        ++failures_;
        return;
    }
    auto office = signedInDesk(QStringLiteral("vanthu"));
    if (!office)
        return;
    // The approved conclusions arrive through the hub's outbox (the courier runs every 500 ms).
    if (!waitFor([&office] {
            if (office->conclusions()->rowCount() == 0 && !office->busy())
                office->refresh();
            return office->conclusions()->rowCount() > 0 && office->units()->rowCount() >= 4;
        }, 60000, QStringLiteral("the meeting's approved conclusions at the dispatch office")))
        return;
    auto *conclusions = office->conclusions();
    const int conclusionCount = conclusions->rowCount();
    for (int i = 0; i < conclusionCount; ++i)
        conclusions->setPicked(i, true);
    auto *units = office->units();
    for (int i = 0; i < units->rowCount(); ++i)
        units->setPicked(i, units->get(i).value(QStringLiteral("unitId")).toString() != QLatin1String("vptu"));
    office->addDraftTask({{QStringLiteral("title"), QStringLiteral("Tổ chức thực hiện kết luận, báo cáo kết quả")},
                          {QStringLiteral("leadUnit"), QStringLiteral("sotc")},
                          {QStringLiteral("coordinatingUnits"), QStringList{QStringLiteral("sokhdt")}},
                          {QStringLiteral("responsibleLeader"), QStringLiteral("Giám đốc Sở Tài chính")},
                          {QStringLiteral("deadline"), QDate::currentDate().addDays(30)},
                          {QStringLiteral("reportEveryDays"), 30}});
    QString directiveId, number;
    const auto c = QObject::connect(office.get(), &RegistrySession::published,
                                    [&](const QString &id, const QString &n) { directiveId = id; number = n; });
    const DemoPerson *chair = meeting_.firstWithRole(QStringLiteral("chair"));
    const bool published = deskAction(*office, QStringLiteral("publish"), [&] {
        office->publishDirective({{QStringLiteral("title"), QStringLiteral("Kết luận của cuộc họp ") + meeting_.title},
                                  {QStringLiteral("text"), conclusions->pickedText()},
                                  {QStringLiteral("signer"), chair ? chair->name : QString()},
                                  {QStringLiteral("signerTitle"), QStringLiteral("Chủ tọa cuộc họp")}});
    });
    QObject::disconnect(c);
    if (!published)
        return;
    out() << "   published " << s(number) << " to 3 units, from " << conclusionCount
          << " approved conclusion(s), with a task for Sở Tài chính\n";

    step(QStringLiteral("Sở Tài chính opens the directive (the receipt) and saves its signed PDF"));
    auto unit = signedInDesk(QStringLiteral("sotc"));
    if (!unit)
        return;
    if (!waitFor([&] { return unit->directives()->indexOf(directiveId) >= 0; }, 30000,
                 QStringLiteral("the directive in the unit's inbox")))
        return;
    out() << "   unread in the inbox: " << unit->directives()->unreadCount() << "\n";
    if (!deskAction(*unit, QStringLiteral("openDirective"), [&] { unit->openDirective(directiveId); }))
        return;
    const QString pdf = outDir_ + QLatin1Char('/') + unit->currentDirective().value(QStringLiteral("pdfFileName")).toString();
    if (!deskAction(*unit, QStringLiteral("saveFile"), [&] { unit->saveDirectivePdf(directiveId, pdf); }))
        return;
    QProcess sig;
    sig.setProcessChannelMode(QProcess::MergedChannels);
    sig.start(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"),
                                         QStringLiteral("sql:") + QString::fromStdString((hub_.dataDir() / "signing" / "nssdb").string()),
                                         pdf});
    sig.waitForFinished(60000);
    const QString report = QString::fromUtf8(sig.readAll());
    const bool valid = report.contains(QStringLiteral("Signature is Valid."));
    out() << "   " << s(pdf) << ": pdfsig says the signature " << (valid ? "is valid" : "is NOT valid")
          << (chair && report.contains(chair->name) ? ", signed by " + s(chair->name) : std::string()) << "\n";
    if (!valid) {
        std::cerr << "!! pdfsig:\n" << s(report);
        ++failures_;
    }
    office->refresh();
    waitFor([&] {
        const int row = office->directives()->indexOf(directiveId);
        return row >= 0 && office->directives()->get(row).value(QStringLiteral("readCount")).toInt() == 1;
    }, 30000, QStringLiteral("the office seeing the unit's receipt"));
    const int row = office->directives()->indexOf(directiveId);
    if (row >= 0)
        out() << "   the office sees " << s(number) << " read by "
              << office->directives()->get(row).value(QStringLiteral("readCount")).toInt() << " of 3 units\n";
    unit->stop();
    office->stop();
}
