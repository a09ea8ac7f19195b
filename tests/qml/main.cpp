// Qt Quick Test runner for qml/: the setup starts the real ecabinet-hub
// (tests/integration/support HubProcess), imports the standard meeting,
// enrols two seats and a console, and hands their device.json paths and the
// PINs to QML through the `Fixture` singleton (module Ecabinet.Test).
// Each tst_*.qml runs as its own ctest test, so each gets a fresh hub.
#include "AppLoader.h"
#include "QmlFixture.h"
#include "cache/BlobLocator.h"

#include "RegistryFixture.h"
#include "support/HubProcess.h"
#include "support/TestMeeting.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>

#include <zmq.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QApplication>
#include <QtQuickTest>

#include <exception>
#include <memory>

namespace {

namespace standard = ecabinet::testing::standard;

QString q(const std::string &s) { return QString::fromStdString(s); }

// Copies tests/data/*.pdf into `cacheDir` laid out as verified blobs (ab/abcdef...),
// registers the folder with the PDF image provider, and returns name -> SHA-256.
QVariantMap installTestPdfs(const QString &cacheDir)
{
    QVariantMap out;
    const QDir data(QStringLiteral(ECABINET_TEST_DATA_DIR));
    for (const QString &name : data.entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
        QFile file(data.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read " + file.fileName().toStdString());
        const QByteArray bytes = file.readAll();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QDir().mkpath(cacheDir + QLatin1Char('/') + sha.left(2));
        QFile blob(cacheDir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha);
        if (!blob.open(QIODevice::WriteOnly) || blob.write(bytes) != bytes.size())
            throw std::runtime_error("cannot write " + blob.fileName().toStdString());
        out.insert(QFileInfo(name).completeBaseName(), sha);
    }
    if (out.isEmpty())
        throw std::runtime_error("no PDFs in " + data.path().toStdString());
    ecabinet::client::BlobLocator::instance().addCacheDir(cacheDir);
    return out;
}

QString sha256Of(const std::filesystem::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class Setup : public QObject {
    Q_OBJECT

public:
    // Constructed by QUICK_TEST_MAIN_WITH_SETUP before the QGuiApplication:
    // headless unless told otherwise (ctest sets it too; manual runs may not).
    Setup()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

public slots:
    void applicationAvailable()
    {
        // ECABINET_QML_LANG=vi|en: run with the app's translator (for screenshots
        // with ECABINET_QML_SHOTS; the tests compare English texts in places).
        if (const QString lang = qEnvironmentVariable("ECABINET_QML_LANG"); !lang.isEmpty())
            translator_ = std::make_unique<ecabinet::AppLoader>(lang);
        QmlFixtureData data;
        try {
            hub_ = std::make_unique<ecabinet::testing::HubProcess>();
            const auto imported = hub_->importStandardMeeting();
            if (!imported.ok())
                throw std::runtime_error("meeting import failed: " + imported.err + imported.out);
            hub_->start();
            const auto seat = hub_->enrolDevice(standard::seatDevice(1), "seat");
            const auto seat2 = hub_->enrolDevice(standard::seatDevice(2), "seat");
            const auto console = hub_->enrolDevice("console-chair", "console");

            const QString caches = q(hub_->root().string()) + QStringLiteral("/caches");
            auto cacheFor = [&](const std::string &name) {
                const QString dir = caches + QLatin1Char('/') + q(name);
                QDir().mkpath(dir);
                return dir;
            };
            data.seatDevice = q(seat.deviceJson.string());
            data.seatCache = cacheFor(seat.name);
            data.seat2Device = q(seat2.deviceJson.string());
            data.seat2Cache = cacheFor(seat2.name);
            data.consoleDevice = q(console.deviceJson.string());
            data.consoleCache = cacheFor(console.name);
            data.chairId = q(standard::kChair);
            data.chairPin = q(standard::kChairPin);
            data.secretaryId = q(standard::kSecretary);
            data.secretaryPin = q(standard::kSecretaryPin);
            data.delegateId = q(standard::kDelegate1);
            data.delegatePin = q(standard::kDelegate1Pin);
            data.delegate2Id = q(standard::kDelegate2);
            data.delegate2Pin = q(standard::kDelegate2Pin);
            const auto &doc = standard::documents().front();
            data.documentSha256 = sha256Of(hub_->documentPath(doc.id));
            data.documentPages = doc.pages;
            data.itemCount = static_cast<int>(standard::documents().size());
            data.shotDir = qEnvironmentVariable("ECABINET_QML_SHOTS");
            data.testPdfs = installTestPdfs(cacheFor("testdata"));
            if (data.documentSha256.isEmpty())
                throw std::runtime_error("cannot read the test document " + hub_->documentPath(doc.id).string());
            // ECABINET_QML_REGISTRY=1 (tst_dispatch): the real ecabinet-registry with the
            // seed of tests/integration/registry (office "vptu", units u01..u03).
            if (qEnvironmentVariableIsSet("ECABINET_QML_REGISTRY"))
                startRegistry(data, caches);
        } catch (const std::exception &e) {
            data.error = QStringLiteral("test setup failed: %1").arg(QString::fromUtf8(e.what()));
            qWarning("%s", qPrintable(data.error));
        }

        qmlRegisterSingletonType<QmlFixture>("Ecabinet.Test", 1, 0, "Fixture",
                                             [data](QQmlEngine *, QJSEngine *) -> QObject * {
                                                 return new QmlFixture(data); // owned by the engine
                                             });
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        ecabinet::AppLoader::prepareEngine(*engine);
    }

    void cleanupTestCase()
    {
        if (hub_ && qEnvironmentVariableIsSet("ECABINET_QML_TEST_HUB_LOG"))
            qInfo("hub log:\n%s", hub_->log().c_str());
        hub_.reset();
        registry_.reset();
    }

private:
    void startRegistry(QmlFixtureData &data, const QString &scratch)
    {
        // A room hub registered by its key hands one approved conclusion over, as its outbox does.
        char pub[41], sec[41];
        if (zmq_curve_keypair(pub, sec) != 0)
            throw std::runtime_error("no CURVE key pair");
        registry_ = std::make_unique<ecabinet::test::RegistryProcess>(
            ecabinet::test::seedJson(3, {{"phong-hop-1", pub}}));
        registry_->start();
        ecabinet::test::RegistryClient hub(registry_->port(), registry_->publicKey(), pub, sec);
        ecabinet::wire::RegistryEnvelope handOff;
        auto *c = handOff.mutable_hand_off()->add_conclusions();
        c->set_meeting_id("m1");
        c->set_meeting_title("Hội nghị Ban Thường vụ Tỉnh ủy");
        c->set_meeting_date(QDate::currentDate().toString(Qt::ISODate).toStdString());
        c->set_item_number("2");
        c->set_item_title("Phòng chống dịch mùa đông");
        c->set_conclusion_id("c1");
        c->set_text("Giao Sở Y tế chủ trì, báo cáo kết quả tiêm chủng trước ngày 15/12.");
        c->set_approved_by("Nguyễn Văn An");
        c->set_approved_at_ms(QDateTime::currentMSecsSinceEpoch());
        if (!hub.call(handOff).has_hand_off_result())
            throw std::runtime_error("the registry refused the test conclusion");
        data.conclusionText = QString::fromStdString(c->text());
        data.registryEndpoint = QStringLiteral("tcp://127.0.0.1:%1").arg(registry_->port());
        data.registryKey = q(registry_->publicKey());
        data.dispatchAccount = QStringLiteral("vanthu");
        data.dispatchPassword = QString::fromLatin1(ecabinet::test::kPassword);
        data.unitId = QStringLiteral("u01");
        data.unitAccount = QStringLiteral("u01");
        data.unitPassword = QString::fromLatin1(ecabinet::test::kPassword);
        data.deadline = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        data.outputDir = scratch + QStringLiteral("/exports");
        QDir().mkpath(data.outputDir);
        data.attachmentPath = scratch + QStringLiteral("/bao-cao-tiem-chung.txt");
        QFile file(data.attachmentPath);
        if (!file.open(QIODevice::WriteOnly) || file.write("Báo cáo tiến độ tiêm chủng\n") <= 0)
            throw std::runtime_error("cannot write the attachment file");
    }

    std::unique_ptr<ecabinet::test::RegistryProcess> registry_;
    std::unique_ptr<ecabinet::testing::HubProcess> hub_;
    std::unique_ptr<ecabinet::AppLoader> translator_;
};

// Like QUICK_TEST_MAIN_WITH_SETUP, but with a QApplication: the dispatch desk's
// charts (QtCharts QML) draw through Qt Graphics View and need one.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup; // before the application: it sets QT_QPA_PLATFORM
    QApplication app(argc, argv);
    return quick_test_main_with_setup(argc, argv, "qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
