// MeetingSession: one device's connection to its hub, as QML and headless code see it.
//
// CONTRACT between tablet-client (implements it) and qml/ (uses it). The
// network runs on its own thread (ClientAgent, zguide Clone client); this
// object lives on the GUI thread and receives decoded state through queued
// signals. Works under QCoreApplication (headless tablets in tests, demo,
// benchmarks) as well as QGuiApplication.
#pragma once

#include <QObject>
#include <QString>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <memory>

class AgendaModel;
class DocumentModel;
class MemberModel;
// moc needs the complete model types for the pointer properties below.
Q_MOC_INCLUDE("Models.h")

class MeetingSession : public QObject {
    Q_OBJECT
    QML_ELEMENT

    // --- connection ---
    // Path of the enrolment file written by ecabinet-enroll (device.json).
    Q_PROPERTY(QString enrolmentFile READ enrolmentFile WRITE setEnrolmentFile NOTIFY enrolmentFileChanged)
    // Folder of this device's document cache (blobs by SHA-256). Default:
    // $ECABINET_CACHE, else QStandardPaths::AppLocalDataLocation + "/cache".
    Q_PROPERTY(QString cacheDir READ cacheDir WRITE setCacheDir NOTIFY cacheDirChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY connectionStateChanged)
    Q_PROPERTY(quint64 seq READ seq NOTIFY seqChanged)

    // --- meeting ---
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY meetingChanged)
    Q_PROPERTY(QString meetingTitle READ meetingTitle NOTIFY meetingChanged)
    Q_PROPERTY(QString location READ location NOTIFY meetingChanged)
    Q_PROPERTY(QDateTime startsAt READ startsAt NOTIFY meetingChanged)
    Q_PROPERTY(MeetingState meetingState READ meetingState NOTIFY meetingChanged)
    Q_PROPERTY(int currentItem READ currentItem NOTIFY currentItemChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY meetingChanged)
    Q_PROPERTY(QString currentItemTitle READ currentItemTitle NOTIFY currentItemChanged)
    Q_PROPERTY(AgendaModel *agenda READ agenda CONSTANT)
    // Documents of the current agenda item (follows currentItem).
    Q_PROPERTY(DocumentModel *currentDocuments READ currentDocuments CONSTANT)
    Q_PROPERTY(MemberModel *members READ members CONSTANT)
    // Added: every document of the meeting in agenda order (the pack being fetched).
    Q_PROPERTY(DocumentModel *documents READ documents CONSTANT)
    Q_PROPERTY(int documentsReady READ documentsReady NOTIFY documentsProgressChanged)
    // Added: bytes of documents received by this session (0 when all were cached).
    Q_PROPERTY(quint64 bytesFetched READ bytesFetched NOTIFY bytesFetchedChanged)

    // --- attendance ---
    Q_PROPERTY(int presentCount READ presentCount NOTIFY attendanceChanged)
    Q_PROPERTY(int entitledPresent READ entitledPresent NOTIFY attendanceChanged)
    Q_PROPERTY(int entitledCount READ entitledCount NOTIFY attendanceChanged)
    Q_PROPERTY(int failedPinAttempts READ failedPinAttempts NOTIFY attendanceChanged)

    // --- this device ---
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY youChanged)
    Q_PROPERTY(QString personId READ personId NOTIFY youChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY youChanged)
    Q_PROPERTY(Role role READ role NOTIFY youChanged)
    Q_PROPERTY(QString seatLabel READ seatLabel NOTIFY youChanged)
    // True when the person here may open/close the meeting and move the agenda
    // (the hub checks again; this only hides buttons).
    Q_PROPERTY(bool canChair READ canChair NOTIFY youChanged)
    // Added: chair or secretary (moving the agenda is allowed to both).
    Q_PROPERTY(bool canMoveAgenda READ canMoveAgenda NOTIFY youChanged)

    // --- feedback ---
    // The last refusal or failure, as text a person can act on (translated).
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Added: text for the connection banner (translated; "" when Live).
    Q_PROPERTY(QString connectionMessage READ connectionMessage NOTIFY connectionStateChanged)

public:
    enum ConnectionState { Disconnected, Connecting, Syncing, Live, Incompatible };
    Q_ENUM(ConnectionState)
    enum MeetingState { NoMeeting, Scheduled, Open, Closed };
    Q_ENUM(MeetingState)
    enum Role { NoRole, Chair, Secretary, Delegate, Guest, Observer };
    Q_ENUM(Role)

    explicit MeetingSession(QObject *parent = nullptr);
    ~MeetingSession() override;

    QString enrolmentFile() const;
    void setEnrolmentFile(const QString &path);
    QString cacheDir() const;
    void setCacheDir(const QString &path);
    ConnectionState connectionState() const;
    QString deviceId() const;
    quint64 seq() const;

    QString meetingId() const;
    QString meetingTitle() const;
    QString location() const;
    QDateTime startsAt() const;
    MeetingState meetingState() const;
    int currentItem() const;
    int itemCount() const;
    QString currentItemTitle() const;
    AgendaModel *agenda() const;
    DocumentModel *currentDocuments() const;
    MemberModel *members() const;

    int presentCount() const;
    int entitledPresent() const;
    int entitledCount() const;
    int failedPinAttempts() const;

    bool checkedIn() const;
    QString personId() const;
    QString personName() const;
    Role role() const;
    QString seatLabel() const;
    bool canChair() const;
    bool canMoveAgenda() const;
    DocumentModel *documents() const;
    int documentsReady() const;
    quint64 bytesFetched() const;
    QString connectionMessage() const;

    QString lastError() const;
    bool busy() const;

    // Local file of a cached, verified blob ("" if not held yet).
    Q_INVOKABLE QString documentPath(const QString &sha256) const;

    // Test hooks (integration tests only, not for QML): lose the next `count`
    // events as an overloaded PUB would, or hear nothing on the event socket
    // (not even heartbeats) for `ms` milliseconds.
    void dropNextEventsForTest(int count);
    void silenceEventsForTest(int ms);
    // Fetch only the first `bytes` of each document; call before start().
    void capDocumentBytesForTest(qint64 bytes);

public slots:
    // Connects using enrolmentFile; reconnects by itself until stop().
    void start();
    void stop();
    void checkIn(const QString &personId, const QString &pin);
    void checkOut();
    void openMeeting();
    void closeMeeting();
    void nextItem();
    void previousItem();
    void gotoItem(int index);

signals:
    void enrolmentFileChanged();
    void cacheDirChanged();
    void connectionStateChanged();
    void seqChanged();
    void meetingChanged();
    void currentItemChanged();
    void attendanceChanged();
    void youChanged();
    void lastErrorChanged();
    void busyChanged();
    // Every reply to a command this session sent: ok, or the hub's error code and text.
    void commandFinished(const QString &command, bool ok, int errorCode, const QString &message);
    // Wrong PIN: attemptsLeft == 0 and lockedForMs > 0 once locked out.
    void checkInRefused(const QString &message, int attemptsLeft, qint64 lockedForMs);
    // The client saw a seq gap or a silent hub and resynced from a snapshot.
    void resynced(quint64 fromSeq, quint64 toSeq);
    // A document blob finished downloading and was verified (or failed).
    void documentReady(const QString &sha256);
    void documentFailed(const QString &sha256, const QString &message);
    void documentsProgressChanged();
    void bytesFetchedChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
