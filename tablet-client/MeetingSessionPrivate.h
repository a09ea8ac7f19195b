// Private to MeetingSession: its GUI-thread state. The agent thread never
// touches this; it only sends queued signals that land in the slots below.
#pragma once

#include "MeetingSession.h"
#include "MeetingConclusionModel.h"
#include "FloorModels.h"
#include "Models.h"
#include "agent/ClientAgent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <map>
#include <optional>
#include <memory>

MeetingSession::Role sessionRole(ecabinet::wire::Role role);

struct MeetingSession::Private {
    explicit Private(MeetingSession *q);

    MeetingSession *q;
    QString enrolmentFile;
    QString cacheDir;
    std::unique_ptr<ecabinet::client::ClientAgent> agent;
    QString registeredCacheDir;
    QString wipeRegisteredDir;

    ConnectionState connection = Disconnected;
    QString connectionMessage;
    QString deviceId;
    QString lastError;

    // Replica of the hub's state as of `state.seq()`: the snapshot with every
    // applied event folded in (SessionState.cpp).
    ecabinet::wire::Snapshot state;
    bool hasState = false;

    AgendaModel agenda;
    DocumentModel currentDocuments;
    DocumentModel allDocuments;
    MemberModel members;

    struct BlobState {
        bool ready = false;
        double progress = 0.0;
        QString path;
        QString error;
    };
    QHash<QString, BlobState> blobs;
    quint64 bytesFetched = 0;

    std::map<quint64, QString> inFlight; // request id -> command name
    bool isBusy() const;                 // a person's command in flight (not background fetches)

    // --- meeting floor (SessionFloor.cpp) ---
    PollModel polls;
    VoterProgressModel focusVoters;
    SpeakerQueueModel speakerQueue;
    QString focusPollId;            // chosen by the console ("" = automatic)
    QVariantMap activePoll, focusPoll;
    // Quorum checks seen in PollOpened / PollOpenRefused events (a PollView
    // carries the check only in its result, once closed).
    QHash<QString, ecabinet::wire::QuorumCheck> quorumAtOpen;
    // This device's own ballots: poll id -> state (PollModel::BallotState), and
    // the request ids of ballots in flight. Never the choice. Forgotten when
    // another person checks in here (the receipts were theirs).
    QHash<QString, int> myBallots;
    struct BallotRequest {
        QString pollId;
        bool own = true; // false: a proxy ballot for an absent principal
    };
    std::map<quint64, BallotRequest> ballotRequests;
    std::map<quint64, QString> prepareRequests;
    // Hub clock: offset = hub ms − local ms at the last Welcome / heartbeat.
    qint64 hubOffsetMs = 0;
    QTimer speakingTimer;           // ticks while someone speaks (GUI thread, coarse)

    void rebuildFloor();
    void rebuildPolls();
    void rebuildSpeakers();
    void refreshProgress();         // who is eligible now (after attendance changes)
    QVariantMap pollMap(const ecabinet::wire::PollView &view) const;
    QString memberName(const std::string &personId) const;
    QString speakerName(const ecabinet::wire::SpeakerRef &ref) const;
    bool applyFloorEvent(const ecabinet::wire::Event &event); // false: not a floor event
    void onFloorReply(quint64 id, const QString &command, const ecabinet::wire::Envelope &reply);
    void setHubTime(qint64 hubMs);
    qint64 hubNowMs() const;
    void updateSpeakingTimer();
    qint64 documentByteCapForTest = -1;

    // --- conclusions (SessionConclusions.cpp) ---
    MeetingConclusionModel conclusions;        // every conclusion this device may see, agenda order
    MeetingConclusionModel currentConclusions; // those of the current item
    QVariantMap announced;              // the newest approved conclusion (seat banner)
    quint64 conclusionsRequest = 0;     // ConclusionsRequest in flight
    bool conclusionsStale = false;      // ask again when it is answered
    std::map<quint64, QString> minutesRequests; // MinutesRequest id -> where to write the PDF
    QString minutesPath;
    bool seesConclusionDrafts() const;
    void requestConclusions();
    bool applyConclusionEvent(const ecabinet::wire::Event &event); // false: not a conclusion event
    void onConclusionReply(quint64 id, const QString &command, const ecabinet::wire::Envelope &reply);
    void rebuildConclusions();
    QVariantMap conclusionMap(const ecabinet::wire::ConclusionView &view) const;
    // --- SessionDocuments.cpp (issue 5) ---
    QSet<QString> confidentialHeld; // confidential blobs this session put in memory
    qint64 nowForTest = 0;
    void guardConfidential();       // watermarks for the reader; drop what is no longer theirs
    void onWipeRequested(const QString &wipeId, quint64 filesRemovedByAgent);
    bool selfWipeIfOffline(const ecabinet::client::DeviceConfig &config);
    qint64 nowMs() const;
    struct PendingDocument {
        QString command;
        ecabinet::wire::Envelope request; // AddDocument, sent once the upload is complete
    };
    QHash<QString, PendingDocument> pendingUploads; // by sha256
    double uploadFraction = 0.0;
    void submitDocument(const QString &command, const QString &filePath, ecabinet::wire::Envelope request);
    std::optional<ecabinet::wire::Envelope> documentRequest(const QString &command, const QString &title,
                                                           const QString &access, const QStringList &readers);
    void onUploadFinished(const QString &sha, bool ok, int errorCode, const QString &message);
    // --- follow the presenter (SessionPresenting.cpp) ---
    bool followingPresenter = true;
    QString lastShownKey;           // "<document id>#<page>" last handed to the reader
    void presentationUpdated();     // after the replica's presentation or speakers changed
    void resetFollowMode();         // follow again, and show the presented page again
    const ecabinet::wire::DocumentRef *document(const std::string &documentId) const;

    // --- SessionState.cpp: folding hub state into the models ---
    void applySnapshot(const ecabinet::wire::Snapshot &snapshot);
    void applyEvent(const ecabinet::wire::Event &event);
    void rebuildAgenda();
    void rebuildMembers();
    void rebuildDocuments();
    void rebuildCurrentDocuments();
    void setYou(const ecabinet::wire::DeviceView &you);
    void setBlob(const QString &sha, const BlobState &state);
    QString seatLabel(const std::string &seatId) const;
    const ecabinet::wire::Member *member(const std::string &personId) const;

    // --- MeetingSession.cpp ---
    void onLink(int link, const QString &detail);
    void onReply(quint64 id, const QString &command, const ecabinet::client::EnvelopePtr &reply);
    // Returns the request id (0 when not sent: not started).
    quint64 send(ecabinet::wire::Envelope request, const QString &command);
    void refuseLocally(const QString &command, const QString &text);
    void setLastError(const QString &text);
    void setConnection(ConnectionState state, const QString &message);
};
