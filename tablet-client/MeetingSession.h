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
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class AgendaModel;
class DocumentModel;
class MemberModel;
class PollModel;
class VoterProgressModel;
class SpeakerQueueModel;
class MeetingConclusionModel;
// moc needs the complete model types for the pointer properties below.
Q_MOC_INCLUDE("Models.h")
Q_MOC_INCLUDE("FloorModels.h")
Q_MOC_INCLUDE("MeetingConclusionModel.h")

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
    // Issue 5: the pack this person may read (locked documents excluded, a blob shared by
    // two documents counted once): bytes and documents held of the total, for the progress bar.
    Q_PROPERTY(qint64 packBytesDone READ packBytesDone NOTIFY documentsProgressChanged)
    Q_PROPERTY(qint64 packBytesTotal READ packBytesTotal NOTIFY documentsProgressChanged)
    Q_PROPERTY(int packDocumentsDone READ packDocumentsDone NOTIFY documentsProgressChanged)
    Q_PROPERTY(int packDocumentsTotal READ packDocumentsTotal NOTIFY documentsProgressChanged)
    // Chair or secretary: may add and replace documents (the hub checks again).
    Q_PROPERTY(bool canManageDocuments READ canManageDocuments NOTIFY youChanged)
    // A document's bytes are on their way to the hub (addDocument / replaceDocument).
    Q_PROPERTY(bool uploading READ uploading NOTIFY uploadChanged)
    Q_PROPERTY(double uploadProgress READ uploadProgress NOTIFY uploadChanged)

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

    // --- polls (issue 4; models and map keys in FloorModels.h) ---
    // Every poll of the meeting in the order prepared.
    Q_PROPERTY(PollModel *polls READ polls CONSTANT)
    // The poll a seat shows now: the newest open poll, else the newest closed or
    // published one (its result), else an empty map. Keys: see PollModel.
    Q_PROPERTY(QVariantMap activePoll READ activePoll NOTIFY pollsChanged)
    Q_PROPERTY(bool hasActivePoll READ hasActivePoll NOTIFY pollsChanged)
    // The console's poll: the one chosen with focusPollId, else the newest poll
    // that is not cancelled (a new poll takes the focus when it is prepared).
    Q_PROPERTY(QString focusPollId READ focusPollId WRITE setFocusPollId NOTIFY pollsChanged)
    Q_PROPERTY(QVariantMap focusPoll READ focusPoll NOTIFY pollsChanged)
    // Electorate of focusPoll with has-voted marks (never choices of a secret poll).
    Q_PROPERTY(VoterProgressModel *focusVoters READ focusVoters CONSTANT)
    // Chair or secretary: prepare/open/close/publish/cancel polls, run the floor.
    Q_PROPERTY(bool canManagePolls READ canManagePolls NOTIFY youChanged)
    // Quorum now (rule "more than half" of the entitled members), for the console's indicator.
    Q_PROPERTY(bool quorumPresent READ quorumPresent NOTIFY attendanceChanged)
    Q_PROPERTY(QString quorumText READ quorumText NOTIFY attendanceChanged)

    // --- speakers (issue 4) ---
    Q_PROPERTY(SpeakerQueueModel *speakerQueue READ speakerQueue CONSTANT)
    Q_PROPERTY(bool someoneSpeaking READ someoneSpeaking NOTIFY speakersChanged)
    Q_PROPERTY(QString currentSpeakerId READ currentSpeakerId NOTIFY speakersChanged)
    Q_PROPERTY(QString currentSpeakerName READ currentSpeakerName NOTIFY speakersChanged)
    Q_PROPERTY(bool currentSpeakerPointOfOrder READ currentSpeakerPointOfOrder NOTIFY speakersChanged)
    Q_PROPERTY(bool amSpeaking READ amSpeaking NOTIFY speakersChanged)
    // 1-based place of the person here in the queue, 0 when not queued.
    Q_PROPERTY(int myQueuePosition READ myQueuePosition NOTIFY speakersChanged)
    Q_PROPERTY(bool myRequestIsPointOfOrder READ myRequestIsPointOfOrder NOTIFY speakersChanged)
    // Per speech, 0 = no limit.
    Q_PROPERTY(qint64 speakingTimeLimitMs READ speakingTimeLimitMs NOTIFY speakersChanged)
    // Counted down locally (a GUI-thread timer) from the speech's start on the
    // hub's clock: limit − (hub now − started_at); negative once over time.
    // 0 when nobody speaks or there is no limit.
    Q_PROPERTY(qint64 speakingTimeLeftMs READ speakingTimeLeftMs NOTIFY speakingTimeChanged)
    Q_PROPERTY(qint64 speakingElapsedMs READ speakingElapsedMs NOTIFY speakingTimeChanged)
    Q_PROPERTY(bool speakingOvertime READ speakingOvertime NOTIFY speakingTimeChanged)
    // "m:ss" left (or "+m:ss" over time; elapsed time without a limit), "" when nobody speaks.
    Q_PROPERTY(QString speakingTimeText READ speakingTimeText NOTIFY speakingTimeChanged)
    // hub clock − this device's clock (from Welcome and heartbeats).
    Q_PROPERTY(qint64 hubClockOffsetMs READ hubClockOffsetMs NOTIFY speakingTimeChanged)

    // --- conclusions (issue 6; SessionConclusions.cpp, roles in MeetingConclusionModel.h) ---
    // Every conclusion this device may see, in agenda order: approved ones on a seat;
    // drafts and withdrawn drafts too for the chair and the secretary.
    Q_PROPERTY(MeetingConclusionModel *conclusions READ conclusions CONSTANT)
    Q_PROPERTY(MeetingConclusionModel *currentConclusions READ currentConclusions CONSTANT)
    Q_PROPERTY(bool canDraftConclusions READ canDraftConclusions NOTIFY youChanged)   // the secretary
    Q_PROPERTY(bool canApproveConclusions READ canApproveConclusions NOTIFY youChanged) // the chair
    // The newest approved conclusion, for the seat's banner (keys conclusionId, text,
    // agendaItemId, itemNumber, itemTitle, byVote); empty once dismissed.
    Q_PROPERTY(QVariantMap announcedConclusion READ announcedConclusion NOTIFY conclusionsChanged)
    // Where saveMinutes() last wrote the minutes PDF ("" before).
    Q_PROPERTY(QString minutesPath READ minutesPath NOTIFY minutesSaved)

    // --- follow the presenter (issue 5; SessionPresenting.cpp) ---
    // A page is shown to the room (by the chair, the secretary, or a speaker given the right).
    Q_PROPERTY(bool presenting READ presenting NOTIFY presentationChanged)
    Q_PROPERTY(QString presentedDocumentId READ presentedDocumentId NOTIFY presentationChanged)
    Q_PROPERTY(QString presentedSha256 READ presentedSha256 NOTIFY presentationChanged)
    Q_PROPERTY(QString presentedTitle READ presentedTitle NOTIFY presentationChanged)
    // 0-based; -1 when nothing is presented.
    Q_PROPERTY(int presentedPage READ presentedPage NOTIFY presentationChanged)
    Q_PROPERTY(QString presenterName READ presenterName NOTIFY presentationChanged)
    // The person here may present now: chair, secretary, or the speaker holding a live right.
    Q_PROPERTY(bool canPresent READ canPresent NOTIFY presentationChanged)
    // Chair/secretary may give the right: someone with a tablet has the floor.
    Q_PROPERTY(bool canGrantPresentingRight READ canGrantPresentingRight NOTIFY presentationChanged)
    // Who holds a live presenting right ("" when nobody; it lapses with the speech).
    Q_PROPERTY(QString presentingRightHolderId READ presentingRightHolderId NOTIFY presentationChanged)
    Q_PROPERTY(QString presentingRightHolderName READ presentingRightHolderName NOTIFY presentationChanged)
    // This seat follows the presenter (default). Any manual page turn leaves follow
    // mode (leaveFollowMode); followPresenter() returns to it.
    Q_PROPERTY(bool followingPresenter READ followingPresenter NOTIFY followingPresenterChanged)

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
    qint64 packBytesDone() const;
    qint64 packBytesTotal() const;
    int packDocumentsDone() const;
    int packDocumentsTotal() const;
    bool canManageDocuments() const;
    bool uploading() const;
    double uploadProgress() const;
    QString connectionMessage() const;

    QString lastError() const;
    bool busy() const;

    PollModel *polls() const;
    QVariantMap activePoll() const;
    bool hasActivePoll() const;
    QString focusPollId() const;
    void setFocusPollId(const QString &pollId);
    QVariantMap focusPoll() const;
    VoterProgressModel *focusVoters() const;
    bool canManagePolls() const;
    bool quorumPresent() const;
    QString quorumText() const;
    Q_INVOKABLE QVariantMap poll(const QString &pollId) const;

    SpeakerQueueModel *speakerQueue() const;
    bool someoneSpeaking() const;
    QString currentSpeakerId() const;
    QString currentSpeakerName() const;
    bool currentSpeakerPointOfOrder() const;
    bool amSpeaking() const;
    int myQueuePosition() const;
    bool myRequestIsPointOfOrder() const;
    qint64 speakingTimeLimitMs() const;
    qint64 speakingTimeLeftMs() const;
    qint64 speakingElapsedMs() const;
    bool speakingOvertime() const;
    QString speakingTimeText() const;
    qint64 hubClockOffsetMs() const;

    MeetingConclusionModel *conclusions() const;
    MeetingConclusionModel *currentConclusions() const;
    bool canDraftConclusions() const;
    bool canApproveConclusions() const;
    QVariantMap announcedConclusion() const;
    QString minutesPath() const;
    // Published polls a conclusion can be approved by (its item's or no item's):
    // list of maps {pollId, question, adopted (bool), verdictText}.
    Q_INVOKABLE QVariantList pollsForConclusion(const QString &conclusionId) const;

    bool presenting() const;
    QString presentedDocumentId() const;
    QString presentedSha256() const;
    QString presentedTitle() const;
    int presentedPage() const;
    QString presenterName() const;
    bool canPresent() const;
    bool canGrantPresentingRight() const;
    QString presentingRightHolderId() const;
    QString presentingRightHolderName() const;
    bool followingPresenter() const;

    // Local file of a cached, verified blob ("" if not held yet).
    Q_INVOKABLE QString documentPath(const QString &sha256) const;

    // Test hooks (integration tests only, not for QML): lose the next `count`
    // events as an overloaded PUB would, or hear nothing on the event socket
    // (not even heartbeats) for `ms` milliseconds.
    void dropNextEventsForTest(int count);
    void silenceEventsForTest(int ms);
    // Fetch only the first `bytes` of each document; call before start().
    void capDocumentBytesForTest(qint64 bytes);
    // The session's whole replica of the hub's state (a serialized wire::Snapshot
    // with every applied event folded in): tests check what a tablet holds.
    QByteArray replicaForTest() const;
    // The device's clock for cache housekeeping and the offline self-wipe (Unix ms; 0 = real);
    // call before start().
    void setNowForTest(qint64 unixMs);

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

    // --- polls; each reports through commandFinished(<name>, …) ---
    // `definition` keys (missing = default):
    //   question (string, required), kind "yesno" (default) | "choice",
    //   mode "open" | "named" (default) | "secret", options (list of strings, choice only),
    //   minSelections, maxSelections (choice; default 1, 1), allowChange (bool, false),
    //   majority "simple" (default) | "absolute" | "twoThirds" | "threeQuarters" | "custom",
    //   num, den, atLeast (bool) for "custom",
    //   base "cast" | "castWithAbstain" | "present" | "entitled" (default: "cast" for
    //   simple, "entitled" otherwise),
    //   quorum "none" (default) | "half" | "twoThirds" | "custom" (+ quorumNum, quorumDen,
    //   quorumAtLeast), agendaItemId (default: the current item, "" if none).
    // The new poll's id arrives with pollPrepared(); it becomes the focus poll.
    void preparePoll(const QVariantMap &definition);
    void openPoll(const QString &pollId);
    void closePoll(const QString &pollId);
    void publishPoll(const QString &pollId);
    // rerun = prepare a fresh poll with the same definition (the old one stays in the log).
    void cancelPoll(const QString &pollId, bool rerun = false);
    // `selection` = option indexes (motions: 0 in favour, 1 against, 2 abstain).
    // onBehalfOf = the absent principal whose proxy the person here holds.
    // The receipt is ballotRecorded(pollId), sent only when the hub's Ack arrives.
    void castBallot(const QString &pollId, const QList<int> &selection, const QString &onBehalfOf = QString());
    void declareProxy(const QString &pollId, const QString &holderId, const QString &principalId);

    // --- documents (issue 5); each reports through commandFinished("addDocument" /
    // "replaceDocument", …) once the hub has stored the bytes and the new version ---
    // access: "meeting" (default), "named", "confidential"; readers: member ids.
    void addDocument(const QString &filePath, const QString &title, const QString &agendaItemId,
                     const QString &access = QString(), const QStringList &readers = QStringList());
    // A new version from `filePath` ("" = keep the bytes); "" title / access = unchanged.
    void replaceDocument(const QString &documentId, const QString &filePath, const QString &title = QString(),
                         const QString &access = QString(), const QStringList &readers = QStringList());

    // --- speakers ---
    void requestFloor(bool pointOfOrder = false);
    // Leave the queue (own request).
    void withdrawFloor();
    // Chair/secretary: take someone else (member id, or the name of a speaker without a tablet) off the queue.
    void withdrawSpeaker(const QString &personId, const QString &name = QString());
    // Chair/secretary: give the floor to a member (personId) or a named speaker without a tablet.
    void grantFloor(const QString &personId, const QString &name = QString());
    void nextSpeaker();
    void endSpeech();
    // Per speech for the current item; 0 = no limit.
    void setSpeakingTime(int seconds);
    // Chair/secretary: queue a speaker who has no tablet.
    void addSpeakerWithoutTablet(const QString &name, bool pointOfOrder = false);

    // --- conclusions; each reports through commandFinished(<name>, …) ---
    // Secretary: a new draft on an item (default: the current item); its id: conclusionDrafted.
    void draftConclusion(const QString &text, const QString &agendaItemId = QString());
    // Secretary: `revision` = the revision being edited (the hub refuses a stale one).
    void editConclusion(const QString &conclusionId, int revision, const QString &text);
    // Chair or secretary: drop a draft (kept in the record as withdrawn).
    void withdrawConclusion(const QString &conclusionId);
    // Chair: approve the draft at `revision`; pollId = approve by that adopted, published poll.
    void approveConclusion(const QString &conclusionId, int revision, const QString &pollId = QString());
    // Seat: hide the banner of the announced conclusion.
    void dismissAnnouncedConclusion();
    // Chair or secretary: fetch the meeting's record from the hub and write the minutes PDF
    // (a draft until the meeting is closed) to `path` (default: the user's documents folder,
    // "bien-ban-<meeting id>.pdf"). Reports minutesSaved(path) or commandFinished("minutes", false, …).
    void saveMinutes(const QString &path = QString());

    // --- follow the presenter; each reports through commandFinished(<name>, …) ---
    // Show page `page` (0-based) of a document of the meeting on every following seat.
    void presentPage(const QString &documentId, int page);
    void stopPresenting();
    // Chair/secretary: give the presenting right to the member who has the floor, or take it back.
    void grantPresentingRight();
    void revokePresentingRight();
    // Local to this device: follow the presenter again (jumps to the presented page at
    // once), or stop following (a manual page turn).
    void followPresenter();
    void leaveFollowMode();

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
    // This device's documents and annotations were erased: by `ecabinetctl device wipe`
    // (byAdministrator) or because it had not reached its hub for too long.
    void deviceWiped(bool byAdministrator, quint64 filesRemoved);
    void uploadChanged();
    void bytesFetchedChanged();
    void pollsChanged();
    void speakersChanged();
    void speakingTimeChanged();
    // A new poll was prepared by this session (its id).
    void pollPrepared(const QString &pollId);
    // The hub acknowledged this device's ballot: it is committed and counted.
    void ballotRecorded(const QString &pollId);
    void ballotRefused(const QString &pollId, const QString &message);
    void conclusionsChanged();
    // An approved conclusion was announced (every device).
    void conclusionAnnounced(const QString &conclusionId);
    // The hub stored this session's new draft.
    void conclusionDrafted(const QString &conclusionId);
    void minutesSaved(const QString &path);
    void presentationChanged();
    void followingPresenterChanged();
    // A following seat should show this page now: the presenter moved, or the seat
    // returned to follow mode. Emitted only when the presented page differs from the
    // last one asked for (a resync does not jump the reader again).
    void showPresentedPage(const QString &documentId, const QString &sha256, const QString &title, int page);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
