// Private to RegistrySession: its GUI-thread state. The agent thread never
// touches this; it only sends queued signals that land in onReply()/onLink().
#pragma once

#include "registry/RegistryAgent.h"
#include "registry/RegistryModels.h"
#include "registry/RegistrySession.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

struct RegistrySession::Private {
    explicit Private(RegistrySession *q);

    RegistrySession *q;
    QString endpoint;
    QString serverKey;
    std::unique_ptr<ecabinet::client::RegistryAgent> agent;
    ConnectionState connection = Disconnected;
    QString connectionMessage;
    quint32 chunkSize = 256 * 1024;
    quint64 maxAttachmentBytes = 64ull * 1024 * 1024;

    // Who is signed in (empty token = nobody).
    std::string token;
    ecabinet::wire::Account account;

    DirectiveModel directives;
    TaskModel tasks;
    ConclusionModel conclusions;
    UnitModel units;
    QVariantMap currentDirective;
    TaskModel directiveTasks;
    QVariantMap currentTask;
    TaskHistoryModel history;
    CommentModel comments;
    AttachmentModel attachments;
    DraftTaskModel draftTasks;
    int draftSerial = 0;
    StatisticsModel directiveStats;
    StatisticsModel unitStats;
    QDate periodFrom, periodTo;
    QString issuerFilter, unitFilter;

    QString lastError, lastInfo;

    // Requests in flight: id -> what to do with the reply (on the GUI thread).
    using Handler = std::function<void(const ecabinet::wire::RegistryEnvelope &reply)>;
    struct InFlight {
        QString command;
        Handler onOk;
        bool quiet = false; // list reloads: no commandFinished, no busy
    };
    std::map<quint64, InFlight> inFlight;
    int busyCount = 0;
    QString replyFailed; // set by a handler when a good answer could not be used (file not written)

    // A progress report being sent: its files go first, chunk by chunk.
    struct Upload {
        QString taskId;
        QString summary;
        QStringList paths;
        int file = 0;
        QByteArray bytes;      // the current file
        QString sha256;
        QList<ecabinet::wire::AttachmentRef> done;
    };
    std::unique_ptr<Upload> upload;

    // A file being fetched from the registry (directive PDF or attachment), chunk by chunk.
    struct Download {
        QString path;                 // where it goes once complete and verified
        QString label;                // for messages
        std::function<ecabinet::wire::RegistryEnvelope(quint64 offset, quint32 length)> request;
        QByteArray bytes;
    };
    std::unique_ptr<Download> download;
    void startDownload(const QString &path, const QString &label,
                       std::function<ecabinet::wire::RegistryEnvelope(quint64, quint32)> request);
    void fetchNextChunk();
    void failDownload(const QString &text);

    // --- RegistrySession.cpp ---
    void onLink(int link, const QString &detail);
    void onReply(quint64 id, const QString &command, const ecabinet::client::RegistryReplyPtr &reply);
    // Sends a request with the session token. `quiet` requests (list reloads) do not count as
    // busy and report only failures. Returns false (and says why) when not connected.
    bool send(ecabinet::wire::RegistryEnvelope request, const QString &command, Handler onOk, bool quiet = false);
    void finish(const QString &command, bool ok, const QString &message);
    void setLastError(const QString &text);
    void setLastInfo(const QString &text);
    void setConnection(ConnectionState state, const QString &message);
    void setBusy(int delta);
    void clearAccount();
    QString unitName(const std::string &unitId) const;
    QString unitNames(const google::protobuf::RepeatedPtrField<std::string> &unitIds) const;

    // --- RegistryDesk.cpp ---
    void reloadLists();
    void applyDirectiveDetail(const ecabinet::wire::DirectiveDetail &detail);
    void applyTaskDetail(const ecabinet::wire::TaskDetail &detail);
    void applyTaskList(const ecabinet::wire::TaskList &list);
    void applyStatistics(const ecabinet::wire::Statistics &stats);
    void taskStep(const QString &command, const QString &taskId, ecabinet::wire::TaskActionWire action,
                  const QString &text, const QDate &deadline = {},
                  const QList<ecabinet::wire::AttachmentRef> &files = {});
    void sendNextChunk();
    void sendChunkAt(quint64 offset);
    void failUpload(const QString &text);
    ecabinet::wire::StatisticsFilter filter() const;
    QString issuerCodeOf(const QString &unitId) const;
    // The status report made here (when the registry makes none); false + lastError on failure.
    bool writeLocalStatusPdf(const QString &path);
    QString pendingPdfPath;
};
