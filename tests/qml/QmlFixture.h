// What the QML tests know about the world the setup built: a real hub with
// the standard test meeting, and enrolled devices (their device.json files,
// empty cache folders) plus the people and PINs to check in with.
// Exposed to QML as the singleton `Fixture` of module `Ecabinet.Test`.
#pragma once

#include <QImage>
#include <QObject>
#include <QQuickWindow>
#include <QString>
#include <QVariantMap>

struct QmlFixtureData {
    QString error; // why the setup failed ("" = ready)
    QString seatDevice, seatCache;   // seat-1
    QString seat2Device, seat2Cache; // seat-2 (a second seat following the chair)
    QString consoleDevice, consoleCache;
    QString chairId, chairPin, secretaryId, secretaryPin;
    QString delegateId, delegatePin, delegate2Id, delegate2Pin;
    QString documentSha256; // first agenda item's document (d1)
    int documentPages = 0;
    int itemCount = 0;
    QString shotDir; // $ECABINET_QML_SHOTS: where tests may save screenshots ("" = none)
    // The hub's built-in registry (dispatch desks): address, public key, accounts.
    QString registryEndpoint, registryKey;
    QString dispatchAccount, dispatchPassword;
    QString unitId, unitAccount, unitPassword;
    QString deadline;       // a task deadline 30 days ahead, "YYYY-MM-DD"
    QString attachmentPath; // a small file to attach to a report
    QString outputDir;      // a scratch folder for exports
    QString conclusionText; // the one conclusion a hub handed over to the registry
    // tests/data PDFs put in a registered cache folder: file base name -> SHA-256
    // ("large", "vector-text", "encrypted", "broken-truncated", ...).
    QVariantMap testPdfs;
};

class QmlFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString error READ error CONSTANT)
    Q_PROPERTY(QString seatDevice READ seatDevice CONSTANT)
    Q_PROPERTY(QString seatCache READ seatCache CONSTANT)
    Q_PROPERTY(QString seat2Device READ seat2Device CONSTANT)
    Q_PROPERTY(QString seat2Cache READ seat2Cache CONSTANT)
    Q_PROPERTY(QString consoleDevice READ consoleDevice CONSTANT)
    Q_PROPERTY(QString consoleCache READ consoleCache CONSTANT)
    Q_PROPERTY(QString chairId READ chairId CONSTANT)
    Q_PROPERTY(QString chairPin READ chairPin CONSTANT)
    Q_PROPERTY(QString secretaryId READ secretaryId CONSTANT)
    Q_PROPERTY(QString secretaryPin READ secretaryPin CONSTANT)
    Q_PROPERTY(QString delegateId READ delegateId CONSTANT)
    Q_PROPERTY(QString delegatePin READ delegatePin CONSTANT)
    Q_PROPERTY(QString delegate2Id READ delegate2Id CONSTANT)
    Q_PROPERTY(QString delegate2Pin READ delegate2Pin CONSTANT)
    Q_PROPERTY(QString documentSha256 READ documentSha256 CONSTANT)
    Q_PROPERTY(int documentPages READ documentPages CONSTANT)
    Q_PROPERTY(int itemCount READ itemCount CONSTANT)
    Q_PROPERTY(QString shotDir READ shotDir CONSTANT)
    Q_PROPERTY(QString registryEndpoint READ registryEndpoint CONSTANT)
    Q_PROPERTY(QString registryKey READ registryKey CONSTANT)
    Q_PROPERTY(QString dispatchAccount READ dispatchAccount CONSTANT)
    Q_PROPERTY(QString dispatchPassword READ dispatchPassword CONSTANT)
    Q_PROPERTY(QString unitId READ unitId CONSTANT)
    Q_PROPERTY(QString unitAccount READ unitAccount CONSTANT)
    Q_PROPERTY(QString unitPassword READ unitPassword CONSTANT)
    Q_PROPERTY(QString deadline READ deadline CONSTANT)
    Q_PROPERTY(QString attachmentPath READ attachmentPath CONSTANT)
    Q_PROPERTY(QString outputDir READ outputDir CONSTANT)
    Q_PROPERTY(QString conclusionText READ conclusionText CONSTANT)
    Q_PROPERTY(QVariantMap testPdfs READ testPdfs CONSTANT)

public:
    explicit QmlFixture(QmlFixtureData data, QObject *parent = nullptr)
        : QObject(parent), d(std::move(data)) {}

    QString error() const { return d.error; }
    QString seatDevice() const { return d.seatDevice; }
    QString seatCache() const { return d.seatCache; }
    QString seat2Device() const { return d.seat2Device; }
    QString seat2Cache() const { return d.seat2Cache; }
    QString consoleDevice() const { return d.consoleDevice; }
    QString consoleCache() const { return d.consoleCache; }
    QString chairId() const { return d.chairId; }
    QString chairPin() const { return d.chairPin; }
    QString secretaryId() const { return d.secretaryId; }
    QString secretaryPin() const { return d.secretaryPin; }
    QString delegateId() const { return d.delegateId; }
    QString delegatePin() const { return d.delegatePin; }
    QString delegate2Id() const { return d.delegate2Id; }
    QString delegate2Pin() const { return d.delegate2Pin; }
    QString documentSha256() const { return d.documentSha256; }
    int documentPages() const { return d.documentPages; }
    int itemCount() const { return d.itemCount; }
    QString shotDir() const { return d.shotDir; }
    QString registryEndpoint() const { return d.registryEndpoint; }
    QString registryKey() const { return d.registryKey; }
    QString dispatchAccount() const { return d.dispatchAccount; }
    QString dispatchPassword() const { return d.dispatchPassword; }
    QString unitId() const { return d.unitId; }
    QString unitAccount() const { return d.unitAccount; }
    QString unitPassword() const { return d.unitPassword; }
    QString deadline() const { return d.deadline; }
    QString attachmentPath() const { return d.attachmentPath; }
    QString outputDir() const { return d.outputDir; }
    QString conclusionText() const { return d.conclusionText; }

    // Saves a window as PNG through QQuickWindow::grabWindow(), which polishes and renders it
    // synchronously even when the offscreen platform does not run its render loop (QtTest's
    // grabImage then shows layouts as they were first laid out). False if it cannot.
    Q_INVOKABLE bool saveWindow(QObject *window, const QString &path) const
    {
        auto *w = qobject_cast<QQuickWindow *>(window);
        return w && w->grabWindow().save(path);
    }
    QVariantMap testPdfs() const { return d.testPdfs; }

private:
    QmlFixtureData d;
};
