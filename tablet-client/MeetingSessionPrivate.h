// Private to MeetingSession: its GUI-thread state. The agent thread never
// touches this; it only sends queued signals that land in the slots below.
#pragma once

#include "MeetingSession.h"
#include "Models.h"
#include "agent/ClientAgent.h"

#include <QHash>

#include <map>
#include <memory>

MeetingSession::Role sessionRole(ecabinet::wire::Role role);

struct MeetingSession::Private {
    explicit Private(MeetingSession *q);

    MeetingSession *q;
    QString enrolmentFile;
    QString cacheDir;
    std::unique_ptr<ecabinet::client::ClientAgent> agent;
    QString registeredCacheDir;

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
    qint64 documentByteCapForTest = -1;

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
    void send(ecabinet::wire::Envelope request, const QString &command);
    void setLastError(const QString &text);
    void setConnection(ConnectionState state, const QString &message);
};
